"""User rules: YAML files of table conditions, checked at load time, evaluated with pandas.

    rules:
      - id: ministry-deadline
        table: obligations
        where: "actor == 'Министрлік'"
        require: "deadline_relation.notna()"
        severity: error
        message: "Every obligation of the Ministry has a deadline"

A rule file is validated against `schemas/rules.schema.json`, and each rule's `where`
and `require` are tried on an empty frame of the table's columns, so a typo fails
before any document is read. Every problem is a `RuleFileError` whose text is one
line naming the file, the rule (#index and id) and what is wrong.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from tokenize import TokenError
from typing import TYPE_CHECKING, Any

from ..tables import COLUMNS, TABLES, empty_tables
from .model import SEVERITIES, Finding, Rule

if TYPE_CHECKING:  # pandas is imported when a rule is tried or run, not at import
    import pandas as pd

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schemas" / "rules.schema.json"

# the unit a row of each table belongs to (documents: the act as a whole)
_EID_COLUMN = {"documents": None, "units": "eid", "obligations": "unit", "deadlines": "unit",
               "definitions": "unit", "references": "unit"}


class RuleFileError(Exception):
    """A rule file that cannot be used; str() is one line: file, rule, what is wrong."""


@dataclass(frozen=True, kw_only=True)
class UserRule(Rule):
    """A rule from a YAML file: rows of `table` selected by `where` must satisfy `require`."""

    table: str
    where: str | None
    require: str
    message: str
    index: int  # 1-based position in its file, for error messages

    @property
    def label(self) -> str:
        return f"{self.origin}: rule #{self.index} ({self.id})"


# --- loading ----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def load_rule_file(path: str | Path) -> list[UserRule]:
    """The rules of one YAML file, validated and with their queries tried on empty tables."""
    import yaml

    name = str(path)
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuleFileError(f"{name}: no such rule file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"{name}: cannot read: {exc}") from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise RuleFileError(f"{name}: not valid YAML: {_yaml_problem(exc)}") from None

    # the first error in file order: rule #2 before rule #10
    errors = sorted(_validator().iter_errors(data),
                    key=lambda e: [(0, p) if isinstance(p, int) else (1, str(p)) for p in e.path])
    if errors:
        raise RuleFileError(_schema_problem(name, data, errors[0]))

    rules = [
        UserRule(id=item["id"], name=item["id"], severity=item["severity"],
                 description=item.get("description") or item["message"], origin=name,
                 table=item["table"], where=item.get("where"), require=item["require"],
                 message=item["message"], index=i)
        for i, item in enumerate(data["rules"], start=1)
    ]
    empty = empty_tables()
    for rule in rules:
        for field in ("where", "require"):
            if getattr(rule, field) is not None:
                _condition(empty[rule.table], rule, field)  # raises on a bad query
    return rules


def load_rule_files(paths: Iterable[str | Path], reserved: Iterable[str] = ()) -> list[UserRule]:
    """The rules of several files; ids must be unique and must not take a `reserved` one."""
    taken = set(reserved)
    seen: dict[str, UserRule] = {}
    rules: list[UserRule] = []
    for path in paths:
        for rule in load_rule_file(path):
            if rule.id in taken:
                raise RuleFileError(f"{rule.label}: id '{rule.id}' is taken by a built-in rule")
            if rule.id in seen:
                raise RuleFileError(f"{rule.label}: duplicate id '{rule.id}' "
                                    f"(also {seen[rule.id].label})")
            seen[rule.id] = rule
            rules.append(rule)
    return rules


def _yaml_problem(exc: Exception) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return f"{problem} (line {mark.line + 1}, column {mark.column + 1})" if mark else problem


def _schema_problem(name: str, data: Any, error) -> str:
    """One line for the first schema error: where (file, rule) and what, in plain words."""
    path = list(error.path)
    where = name
    if len(path) >= 2 and path[0] == "rules" and isinstance(path[1], int):
        item = data["rules"][path[1]]
        rule_id = item.get("id") if isinstance(item, dict) else None
        where = f"{name}: rule #{path[1] + 1}" + (f" ({rule_id})" if isinstance(rule_id, str)
                                                  else "")
    field = path[-1] if path and isinstance(path[-1], str) else None
    instance = error.instance
    kind = error.validator
    if kind == "required":
        missing = [f for f in error.validator_value if f not in instance]
        what = f"missing required field '{missing[0]}'"
    elif kind == "additionalProperties":
        allowed = error.schema.get("properties", {})
        extra = sorted(k for k in instance if k not in allowed)
        what = f"unknown field '{extra[0]}' (fields: {', '.join(allowed)})"
    elif kind == "enum" and field == "table":
        what = f"unknown table {instance!r} (tables: {', '.join(TABLES)})"
    elif kind == "enum" and field == "severity":
        what = f"unknown severity {instance!r} (severities: {', '.join(SEVERITIES)})"
    elif kind == "type" and not path:
        what = "the file must be a mapping with a 'rules' list"
    elif kind == "type":
        what = f"'{field or path[-1]}' must be of type {error.validator_value}, " \
               f"not {type(instance).__name__}"
    elif kind == "minLength":
        what = f"'{field}' is empty"
    elif kind == "pattern" and field == "id":
        what = (f"id {instance!r} must start with a letter and hold only letters, digits, "
                "'_', '.' and '-'")
    else:
        what = error.message
    return f"{where}: {what}"


# --- evaluating -------------------------------------------------------------------------------

def _condition(frame: pd.DataFrame, rule: UserRule, field: str) -> pd.Series:
    """The true/false value of a rule's `where` or `require` for each row of `frame`.

    Missing values count as false: a row whose `actor` is missing does not satisfy
    `actor == 'Министрлік'`, and is not selected by it either.
    """
    import pandas as pd

    expression = getattr(rule, field)
    problem = f"{rule.label}: {field}:"
    try:
        value = frame.eval(expression, engine="python")
    except pd.errors.UndefinedVariableError as exc:
        m = re.search(r"'([^']+)'", str(exc))
        column = m.group(1) if m else str(exc)
        raise RuleFileError(
            f"{problem} unknown column '{column}' in \"{expression}\" (columns of "
            f"{rule.table}: {', '.join(COLUMNS[rule.table])})") from None
    except (SyntaxError, TokenError) as exc:  # TokenError: unbalanced brackets or quotes
        reason = exc.msg if isinstance(exc, SyntaxError) else exc.args[0]
        raise RuleFileError(
            f"{problem} bad query syntax in \"{expression}\": {reason}") from None
    except Exception as exc:  # pandas raises many kinds on expressions it cannot evaluate
        raise RuleFileError(f"{problem} cannot evaluate \"{expression}\": "
                            f"{type(exc).__name__}: {exc}") from None
    if isinstance(value, bool):  # a constant condition: True / False
        return pd.Series(value, index=frame.index, dtype=bool)
    if not isinstance(value, pd.Series) or not (
            pd.api.types.is_bool_dtype(value.dtype)):
        shape = "an assignment" if isinstance(value, pd.DataFrame) else (
            f"{getattr(value, 'dtype', type(value).__name__)} values")
        raise RuleFileError(f"{problem} \"{expression}\" is not a true/false condition "
                            f"(it gives {shape})")
    return value.fillna(False).astype(bool)


def evaluate(rule: UserRule, tables: dict[str, pd.DataFrame],
             paths: dict[str, str] | None = None) -> Iterator[Finding]:
    """A finding for each row selected by `rule.where` that fails `rule.require`."""
    import pandas as pd

    frame = tables[rule.table]
    if rule.where is not None:
        frame = frame[_condition(frame, rule, "where")]
    failing = frame[~_condition(frame, rule, "require")]
    eid_column = _EID_COLUMN[rule.table]
    for row in failing.to_dict("records"):
        doc_id = row["doc_id"]
        eid = row[eid_column] if eid_column else None
        message = rule.message
        if rule.table == "obligations" and not pd.isna(row["id"]):
            message += f" (obligation {row['id']})"  # several obligations may share a unit
        yield Finding(rule=rule.id, severity=rule.severity, doc_id=doc_id,
                      eid=None if pd.isna(eid) else eid, message=message,
                      path=(paths or {}).get(doc_id))


def evaluate_all(rules: Sequence[UserRule], tables: dict[str, pd.DataFrame],
                 paths: dict[str, str] | None = None) -> list[Finding]:
    """The findings of all user rules, rule by rule."""
    return [finding for rule in rules for finding in evaluate(rule, tables, paths)]
