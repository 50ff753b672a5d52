"""Absolute dates written the Kazakh way, in any case form of the month name."""

from __future__ import annotations

import datetime as dt

from ..patterns import DATE_DMY, DATE_NUMERIC, DATE_YMD, MONTHS


def parse_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first real date in `text` as (ISO 8601, span), or None.

    `2012 жылғы 29 мамырдағы`, `29 мамыр 2012 жыл`, `29.05.2012`; a draft's
    blank `2015 жылғы « »` is not a date.
    """
    found = []
    for pattern in (DATE_YMD, DATE_DMY, DATE_NUMERIC):
        for m in pattern.finditer(text):
            month = m.group("month")
            month_num = int(month) if month.isdigit() else MONTHS[month.casefold()]
            try:
                day = dt.date(int(m.group("year")), month_num, int(m.group("day")))
            except ValueError:
                continue  # 31 ақпан: not a date
            found.append((m.start(), day.isoformat(), (m.start(), m.end())))
            break
    if not found:
        return None
    _, iso, span = min(found)
    return iso, span
