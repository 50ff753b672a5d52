"""`kazlegal query`: the rows of one output table matching a pandas query expression.

    kazlegal query "actor == 'Министрлік'" outputs/
    kazlegal query "relation == 'within' and working_days" outputs/ --table deadlines --format csv

The expression is `DataFrame.query` syntax (python engine, so `action.str.contains('есеп')`
works) over the columns of `pipeline.tables.COLUMNS`; an empty expression selects every
row. Every error is one line on stderr and exit status 2.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any, NoReturn

import click

if TYPE_CHECKING:
    import pandas as pd

TABLE_NAMES = ("obligations", "units", "deadlines", "definitions", "references", "documents")
FORMATS = ("table", "csv", "json")
MAX_CELL = 40  # characters of a text cell in the terminal table

# the columns the terminal table shows when --columns is not given; csv and json show all
DISPLAY_COLUMNS: dict[str, list[str]] = {
    "obligations": ["doc_id", "id", "unit", "modality", "actor", "action", "deadline_text",
                    "page"],
    "units": ["doc_id", "eid", "kind", "num", "heading", "text", "page"],
    "deadlines": ["doc_id", "unit", "text", "relation", "duration", "recurrence",
                  "working_days", "page"],
    "definitions": ["doc_id", "term", "expansion", "unit"],
    "references": ["doc_id", "unit", "text", "target", "external"],
    "documents": ["doc_id", "act_type", "date", "number", "title", "pages"],
}


class QueryError(Exception):
    """A query that cannot run; str() is the one-line reason."""


def run_query(frame: pd.DataFrame, expression: str, table: str = "obligations") -> pd.DataFrame:
    """The rows of `frame` matching `expression` (all rows for a blank expression).

    Raises QueryError naming the expression and pandas' reason in one line.
    """
    if not expression.strip():
        return frame
    try:
        mask = frame.eval(expression, engine="python")
    except Exception as exc:  # pandas raises anything from SyntaxError to TypeError here
        name = _undefined_name(exc)
        if name is not None:
            raise QueryError(f"unknown column {name!r} in {expression!r} "
                             f"(columns of {table}: {', '.join(frame.columns)})") from exc
        raise QueryError(f"bad query {expression!r}: {_one_line(exc)}") from exc
    if not _is_row_mask(mask, frame):  # "1 + 1" or "actor": a value, not a condition
        raise QueryError(f"bad query {expression!r}: not a condition on rows "
                         f"(write e.g. \"actor == 'Министрлік'\")")
    return frame[mask.fillna(False).astype(bool)]


def select_columns(frame: pd.DataFrame, columns: list[str], table: str) -> pd.DataFrame:
    """`frame` cut to `columns` in that order; QueryError for a column the table lacks."""
    unknown = [c for c in columns if c not in frame.columns]
    if unknown:
        raise QueryError(f"unknown column {', '.join(map(repr, unknown))} "
                         f"(columns of {table}: {', '.join(frame.columns)})")
    return frame[columns]


def render(frame: pd.DataFrame, fmt: str) -> str:
    """The rows as a terminal table, CSV or a JSON list of records."""
    if fmt == "csv":
        return frame.to_csv(index=False, date_format="%Y-%m-%d")
    if fmt == "json":
        return json.dumps(records(frame), ensure_ascii=False, indent=1) + "\n"
    if frame.empty:
        return ""
    shown = frame.astype(object).map(_cell)
    return shown.to_string(index=False) + "\n"


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows as JSON-ready dicts: missing values None, dates as YYYY-MM-DD."""
    return [{column: _json_value(value) for column, value in row.items()}
            for row in frame.astype(object).to_dict(orient="records")]


@click.command("query")
@click.argument("expression")
@click.argument("outdir", type=click.Path())
@click.option("--table", "table", type=click.Choice(TABLE_NAMES), default="obligations",
              show_default=True, help="Table to query.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
              show_default=True,
              help="table: for reading (main columns, long text cut); csv, json: all columns.")
@click.option("--columns", default=None, help="Comma-separated columns to print, in order.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Print at most N rows.")
def query(expression: str, outdir: str, table: str, fmt: str, columns: str | None,
          limit: int | None) -> None:
    """Print the rows of a table of the outputs in OUTDIR matching EXPRESSION.

    EXPRESSION is a pandas query, e.g. "actor == 'Министрлік'" or
    "modality == 'permission' and doc_id.str.startswith('004')"; "" selects all rows.
    """
    from .corpus import load
    from .tables import DocumentLoadError

    try:
        frame = load(outdir).table(table)
        wanted = ([c.strip() for c in columns.split(",") if c.strip()] if columns
                  else DISPLAY_COLUMNS[table] if fmt == "table" else list(frame.columns))
        select_columns(frame, wanted, table)  # an unknown column fails before the query runs
        rows = run_query(frame, expression, table)
    except (DocumentLoadError, QueryError) as exc:
        _exit(str(exc))
    total = len(rows)
    if limit is not None:
        rows = rows.head(limit)
    click.echo(render(rows[wanted], fmt), nl=False)
    if fmt == "table":
        shown = f"{len(rows)} of {total}" if len(rows) < total else f"{total}"
        click.echo(f"({shown} row{'' if total == 1 else 's'})", err=True)


def _exit(message: str) -> NoReturn:
    click.echo(f"kazlegal: {message}", err=True)
    sys.exit(2)


def _is_row_mask(mask: Any, frame: pd.DataFrame) -> bool:
    import pandas as pd

    return (isinstance(mask, pd.Series) and mask.index.equals(frame.index)
            and pd.api.types.is_bool_dtype(mask.dtype))


def _one_line(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if len(text) > limit:
        text = text[:limit - 1] + "…"
    return f"{type(exc).__name__}: {text}"


def _undefined_name(exc: BaseException) -> str | None:
    # pandas' UndefinedVariableError is a NameError with the name in its message
    if isinstance(exc, NameError):
        name = getattr(exc, "name", None)
        if name:
            return name
        parts = str(exc).split("'")
        return parts[1] if len(parts) >= 3 else None
    return None


def _cell(value: Any) -> str:
    import pandas as pd

    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and value != value:
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"


def _json_value(value: Any) -> Any:
    import pandas as pd

    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value
