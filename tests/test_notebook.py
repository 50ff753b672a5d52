"""notebooks/analysis.ipynb runs top to bottom, from the repository root and from notebooks/.

The notebook is executed with nbclient in a kernel of the interpreter running the tests
(a kernel spec written to a temporary JUPYTER_PATH, so a user's own "python3" kernel,
possibly another Python without kazlegal installed, is never picked up)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from ipykernel.kernelspec import write_kernel_spec
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "analysis.ipynb"
KERNEL = "kazlegal-test-python3"
# the outputs the notebook reads (dotfiles such as the batch cache index are not outputs)
# what the notebook loads: the samples and the dev corpus's PDF outputs (one version per act)
OUTPUT_FILES = sorted([*(p for p in (ROOT / "outputs").glob("*.json") if not p.name.startswith(".")),
                       *(ROOT / "outputs" / "dev" / "pdf").glob("*.json")])


@pytest.fixture
def kernel(tmp_path, monkeypatch) -> str:
    """A kernel spec running ipykernel in this interpreter; returns its name."""
    write_kernel_spec(tmp_path / "jupyter" / "kernels" / KERNEL)
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))  # no user profile or startup
    monkeypatch.delenv("KAZLEGAL_OUTPUTS", raising=False)  # the notebook must find outputs/
    monkeypatch.delenv("MPLBACKEND", raising=False)
    return KERNEL


def execute(cwd: Path, kernel_name: str) -> nbformat.NotebookNode:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(notebook, kernel_name=kernel_name, timeout=120,
                            startup_timeout=60, resources={"metadata": {"path": str(cwd)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    return notebook


def text_of(cell: nbformat.NotebookNode) -> str:
    parts = []
    for output in cell.get("outputs", []):
        if output.output_type == "stream":
            parts.append(output.text)
        elif output.output_type in ("execute_result", "display_data"):
            parts.append(output.data.get("text/plain", ""))
    return "\n".join(parts)


def tagged(notebook: nbformat.NotebookNode) -> dict[str, nbformat.NotebookNode]:
    return {tag: cell for cell in notebook.cells for tag in cell.metadata.get("tags", [])}


def test_notebook_is_valid_and_stored_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")
    assert "pipeline.load(" in "".join(cell.source for cell in notebook.cells)


@pytest.mark.parametrize("cwd", [ROOT / "notebooks", ROOT], ids=["from-notebooks", "from-root"])
def test_notebook_runs_top_to_bottom(cwd, kernel):
    notebook = execute(cwd, kernel)
    cells = tagged(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.execution_count for cell in code)
    assert not [o for cell in code for o in cell.outputs if o.output_type == "error"]
    # nothing on stderr: no warnings, and no "Glyph missing" for Kazakh letters in the plot
    stderr = [o.text for cell in code for o in cell.outputs
              if o.output_type == "stream" and o.name == "stderr"]
    assert not stderr, stderr

    documents = [p.stem for p in OUTPUT_FILES]
    assert text_of(cells["load"]).startswith(f"<Corpus: {len(documents)} documents, ")
    assert all(doc_id in text_of(cells["documents"]) for doc_id in documents)
    assert "Министрлік" in text_of(cells["actors"])
    assert "Министрлік" in text_of(cells["ministry"])
    assert "obligation" in text_of(cells["modality"]) and "total" in text_of(cells["modality"])
    assert any("image/png" in o.get("data", {}) for o in cells["plot"].outputs)
    assert "within" in text_of(cells["deadlines"])
    assert "Министрлік" in text_of(cells["definitions"])
    assert "another act" in text_of(cells["references"])
    cited = [r["external"] for p in OUTPUT_FILES
             for r in json.loads(p.read_text(encoding="utf-8"))["references"] if r["external"]]
    assert all(key in text_of(cells["external"]) for key in cited[0])  # parsed into columns


def test_kernel_runs_this_interpreter(kernel, tmp_path):
    # the spec the notebook runs under points at the interpreter running the tests
    spec = json.loads((tmp_path / "jupyter" / "kernels" / KERNEL / "kernel.json").read_text())
    assert spec["argv"][0] == sys.executable
