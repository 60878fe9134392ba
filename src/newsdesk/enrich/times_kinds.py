"""One resolver per rule kind of `times_grammar`: regex groups -> (value, granularity, clock).

A resolver returns None to reject a match (an invalid date, an English "may" in lower
case, a relative expression without a publication date to anchor it).
`clock` is (hour, minute) for clock times, whose day `times` fills in afterwards.
Only the resolvers of `TENSED_KINDS` read `tense`, so `times` computes it only for those.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from newsdesk.enrich import times_resolve as rs
from newsdesk.enrich.timelex import Lexicon
from newsdesk.enrich.times_amounts import ago, duration, later, shifted
from newsdesk.enrich.times_grammar import modifier_step, norm
from newsdesk.enrich.times_holidays import date_in, place_holiday
from newsdesk.enrich.times_holidays import names as holiday_names
from newsdesk.enrich.times_periods import PERIOD_RESOLVERS

Result = tuple[str, str, tuple[int, int] | None] | None
Resolver = Callable[[re.Match[str], Lexicon | None, date | None, str | None], Result]
_NAMES_AN_EVENT = re.compile(r"\s+(?:his|her|their|its|the)?\s*[a-z]")
_TITLE_AFTER = re.compile(r"\s+(?:for|of|on|against)\s+(?:the\s+)?[A-Z]")
_TITLE_BEFORE = re.compile(r"(?:\bthe|\bannual|``|[\"“«])\s*$", re.I)


def _day(d: date | None) -> Result:
    return (d.isoformat(), "day", None) if d else None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _name_ok(word: str, lx: Lexicon) -> bool:
    """English month and weekday names are capitalised; "may" and "march" are verbs."""
    return lx.lang != "en" or word[:1].isupper()


def _month(m: re.Match[str], lx: Lexicon) -> int | None:
    word = m.group("mon")
    return lx.months.get(norm(word)) if _name_ok(word, lx) else None


def iso(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    return _day(_valid(int(m["y"]), int(m["m"]), int(m["d"])))


def numdate(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    month_first = lx is not None and lx.lang == "en" and m["sep"] == "/" and a <= 12
    return _day(_valid(year, a, b) if month_first else _valid(year, b, a))


def day_month(m: re.Match[str], lx: Lexicon | None, ref: date | None,
              tense: str | None) -> Result:
    if lx is None:
        return None
    month = _month(m, lx)
    if month is None:
        return None
    day = int(m["d"])
    if m["y"]:
        return _day(_valid(int(m["y"]), month, day))
    if ref is None:
        return None
    return _day(_valid(rs.place_month(ref, month, tense), month, day))


def _is_title(m: re.Match[str]) -> bool:
    """A month name starting a title: "the annual March for Life", "the ``March of ..."."""
    before = m.string[max(0, m.start() - 12):m.start()]
    return bool(_TITLE_AFTER.match(m.string, m.end()) and _TITLE_BEFORE.search(before))


def month_year(m: re.Match[str], lx: Lexicon | None, ref: date | None,
               tense: str | None) -> Result:
    if lx is None or (not m["y"] and _is_title(m)):
        return None  # "the March for Life", "the ``March of the Combatant Mothers''"
    month = _month(m, lx)
    if month is None:
        return None
    if m["y"]:
        return rs.iso_month(int(m["y"]), month), "month", None
    if ref is None or norm(m["mon"]) in lx.short_months:
        return None
    return rs.iso_month(rs.place_month(ref, month, tense), month), "month", None


def month_mod(m: re.Match[str], lx: Lexicon | None, ref: date | None,
              tense: str | None) -> Result:
    """"last October", "el pasado 3 de marzo", "w grudniu ubiegłego roku": the modifier
    fixes the year; "last"/"next" skip the publication day itself."""
    month = _month(m, lx) if lx else None
    if lx is None or month is None or ref is None:
        return None
    groups = m.groupdict()
    day = int(groups.get("d") or groups.get("d2") or 0)
    if groups.get("ymod"):
        year_ = ref.year + lx.year_after[norm(groups["ymod"])]
    else:
        step = modifier_step(groups.get("mod") or groups.get("mod2"), lx) or 0
        there, here = (month, day), (ref.month, ref.day if day else 0)
        year_ = ref.year - (step < 0 and there >= here) + (step > 0 and there <= here)
    if day:
        return _day(_valid(year_, month, day))
    return rs.iso_month(year_, month), "month", None


def year(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    return m["y"], "year", None


def decade(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    if m["dec"]:
        return m["dec"][:3] + "X", "decade", None
    return "19" + m["dec2"][0] + "X", "decade", None


def weekday(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    if lx is None or ref is None or not _name_ok(m["wd"], lx):
        return None
    step = modifier_step(m["mod"] or m["mod2"], lx)
    d = rs.place_weekday(ref, lx.weekdays[norm(m["wd"])], tense, step)
    return d.isoformat(), "day", None


def dayword(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    if lx is None or ref is None:
        return None
    d = ref + timedelta(days=lx.day_words[norm(m["dw"])])
    return d.isoformat(), "day", None


def relative(m: re.Match[str], lx: Lexicon | None, ref: date | None,
             tense: str | None) -> Result:
    if lx is None or ref is None:
        return None
    unit, offset = lx.relative[norm(m["rel"])]
    value, granularity = rs.shift_relative(ref, unit, offset, tense)
    return value, granularity, None


def season(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    if lx is None:
        return None
    code = lx.seasons[norm(m["season"])]
    if "y" in m.groupdict() and m["y"]:
        return f"{m['y']}-{code}", "season", None
    if ref is None:
        return None
    offset = {"last": -1, "past": -1, "this": 0, "next": 1}[norm(m["mod"])]
    return rs.place_season(ref, code, offset, tense), "season", None


def clock(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    if m["mi"] is None and not (m["ap"] or m["uhr"]):
        return None
    if m["ap"]:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    return "", "datetime", (hour, minute)


def noon(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    return "", "datetime", ((0, 0) if norm(m["noon"]) == "midnight" else (12, 0))


def ref_word(m: re.Match[str], lx: Lexicon | None, ref: date | None,
             tense: str | None) -> Result:
    if lx is None:
        return None
    return lx.refs[norm(m["ref"])], "datetime", None


def holiday(m: re.Match[str], lx: Lexicon | None, ref: date | None,
            tense: str | None) -> Result:
    """A named day; "Easter week" is its ISO week. Needs the name's capital letter."""
    if lx is None:
        return None
    written, code = holiday_names(lx.lang)[norm(m["hol"])]
    if written[:1].isupper() and not m["hol"][:1].isupper():
        return None
    if m["y"]:
        day = date_in(code, int(m["y"]))
    elif ref is None:
        return None
    else:
        day = place_holiday(code, ref, m["mod"] or m["mod2"])
    return (rs.iso_week(day), "week", None) if m["wk"] else (day.isoformat(), "day", None)


def anaphor(m: re.Match[str], lx: Lexicon | None, ref: date | None,
            tense: str | None) -> Result:
    """"that same day", "the next morning": a placeholder `times` anchors to the text's last
    date; the value is "@UNIT+N" until then."""
    if lx is None or (_NAMES_AN_EVENT.match(m.string, m.end()) and re.search(
            r"(?:before|after)$", m["ana"], re.I)):
        return None  # "the day before authorities issued ...": relative to an event
    unit, offset = lx.anaphors[norm(m["ana"])]
    return f"@{unit}{offset:+d}", "anaphor", None


def recurrence(m: re.Match[str], lx: Lexicon | None, ref: date | None,
               tense: str | None) -> Result:
    """"daily", "every year": a TIMEX3 SET, valued by its period (P1D)."""
    return (lx.sets[norm(m["set"])], "set", None) if lx else None


TENSED_KINDS = frozenset({"weekday", "relative", "season", "dmy", "mdy", "my", "quarter", "half"})
RESOLVERS: dict[str, Resolver] = {
    "iso": iso, "numdate": numdate, "dmy": day_month, "mdy": day_month, "my": month_year,
    "month_mod": month_mod,
    "year": year, "decade": decade, "weekday": weekday, "dayword": dayword,
    "relative": relative, "season": season, "ago": ago, "later": later,
    "duration": duration, "time": clock, "noon": noon, "ref": ref_word,
    "holiday": holiday,
    "anaphor": anaphor,
    "set": recurrence,
    "shifted": shifted,
} | PERIOD_RESOLVERS
