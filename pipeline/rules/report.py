"""Render findings as text (people), JSON (scripts), SARIF 2.1.0 (code scanning) or JUnit XML
(CI test reports)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from .baseline import FINGERPRINT_KEY, fingerprint
from .model import SEVERITIES, Finding, Rule

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
# SARIF has no "info"; its "note" is the same thing
SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


@dataclass(frozen=True)
class Report:
    """What a check produced: the rules that ran, the documents checked, the findings.

    `fail_on` is the least severity that fails the check. With a baseline, `states`
    holds each finding's `new` / `unchanged` and `absent` the baseline's findings no
    longer found; only new findings fail the check.
    """

    rules: Sequence[Rule]
    documents: Sequence[tuple[str, str | None]]  # (doc_id, output path or None)
    findings: Sequence[Finding]
    timestamp: str | None = None  # JUnit's testsuite timestamp; None = now (UTC)
    fail_on: str = "error"
    states: Sequence[str] | None = None  # one per finding, when compared with a baseline
    absent: Sequence[Finding] = ()
    baseline: str | None = None  # the baseline file

    def counts(self) -> dict[str, int]:
        counted = Counter(f.severity for f in self.findings)
        return {severity: counted.get(severity, 0) for severity in SEVERITIES}

    def fails(self, i: int) -> bool:
        """Whether finding `i` fails the check: severe enough, and new if there is a baseline."""
        finding = self.findings[i]
        severe = SEVERITIES.index(finding.severity) <= SEVERITIES.index(self.fail_on)
        return severe and (self.states is None or self.states[i] == "new")

    def failing(self) -> list[Finding]:
        """The findings that fail the check (exit status 1)."""
        return [f for i, f in enumerate(self.findings) if self.fails(i)]

    def baseline_counts(self) -> dict[str, int]:
        states = Counter(self.states or ())
        return {"new": states["new"], "unchanged": states["unchanged"],
                "absent": len(self.absent)}


def _version() -> str:
    from .. import __version__

    return __version__


# --- text -------------------------------------------------------------------------------------

def render_text(report: Report) -> str:
    """One line per finding (`doc/eid: severity RULE name: message`), then a summary line."""
    names = {r.id: r.name for r in report.rules}
    lines = []
    for i, f in enumerate(report.findings):
        name = f" {names[f.rule]}" if names.get(f.rule, f.rule) != f.rule else ""
        new = " [new]" if report.states is not None and report.states[i] == "new" else ""
        lines.append(f"{f.location}: {f.severity} {f.rule}{name}: {f.message}{new}")
    counts = report.counts()
    noun = "document" if len(report.documents) == 1 else "documents"
    summary = (f"checked {len(report.documents)} {noun}: "
               + ", ".join(f"{n} {s}{'' if n == 1 else 's'}" for s, n in counts.items()))
    if report.states is not None:
        summary += "; against the baseline: " + ", ".join(
            f"{n} {state}" for state, n in report.baseline_counts().items())
    if report.fail_on != "error" or report.states is not None:  # what fails is not plain
        summary += f"; {len(report.failing())} failing (--fail-on {report.fail_on}" + (
            ", new only)" if report.states is not None else ")")
    lines.append(summary)
    return "\n".join(lines) + "\n"


# --- JSON -------------------------------------------------------------------------------------

def render_json(report: Report) -> str:
    """The findings and the rules that ran, as one JSON object."""
    data = {
        "tool": "kazlegal", "version": _version(),
        "documents": [{"doc_id": d, "path": p} for d, p in report.documents],
        "summary": report.counts(),
        "fail_on": report.fail_on,
        "failing": len(report.failing()),
        "rules": [{"id": r.id, "name": r.name, "severity": r.severity,
                   "description": r.description, "origin": r.origin} for r in report.rules],
        "findings": [asdict(f) for f in report.findings],
    }
    if report.states is not None:
        for finding, state in zip(data["findings"], report.states):
            finding["baseline_state"] = state
        data["baseline"] = {"file": report.baseline, **report.baseline_counts()}
        data["absent"] = [asdict(f) for f in report.absent]
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


# --- SARIF 2.1.0 ------------------------------------------------------------------------------

def _uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative (code scanning resolves them
    against the repository root), absolute ones become file:// URIs."""
    p = Path(path)
    return p.as_uri() if p.is_absolute() else quote(p.as_posix())


def render_sarif(report: Report) -> str:
    """A SARIF 2.1.0 log with one run: the rules as `tool.driver.rules`, findings as results."""
    index = {r.id: i for i, r in enumerate(report.rules)}
    rules = [{
        "id": r.id, "name": r.name,
        "shortDescription": {"text": r.description},
        "defaultConfiguration": {"level": SARIF_LEVELS[r.severity]},
        "properties": {"origin": r.origin},
    } for r in report.rules]
    states = list(report.states) if report.states is not None else None
    results = []
    for i, f in enumerate([*report.findings, *report.absent]):
        location: dict = {"logicalLocations": [{
            "name": f.eid or f.doc_id, "fullyQualifiedName": f.location,
            "kind": "element" if f.eid else "module"}]}
        if f.path:
            location["physicalLocation"] = {"artifactLocation": {"uri": _uri(f.path)}}
        result = {"ruleId": f.rule, "level": SARIF_LEVELS[f.severity],
                  "message": {"text": f.message}, "locations": [location],
                  "partialFingerprints": {FINGERPRINT_KEY: fingerprint(f)}}
        if f.rule in index:
            result["ruleIndex"] = index[f.rule]
        if states is not None:  # code scanning's baselineState: new, unchanged, absent
            result["baselineState"] = states[i] if i < len(states) else "absent"
        results.append(result)
    log = {
        "$schema": SARIF_SCHEMA, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "kazlegal", "version": _version(),
                                "semanticVersion": _version(), "rules": rules}},
            "artifacts": [{"location": {"uri": _uri(p)}} for _, p in report.documents if p],
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=1) + "\n"


# --- JUnit XML --------------------------------------------------------------------------------

def render_junit(report: Report) -> str:
    """JUnit XML in the strict Ant shape (testsuites/testsuite/testcase/failure).

    One testsuite per rule, one testcase per document checked. A testcase fails (one
    <failure> listing all of them) when the rule found findings in the document that
    fail the check (errors, by default; see `Report.fails`); the other findings go to
    the suite's <system-out>, visible without failing the build.
    """
    from lxml import etree  # only this format needs it

    # a case is a rule on one output file: two outputs of one act (its pdf and text twins,
    # its Kazakh and Russian versions) share a doc_id but not a path
    checked = set(report.documents)
    first_path: dict[str, str | None] = {}
    for doc_id, path in report.documents:
        first_path.setdefault(doc_id, path)
    by_case: dict[tuple[str, str, str | None], list[tuple[Finding, bool]]] = {}
    for i, f in enumerate(report.findings):
        path = f.path if (f.doc_id, f.path) in checked else first_path.get(f.doc_id)
        by_case.setdefault((f.rule, f.doc_id, path), []).append((f, report.fails(i)))
    timestamp = report.timestamp or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    root = etree.Element("testsuites")
    for number, rule in enumerate(report.rules):
        suite = etree.SubElement(root, "testsuite", name=f"{rule.id} {rule.name}",
                                 package="kazlegal", id=str(number), timestamp=timestamp,
                                 hostname="localhost", tests=str(len(report.documents)),
                                 failures="0", errors="0", skipped="0", time="0")
        properties = etree.SubElement(suite, "properties")
        for key, value in (("severity", rule.severity), ("description", rule.description),
                           ("origin", rule.origin)):
            etree.SubElement(properties, "property", name=key, value=value)
        failures = 0
        notes = []
        for doc_id, path in report.documents:
            case = etree.SubElement(suite, "testcase", name=doc_id, classname=rule.id, time="0")
            found = by_case.pop((rule.id, doc_id, path), [])
            failed = [f for f, failing in found if failing]
            notes += [f"{f.severity}: {f.location}: {f.message}"
                      for f, failing in found if not failing]
            if failed:
                failures += 1
                kinds = {f.severity for f in failed}
                noun = f"{kinds.pop()}s" if len(kinds) == 1 else "findings"
                summary = failed[0].message if len(failed) == 1 else \
                    f"{len(failed)} {noun}, first: {failed[0].message}"
                failure = etree.SubElement(case, "failure", type=rule.id, message=summary)
                failure.text = "\n".join(f"{f.location}: {f.message}" for f in failed)
        suite.set("failures", str(failures))
        etree.SubElement(suite, "system-out").text = "\n".join(notes)
        etree.SubElement(suite, "system-err")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                          pretty_print=True).decode("utf-8")


RENDERERS: dict[str, Callable[[Report], str]] = {
    "text": render_text, "json": render_json, "sarif": render_sarif, "junit": render_junit,
}


def render(report: Report, fmt: str) -> str:
    """The report in format `fmt` (text, json, sarif or junit)."""
    return RENDERERS[fmt](report)
