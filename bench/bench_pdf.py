"""Pages per second of the PDF readers on a long document.

Usage: python bench/bench_pdf.py [PDF]

Without an argument it generates the 100-page made-up resolution of
tests/pdfgen.py in a temporary directory. Prints one line per reader: pages
per second and peak RSS. Each reader runs in its own fresh interpreter, so
its peak RSS (imports included) is its own. No assertions: numbers only.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # for pdfgen


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def pdfplumber_extract_text(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages)


def geometry_reader(path: Path) -> int:
    from pipeline.ingest.pdf import read_pdf

    return len(read_pdf(path).pages)


def pdfium_reader(path: Path) -> int:
    from pipeline.ingest.pdfium import read_pdf_pdfium

    return len(read_pdf_pdfium(path).pages)


def end_to_end(path: Path) -> int:
    import pipeline

    pipeline.convert(path)
    return -1  # convert returns a document, not a page count: count separately


READERS: dict[str, Callable[[Path], int]] = {
    "read_pdf (geometry)": geometry_reader,
    "read_pdf_pdfium (geometry)": pdfium_reader,
    "pdfplumber extract_text": pdfplumber_extract_text,
    "pipeline.convert (e2e)": end_to_end,
}


def run(name: str, path: Path) -> None:
    """Time one reader in this process and print its line."""
    start = time.perf_counter()
    try:
        pages = READERS[name](path)
    except (ImportError, AttributeError) as exc:
        print(f"{name:<28} skipped ({exc})", flush=True)
        return
    seconds = time.perf_counter() - start
    if pages < 0:
        import pypdfium2

        pages = len(pypdfium2.PdfDocument(str(path)))
    print(f"{name:<28} {pages / seconds:8.1f} pages/s  {seconds:7.2f} s  "
          f"peak RSS {peak_rss_mb():7.1f} MB", flush=True)


def generate(tmp: str) -> None:
    """Write the 100-page benchmark PDF into tmp and print its path."""
    import pdfgen

    print(pdfgen.make_legal_document(Path(tmp), pages=100).path)


def child(*args: str) -> str:
    return subprocess.run([sys.executable, __file__, *args], check=True,
                          capture_output=True, text=True).stdout


def main(argv: list[str]) -> None:
    # Every step runs in its own fresh interpreter and this parent imports
    # nothing heavy: Linux carries a process's peak RSS across fork and exec,
    # so a child's getrusage would otherwise include the parent's peak.
    if len(argv) == 4 and argv[1] == "--one":
        run(argv[2], Path(argv[3]))
        return
    if len(argv) == 3 and argv[1] == "--generate":
        generate(argv[2])
        return
    with tempfile.TemporaryDirectory() as tmp:
        if len(argv) > 1:
            path = Path(argv[1])
        else:
            start = time.perf_counter()
            path = Path(child("--generate", tmp).strip())
            print(f"generated {path.name} in {time.perf_counter() - start:.1f} s", flush=True)
        print(f"{path}", flush=True)
        for name in READERS:
            print(child("--one", name, str(path)), end="", flush=True)


if __name__ == "__main__":
    main(sys.argv)
