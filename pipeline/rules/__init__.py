"""The rules checker: built-in and user rules over output documents -> findings.

    >>> from pipeline.tables import load_documents
    >>> from pipeline.rules import check
    >>> findings = check(load_documents(["outputs/"]))
    >>> [f for f in findings if f.severity == "error"]

`kazlegal check` (pipeline/rules/cli.py) wraps this and renders the findings
(pipeline/rules/report.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .builtin import BUILTIN_RULES, BuiltinRule, PairRule
from .model import SEVERITIES, Finding, Hit, Rule
from .user import RuleFileError, UserRule, evaluate_all, load_rule_files

__all__ = [
    "BUILTIN_RULES", "SEVERITIES", "Finding", "Hit", "PairRule", "Rule", "RuleFileError",
    "UnknownRuleError", "UserRule", "check", "load_rule_files", "run", "select_rules",
]


class UnknownRuleError(ValueError):
    """--select/--ignore named a rule that does not exist."""


def select_rules(rules: Sequence[Rule], select: Iterable[str] | None = None,
                 ignore: Iterable[str] = ()) -> list[Rule]:
    """The rules to run: those named in `select` (all when None) minus those in `ignore`.

    A rule is named by its id (`KL002`, `ministry-deadline`) or built-in name
    (`numbering-gap`); a name that matches no rule raises UnknownRuleError, so a typo
    does not silently switch a check off.
    """
    def named(names: Iterable[str]) -> set[str]:
        ids = set()
        for name in names:
            matches = {r.id for r in rules if name in (r.id, r.name)}
            if not matches:
                raise UnknownRuleError(f"unknown rule '{name}'")
            ids |= matches
        return ids

    chosen = named(select) if select is not None else {r.id for r in rules}
    dropped = named(ignore)
    return [r for r in rules if r.id in chosen and r.id not in dropped]


def check(documents: Sequence[dict[str, Any]], paths: Sequence[str | Path] | None = None,
          user_rules: Sequence[UserRule] = (), *, select: Iterable[str] | None = None,
          ignore: Iterable[str] = ()) -> list[Finding]:
    """Run the built-in rules and `user_rules` (narrowed by `select`/`ignore`) over `documents`.

    `paths` (one per document, optional) are the output files the documents were read
    from; findings carry them so reports can point at files. Raises UnknownRuleError for
    a bad rule name, RuleFileError when a user rule cannot be evaluated on the data.
    """
    return run(select_rules([*BUILTIN_RULES, *user_rules], select, ignore), documents, paths)


def run(rules: Sequence[Rule], documents: Sequence[dict[str, Any]],
        paths: Sequence[str | Path] | None = None) -> list[Finding]:
    """Run exactly `rules` over `documents`.

    Findings come document by document (in the given order), then by rule id, each
    rule's in the order it found them. Rules over two versions of one act run on the
    pairs `pipeline.align.pair_versions` finds among `documents`.
    """
    path_of = [str(p) for p in paths] if paths is not None else [None] * len(documents)
    findings: list[Finding] = []
    for document, path in zip(documents, path_of):
        for rule in rules:
            if isinstance(rule, BuiltinRule):
                findings.extend(_run_builtin(rule, document, path))
    pair_rules = [r for r in rules if isinstance(r, PairRule)]
    if pair_rules:
        from ..align import pair_versions

        versions = pair_versions(documents)
        for rule in pair_rules:
            for kk, ru in versions.pairs:
                findings.extend(_run_pair(rule, documents[kk], documents[ru],
                                          {"kk": path_of[kk], "ru": path_of[ru]}))
            for i, why in versions.ambiguous:
                findings.append(Finding(rule=rule.id, severity=rule.severity,
                                        doc_id=str(documents[i].get("doc_id")), eid=None,
                                        message=why, path=path_of[i]))
    user_rules = [r for r in rules if isinstance(r, UserRule)]
    if user_rules:
        from ..tables import tables

        by_doc: dict[str, str | None] = {}
        for document, path in zip(documents, path_of):
            by_doc.setdefault(document.get("doc_id"), path)
        findings.extend(evaluate_all(user_rules, tables(documents), by_doc))

    order: dict[str, int] = {}
    for i, document in enumerate(documents):
        order.setdefault(document.get("doc_id"), i)
    return sorted(findings, key=lambda f: (order.get(f.doc_id, len(order)), f.rule))


def _run_builtin(rule: BuiltinRule, document: dict[str, Any], path: str | None) -> list[Finding]:
    doc_id = str(document.get("doc_id") or (Path(path).stem if path else "?"))
    try:
        hits = list(rule.check(document))
    except Exception as exc:  # a document off the schema must not stop the check of the rest
        hits = [Hit(None, f"rule could not run on this document ({type(exc).__name__}: {exc}); "
                          "does it match the schema?", "error")]
    return [Finding(rule=rule.id, severity=hit.severity or rule.severity, doc_id=doc_id,
                    eid=hit.eid, message=hit.message, path=path) for hit in hits]


def _run_pair(rule: PairRule, kk: dict[str, Any], ru: dict[str, Any],
              paths: dict[str, str | None]) -> list[Finding]:
    doc_id = str(kk.get("doc_id"))
    try:
        hits = list(rule.check(kk, ru))
    except Exception as exc:  # one broken pair must not stop the check of the rest
        hits = [("kk", Hit(None, f"rule could not run on the versions of this act "
                                 f"({type(exc).__name__}: {exc}); do they match the schema?",
                           "error"))]
    return [Finding(rule=rule.id, severity=hit.severity or rule.severity, doc_id=doc_id,
                    eid=hit.eid, message=hit.message, path=paths[lang]) for lang, hit in hits]
