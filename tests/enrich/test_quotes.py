"""Quotes and speakers: one hand-written news text per language with its expected quotes."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from tests.conftest import SEED, needs_seed

from newsdesk.enrich import speaker_nouns
from newsdesk.enrich.quotes import find_quotes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "enrich" / "quotes"
LANGS = sorted(p.stem for p in FIXTURES.glob("*.txt"))
REPO = Path(__file__).resolve().parents[2]


def _summary(text: str, lang: str | None) -> list[dict[str, object]]:
    return [{"text": q.text, "direct": q.direct, "speaker": q.speaker}
            for q in find_quotes(text, lang)]


@pytest.mark.parametrize("lang", LANGS)
def test_language_fixture(lang: str) -> None:
    text = (FIXTURES / f"{lang}.txt").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{lang}.expected.json").read_text(encoding="utf-8"))
    assert _summary(text, lang) == expected


@pytest.mark.parametrize("lang", LANGS)
def test_offsets_point_into_the_text(lang: str) -> None:
    text = (FIXTURES / f"{lang}.txt").read_text(encoding="utf-8")
    for quote in find_quotes(text, lang):
        assert text[quote.start:quote.end] == quote.text
        assert quote.speaker_start is not None and quote.speaker_end is not None
        assert 0 <= quote.speaker_start < quote.speaker_end <= len(text)


def test_fixtures_cover_the_required_languages() -> None:
    assert {"fr", "pl", "uk", "en", "de", "ru", "cs"} <= set(LANGS)


@needs_seed
def test_seed_article() -> None:
    quotes = find_quotes(SEED.read_text(encoding="utf-8"), "fr")
    direct = {q.text: q.speaker for q in quotes if q.direct}
    assert direct["Nous attendons demain ce contact, il est dans l'agenda du président"] == (
        "Dmitri Peskov")
    assert direct["Je pense que tout le monde est impliqué dans le processus et veut qu'un "
                  "accord de paix soit conclu"] == "Witkoff"
    assert direct["significatifs"] in ("Steve Witkoff", "Witkoff")


def test_split_quote_gives_one_quote_per_piece_with_the_same_speaker() -> None:
    text = ("La ministre Anne Leroy a visité l'usine. « Nous resterons ici », a-t-elle dit, "
            "« et nous embaucherons cent personnes ».")
    quotes = find_quotes(text, "fr")
    assert [q.text for q in quotes] == ["Nous resterons ici", "et nous embaucherons cent personnes"]
    assert {q.speaker for q in quotes} == {"Anne Leroy"}
    assert text[quotes[0].speaker_start:quotes[0].speaker_end] == "elle"


def test_multi_paragraph_quote_is_one_quote_without_the_reopening_marks() -> None:
    text = ("Der Bürgermeister Karl Huber sagte:\n„Wir bauen die Brücke neu.\n"
            "„Die Arbeiten beginnen im Mai.“\nDanach ging er.")
    [quote] = [q for q in find_quotes(text, "de") if q.direct]
    assert quote.text == "Wir bauen die Brücke neu.\nDie Arbeiten beginnen im Mai."
    assert quote.speaker == "Bürgermeister Karl Huber"  # German nouns are capitalised too


def test_known_person_spans_give_canonical_speakers() -> None:
    text = 'The governor spoke. "Prices will fall," he told Reuters.'
    names = [(4, 12, "Andrew Bailey")]
    [quote] = find_quotes(text, "en", names)
    assert quote.speaker == "Andrew Bailey"
    assert quote.text == "Prices will fall"


def test_apostrophes_and_titles_are_not_quotes() -> None:
    text = "It's the players' choice, and the club's. She watched „Die schöne Helena“ twice."
    assert find_quotes(text, None) == []


def test_unknown_language_uses_every_lexicon() -> None:
    quotes = find_quotes("„Das reicht nicht“, sagte Angela Merkel.", None)
    assert [(q.text, q.speaker) for q in quotes] == [("Das reicht nicht", "Angela Merkel")]


def test_benchmark_scores_a_small_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("bench_quotes", REPO / "benchmarks" / "quotes.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_quotes", bench)
    spec.loader.exec_module(bench)
    text = "„Das reicht nicht“, sagte Angela Merkel."
    row = {"id": "1", "lang": "de", "text": text, "quotes": [
        {"quote": "„Das reicht nicht“", "start": 0, "end": 18, "speaker": "Angela Merkel",
         "speaker_spans": [[26, 39]]}]}
    data = tmp_path / "one.jsonl"
    data.write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = bench.run(data)
    assert result["overall"]["newsdesk"]["f1"] == 1.0
    assert result["overall"]["newsdesk"]["speaker_accuracy"] == 1.0
    assert result["overall"]["baseline"]["speaker_accuracy"] == 0.0


def test_nested_straight_quotes_stay_one_quote() -> None:
    text = 'Он пишет: "Работа "Без названия" оскорбляет чувства верующих", заявил эксперт.'
    quotes = [q for q in find_quotes(text, "ru") if q.direct]
    assert [q.text for q in quotes] == ['Работа "Без названия" оскорбляет чувства верующих']


def test_czech_as_frame_without_ze_reports_the_rest_of_the_sentence() -> None:
    text = "Jak Petr Novák uvedl, banka by měla získat kapitál na mezinárodním trhu."
    [quote] = find_quotes(text, "cs")
    assert quote.text == "banka by měla získat kapitál na mezinárodním trhu"
    assert quote.speaker == "Petr Novák" and not quote.direct


def test_parenthetical_attribution_keeps_the_whole_sentence() -> None:
    text = "Между тем, утверждает экономист Александр Аузан, деньги на развитие в России есть."
    [quote] = find_quotes(text, "ru")
    assert quote.text == text[:-1]
    assert quote.speaker == "Александр Аузан"


def test_unmarked_first_person_speech_before_its_verb_is_direct() -> None:
    text = "Die Tür ging auf. Ich kann nicht mehr warten, sagte der Doktor leise."
    [quote] = find_quotes(text, "de")
    assert quote.text == "Ich kann nicht mehr warten" and quote.direct
    assert quote.speaker == "Doktor"


def test_titles_named_after_an_article_are_not_quotes() -> None:
    text = "Am Abend gab man im Theater das Singspiel „Die goldene Tochter“ vor vollem Haus."
    assert find_quotes(text, "de") == []


@pytest.mark.parametrize(("text", "message", "speaker"), [
    ("Ich glaube, wir müssen die Schulen jetzt öffnen.",
     "wir müssen die Schulen jetzt öffnen", "Ich"),
    ("Aus meiner Sicht ist das ein großer Fehler.", "ist das ein großer Fehler", "meiner"),
    ("Deshalb fordere ich die Regierung auf, endlich einen Plan vorzulegen.",
     "endlich einen Plan vorzulegen", "ich"),
    ("Wir fordern einen klaren Stufenplan für die Kitas.",
     "einen klaren Stufenplan für die Kitas", "Wir"),
])
def test_german_speech_events_without_quote_marks(text: str, message: str, speaker: str) -> None:
    [quote] = find_quotes(text, "de")
    assert (quote.text, quote.speaker, quote.direct) == (message, speaker, False)


@pytest.mark.parametrize(("word", "before", "expected"), [
    ("Familienministerin", "die ", True),  # a compound ending in a role noun
    ("Kreuzzeitung", "die „", True),  # a newspaper speaks
    ("Zuständigkeiten", "den ", False),  # abstract suffix
    ("Stelle", "an dieser ", False),  # a common noun after a determiner
    ("Stölzel", "Gestern hat ", True),  # an article-less name
    ("Sie", "das haben ", False),  # the polite pronoun is no name
])
def test_german_speaker_nouns(word: str, before: str, expected: bool) -> None:
    text = before + word + " gesagt."
    assert speaker_nouns.speaker_word(text, len(before), word) is expected


def test_german_common_noun_before_the_verb_is_not_the_speaker() -> None:
    text = "Zu den Grenzwerten will ich nur eines sagen: Sie schützen die Gesundheit aller."
    quote = next(q for q in find_quotes(text, "de") if q.text.startswith("Sie schützen"))
    assert quote.speaker_start == text.index("ich")


def test_narration_after_a_quote_names_its_speaker() -> None:
    text = ("Der alte Doktor Hartmann stand am Fenster. Ludwig schwieg lange.\n"
            "„Komm, laß uns zu den Mädchen zurückkehren.“ Er nahm den Arm des Freundes.")
    [quote] = find_quotes(text, "de")
    assert quote.text == "Komm, laß uns zu den Mädchen zurückkehren."
    assert quote.speaker_start == text.index("Er nahm")


def test_attribution_inside_the_quote() -> None:
    text = ("Professor Weber Schmidt sprach lange. „Eine Klinik — meinte er — ist ja der "
            "Unterricht am Krankenbett.“")
    [quote] = find_quotes(text, "de")
    assert quote.speaker == "Professor Weber Schmidt"
    assert quote.speaker_start == text.index("er —")


def test_german_pronoun_object_of_a_clause_final_cue_is_the_message() -> None:
    text = "Die Frist ist zu kurz - das haben Sie hier auch gesagt."
    quote = next(q for q in find_quotes(text, "de") if q.start == text.index("das"))
    assert quote.text == "das" and text[quote.speaker_start:quote.speaker_end] == "Sie"


def test_benchmark_joins_the_pieces_of_a_discontinuous_gold_quote(
        monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("bench_quotes", REPO / "benchmarks" / "quotes.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_quotes", bench)
    spec.loader.exec_module(bench)
    text = "„Nein!“ rief Helene laut, „sprecht nicht von meiner Zukunft, ich bitte Euch.“"
    gold = {"start": 1, "end": len(text) - 1, "speaker": "Helene", "discontinuous": True,
            "speaker_spans": [[13, 19]], "segments": [[1, 6], [26, len(text) - 1]]}
    score = bench.score_row({"quotes": [gold]}, find_quotes(text, "de"))
    assert (score.predicted, score.matched, score.speaker_right) == (1, 1, 1)


@pytest.mark.parametrize(("text", "message", "speaker"), [
    # the object of a V2 cue runs on over its relative clause
    ("Die Partei fordert eine Elternzeit, die allen Familien einen Anspruch gibt.",
     "eine Elternzeit, die allen Familien einen Anspruch gibt", "Partei"),
    # a clause-final cue: the object pronoun or noun phrase alone, not the adverbs around it
    ("Ich möchte noch etwas zu den Renten sagen.", "etwas", "Ich"),
    ("Morgen werden wir diesen Gesetzentwurf auf jeden Fall ablehnen.",
     "diesen Gesetzentwurf", "wir"),
    # a fronted pronoun object with the subject after the verb
    ("Aber das wissen Sie ja gar nicht.", "das", "Sie"),
    # adverbs between the cue and the comma: the clause after the comma is the message
    ("Die Fachleute empfehlen auch, die Grenzwerte zu senken.", "die Grenzwerte zu senken",
     "Fachleute"),
    # a colon after the cue and its subject
    ("Eines weiß ich: Die Banken werden die Fusion nicht überleben.",
     "Die Banken werden die Fusion nicht überleben", "ich"),
])
def test_german_event_messages(text: str, message: str, speaker: str) -> None:
    quote = next(q for q in find_quotes(text, "de") if q.text == message)
    assert text[quote.speaker_start:quote.speaker_end].endswith(speaker)
    assert not quote.direct


def test_german_dass_clause_after_another_comma_clause_is_not_the_first_verbs() -> None:
    text = "Ich glaube, man kann sehr gut zeigen, dass die Reform wirkt."
    quotes = find_quotes(text, "de")
    assert any(q.text.startswith("man kann") and q.speaker == "Ich" for q in quotes)


def test_german_subject_after_a_fronted_prepositional_phrase() -> None:
    text = ("Liebe Kolleginnen und Kollegen, in ihrem Entwurf fordert die Partei, dass alle "
            "Anträge neu geprüft werden.")
    quote = next(q for q in find_quotes(text, "de") if q.text.startswith("dass"))
    assert quote.speaker == "Partei"


def test_german_subject_after_a_fronted_adverb() -> None:
    text = "Weiter sagt die „Abendzeitung“: „Wir werden diesen Weg nicht mitgehen.“"
    [quote] = [q for q in find_quotes(text, "de") if q.direct]
    assert quote.speaker == "Abendzeitung"


def test_unmarked_dialogue_runs_on_past_its_attribution() -> None:
    text = ("Ich reise nicht mehr, sagte die alte Gräfin leise. Der Weg ist zu weit. "
            "Bleibt ihr nur alle hier bei mir! Der Diener brachte das Licht herein.")
    quotes = [q for q in find_quotes(text, "de") if q.direct]
    assert [q.text for q in quotes] == [
        "Ich reise nicht mehr", "Der Weg ist zu weit. Bleibt ihr nur alle hier bei mir!"]
    assert {q.speaker for q in quotes} == {"Gräfin"}


@pytest.mark.parametrize(("text", "message", "speaker"), [
    ("Zum anderen bin ich der festen Überzeugung, dass Deutschland gut vorbereitet ist.",
     "dass Deutschland gut vorbereitet ist", "ich"),
    ("Sie zeigen einmal mehr, dass Sie keine Ahnung von unserem Grundgesetz haben.",
     "dass Sie keine Ahnung von unserem Grundgesetz haben", "Sie"),
    ("Die Betreuerinnen und Betreuer, die dort arbeiten, berichten mir, dass sie Angst haben.",
     "dass sie Angst haben", "Die Betreuerinnen und Betreuer"),
    ("Wir waren uns in den Verhandlungen schnell einig, dass wir etwas ändern wollen.",
     "dass wir etwas ändern wollen", "Wir"),
])
def test_german_complement_clause_of_a_person_subject_is_a_message(
        text: str, message: str, speaker: str) -> None:
    quote = next(q for q in find_quotes(text, "de") if q.text.startswith("dass"))
    assert (quote.text, quote.speaker, quote.direct) == (message, speaker, False)


@pytest.mark.parametrize("text", [
    "Es ist gut, dass wir heute über die Schulen in diesem Land sprechen.",
    "Wir haben heute die Situation, dass viele Betriebe keine Leute finden.",
    "Wir wollen verhindern, dass Strafprozesse noch länger verzögert werden.",
    "Das Gesetz ist so gebaut, dass die Länder alles allein bezahlen müssen.",
])
def test_german_comment_effect_and_noun_clauses_are_no_messages(text: str) -> None:
    assert not [q for q in find_quotes(text, "de") if q.text.startswith("dass")]


def test_second_piece_of_a_split_quote_keeps_the_attributed_speaker() -> None:
    text = ("„Man wird darüber viele Glossen machen“, fuhr der Assessor fort; „man wird es "
            "nicht für passend erachten, daß Du gehst.“")
    first, second = find_quotes(text, "de")[:2]
    assert first.speaker_start == second.speaker_start == text.index("Assessor")


def test_adjacent_unattributed_turn_goes_to_the_person_addressed() -> None:
    text = ("„Sei nicht böse, Helene!“ rief die gute Marie und umarmte sie. „Wir wollen jetzt "
            "davon schweigen.“ „Ich bin ja jetzt so glücklich bei Euch, ganz und gar.“")
    last = find_quotes(text, "de")[-1]
    assert last.text.startswith("Ich bin ja") and last.speaker == "Helene"


def test_double_name_at_a_sentence_start_is_the_speaker() -> None:
    text = "Тимофеев-Ресовский верил в Бога и на вопрос о человеке отвечал: это не нашего ума дело!"
    [quote] = find_quotes(text, "ru")
    assert quote.speaker == "Тимофеев-Ресовский"


@pytest.mark.parametrize("text", [
    "Um es klar zu sagen: Die Regierung benötigt das Geld dringend.",
    "Wir haben, wie gesagt, eine umfangreiche Kampagne gestartet.",
    "Das andere ist die Fairness; das heißt, dass alle Partner in die Verteidigung investieren.",
    "Es finden demnach weitere Regeln Eingang in die Gesetze.",
    "In Ihrem Antrag finde ich keine Forderung nach Nachrüstung der Fahrzeuge.",
    "Deshalb sind jetzt die Länder gefragt, die Mittel auch abzurufen.",
    "Da hätten Sie uns ja informieren können.",
    "Ich appelliere an alle Länder.",
])
def test_german_framing_phrases_give_no_event(text: str) -> None:
    assert find_quotes(text, "de") == []


@pytest.mark.parametrize(("text", "message", "speaker"), [
    ("Dann kann es nicht sein - das hat unsere Ministerin auch gesagt -, dass Eltern warten.",
     "das", "Ministerin"),
    ("Das, was Sie hier ausführen, ist tatsächlich beachtlich.", "was", "Sie"),
    ("Es tut mir leid, dass ich das so klar sagen muss, aber Sie irren sich.", "das", "ich"),
    ("Ich sehe es als eine große Stärke, dass wir Probleme vor Ort lösen.",
     "als eine große Stärke", "Ich"),
    ("Als Mutter sage ich mit voller Inbrunst: Danke!", "Danke", "ich"),
    ("Man kann sie immer wieder hinterfragen; das ist berechtigt.", "sie", "Man"),
])
def test_german_event_messages_after_the_framing_checks(
        text: str, message: str, speaker: str) -> None:
    assert (message, speaker) in [(q.text, q.speaker) for q in find_quotes(text, "de")]


def test_as_frame_between_two_pieces_names_the_speaker_of_both() -> None:
    text = ("„Sie wäre“, wie Schuldirektor Karl Neuendorff in der „Monatsschrift für das "
            "Turnwesen“ schreibt, „fürchterlich“.")
    pieces = [q for q in find_quotes(text, "de") if q.text in {"Sie wäre", "fürchterlich"}]
    assert len(pieces) == 2
    assert {q.speaker_start for q in pieces} == {text.index("Schuldirektor")}


def test_unmarked_turn_before_a_reply_belongs_to_the_person_addressed() -> None:
    text = ("Du wirst ihm folgen. Soll ich dir den Psalm vorlesen? Ich fürchte, Schwester "
            "Elisabeth, der Eindruck würde zu stark sein, entgegnete die blasse Dame.")
    first = find_quotes(text, "de")[0]
    assert first.text.startswith("Du wirst") and first.speaker == "Schwester Elisabeth"
    assert first.direct


def test_narration_between_two_quotes_names_the_next_speaker() -> None:
    text = ("Da begegnet ihm Joe Smith. „Er will sich wirklich die Stadt auf den Hals laden?“ "
            "rief Bill Borry. Joe zuckte die Achseln. „Wer kann's hindern? Er ist ja doch Herr "
            "seines Gutes.“")
    last = next(q for q in find_quotes(text, "de") if q.text.startswith("Wer kann"))
    assert last.speaker_start == text.index("Joe zuckte")


def test_subject_with_a_participle_phrase_speaks() -> None:
    text = ("Люди, хорошо помнившие довоенные годы в СССР, в один голос утверждают, что "
            "антисемитизма почти не было.")
    [quote] = find_quotes(text, "ru")
    assert quote.speaker == "Люди" and quote.text.startswith("что")


def test_russian_gerund_with_o_reports_the_plans_of_the_main_subject() -> None:
    text = ("11 апреля оппозиционер Илья Яшин бросил вызов Сергею Собянину, заявив о своих "
            "планах участвовать в выборах мэра Москвы.")
    quotes = find_quotes(text, "ru")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("своих планах участвовать в выборах мэра Москвы", "Илья Яшин")]


@pytest.mark.parametrize(("text", "message", "speaker"), [
    ("Sie haben auch nicht gezeigt, wieso das Eigenkapital nicht ausreichen würde.",
     "wieso das Eigenkapital nicht ausreichen würde", "Sie"),
    ("Dann weiß ich nicht, wo wir bei diesem Thema eigentlich stehen.",
     "wo wir bei diesem Thema eigentlich stehen", "ich"),
])
def test_german_indirect_question_of_a_person_subject_is_a_message(
        text: str, message: str, speaker: str) -> None:
    quote = next(q for q in find_quotes(text, "de") if q.text == message)
    assert (quote.speaker, quote.direct) == (speaker, False)


def test_german_parenthetical_wie_gesagt_is_no_question() -> None:
    text = "Wir als Bundesregierung haben, wie gesagt, eine große Kampagne gestartet."
    assert not [q for q in find_quotes(text, "de") if q.text.startswith("wie")]


@pytest.mark.parametrize(("text", "message", "speaker"), [
    ("Meine Damen und Herren, fassen wir zusammen: Die Familie ist erprobt und krisensicher.",
     "Die Familie ist erprobt und krisensicher", "wir"),
    ("Dann komme ich, wenn ich alles zusammenzähle, zu dem Schluss: Wir müssten sie erfinden.",
     "Wir müssten sie erfinden", "ich"),
])
def test_german_first_person_colon_frame_announces_a_message(
        text: str, message: str, speaker: str) -> None:
    quote = next(q for q in find_quotes(text, "de") if q.text == message)
    assert (quote.speaker, quote.direct) == (speaker, False)


@pytest.mark.parametrize("text", [
    "Wir haben zwei Probleme: die Kosten und die Zeit, die uns bis zum Sommer bleibt.",
    "Es gibt einen Grund: Die Kosten sind in diesem Jahr zu hoch gestiegen.",
    "Die Regierung plant Folgendes: Die Kosten werden ab dem Sommer gesenkt.",
])
def test_german_listing_or_third_person_colon_is_no_first_person_frame(text: str) -> None:
    assert not [q for q in find_quotes(text, "de") if q.speaker in {"wir", "ich", "Wir"}]


@pytest.mark.parametrize(("text", "message", "speaker"), [
    ("Laut der AfD sollen Einbürgerungen zu Ermessensentscheidungen werden.",
     "sollen Einbürgerungen zu Ermessensentscheidungen werden", "AfD"),
    ("Laut der Statistik des Innenministeriums ist der Anteil im Jahr 2017 gesunken.",
     "ist der Anteil im Jahr 2017 gesunken", "Statistik"),
])
def test_german_laut_frame_skips_article_and_genitive(
        text: str, message: str, speaker: str) -> None:
    quote = next(q for q in find_quotes(text, "de") if not q.direct)
    assert (quote.text, quote.speaker) == (message, speaker)


@pytest.mark.parametrize(("text", "message", "speaker"), [
    ("Ein Ministerium, das nicht fähig ist, einen klaren Zeitplan vorzulegen, darf sich über "
     "Kritik nicht beklagen.", "einen klaren Zeitplan", "Ministerium"),
    ("Wenn sie Unregelmäßigkeiten wahrnimmt, wird sie den Ausschuss informieren.",
     "Unregelmäßigkeiten", "sie"),
    ("Das Institut geht schon seit Jahren davon aus, dass die Werte zu hoch sind.",
     "dass die Werte zu hoch sind", "Institut"),
    ("Diesen Vergleich weise ich mit aller Deutlichkeit zurück.", "Diesen Vergleich", "ich"),
])
def test_german_clause_final_cues_and_separated_particles(
        text: str, message: str, speaker: str) -> None:
    quote = next(q for q in find_quotes(text, "de") if q.text == message)
    assert quote.direct is False and speaker in (quote.speaker or "")


def test_german_complement_after_a_subordinate_cue_stays_the_message() -> None:
    text = "Die Eltern sind besorgt, weil sie nicht wissen, was in den Schulen passiert."
    assert any(q.text == "was in den Schulen passiert" for q in find_quotes(text, "de"))


def test_text_cut_inside_a_quote_starts_with_it() -> None:
    text = ("Also bleibt es dabei, meine Herren, ich gehe morgen nicht hin.“ Damit ging er. "
            "„Gut“, sagte sie.")
    first = find_quotes(text, "de")[0]
    assert (first.start, first.text) == (0, text[:text.index("“")])


@pytest.mark.parametrize("text", [
    "Sonntag nachmittags 4 Uhr: „Das Dreimäderlhaus“, Singspiel in drei Akten von Franz Schubert.",
    "Beiträge. -- „Bruchstücke aus der Beschreibung einer Reise nach Newyork, von H. M. in L.“ "
    "Diese Skizze würde einem Journale zur Zierde gereichen.",
    "-- „Correspondenz von Gotthardt Meerfeldt über Venezuela ec.“ Was Sie mitteilen, ist bekannt.",
    "Die Ländereien liegen 203,000 Acres in Carolina, 150,000 „„Louisiana, 60,000 „„Texas. "
    "Auskunft gibt der Consul.“ Weiteres folgt.",
])
def test_listings_bylines_and_ditto_marks_are_not_quotes(text: str) -> None:
    assert [q.text for q in find_quotes(text, "de") if q.direct] == []


def test_german_message_runs_on_past_an_aside_between_dashes() -> None:
    text = ("Ich appelliere an uns alle hier: Wir alle haben Verantwortung - bis auf wenige, das "
            "ist gut so -, auch die Länder, ein gemeinsames Konzept vorzulegen.")
    quote = next(q for q in find_quotes(text, "de") if q.text.startswith("Wir alle"))
    assert quote.text.endswith("ein gemeinsames Konzept vorzulegen") and quote.speaker == "Ich"


def test_title_tagged_as_a_person_gives_way_to_the_name_after_it() -> None:
    text = "Finance Minister John Smith said the economy will recover next year."
    names = [(0, 16, "Finance Minister"), (17, 27, "John Smith")]
    [quote] = find_quotes(text, "en", names)
    assert quote.speaker == "John Smith"
    assert text[quote.speaker_start:quote.speaker_end] == "John Smith"


def test_trailing_pronoun_resolves_to_the_known_person() -> None:
    text = "John Smith spoke in Paris. The economy will recover next year, he said."
    [quote] = find_quotes(text, "en", [(0, 10, "John Smith")])
    assert (quote.text, quote.speaker, quote.direct) == (
        "The economy will recover next year", "John Smith", False)
    assert text[quote.speaker_start:quote.speaker_end] == "he"
