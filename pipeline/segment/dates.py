"""Absolute dates written the Kazakh or the Russian way, in any case form of the month name."""

from __future__ import annotations

import datetime as dt

from ..languages import TABLES, patterns_for


def parse_date(text: str, language: str | None = None) -> tuple[str, tuple[int, int]] | None:
    """The first real date in `text` as (ISO 8601, span), or None.

    `2012 жылғы 29 мамырдағы`, `29 мамыр 2012 жыл`, `28 марта 2019 года`,
    `29.05.2012`; a draft's blank `2015 жылғы « »` is not a date. `language`
    ("kk", "ru") reads the month names of that language only; by default both
    (their month names do not overlap), so a caller that does not know the
    language still reads a date.
    """
    tables = [patterns_for(language)] if language else list(TABLES.values())
    found = []
    for table in tables:
        for pattern in (table.DATE_YMD, table.DATE_DMY, table.DATE_NUMERIC):
            for m in pattern.finditer(text):
                month = m.group("month")
                month_num = int(month) if month.isdigit() else table.MONTHS[month.casefold()]
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
