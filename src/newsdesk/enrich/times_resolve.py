"""Turning matched pieces of a time expression into TIMEX3 values.

Resolution rules (documented once, here):

* A weekday is the most recent one (today included) when its sentence has a past cue
  (and no future cue: "will", "doit", "wird", ...), else the nearest one, ties going to
  the past: published on a Wednesday, "jeudi" is tomorrow and "dimanche" last Sunday.
  "last/next Friday" never mean today.
* A month or day-month without year takes the occurrence nearest to publication: six
  months back to four ahead, since news looks back more than ahead ("the Oct. 23 slaying"
  in May is last October), five ahead when the sentence points ahead ("должен
  состояться 3 сентября" in April). Following the tense further was measured worse on
  TempEval-3 (sentence tense misleads in reported speech: "said he must return by Jan. 14").
  "last/next November" and "February this year" say the year outright.
  So "début décembre" in an article of 2026-01-21 is 2025-12.
* "this weekend"/"ce week-end" is TIMEX3 "YYYY-Www-WE": the weekend of the publication
  week when published on Saturday/Sunday or when the sentence points ahead, else the
  weekend just past (2026-01-21, past tense -> 2026-W03-WE).
* A part of day widens the span but not the value: "jeudi soir", "tonight" -> the day.
  TIMEX3 allows a suffix (2026-01-22TEV), but TempEval-3 annotators wrote the plain day
  for most "Friday night"/"Thursday morning" (about 3 in 5, the rest split TMO/TEV/TNI).
* "N units ago" takes the unit's granularity: "two months ago" -> 1999-11.
* Vague quantities ("several years") give PXY; a vague "ago" gives PAST_REF.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}
SEASON_ORDER = ("SP", "SU", "FA", "WI")  # chronological within a winter's label year
DURATION_CODE = {"Y": "Y", "M": "M", "W": "W", "D": "D", "H": "H", "MIN": "M", "S": "S"}
_HALF = {"Y": "6M", "D": "T12H", "H": "30M", "MIN": "30S"}  # half a unit, in TIMEX3


def iso_day(d: date) -> str:
    return d.isoformat()


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def place_weekday(ref: date, weekday: int, tense: str | None, step: int | None = None) -> date:
    """The date of `weekday` seen from `ref` (see module doc); `step` -1 is "last", +1
    "next", None neither."""
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if step is not None and step < 0:
        return ref - timedelta(days=back or 7)
    if step is not None and step > 0:
        return ref + timedelta(days=ahead or 7)
    if tense == "past":
        return ref - timedelta(days=back)
    return ref + timedelta(days=ahead) if ahead < back else ref - timedelta(days=back)


def place_month(ref: date, month: int, tense: str | None) -> int:
    """The year in which `month` falls, seen from `ref` (see module doc)."""
    diff = month - ref.month
    ahead = 5 if tense == "future" else 4
    return ref.year - 1 if diff > ahead else ref.year + 1 if diff < -6 else ref.year


def season_of(d: date) -> tuple[int, str]:
    """(year, code) of the season containing `d`; winter carries its December's year."""
    for code, months in SEASON_MONTHS.items():
        if d.month in months:
            return (d.year - 1 if code == "WI" and d.month < 3 else d.year), code
    raise AssertionError("every month has a season")


def step_season(year: int, code: str, step: int) -> tuple[int, str]:
    index = SEASON_ORDER.index(code) + step
    return year + index // 4, SEASON_ORDER[index % 4]


def place_season(ref: date, code: str, offset: int, tense: str | None) -> str:
    """TIMEX3 'YYYY-SS' of the season `code`: last (-1), this (0) or next (+1)."""
    year, current = season_of(ref)
    if offset == 0 and current == code:
        return f"{year}-{code}"
    direction = 1 if offset > 0 or (offset == 0 and tense == "future") else -1
    y, c = year, current
    for _ in range(4):
        y, c = step_season(y, c, direction)
        if c == code:
            break
    return f"{y}-{code}"


def place_weekend(ref: date, offset: int, tense: str | None) -> str:
    """TIMEX3 'YYYY-Www-WE' of the weekend named (see module doc)."""
    if offset == 0 and ref.weekday() < 5 and tense != "future":
        offset = -1
    return iso_week(ref + timedelta(weeks=offset)) + "-WE"


def shift_relative(ref: date, unit: str, offset: int, tense: str | None) -> tuple[str, str]:
    """Value and granularity of "last week", "ce mois-ci", "cette nuit", ..."""
    if unit == "W":
        return iso_week(ref + timedelta(weeks=offset)), "week"
    if unit == "M":
        moved = ref + relativedelta(months=offset)
        return iso_month(moved.year, moved.month), "month"
    if unit == "Y":
        return f"{ref.year + offset:04d}", "year"
    if unit == "WE":
        return place_weekend(ref, offset, tense), "week"
    if unit in SEASON_MONTHS:
        return place_season(ref, unit, offset, tense), "season"
    if unit.startswith("T"):  # a day at a part of day: TNI tonight, TMO this morning
        return iso_day(ref + timedelta(days=offset)), "day"
    raise ValueError(f"unknown relative unit {unit!r}")


def shift_anchor(anchor: str, move: str) -> tuple[str, str] | None:
    """`anchor` (2026-01-21, 2026-01, 2026, a datetime) moved by `move` ("D+1", "Y+0").

    The result has the unit's grain; None when the anchor is coarser than the unit
    ("that day" after "in March").
    """
    unit, offset = move[0], int(move[1:])
    parts = [int(x) for x in anchor[:10].split("-")]
    if unit == "Y":
        return f"{parts[0] + offset:04d}", "year"
    if len(parts) < 2:
        return None
    if unit == "M":
        moved = date(parts[0], parts[1], 1) + relativedelta(months=offset)
        return iso_month(moved.year, moved.month), "month"
    if len(parts) < 3:
        return None
    day = date(*parts)
    if unit == "W":
        return iso_week(day + timedelta(weeks=offset)), "week"
    return iso_day(day + timedelta(days=offset)), "day"


def ago(ref: date, number: float, unit: str, sign: int) -> tuple[str, str]:
    """Value of "N units ago" (sign -1) or "in N units" (sign +1) at the unit's grain."""
    if number < 0:
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), "datetime"
    n = sign * number
    whole = int(n)
    if unit in ("Y", "DE", "CE"):
        scale = {"Y": 1, "DE": 10, "CE": 100}[unit]
        return f"{ref.year + int(n * scale):04d}", "year"
    if unit == "M":
        moved = ref + relativedelta(months=whole)
        return iso_month(moved.year, moved.month), "month"
    if unit == "W":
        return iso_week(ref + timedelta(weeks=n)), "week"
    if unit == "D":
        return iso_day(ref + timedelta(days=n)), "day"
    return iso_day(ref), "day"  # hours/minutes ago: the day is what a date can say


def duration(number: float, unit: str) -> str:
    """TIMEX3 duration: P4Y, P2W, PT5H, P30Y for three decades, PXY when vague."""
    if unit == "DE":
        unit, number = "Y", number * 10 if number >= 0 else number
    elif unit == "CE":
        unit, number = "Y", number * 100 if number >= 0 else number
    code = DURATION_CODE[unit]
    if number > 0 and number - int(number) == 0.5 and unit in _HALF:  # PT5H30M, P2Y6M
        whole = f"{int(number)}{code}" if int(number) else ""
        return ("PT" if unit in ("H", "MIN") else "P") + whole + _HALF[unit]
    amount = "X" if number < 0 else (str(int(number)) if number == int(number) else str(number))
    return f"PT{amount}{code}" if unit in ("H", "MIN", "S") else f"P{amount}{code}"
