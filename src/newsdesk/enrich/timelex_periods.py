"""Words for calendar periods longer than a month: quarters, half-years and centuries.

Financial news dates results by quarter ("le troisième trimestre 2025", "im dritten Quartal",
"w III kwartale") and half-year ("первое полугодие"); history and features date by century
("XIXe siècle", "siglo XX", "19. Jahrhundert"). These words are kept apart from the main
lexicons because they exist for Portuguese and Dutch too, which have no lexicon of ours
(dateparser does not find such periods at all).

Each value is a regex fragment (matched case-insensitively, so a case ending is `\\w*`):

* `ord1`..`ord4`: the ordinals first..fourth before a quarter or half noun;
* `quarter`, `half`: the nouns (English "half" is ambiguous — "the second half" of a
  match — so the English rule wants "of 2025"/"of the year" after it);
* `century`: the noun after an ordinal or Roman numeral ("XIXe siècle", "XX wieku");
  `century_after`: the noun before a Roman numeral ("siglo XIX", "secolo XIX");
* `century_rel`: "last century" and its kin, `phrase=offset` like the main lexicons.
"""

from __future__ import annotations

PERIODS: dict[str, dict[str, str]] = {
    "en": {"ord1": "first|1st", "ord2": "second|2nd", "ord3": "third|3rd", "ord4": "fourth|4th",
           "quarter": "quarter", "half": "half",
           "century_rel": "this_century=0 last_century|the_last_century=-1 next_century=1"},
    "fr": {"ord1": "premier|1er|1e|1re|première", "ord2": r"deuxième|second|seconde|2e|2ème",
           "ord3": r"troisième|3e|3ème", "ord4": r"quatrième|4e|4ème",
           "quarter": "trimestre", "half": "semestre", "century": "siècle",
           "century_rel": "siècle_dernier|siècle_passé=-1 siècle_prochain=1"},
    "de": {"ord1": r"erste[nmrs]?|1\.", "ord2": r"zweite[nmrs]?|2\.", "ord3": r"dritte[nmrs]?|3\.",
           "ord4": r"vierte[nmrs]?|4\.", "quarter": r"quartal\w*|vierteljahr\w*",
           "half": r"halbjahr\w*|jahreshälfte", "century": r"jahrhundert\w*",
           "century_rel": "letzten_jahrhunderts|vorigen_jahrhunderts|vergangenen_jahrhunderts|"
                          "letzten_jahrhundert|vorigen_jahrhundert=-1 "
                          "dieses_jahrhunderts|diesem_jahrhundert=0"},
    "es": {"ord1": "primer|primero|1er|1º|1°", "ord2": "segundo|2º|2°",
           "ord3": "tercer|tercero|3er|3º|3°", "ord4": "cuarto|4º|4°",
           "quarter": "trimestre", "half": "semestre", "century_after": "siglo",
           "century_rel": "siglo_pasado=-1 este_siglo=0 próximo_siglo=1"},
    "it": {"ord1": "primo|1º|1°", "ord2": "secondo|2º|2°", "ord3": "terzo|3º|3°",
           "ord4": "quarto|4º|4°", "quarter": "trimestre", "half": "semestre",
           "century": "secolo", "century_after": "secolo",
           "century_rel": "secolo_scorso=-1 questo_secolo=0"},
    "pt": {"ord1": "primeiro|1º|1°", "ord2": "segundo|2º|2°", "ord3": "terceiro|3º|3°",
           "ord4": "quarto|4º|4°", "quarter": "trimestre", "half": "semestre",
           "century_after": "século",
           "century_rel": "século_passado=-1 este_século=0 próximo_século=1"},
    "nl": {"ord1": "eerste", "ord2": "tweede", "ord3": "derde", "ord4": "vierde",
           "quarter": "kwartaal", "half": "halfjaar|jaarhelft", "century": "eeuw",
           "century_rel": "vorige_eeuw=-1 deze_eeuw=0 volgende_eeuw=1"},
    "pl": {"ord1": r"pierwsz\w*|I", "ord2": r"drugi\w*|II", "ord3": r"trzeci\w*|III",
           "ord4": r"czwart\w*|IV", "quarter": r"kwarta[lł]\w*", "half": r"półrocz\w*",
           "century": r"wiek\w*|(?<=[IVX]\s)w\.",
           "century_rel": "ubiegłego_wieku|zeszłego_wieku|poprzedniego_wieku|ubiegłym_wieku|"
                          "ubiegłego_stulecia|zeszłego_stulecia=-1 obecnego_wieku|tego_wieku=0"},
    "cs": {"ord1": r"prvn\w*|1\.|I\.", "ord2": r"druh\w*|2\.|II\.", "ord3": r"třet\w*|3\.|III\.",
           "ord4": r"čtvrt[éýi]\w*|4\.|IV\.", "quarter": "čtvrtletí", "half": "pololetí",
           "century": "století",
           "century_rel": "minulého_století|minulém_století=-1 tohoto_století=0"},
    "ru": {"ord1": r"перв\w*|I", "ord2": r"втор\w*|II",
           "ord3": r"трет\w*|III", "ord4": r"четв[её]рт\w*|IV",
           "quarter": r"квартал\w*", "half": r"полугоди\w*", "century": r"век\w*|столети\w*",
           "century_rel": "прошлого_века|прошлом_веке|прошлый_век|прошлого_столетия|"
                          "минувшего_века=-1 этого_века|нынешнего_века|текущего_века=0"},
    "uk": {"ord1": r"перш\w*|I", "ord2": r"друг\w*|II", "ord3": r"трет\w*|III",
           "ord4": r"четверт\w*|IV", "quarter": r"квартал\w*", "half": r"півріч\w*",
           "century": r"століт\w*|сторіч\w*",
           "century_rel": "минулого_століття|минулому_столітті|минулого_сторіччя=-1 "
                          "цього_століття|нинішнього_століття=0"},
    "bg": {"ord1": r"първ\w*|I", "ord2": r"втор\w*|II", "ord3": r"трет\w*|III",
           "ord4": r"четвърт\w*|IV", "quarter": r"тримесечи\w*",
           "half": r"полугоди\w*|шестмесечи\w*", "century": r"век\w*|столети\w*",
           "century_rel": "миналия_век|миналото_столетие=-1 този_век=0"},
}

# Ordinal centuries written as words (any language; keys are unique across them).
CENTURY_WORDS: dict[str, int] = {
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21,
    "zestiende": 16, "zeventiende": 17, "achttiende": 18, "negentiende": 19, "twintigste": 20,
    "eenentwintigste": 21,
}
