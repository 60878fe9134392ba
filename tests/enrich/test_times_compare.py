"""Comparisons ("a year earlier", `times_compare`) and "currently"-like words, per language."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdesk.enrich.times import find_times

PUBLISHED = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)


def _values(text: str, lang: str) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, lang, PUBLISHED)}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Third-quarter profit rose to $3 million from $2 million a year earlier.", "en",
     {"Third-quarter": "2025-Q3", "a year earlier": "2024-Q3"}),
    ("Net income for the third quarter rose from $2 million a year ago.", "en",
     {"the third quarter": "2025-Q3", "a year ago": "2024-Q3"}),
    ("The plant opened on March 3, 2020. Two years later, it closed.", "en",
     {"March 3, 2020": "2020-03-03", "Two years later": "2022"}),
    ("He left on March 3, 2020 and returned a week later.", "en",
     {"March 3, 2020": "2020-03-03", "a week later": "2020-03-10"}),
    ("A year earlier, the company had lost money.", "en", {"A year earlier": "2025"}),
    ("Le bénéfice du troisième trimestre a atteint 3 millions, contre 2 millions un an "
     "plus tôt.", "fr", {"troisième trimestre": "2025-Q3", "un an plus tôt": "2024-Q3"}),
    ("Im dritten Quartal stieg der Gewinn, nach 2 Millionen ein Jahr zuvor.", "de",
     {"dritten Quartal": "2025-Q3", "ein Jahr zuvor": "2024-Q3"}),
    ("En el tercer trimestre ganó 3 millones, frente a 2 millones un año antes.", "es",
     {"tercer trimestre": "2025-Q3", "un año antes": "2024-Q3"}),
    ("Nel terzo trimestre l'utile è salito, contro 2 milioni un anno prima.", "it",
     {"terzo trimestre": "2025-Q3", "un anno prima": "2024-Q3"}),
    ("W III kwartale zysk wyniósł 3 mln zł wobec 2 mln zł rok wcześniej.", "pl",
     {"III kwartale": "2025-Q3", "rok wcześniej": "2024-Q3"}),
    ("Ve třetím čtvrtletí zisk vzrostl, proti 2 milionům o rok dříve.", "cs",
     {"třetím čtvrtletí": "2025-Q3", "rok dříve": "2024-Q3"}),
    ("В третьем квартале прибыль составила 3 млн против 2 млн годом ранее.", "ru",
     {"третьем квартале": "2025-Q3", "годом ранее": "2024-Q3"}),
    ("У третьому кварталі прибуток зріс проти 2 млн роком раніше.", "uk",
     {"третьому кварталі": "2025-Q3", "роком раніше": "2024-Q3"}),
])
def test_comparisons_move_the_last_date(text: str, lang: str, expected: dict[str, str]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Two days after the attack, police arrested him.", "en", {"Two days": "P2D"}),
    ("An hour later, he was dead.", "en", {"An hour": "PT1H"}),
])
def test_event_anchored_and_clock_amounts_stay_durations(text: str, lang: str,
                                                         expected: dict[str, str]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("The company currently has 300 employees.", "en", "currently"),
    ("De nos jours, c'est normal.", "fr", "De nos jours"),
    ("Zurzeit arbeiten dort 300 Menschen.", "de", "Zurzeit"),
    ("En la actualidad trabajan 300 personas.", "es", "En la actualidad"),
    ("Al momento lavorano 300 persone.", "it", "Al momento"),
    ("Aktualnie pracuje tam 300 osób.", "pl", "Aktualnie"),
    ("V současnosti tam pracuje 300 lidí.", "cs", "V současnosti"),
    ("В настоящее время там работают 300 человек.", "ru", "В настоящее время"),
    ("Нині там працюють 300 людей.", "uk", "Нині"),
    ("Понастоящем там работят 300 души.", "bg", "Понастоящем"),
])
def test_present_words_are_present_ref(text: str, lang: str, word: str) -> None:
    assert _values(text, lang) == {word: "PRESENT_REF"}
