"""`kazlegal check`: run the rules over output files and report; the exit status tells CI.

Exit status: 0 no failing finding, 1 at least one (a finding of `--fail-on`'s severity
or worse, default `error`; with `--baseline`, only one that is new), 2 bad usage (a
path that does not exist, an unreadable output, a bad rule file or baseline, an
unknown rule name). Register on the main group with `main.add_command(check)`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..output import OutputError, write_atomic
from ..tables import DocumentLoadError, find_outputs, read_document
from . import BUILTIN_RULES, RuleFileError, UnknownRuleError, run, select_rules
from .baseline import BaselineError, compare, load_baseline
from .model import SEVERITIES
from .report import RENDERERS, Report, render
from .user import load_rule_files

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def _names(values: tuple[str, ...]) -> list[str]:
    """--select KL002,KL003 --select KL004 -> [KL002, KL003, KL004]."""
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def _usage_error(message: str) -> None:
    click.echo(f"kazlegal: {message}", err=True)
    sys.exit(EXIT_USAGE)


@click.command("check")
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(list(RENDERERS)), default="text",
              show_default=True, help="Report format: text, json, sarif (2.1.0) or junit (XML).")
@click.option("--rules", "rule_files", multiple=True, type=click.Path(dir_okay=False),
              help="YAML file of user rules (repeatable); see schemas/rules.schema.json.")
@click.option("--select", multiple=True, metavar="IDS",
              help="Run only these rules (ids or names, comma-separated, repeatable).")
@click.option("--ignore", multiple=True, metavar="IDS",
              help="Skip these rules (ids or names, comma-separated, repeatable).")
@click.option("-o", "--output", "outfile", type=click.Path(dir_okay=False), default=None,
              help="Write the report to this file instead of standard output.")
@click.option("--fail-on", type=click.Choice(list(SEVERITIES)), default="error",
              show_default=True,
              help="Fail (exit 1) on findings of this severity or worse: error, warning, info.")
@click.option("--baseline", type=click.Path(dir_okay=False), default=None,
              help="A previous JSON or SARIF report: fail only on findings not in it, and "
                   "mark each finding new, unchanged or absent.")
@click.option("--list-rules", is_flag=True, help="List the rules (built-in and --rules) and exit.")
def check(paths: tuple[str, ...], fmt: str, rule_files: tuple[str, ...],
          select: tuple[str, ...], ignore: tuple[str, ...], outfile: str | None,
          fail_on: str, baseline: str | None, list_rules: bool) -> None:
    """Check output documents (PATHS: .json files or folders of them) against the rules."""
    try:
        user_rules = load_rule_files(rule_files, reserved={r.id for r in BUILTIN_RULES}
                                     | {r.name for r in BUILTIN_RULES})
        rules = select_rules([*BUILTIN_RULES, *user_rules],
                             _names(select) if select else None, _names(ignore))
    except (RuleFileError, UnknownRuleError) as exc:
        _usage_error(str(exc))
    if list_rules:
        for rule in rules:
            click.echo(f"{rule.id}\t{rule.severity}\t{rule.name}\t{rule.description}")
        sys.exit(EXIT_OK)
    if not paths:
        _usage_error("check: give the output files or folders to check (PATHS)")
    try:
        previous = load_baseline(baseline) if baseline else None
    except BaselineError as exc:
        _usage_error(str(exc))

    try:
        files = find_outputs(paths)
        documents = [read_document(path) for path in files]
    except DocumentLoadError as exc:
        _usage_error(str(exc))
    try:
        findings = run(rules, documents, files)
    except RuleFileError as exc:  # a user rule that parses but fails on the real data
        _usage_error(str(exc))

    states, absent = compare(findings, previous) if previous is not None else (None, [])
    report = Report(rules=rules, findings=findings,
                    documents=[(str(d.get("doc_id") or f.stem), str(f))
                               for d, f in zip(documents, files)],
                    fail_on=fail_on, states=states, absent=absent, baseline=baseline)
    rendered = render(report, fmt)
    if outfile:
        try:
            write_atomic(Path(outfile), rendered)
        except OutputError as exc:
            _usage_error(str(exc))
    else:
        click.echo(rendered, nl=False)
    sys.exit(EXIT_ERRORS if report.failing() else EXIT_OK)
