"""The `kazlegal` command line."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import click

from . import __version__

# output formats of `kazlegal convert` (rendered by pipeline.batch.render)
OUTPUT_FORMATS = ("json", "xml", "parquet")


def _fail(message: str) -> None:
    """One line on stderr, whatever the message holds (an exception text may have newlines)."""
    click.echo(f"kazlegal: {' '.join(message.split())}", err=True)


def _batch_status(summary, quiet: bool = False) -> int:
    """Report how a batch ended and return its exit status.

    130 / 143 (128 + the signal) when SIGINT / SIGTERM stopped it; 2 when the
    output side failed; 1 when an input failed; 0 otherwise.
    """
    if summary.output_error:
        _fail(summary.output_error)
    if summary.interrupted is not None:
        _fail(summary.interrupted_line())
    if not quiet:
        click.echo(summary.line(), err=True)
    if summary.interrupted is not None:
        return 128 + summary.interrupted
    if summary.output_error:
        return 2
    return 1 if summary.failed else 0


class LazyGroup(click.Group):
    """A group whose commands from other modules are imported when they are run or listed,
    so that `kazlegal convert` does not load the checker and the query modules."""

    def __init__(self, *args, lazy: dict[str, str] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})  # command name -> "module:attribute"

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy and name not in self.commands:
            module, attribute = self.lazy[name].split(":")
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]},
             lazy={"check": "pipeline.rules.cli:check", "query": "pipeline.query:query"})
@click.version_option(__version__, prog_name="kazlegal")
def main() -> None:
    """Kazakh legal acts (PDF or extracted text) into structured, checked data."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "outdir", required=True, type=click.Path(),
              help="Folder to write the outputs into (created if missing).")
@click.option("--format", "formats", default="json", show_default=True,
              help="Comma-separated output formats: json, xml (Akoma Ntoso 3.0), parquet.")
@click.option("--engine", type=click.Choice(["pdfium", "pdfplumber"]), default="pdfium",
              show_default=True, help="Where PDF glyph boxes come from (same words either way).")
@click.option("--password", default=None, help="Password for encrypted PDFs.")
@click.option("--language", type=click.Choice(["kk", "ru"]), default=None,
              help="Read every input in this language (default: told from each one's text).")
@click.option("-j", "--jobs", type=int, default=0, help="Worker processes (default: all cores).")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="Run on this machine or on a Dask cluster.")
@click.option("--scheduler", default=None, help="Dask scheduler address (with --executor dask).")
@click.option("--no-cache", is_flag=True, help="Convert every input, even if its outputs are "
              "up to date.")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only (no progress, no summary).")
@click.option("--debug", is_flag=True, help="One process; show tracebacks of internal errors.")
def convert(inputs: tuple[str, ...], outdir: str, formats: str, engine: str,
            password: str | None, language: str | None, jobs: int, executor: str,
            scheduler: str | None, no_cache: bool, quiet: bool, debug: bool) -> None:
    """Convert INPUTS (files or folders of .pdf/.txt) into OUTDIR/<name>.json (and .xml).

    A file given as an input writes OUTDIR/<stem>.json; a file found in a folder
    input writes its path relative to that folder (corpora/dev/pdf/X.pdf, given
    `corpora`, writes OUTDIR/dev/pdf/X.json). Inputs whose bytes, options and
    pipeline version match the last run are skipped (the cache is
    OUTDIR/.kazlegal-cache.json).
    """
    from .batch import Options, Result, convert_batch
    from .inputs import distinct_outputs, expand_inputs
    from .output import OutputError

    wanted = tuple(f.strip().lower() for f in formats.split(",") if f.strip())
    unknown = sorted(set(wanted) - set(OUTPUT_FORMATS))
    if unknown or not wanted:
        raise click.UsageError(f"unknown format {', '.join(unknown) or formats!r}; "
                               f"choose from {', '.join(OUTPUT_FORMATS)}")
    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS")

    found, missing = expand_inputs(inputs)
    # two inputs that would write one output path: refuse the later rather than overwrite
    unique, collisions = distinct_outputs(found)
    refused: list[tuple[str, str]] = missing + collisions  # failures before the batch starts

    for name, reason in refused:
        _fail(f"{name}: {reason}")

    def report(result: Result) -> None:
        for warning in result.warnings:
            _fail(f"warning: {result.path}: {warning}")
        if result.error is not None:
            _fail(f"{result.path}: {result.error}")

    options = Options(formats=wanted, engine=engine, password=password, debug=debug,
                      language=language)
    try:
        summary = convert_batch(
            unique, Path(outdir), options, jobs=1 if debug else jobs, executor=executor,
            scheduler=scheduler, use_cache=not no_cache,
            progress=not quiet and sys.stderr.isatty(), on_result=report)
    except (RuntimeError, OutputError) as exc:  # no dask; an output folder we cannot use
        _fail(str(exc))
        sys.exit(2)
    summary.failed[:0] = refused
    sys.exit(_batch_status(summary, quiet))


@main.command("eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(),
              help="Folder of gold files (<doc>.gold.json, <doc>.normalized.txt).")
@click.argument("outdir", type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--diff", is_flag=True, help="Show the word differences of each document.")
def evaluate(gold_dir: str, outdir: str, as_json: bool, diff: bool) -> None:
    """Score the outputs in OUTDIR against the gold annotations."""
    from .evaluation import evaluate_dir, format_report
    from .evaluation.report import EvalError

    try:
        report = evaluate_dir(Path(gold_dir), Path(outdir), diff=diff)
    except EvalError as exc:
        _fail(str(exc))
        sys.exit(2)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(report))


@main.command("align")
@click.argument("kk_path", metavar="KK.json")
@click.argument("ru_path", metavar="RU.json")
@click.option("--json", "as_json", is_flag=True,
              help="Print the alignment as JSON (summary, disagreements, units, glossary).")
def align_versions(kk_path: str, ru_path: str, as_json: bool) -> None:
    """Align the Kazakh (KK.json) and Russian (RU.json) outputs of one act.

    Units pair by eid; each paired unit's obligations are compared (count, modality,
    deadline). Exit status 0 when the versions agree, 1 when they disagree, 2 on bad input.
    """
    from .align import AlignError, align, check_languages, format_alignment
    from .tables import DocumentLoadError, read_document

    paths = {"kk": kk_path, "ru": ru_path}
    documents = {}
    for lang, path in paths.items():
        if not Path(path).is_file():
            why = "a folder, not an output file" if Path(path).is_dir() else "no such file"
            _fail(f"{path}: {why}")
            sys.exit(2)
        try:
            documents[lang] = read_document(path)
        except DocumentLoadError as exc:
            _fail(str(exc))
            sys.exit(2)
    try:
        check_languages(documents["kk"], documents["ru"])
        alignment = align(documents["kk"], documents["ru"])
    except AlignError as exc:
        _fail(f"{paths[exc.lang]}: {exc.reason}")
        sys.exit(2)
    if alignment.doc_id_kk != alignment.doc_id_ru:  # allowed (renamed files), but say so
        _fail(f"warning: {ru_path}: doc_id {alignment.doc_id_ru!r} is not {kk_path}'s "
              f"{alignment.doc_id_kk!r}: are they one act?")
    if as_json:
        data = {"paths": paths, **alignment.to_dict()}
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        click.echo(format_alignment(alignment, kk_path, ru_path), nl=False)
    sys.exit(0 if alignment.agree else 1)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "outfile", required=True, type=click.Path(dir_okay=False),
              help="Lexicon file to write (one word per line).")
@click.option("--min-count", default=1, show_default=True, help="Keep words seen this often.")
def lexicon(inputs: tuple[str, ...], outfile: str, min_count: int) -> None:
    """Build the corpus lexicon used to judge split words, from INPUTS' clean lines."""
    from .ingest import IngestError, read
    from .inputs import expand_inputs
    from .normalize import build_vocabulary
    from .normalize.words import tokenize
    from .output import OutputError, write_atomic

    found, missing = expand_inputs(inputs)
    files = [item.path for item in found]
    for name, reason in missing:
        _fail(f"{name}: {reason}")
    counts: dict[str, int] = {}
    for path in files:
        try:
            source = read(path)
        except IngestError as exc:
            _fail(f"{path}: {exc}")
            continue
        lines = [tokenize(line) for page in source.pages for line in page.lines]
        for word, n in build_vocabulary(lines).counts.items():
            counts[word] = counts.get(word, 0) + n
    words = sorted(w for w, n in counts.items() if n >= min_count)
    try:
        write_atomic(Path(outfile), "# kazlegal corpus lexicon: words of clean lines, "
                     "case-folded\n" + "\n".join(words) + "\n")
    except OutputError as exc:
        _fail(str(exc))
        sys.exit(2)
    click.echo(f"{len(words)} words from {len(files)} documents -> {outfile}", err=True)
    sys.exit(1 if missing else 0)


@main.group()
def corpus() -> None:
    """Keep outputs/ in step with corpora/ (for CI: `kazlegal corpus check`)."""


@corpus.command("build")
@click.option("--corpora", default="corpora", show_default=True, type=click.Path(file_okay=False))
@click.option("--outputs", default="outputs", show_default=True, type=click.Path(file_okay=False))
@click.option("-j", "--jobs", type=int, default=0, help="Worker processes (default: all cores).")
def corpus_build(corpora: str, outputs: str, jobs: int) -> None:
    """Convert the new or changed documents of CORPORA into OUTPUTS (json and xml)."""
    from .output import OutputError
    from .revalidate import build

    if not Path(corpora).is_dir():
        _fail(f"{corpora}: no such folder")
        sys.exit(2)
    try:
        summary = build(Path(corpora), Path(outputs), jobs=jobs, progress=sys.stderr.isatty())
    except OutputError as exc:
        _fail(str(exc))
        sys.exit(2)
    for path, reason in summary.failed:
        _fail(f"{path}: {reason}")
    sys.exit(_batch_status(summary))


@corpus.command("check")
@click.option("--corpora", default="corpora", show_default=True, type=click.Path(file_okay=False))
@click.option("--outputs", default="outputs", show_default=True, type=click.Path(file_okay=False))
@click.option("--rules", "rule_files", multiple=True, type=click.Path(dir_okay=False),
              help="User rule files to apply as well.")
def corpus_check(corpora: str, outputs: str, rule_files: tuple[str, ...]) -> None:
    """Fail when OUTPUTS is not what the pipeline makes of CORPORA, or breaks a rule."""
    from .revalidate import check as check_outputs
    from .rules import check as run_rules
    from .rules import load_rule_files
    from .tables import load_documents

    for folder in (corpora, outputs):
        if not Path(folder).is_dir():
            _fail(f"{folder}: no such folder")
            sys.exit(2)
    problems = check_outputs(Path(corpora), Path(outputs))
    for problem in problems:
        _fail(f"{problem.path}: {problem.message}")
    documents = load_documents([Path(outputs)])
    findings = run_rules(documents, user_rules=load_rule_files(list(rule_files)))
    errors = [f for f in findings if f.severity == "error"]
    for finding in errors:
        _fail(f"{finding.doc_id}/{finding.eid or ''}: {finding.rule} {finding.message}")
    click.echo(f"corpus: {len(documents)} documents, {len(problems)} out of date, "
               f"{len(errors)} rule errors", err=True)
    sys.exit(1 if problems or errors else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
