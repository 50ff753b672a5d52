"""Pages per second of kazlegal beside pdfplumber's own extract_text, on one long PDF.

Usage: python bench/bench_pdf.py [--pages N] [PDF]

Without a PDF it generates the made-up resolution of tests/pdfgen.py (100
pages unless --pages says otherwise) in a temporary directory. Prints one line
per step: pages per second, seconds and peak RSS, then the ratio of the whole
pipeline (default pdfium engine) to extract_text. Each step runs in its own
fresh interpreter, so its peak RSS is its own. The pipeline is timed warm
(imports and a first small document done before the clock starts, as in a
batch) and cold. No assertions: numbers only.
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


def _warm_up() -> None:
    """Imports and one small document, as a batch has done before its second document."""
    import pdfgen

    import pipeline

    with tempfile.TemporaryDirectory() as tmp:
        pipeline.convert(pdfgen.make_stretched(Path(tmp)).path)


def end_to_end(path: Path, engine: str = "pdfium") -> int:
    import pipeline

    document = pipeline.convert(path, engine=engine)
    return document["source"]["pages"]


READERS: dict[str, Callable[[Path], int]] = {
    "pdfplumber extract_text": pdfplumber_extract_text,
    "read_pdf (pdfplumber glyphs)": geometry_reader,
    "read_pdf_pdfium (pdfium glyphs)": pdfium_reader,
    "kazlegal convert, pdfplumber": lambda p: end_to_end(p, "pdfplumber"),
    "kazlegal convert, pdfium": end_to_end,
    "kazlegal convert, pdfium, cold": end_to_end,
}
WARM = {"kazlegal convert, pdfplumber", "kazlegal convert, pdfium"}


def run(name: str, path: Path) -> None:
    """Time one reader in this process and print its line."""
    if name in WARM:
        _warm_up()
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
    print(f"{name:<34} {pages / seconds:8.1f} pages/s  {seconds:7.2f} s  "
          f"peak RSS {peak_rss_mb():7.1f} MB", flush=True)


def generate(tmp: str, pages: int) -> None:
    """Write the benchmark PDF into tmp and print its path."""
    import pdfgen

    print(pdfgen.make_legal_document(Path(tmp), pages=pages).path)


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
    if len(argv) == 4 and argv[1] == "--generate":
        generate(argv[2], int(argv[3]))
        return
    args = argv[1:]
    pages = 100
    if args[:1] == ["--pages"]:
        pages, args = int(args[1]), args[2:]
    with tempfile.TemporaryDirectory() as tmp:
        if args:
            path = Path(args[0])
        else:
            start = time.perf_counter()
            path = Path(child("--generate", tmp, str(pages)).strip())
            print(f"generated {path.name} in {time.perf_counter() - start:.1f} s", flush=True)
        print(f"{path}", flush=True)
        rates: dict[str, float] = {}
        for name in READERS:
            line = child("--one", name, str(path))
            print(line, end="", flush=True)
            try:
                rates[name] = float(line[34:].split()[0])
            except (ValueError, IndexError):
                pass
        base = rates.get("pdfplumber extract_text")
        for name in ("kazlegal convert, pdfium", "kazlegal convert, pdfium, cold"):
            if base and name in rates:
                print(f"{name} / extract_text: {rates[name] / base:.2f}x", flush=True)


if __name__ == "__main__":
    main(sys.argv)
