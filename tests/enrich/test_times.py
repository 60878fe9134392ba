"""find_times on hand-written articles (one fixture per language) and resolve_phrase."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsdesk.enrich.times import find_times, resolve_phrase, sentence_span

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "enrich" / "times"
CASES = sorted(p.name.split(".")[0] for p in FIXTURES.glob("*.txt"))
# A Wednesday, like the seed article.
PUBLISHED = datetime(2026, 1, 21, 12, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize("lang", CASES)
def test_fixture_article(lang: str) -> None:
    text = (FIXTURES / f"{lang}.txt").read_text(encoding="utf-8")
    spec = json.loads((FIXTURES / f"{lang}.expected.json").read_text(encoding="utf-8"))
    found = find_times(text, spec["lang"], datetime.fromisoformat(spec["published"]))
    got = [{"text": t.text, "value": t.value, "granularity": t.granularity} for t in found]
    assert got == spec["expected"]
    for t in found:
        assert text[t.start:t.end] == t.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def _values(text: str, lang: str | None, published: datetime | None = PUBLISHED) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, lang, published)}


def test_seed_expressions_resolve_as_documented() -> None:
    text = ("Poutine doit rencontrer jeudi l'émissaire, selon l'annonce du Kremlin mercredi. "
            "Ils avaient rencontré Poutine début décembre. Il a rencontré ce week-end des "
            "négociateurs. Il prévoit de partir jeudi soir. Le conflit dure depuis près de "
            "quatre ans. L'attaque a eu lieu en février 2022.")
    assert _values(text, "fr") == {
        "jeudi": "2026-01-22", "mercredi": "2026-01-21", "début décembre": "2025-12",
        "ce week-end": "2026-W03-WE", "jeudi soir": "2026-01-22",
        "près de quatre ans": "P4Y", "février 2022": "2022-02",
    }


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("в четвер", "uk", "2026-01-22"),
    ("w czwartek", "pl", "2026-01-22"),
    ("в четверг", "ru", "2026-01-22"),
    ("am Donnerstag", "de", "2026-01-22"),
    ("el jueves", "es", "2026-01-22"),
    ("giovedì", "it", "2026-01-22"),
    ("Sunday", "en", "2026-01-18"),
    ("next week", "en", "2026-W05"),
    ("this week", "en", "2026-W04"),
    ("last month", "en", "2025-12"),
    ("two months ago", "en", "2025-11"),
    ("il y a 3 jours", "fr", "2026-01-18"),
    ("в пʼятницю", "uk", "2026-01-23"),
    ("в п’ятницю", "uk", "2026-01-23"),
    ("the 1990s", "en", "199X"),
    ("last summer", "en", "2025-SU"),
    ("now", "en", "PRESENT_REF"),
])
def test_single_expression(text: str, lang: str, value: str) -> None:
    assert list(_values(text, lang).values()) == [value]


def test_durations_and_clock_times() -> None:
    assert _values("the talks lasted two weeks", "en") == {"two weeks": "P2W"}
    assert _values("a 16-hour shift", "en") == {"16-hour": "PT16H"}
    assert _values("вчора о 12:30", "uk") == {"вчора о 12:30": "2026-01-20T12:30"}
    assert _values("at 9 a.m. Tuesday", "en") == {"9 a.m. Tuesday": "2026-01-20T09:00"}


def test_words_that_only_look_like_dates() -> None:
    assert _values("He may march on, said a 6-year-old.", "en") == {}


def test_without_publication_time_only_absolute_values_remain() -> None:
    found = _values("Yesterday, on 3 March 2021, for two weeks.", "en", None)
    assert found == {"3 March 2021": "2021-03-03", "two weeks": "P2W"}


def test_language_without_lexicon_falls_back_to_dateparser() -> None:
    assert _values("Op 2026-01-21 om 12:30 en gisteren, in maart 2020.", "nl") == {
        "2026-01-21": "2026-01-21", "12:30": "2026-01-21T12:30", "gisteren": "2026-01-20",
        "in maart 2020": "2020-03"}
    assert _values("定為1939年9月1日德國入侵", "zh") == {"1939年9月1": "1939-09-01"}
    assert _values("بین سپتامبر 1939 و 2 سپتامبر 1945", "fa") == {
        "سپتامبر 1939": "1939-09", "2 سپتامبر 1945": "1945-09-02"}


def test_language_without_lexicon_keeps_only_dated_phrases_without_publication() -> None:
    assert _values("Gisteren, in maart 2020.", "nl", None) == {"in maart 2020": "2020-03"}


def test_language_dateparser_lacks_too_gets_numeric_dates() -> None:
    assert _values("2026-01-21 xyzzy", "xx") == {"2026-01-21": "2026-01-21"}


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Elian was found on Thanksgiving Day.", "en", "2025-11-27"),
    ("It happened last Thanksgiving.", "en", "2025-11-27"),
    ("at Easter 2024", "en", "2024-03-31"),
    ("during Easter week", "en", "2026-W14"),
    ("Il rentrera pour Noël.", "fr", "2025-12-25"),
    ("Er kam an Weihnachten.", "de", "2025-12-25"),
    ("Wrócił na Boże Narodzenie.", "pl", "2025-12-25"),
    ("Він приїхав на Різдво.", "uk", "2025-12-25"),
    ("Он приехал на Рождество.", "ru", "2026-01-07"),
    ("после Пасхи 2025", "ru", "2025-04-20"),
    ("New Year's Day", "en", "2026-01-01"),
    ("Election Day", "en", "2025-11-04"),
])
def test_holidays(text: str, lang: str, value: str) -> None:
    assert list(_values(text, lang).values()) == [value]


def test_lower_case_holiday_words_are_not_holidays() -> None:
    assert _values("they wished a happy new year's eve and easter eggs", "en") == {}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("He fled in June 1998 and returned later that year.",
     "en", {"June 1998": "1998-06", "later that year": "1998"}),
    ("The vote was on March 3, 2020. He resigned the next day.",
     "en", {"March 3, 2020": "2020-03-03", "the next day": "2020-03-04"}),
    ("Le 3 mars 2020, il a voté. Il a démissionné le lendemain.",
     "fr", {"3 mars 2020": "2020-03-03", "le lendemain": "2020-03-04"}),
    ("W marcu 2020 r. głosował, tego samego dnia odszedł.", "pl", {"marcu 2020": "2020-03"}),
    ("He left that same day.", "en", {}),
    ("She was seen Nov. 3, the day before authorities issued a warrant.",
     "en", {"Nov. 3": "2025-11-03"}),
])
def test_anaphoric_expressions_take_the_last_date_of_the_text(
        text: str, lang: str, expected: dict[str, str]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("a lawyer killed last October", "2025-10"),
    ("he will visit next April", "2026-04"),
    ("began in February this year", "2026-02"),
    ("expected in April next year", "2027-04"),
    ("about 5 1/2 hours", "PT5H30M"),
    ("for two and more", None),
    ("at least two more weeks", "P2W"),
    ("rallies held daily", "P1D"),
    ("held here annually", "P1Y"),
    ("the rallies went on for weeks", "PXW"),
    ("a decades-long battle", "PXY"),
    ("it will be a second betrayal", None),
    ("the annual March for Life", None),
    ("protesters in the ``March of the Mothers''", None),
    ("as seen in High Noon", None),
    ("Talks planned to resume on Thursday", "2026-01-22"),
    ("He would be traveling Friday", "2026-01-23"),
])
def test_english_rules(text: str, value: str | None) -> None:
    assert list(_values(text, "en").values()) == ([value] if value else [])


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("täglich", "de", "P1D"), ("codziennie", "pl", "P1D"), ("щороку", "uk", "P1Y"),
    ("ежедневно", "ru", "P1D"), ("chaque semaine", "fr", "P1W"),
])
def test_recurrences_are_sets(text: str, lang: str, value: str) -> None:
    found = find_times(text, lang, PUBLISHED)
    assert [(t.value, t.granularity) for t in found] == [(value, "set")]


@pytest.mark.parametrize(("text", "phrase", "sentence"), [
    ("NAIROBI (AP) _\n\nThe blast at 10:35 a.m. Friday hit the U.S. Embassy. Dozens died.",
     "Friday", "The blast at 10:35 a.m. Friday hit the U.S. Embassy."),
    ("Mr. Smith left. He said on Oct. 23 it was over! \"Later,\" he said.",
     "Oct. 23", "He said on Oct. 23 it was over!"),
    ("Poutine doit rencontrer jeudi l'émissaire. Le Kremlin l'a dit mercredi.",
     "mercredi", "Le Kremlin l'a dit mercredi."),
    ("Spotkanie odbędzie się w czwartek", "czwartek", "Spotkanie odbędzie się w czwartek"),
    ("  Він приїде у середу.  ", "середу", "Він приїде у середу."),
    # a line break right after the expression ends the sentence (no stop before it)
    ("Talks resume on Monday\nThe rest follows.", "Monday", "Talks resume on Monday"),
    ("Intro.\nTalks resume on Monday  \n\nMore.", "Monday", "Talks resume on Monday"),
    ("Les négociations reprennent lundi\n", "lundi", "Les négociations reprennent lundi"),
])
def test_sentence_span(text: str, phrase: str, sentence: str) -> None:
    start = text.index(phrase)
    a, b = sentence_span(text, start, start + len(phrase))
    assert text[a:b] == sentence


def test_every_found_time_lies_inside_its_sentence() -> None:
    text = (FIXTURES / "en.txt").read_text(encoding="utf-8")
    for t in find_times(text, "en", PUBLISHED):
        a, b = sentence_span(text, t.start, t.end)
        assert a <= t.start < t.end <= b and "\n" not in text[a:b]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("4 godzin temu", "pl", datetime(2026, 1, 21, 8, 0)),
    ("il y a 3 jours", "fr", datetime(2026, 1, 18, 12, 0)),
    ("вчора о 12:30", "uk", datetime(2026, 1, 20, 12, 30)),
    ("2 mins", "zh-Hant", datetime(2026, 1, 21, 11, 58)),
])
def test_resolve_phrase(text: str, lang: str, expected: datetime) -> None:
    got = resolve_phrase(text, lang, datetime(2026, 1, 21, 12, 0, tzinfo=UTC))
    assert got == expected.replace(tzinfo=UTC)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The summit is on April 24 and 25.", "en", {"April 24": "2026-04-24", "25": "2026-04-25"}),
    ("Strajki 12, 20 i 24 lipca.", "pl",
     {"12": "2025-07-12", "20": "2025-07-20", "24 lipca": "2025-07-24"}),
    ("Забастовка пройдет 25 и 26 июля.", "ru", {"25": "2025-07-25", "26 июля": "2025-07-26"}),
    ("April 24 and 25 people died.", "en", {"April 24": "2026-04-24"}),
])
def test_day_numbers_coordinated_with_a_date(text: str, lang: str,
                                             expected: dict[str, str]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Il est arrivé le 18 mars dernier.", "fr", {"18 mars dernier": "2025-03-18"}),
    ("Llegó el pasado 3 de marzo.", "es", {"pasado 3 de marzo": "2025-03-03"}),
    ("Lo scorso 15 ottobre si è tenuto.", "it", {"scorso 15 ottobre": "2025-10-15"}),
    ("Er kam im vergangenen Dezember.", "de", {"vergangenen Dezember": "2025-12"}),
    ("Zorganizowany w grudniu ubiegłego roku.", "pl", {"grudniu ubiegłego roku": "2025-12"}),
    ("У листопаді минулого року.", "uk", {"листопаді минулого року": "2025-11"}),
    ("Суд вынес в октябре прошлого года.", "ru", {"октябре прошлого года": "2025-10"}),
    ("Italia presentará el próximo martes.", "es", {"próximo martes": "2026-01-27"}),
    ("Le proteste di venerdì scorso.", "it", {"venerdì scorso": "2026-01-16"}),
    ("Loty na przyszłą środę.", "pl", {"przyszłą środę": "2026-01-28"}),
    ("Это случилось в минувшую среду.", "ru", {"минувшую среду": "2026-01-14"}),
    ("Це сталося минулої п'ятниці.", "uk", {"минулої п'ятниці": "2026-01-16"}),
    ("Depuis Noël dernier.", "fr", {"Noël dernier": "2025-12-25"}),
    ("Desde la pasada Navidad.", "es", {"pasada Navidad": "2025-12-25"}),
    ("Dal Natale scorso.", "it", {"Natale scorso": "2025-12-25"}),
    ("Від минулого Різдва.", "uk", {"минулого Різдва": "2025-12-25"}),
])
def test_modifiers_fix_the_year_or_week_in_every_language(text: str, lang: str,
                                                          expected: dict[str, str]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Schůzka se uskuteční ve čtvrtek. Začalo to 5. ledna 2020.", "cs",
     {"čtvrtek": "2026-01-22", "5. ledna 2020": "2020-01-05"}),
    ("V prosinci minulého roku, před 3 dny.", "cs",
     {"prosinci minulého roku": "2025-12", "před 3 dny": "2026-01-18"}),
    ("Срещата ще бъде в четвъртък, преди три години.", "bg",
     {"четвъртък": "2026-01-22", "преди три години": "2023"}),
    ("Излетял е в 16.50 часа вчера.", "bg", {"16.50 часа вчера": "2026-01-20T16:50"}),
])
def test_czech_and_bulgarian_lexicons(text: str, lang: str, expected: dict[str, str]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Over the weekend, lawyers met.", {"the weekend": "P2D"}),
    ("A hearing the week of March 6 is planned.", {"the week of March 6": "2026-W10"}),
    ("Now the alliance's mission is larger.", {}),
    ("The mission is now larger.", {"now": "PRESENT_REF"}),
    ("After their third day-long meeting.", {"day-long": "P1D"}),
])
def test_english_context_rules(text: str, expected: dict[str, str]) -> None:
    assert _values(text, "en") == expected


@pytest.mark.parametrize(("text", "lang", "published", "value"), [
    ("They searched since shortly after the Oct. 23 slaying.", "en", "1999-05-06", "1998-10-23"),
    ("Забастовка должна состояться 3 сентября.", "ru", "2018-04-10", "2018-09-03"),
    ("Il y a eu une grève en décembre.", "fr", "2018-07-06", "2017-12"),
])
def test_month_without_year_looks_back_further_than_ahead(text: str, lang: str,
                                                          published: str, value: str) -> None:
    found = find_times(text, lang, datetime.fromisoformat(published).replace(tzinfo=UTC))
    assert [t.value for t in found] == [value]
