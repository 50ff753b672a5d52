"""Baselines: compare a check's findings with a previous report, as code-scanning tools do.

A finding is identified by a fingerprint of its rule id, doc_id, eid and message (not
of a line number or a file path, which move), the same one the SARIF output carries in
`partialFingerprints["kazlegalFinding/v1"]`. Against a baseline (an earlier
`kazlegal check --format json` or `--format sarif` report) each finding is `new` or
`unchanged`, and a baseline finding no longer found is `absent` (SARIF's
`baselineState`). Matching counts: two equal findings in the baseline cover two now.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from .model import SEVERITIES, Finding

FINGERPRINT_KEY = "kazlegalFinding/v1"
_FROM_SARIF_LEVEL = {"error": "error", "warning": "warning", "note": "info", "none": "info"}


class BaselineError(ValueError):
    """A baseline file that cannot be read as a kazlegal report; str() is one line."""


def fingerprint(f: Finding) -> str:
    """What was found where (rule, doc_id, eid, message): stable across runs."""
    key = "\x1f".join([f.rule, f.doc_id, f.eid or "", f.message])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def load_baseline(path: str | Path) -> list[Finding]:
    """The findings of a previous JSON or SARIF report (SARIF results already `absent`
    in it are not findings of that run and are left out)."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror or exc}") \
            from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise BaselineError(f"{path}: the baseline is not JSON: {exc}") from None
    try:
        if isinstance(data, dict) and isinstance(data.get("runs"), list):
            return [_from_sarif(result) for run in data["runs"]
                    for result in run.get("results") or []
                    if result.get("baselineState") != "absent"]
        if isinstance(data, dict) and isinstance(data.get("findings"), list):
            return [_from_json(item) for item in data["findings"]]
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise BaselineError(f"{path}: not a kazlegal report: a finding lacks {exc}") from None
    raise BaselineError(f"{path}: not a kazlegal report (give the output of "
                        "`kazlegal check --format json` or `--format sarif`)")


def compare(findings: Sequence[Finding], baseline: Sequence[Finding]
            ) -> tuple[list[str], list[Finding]]:
    """Each finding's state (`new` or `unchanged`), and the baseline findings now absent."""
    unmatched: dict[str, list[Finding]] = {}
    for old in baseline:
        unmatched.setdefault(fingerprint(old), []).append(old)
    states = []
    for finding in findings:
        twins = unmatched.get(fingerprint(finding))
        if twins:
            twins.pop(0)
            states.append("unchanged")
        else:
            states.append("new")
    absent = [old for twins in unmatched.values() for old in twins]
    return states, absent


def _from_json(item: dict[str, Any]) -> Finding:
    severity = item["severity"]
    if severity not in SEVERITIES:
        raise ValueError(f"a known severity (got {severity!r})")
    return Finding(rule=item["rule"], severity=severity, doc_id=item["doc_id"],
                   eid=item.get("eid"), message=item["message"], path=item.get("path"))


def _from_sarif(result: dict[str, Any]) -> Finding:
    location = (result.get("locations") or [{}])[0]
    logical = (location.get("logicalLocations") or [{}])[0]
    name = logical["fullyQualifiedName"]  # doc_id or doc_id/eid
    doc_id, _, eid = name.partition("/")
    uri = (location.get("physicalLocation") or {}).get("artifactLocation", {}).get("uri")
    return Finding(rule=result["ruleId"],
                   severity=_FROM_SARIF_LEVEL[result.get("level", "warning")],
                   doc_id=doc_id, eid=eid or None, message=result["message"]["text"],
                   path=_path(uri) if uri else None)


def _path(uri: str) -> str:
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else unquote(uri)
