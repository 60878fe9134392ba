""""According to" frames that close the sentence or take no comma.

"Le conducteur était ivre, selon la police." / "…, d'après le ministère." / "…, according to
police.": a frame after the message's comma, ending the sentence, gives the clause before
the comma to the frame's speaker. "Podle policie byl řidič opilý.": Czech sets no comma
after a short frame, so the message starts right after the speaker — only when that is a
person, organisation or speaker noun ("podle policie", "podle mluvčího", "podle něj"), never
a plan, a law or an estimate ("podle plánu", "podle zákona", "podle odhadů"). German puts
"zufolge" after its speaker: "Innenministerin Nancy Faeser zufolge ist die Lage ernst."
"""

from __future__ import annotations

import re

from newsdesk.enrich import speaker_nouns
from newsdesk.enrich.attribution import WORDS
from newsdesk.enrich.clause_frames import inside, overlaps, quote
from newsdesk.enrich.quote_trailing import TrailingFrames
from newsdesk.enrich.speaker_phrases import opens_subject
from newsdesk.enrich.speaker_tails import cut_tail, opens_tail
from newsdesk.enrich.speakers import Mention
from newsdesk.enrich.speechverbs import LANGS
from newsdesk.model import Quote

# Czech speaker nouns in the genitive (after "podle"): people, roles, bodies, media.
_CS_SPEAKERS = frozenset({
    "policie", "policistů", "policisty", "hasičů", "záchranářů", "mluvčího", "mluvčí",
    "ministra", "ministryně", "ministrů", "ministerstva", "vlády", "premiéra", "premiérky",
    "prezidenta", "prezidentky", "předsedy", "předsedkyně", "ředitele", "ředitelky", "šéfa",
    "šéfky", "starosty", "starostky", "hejtmana", "hejtmanky", "soudu", "soudce", "soudkyně",
    "žalobce", "žalobkyně", "zástupce", "zástupkyně", "obžaloby", "obhajoby", "obhájce",
    "advokáta", "právníka", "lékařů", "lékaře", "lékařky", "vědců", "vědce", "odborníků",
    "odborníka", "expertů", "experta", "analytiků", "analytika", "ekonomů", "ekonoma",
    "svědků", "svědka", "svědkyně", "úřadu", "úřadů", "agentury", "serveru", "deníku",
    "listu", "zdrojů", "zdroje", "diplomatů", "diplomata", "úředníků", "představitelů",
    "zástupců", "kritiků", "opozice", "armády", "velení", "organizátorů", "autorů", "autora",
    "vedení", "firmy", "společnosti", "banky", "centrální", "inspekce", "komise", "rady",
    "sněmovny", "senátu", "magistrátu", "radnice", "nemocnice", "kraje", "státního",
    "krajského", "okresního", "nejvyššího", "ústavního", "generálního", "tiskového", "tiskové",
    "ministerského", "vládního", "vrchního", "odborů", "svazu", "komory", "ombudsmana",
    "ombudsmanky", "velvyslance", "velvyslanectví", "oběti", "obětí", "rodiny", "matky", "otce",
    "trenéra", "kapitána", "obyvatel", "místních", "očitých", "zpravodaje", "zpravodajů",
})
# Words completing such a phrase: ministries' domains and the heads of adjective + noun
# phrases ("ministerstva vnitra", "státního zástupce", "tiskové mluvčí").
_CS_COMPLEMENTS = frozenset({
    "vnitra", "zahraničí", "financí", "obrany", "zdravotnictví", "spravedlnosti", "školství",
    "dopravy", "průmyslu", "zemědělství", "práce", "kultury", "prostředí", "životního",
    "republiky", "strany", "hnutí", "zástupce", "zástupkyně", "soudu", "banky", "mluvčí",
    "mluvčího", "policie", "správy", "služby", "stanice", "svědků",
})
_CS_PRONOUNS = frozenset({"něj", "něho", "ní", "nich", "něhož", "nějž"})
_ZUFOLGE = re.compile(r"\s+zufolge\s+")
_DE_ARTICLE = re.compile(r"(?:der|dem|den|des)\s+", re.IGNORECASE)
# Heads of "according to" phrases that name a circumstance or a measure, not a source:
# "according to plan", "selon les cas", "según la ley", "secondo le stime".
_NON_SOURCES = frozenset({
    "plan", "schedule", "tradition", "custom", "rules", "law", "estimates", "figures", "data",
    "statistics", "cas", "saison", "région", "régions", "besoin", "besoins", "circonstances",
    "loi", "règle", "règles", "âge", "moment", "période", "niveau", "taille", "estimations",
    "chiffres", "données", "statistiques", "caso", "casos", "casi", "ley", "legge", "lei",
    "plano", "piano", "tradición", "tradizione", "tradição", "temporada", "stagione",
    "estimaciones", "stime", "estimativas", "dati", "datos", "dados", "cifras", "regole",
    "reglas", "regras", "época"})
# "…, selon lui.": the frame's pronoun stands for the person named before.
_FRAME_PRONOUNS = frozenset({"him", "her", "them", "lui", "elle", "eux", "elles", "lei", "loro",
                             "él", "ella", "ellos", "ele", "ela", "eles"})
_COMMA_BEFORE = re.compile(r",\s*$")
_SEPARATORS = re.compile(r"[,;:()«»„“”\"–—]")


class AccordingFrames(TrailingFrames):
    """The sentence-final and comma-less "according to" rules of one text."""

    def trailing_according(self, frames: list[re.Match[str]],
                           taken: list[Quote]) -> list[Quote]:
        """"…, selon la police.": the clause before the comma, said by the frame's speaker
        (`frames`: the text's "according to" matches)."""
        found: list[Quote] = []
        if self.lang not in LANGS:
            return found  # the union of all frames would read Slovene "so" as German
        for frame in frames:
            before = _COMMA_BEFORE.search(self.text, max(0, frame.start() - 4), frame.start())
            if before is None or inside(frame.start(), taken + found):
                continue
            comma = before.start()
            end = self.sentence_end(frame.end())
            who = self.according_speaker(frame.start(), end)
            if who is None or who.end > end or self.text[end:end + 1] == "?" or \
                    _SEPARATORS.search(self.text, frame.end(), who.start):
                continue  # another frame's speaker; "…, selon vous ?" asks the reader
            who = self._source(who)
            if not self._ends_with_source(who, end):
                continue
            sent = self.sentence_start(frame.start())
            if not self.full_clause(sent, comma) or self._framed_before(sent, comma) or \
                    self.verbs.search(self.text, sent, comma):
                continue  # "X ha indicado que …, según Y": the that-clause is X's
            said = quote(sent, comma, self.text, self.sounds_direct(self.text[sent:comma]), who)
            if not overlaps(said, taken + found):
                found.append(said)
        return found

    def _source(self, who: Mention) -> Mention:
        """A frame pronoun resolved to its antecedent; a noun phrase without its place or
        time tail ("according to police in Ohio": police)."""
        if who.name.lower() in _FRAME_PRONOUNS:
            antecedent = self.speakers.antecedent(who.start)
            return Mention(who.start, who.end, antecedent.name if antecedent else who.name, True)
        if who.person:
            return who
        words = list(WORDS.finditer(self.text, who.start, who.end))
        if len(words) > 1 and (self.verbs.fullmatch(words[0].group()) or (
                words[0].group().islower() and words[1].group()[:1].isupper()
                and not opens_subject(self.lang, [words[0].group()]))):
            words = words[1:]  # "según informa Reuters", "según denunció la oposición"
            who = Mention(words[0].start(), who.end, self.text[words[0].start():who.end], False)
        kept = cut_tail(self.text, words, self.lang) if words else words
        if not kept or len(kept) == len(words):
            return who
        return Mention(who.start, kept[-1].end(), self.text[who.start:kept[-1].end()], False)

    def _framed_before(self, start: int, end: int) -> bool:
        """"…, selon l'OSDH, et 17 000, selon l'ONU.": the clause holds another source's
        frame after a comma, so its words are not all this frame's."""
        return any(_COMMA_BEFORE.search(self.text, max(0, frame.start() - 4), frame.start())
                   for frame in self.according.finditer(self.text, start, end))

    def _ends_with_source(self, who: Mention, end: int) -> bool:
        """The frame's speaker is a source ("la police", not "les cas", "plan") and only a
        time or place adverbial follows it before the sentence end ("so Gott will" has a
        verb)."""
        said = {w.lower() for w in WORDS.findall(self.text, who.start, who.end)}
        if len(who.name) < 2 or said & (_NON_SOURCES | self.first_second) or \
                _SEPARATORS.search(self.text, who.end, end):
            return False
        rest = list(WORDS.finditer(self.text, who.end, end))
        return not rest or opens_tail(self.text, rest, 0, self.lang)

    def bare_frame_speaker(self, frame: re.Match[str]) -> Mention | None:
        """"Podle policie byl …", "Podle mluvčího policie Jana Nováka byl …", "Podle něj
        je …": the speaker phrase right after a Czech frame that takes no comma."""
        if self.lang != "cs":
            return None
        words = list(WORDS.finditer(self.text, frame.end(), self.sentence_end(frame.end())))
        if not words or words[0].start() != frame.end():
            return None
        head = words[0].group()
        if head.lower() in _CS_PRONOUNS:
            antecedent = self.speakers.antecedent(frame.start())
            name = antecedent.name if antecedent else head
            return Mention(words[0].start(), words[0].end(), name, True)
        if head not in _CS_SPEAKERS:
            return None
        last = 1
        while last < len(words) and last < 6 and self._continues(words, last):
            last += 1
        start, end = words[0].start(), words[last - 1].end()
        persons = [m for m in self.speakers.names_in(start, end) if m.person]
        return persons[-1] if persons else Mention(start, end, self.text[start:end], False)

    def _continues(self, words: list[re.Match[str]], k: int) -> bool:
        """Word `k` still belongs to the speaker phrase: a complement or a name."""
        if self.text[words[k - 1].end():words[k].start()] != " ":
            return False
        word = words[k].group()
        if word in _CS_COMPLEMENTS or word in _CS_SPEAKERS:
            return True
        return any(m.start <= words[k].start() < m.end for m in self.speakers.mentions)

    def postposed_frames(self, taken: list[Quote]) -> list[Quote]:
        """German "<speaker> zufolge <message>" at a sentence start."""
        if self.lang != "de":
            return []
        found: list[Quote] = []
        for frame in _ZUFOLGE.finditer(self.text):
            sent = self.sentence_start(frame.start())
            if inside(frame.start(), taken) or "," in self.text[sent:frame.start()] or \
                    len(WORDS.findall(self.text, sent, frame.start())) > 6:
                continue
            who = self._postposed_speaker(sent, frame.start())
            end = self.sentence_end(frame.end())
            if who is None or len(WORDS.findall(self.text, frame.end(), end)) < 3:
                continue
            said = quote(frame.end(), end, self.text, False, who)
            if not overlaps(said, taken + found):
                found.append(said)
        return found

    def _postposed_speaker(self, start: int, end: int) -> Mention | None:
        """The person or organisation before "zufolge": "Innenministerin Nancy Faeser",
        "der Polizei" (not "den Angaben", "Berichten")."""
        names = [m for m in self.speakers.names_in(start, end, roles=True, weak=True)
                 if m.end == end and not m.weak]
        if names and (names[-1].person or speaker_nouns.role_noun(names[-1].name.split()[-1])):
            return names[-1]
        article = _DE_ARTICLE.match(self.text, start)
        words = WORDS.findall(self.text, start, end)
        if article and len(words) == 2 and speaker_nouns.role_noun(words[-1]):
            return Mention(article.end(), end, self.text[article.end():end], False)
        return None
