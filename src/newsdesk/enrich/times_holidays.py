"""Named days ("Thanksgiving Day", "Noël", "Boże Narodzenie", "Великдень") and their dates.

A holiday is a rule rather than a date, so its name maps to a small code that this module
turns into the date of a given year:

* ``MM-DD`` a fixed day: Christmas ``12-25``, New Year's Day ``01-01``;
* ``E+N`` / ``O+N`` N days from Western / Orthodox Easter (Good Friday ``E-2``);
* ``M.W.N+D`` the N-th weekday W (0 = Monday) of month M, N = -1 the last, plus D days:
  Thanksgiving ``11.3.4``, US Election Day ``11.0.1+1`` (the Tuesday after the first
  Monday of November).

Without a year in the text the occurrence nearest to publication is taken (the same
six-back/five-ahead window as a bare month), "last"/"next" step to the one before/after.
Names per language are in `HOLIDAYS`; matching needs the capital letter they are written with
(lower-case "new year" is any new year, not 1 January).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from functools import cache
from types import MappingProxyType

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

_US = ("Thanksgiving|Thanksgiving_Day=11.3.4 Election_Day=11.0.1+1 Labor_Day=9.0.1 "
       "Memorial_Day=5.0.-1 Veterans_Day=11-11 Independence_Day|Fourth_of_July=07-04 ")
HOLIDAYS: dict[str, str] = {
    "en": _US + "Christmas|Christmas_Day=12-25 Christmas_Eve=12-24 Boxing_Day=12-26 "
                "New_Year's_Day|New_Year's=01-01 New_Year's_Eve=12-31 Easter|Easter_Sunday=E+0 "
                "Easter_Monday=E+1 Good_Friday=E-2 Halloween=10-31 Valentine's_Day=02-14",
    "fr": "Noël=12-25 réveillon_de_Noël=12-24 Saint-Sylvestre=12-31 Nouvel_An|jour_de_l'An=01-01 "
          "Pâques=E+0 lundi_de_Pâques=E+1 vendredi_saint=E-2 Pentecôte=E+49 Toussaint=11-01 "
          "Ascension=E+39",
    "de": "Weihnachten|Weihnachtstag|ersten_Weihnachtstag=12-25 Heiligabend|Heiligen_Abend=12-24 "
          "Silvester=12-31 Neujahr|Neujahrstag=01-01 Ostern|Ostersonntag=E+0 Ostermontag=E+1 "
          "Karfreitag=E-2 Pfingsten=E+49 Christi_Himmelfahrt=E+39",
    "es": "Navidad=12-25 Nochebuena=12-24 Nochevieja=12-31 Año_Nuevo=01-01 "
          "Domingo_de_Resurrección|Pascua=E+0 Viernes_Santo=E-2 Reyes|Día_de_Reyes=01-06",
    "it": "Natale=12-25 Vigilia_di_Natale=12-24 Capodanno=01-01 Pasqua=E+0 Pasquetta=E+1 "
          "Venerdì_Santo=E-2 Ferragosto=08-15 Epifania=01-06",
    "pl": "Boże_Narodzenie|Bożego_Narodzenia|Bożym_Narodzeniu=12-25 Wigilia|Wigilię|Wigilii=12-24 "
          "Sylwester|Sylwestra=12-31 Nowy_Rok|Nowego_Roku=01-01 "
          "Wielkanoc|Wielkanocy|Wielkanocą=E+0 Wielki_Piątek|Wielkiego_Piątku=E-2 "
          "Wszystkich_Świętych=11-01",
    # Ukraine has kept Christmas on 25 December since 2023; Russia keeps 7 January.
    "uk": "Різдво|Різдва|Різдвом|Різдві=12-25 Новий_рік|Нового_року|Новим_роком=01-01 "
          "Великдень|Великодня|Великодні|Пасха|Пасху|Пасхи=O+0",
    "ru": "Рождество|Рождества|Рождеством|Рождестве=01-07 "
          "Новый_год|Нового_года|Новым_годом=01-01 Пасха|Пасху|Пасхи|Пасхе=O+0",
}
_LAST = ("last", "past", "dernier", "dernière", "letzte", "letzten", "vergangene",
         "vergangenen", "vergangenes", "ostatnie", "minione", "zeszłe", "zeszłej", "ubiegłe",
         "ubiegłej", "pasado", "pasada", "scorso", "scorsa", "минулого", "минулий", "минулої",
         "минулу", "прошлого", "прошлый", "прошлую", "прошлое", "минувшего")
_NEXT = ("next", "coming", "prochain", "prochaine", "nächste", "nächsten", "kommende",
         "kommenden", "kommendes", "przyszłe", "przyszłej", "najbliższe", "próximo", "próxima",
         "prossimo", "prossima", "наступного", "наступний", "наступної", "наступну",
         "следующего", "следующий", "следующую", "следующее", "будущую")
PRE_MODS = (*_LAST, *_NEXT, "this")  # "last Thanksgiving", "la pasada Navidad", "минулого Різдва"
POST_MODS = ("dernier", "dernière", "passé", "prochain", "prochaine", "pasado", "pasada",
             "próximo", "próxima", "scorso", "scorsa", "passato", "prossimo",
             "prossima")  # "Noël dernier", "Navidad pasada", "Natale scorso"
_LAST_ALL = {*_LAST, "passé", "passato"}
_NEXT_ALL = set(_NEXT)


@cache
def names(lang: str) -> Mapping[str, tuple[str, str]]:
    """Lower-cased holiday names of `lang` -> (the name as written, rule code); read-only,
    since the cached mapping is shared by every caller."""
    out: dict[str, tuple[str, str]] = {}
    for item in HOLIDAYS.get(lang, "").split():
        forms, code = item.rsplit("=", 1)
        for form in forms.split("|"):
            written = form.replace("_", " ")
            out[written.lower()] = (written, code)
    return MappingProxyType(out)


def date_in(code: str, year: int) -> date:
    """The day the rule `code` gives in `year` (see module doc for the codes)."""
    if code[0] in "EO":
        base = easter(year, EASTER_WESTERN if code[0] == "E" else EASTER_ORTHODOX)
        return base + timedelta(days=int(code[1:]))
    nth = re.fullmatch(r"(\d+)\.(\d)\.(-?\d)(?:\+(\d+))?", code)
    if nth is None:
        fixed_month, fixed_day = code.split("-")
        return date(year, int(fixed_month), int(fixed_day))
    month, weekday, n, plus = int(nth[1]), int(nth[2]), int(nth[3]), int(nth[4] or 0)
    if n > 0:
        first = date(year, month, 1)
        day0 = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    else:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        day0 = last - timedelta(days=(last.weekday() - weekday) % 7)
    return day0 + timedelta(days=plus)


def place_holiday(code: str, ref: date, mod: str | None) -> date:
    """The occurrence named: nearest to `ref`, or the last/next one before/after it."""
    options = [date_in(code, ref.year + k) for k in (-1, 0, 1)]
    if mod and mod.lower() in _LAST_ALL:
        return max(d for d in options if d < ref)
    if mod and mod.lower() in _NEXT_ALL:
        return min(d for d in options if d > ref)
    window = [d for d in options if -183 <= (d - ref).days <= 153]
    return min(window, key=lambda d: abs((d - ref).days)) if window else options[1]
