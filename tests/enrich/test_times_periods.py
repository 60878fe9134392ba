"""Quarters, half-years and centuries (`times_periods`) in every language of the issue."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdesk.enrich.times import find_times
from newsdesk.enrich.times_periods import place_period

PUBLISHED = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)  # a Wednesday, like the seed article


def _values(text: str, lang: str, published: datetime = PUBLISHED) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, lang, published)}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Profit rose in the third quarter of 2025.", "en", {"the third quarter of 2025": "2025-Q3"}),
    ("The company reported fourth-quarter earnings.", "en", {"fourth-quarter": "2025-Q4"}),
    ("Sales will recover in the second quarter.", "en", {"the second quarter": "2026-Q2"}),
    ("Profit for the fourth quarter of last year rose.", "en",
     {"the fourth quarter of last year": "2025-Q4"}),
    ("Results for Q3 2025 were posted.", "en", {"Q3 2025": "2025-Q3"}),
    ("Le chiffre d'affaires du troisième trimestre 2025 a progressé.", "fr",
     {"troisième trimestre 2025": "2025-Q3"}),
    ("Im dritten Quartal 2025 stieg der Umsatz.", "de", {"dritten Quartal 2025": "2025-Q3"}),
    ("Im 1. Quartal wird er fallen.", "de", {"1. Quartal": "2026-Q1"}),
    ("En el tercer trimestre de 2025 las ventas subieron.", "es",
     {"tercer trimestre de 2025": "2025-Q3"}),
    ("Nel terzo trimestre 2025 il fatturato è salito.", "it", {"terzo trimestre 2025": "2025-Q3"}),
    ("No terceiro trimestre de 2025 as vendas subiram.", "pt",
     {"terceiro trimestre de 2025": "2025-Q3"}),
    ("In het derde kwartaal van 2025 steeg de omzet.", "nl",
     {"derde kwartaal van 2025": "2025-Q3"}),
    ("W III kwartale 2025 r. sprzedaż wzrosła.", "pl", {"III kwartale 2025": "2025-Q3"}),
    ("Ve třetím čtvrtletí 2025 tržby vzrostly.", "cs", {"třetím čtvrtletí 2025": "2025-Q3"}),
    ("В третьем квартале 2025 года продажи выросли.", "ru", {"третьем квартале 2025": "2025-Q3"}),
    ("У третьому кварталі 2025 року продажі зросли.", "uk",
     {"третьому кварталі 2025": "2025-Q3"}),
    ("През третото тримесечие на 2025 г. продажбите растат.", "bg",
     {"третото тримесечие на 2025": "2025-Q3"}),
])
def test_quarters(text: str, lang: str, expected: dict[str, str]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The first half of 2025 was weak.", "en", {"The first half of 2025": "2025-H1"}),
    ("The second half of the year will be better.", "en",
     {"The second half of the year": "2026-H2"}),
    ("In the second half, the team scored twice.", "en", {}),  # a match, not a year
    ("Au premier semestre il augmentera.", "fr", {"premier semestre": "2026-H1"}),
    ("Im ersten Halbjahr war es ruhig.", "de", {"ersten Halbjahr": "2026-H1"}),
    ("En el segundo semestre de 2025 bajaron.", "es", {"segundo semestre de 2025": "2025-H2"}),
    ("Nel primo semestre scenderà.", "it", {"primo semestre": "2026-H1"}),
    ("No primeiro semestre vão cair.", "pt", {"primeiro semestre": "2026-H1"}),
    ("In het eerste halfjaar daalt hij.", "nl", {"eerste halfjaar": "2026-H1"}),
    ("W pierwszym półroczu spadnie.", "pl", {"pierwszym półroczu": "2026-H1"}),
    ("V prvním pololetí klesnou.", "cs", {"prvním pololetí": "2026-H1"}),
    ("В первом полугодии упадут.", "ru", {"первом полугодии": "2026-H1"}),
    ("У першому півріччі впадуть.", "uk", {"першому півріччі": "2026-H1"}),
    ("През първото полугодие ще паднат.", "bg", {"първото полугодие": "2026-H1"}),
    ("H1 2025 was weak.", "en", {"H1 2025": "2025-H1"}),
])
def test_half_years(text: str, lang: str, expected: dict[str, str]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("It dates from the 19th century.", "en", {"the 19th century": "18"}),
    ("A relic of the late nineteenth century.", "en", {"late nineteenth century": "18"}),
    ("The disasters of this century.", "en", {"this century": "20"}),
    ("Un château du XIXe siècle, construit au siècle dernier.", "fr",
     {"XIXe siècle": "18", "siècle dernier": "19"}),
    ("Ein Bau aus dem 19. Jahrhundert.", "de", {"19. Jahrhundert": "18"}),
    ("Un edificio del siglo XIX, del siglo pasado.", "es",
     {"siglo XIX": "18", "siglo pasado": "19"}),
    ("Un palazzo del XIX secolo.", "it", {"XIX secolo": "18"}),
    ("Um edifício do século XIX.", "pt", {"século XIX": "18"}),
    ("Een gebouw uit de 19e eeuw.", "nl", {"19e eeuw": "18"}),
    ("Budynek z XIX wieku i z XX w.", "pl", {"XIX wieku": "18", "XX w.": "19"}),
    ("Budova z 19. století.", "cs", {"19. století": "18"}),
    ("Здание XIX века, построенное в прошлом веке.", "ru",
     {"XIX века": "18", "прошлом веке": "19"}),
    ("Будинок XIX століття.", "uk", {"XIX століття": "18"}),
    ("Сграда от XIX век.", "bg", {"XIX век": "18"}),
])
def test_centuries(text: str, lang: str, expected: dict[str, str]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The Audi Q3 is a car.", "en", {}),  # a model name, no year: not a quarter
    ("Wyniki za pierwszy i drugi kwartał 2025 r.", "pl",  # "i" is "and", not a Roman one
     {"drugi kwartał 2025": "2025-Q2"}),
    ("Mam xix wieku.", "pl", {}),  # a Roman numeral only in capitals
])
def test_look_alikes_are_not_periods(text: str, lang: str, expected: dict[str, str]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(("published", "first", "months", "tense", "year"), [
    (datetime(2026, 1, 21), 10, 3, None, 2025),  # Q4 in January: last year's results
    (datetime(2026, 10, 5), 1, 3, None, 2026),  # Q1 in October: this year's
    (datetime(2026, 12, 5), 1, 3, "future", 2027),  # "will ... in the first quarter"
    (datetime(2026, 11, 5), 1, 6, "past", 2026),
])
def test_period_without_year_is_placed_like_a_month_but_looking_back(
        published: datetime, first: int, months: int, tense: str | None, year: int) -> None:
    assert place_period(published.date(), first, months, tense) == year
