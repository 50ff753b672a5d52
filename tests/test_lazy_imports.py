"""Commands load what they need when they need it: `--help` and `check` of an empty
folder import no heavy library, and a JSON conversion imports neither pandas nor spaCy."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SAMPLES

HEAVY = ("pandas", "pyarrow", "spacy", "pdfplumber", "pdfminer", "lxml", "cobalt", "numpy",
         "jsonschema", "yaml", "pypdfium2")

PROBE = """
import json, sys
from pipeline.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def modules_of(*args: str) -> set[str]:
    """The modules a `kazlegal ARGS` run imported (in a fresh interpreter)."""
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                          check=True)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def imported_by(*args: str) -> set[str]:
    """The top-level packages a `kazlegal ARGS` run imported."""
    return {name.split(".")[0] for name in modules_of(*args)}


def test_help_imports_no_heavy_library():
    assert imported_by("--help") & set(HEAVY) == set()


def test_check_of_an_empty_folder_imports_no_heavy_library(tmp_path):
    assert imported_by("check", str(tmp_path)) & set(HEAVY) == set()



def test_converting_text_to_json_imports_neither_pandas_nor_spacy(tmp_path):
    loaded = modules_of("convert", str(SAMPLES[0]), "-o", str(tmp_path), "-j", "1")
    assert (tmp_path / f"{SAMPLES[0].stem}.json").exists()
    packages = {name.split(".")[0] for name in loaded}
    assert packages & {"pandas", "pyarrow", "spacy", "pdfplumber", "lxml", "cobalt"} == set()
    assert not {"pipeline.rules", "pipeline.query"} & loaded  # commands of their own
    # a Kazakh act does not pay for compiling the Russian extractors' patterns
    assert "pipeline.extract.ru" not in loaded


def test_lazy_commands_are_listed_and_run():
    from click.testing import CliRunner

    from pipeline.cli import main

    listed = CliRunner().invoke(main, ["--help"]).output
    assert "check " in listed and "query " in listed
    assert "EXPRESSION OUTDIR" in CliRunner().invoke(main, ["query", "--help"]).output
