"""The yardstick as a whole process: pdfplumber's extract_text on every page of one PDF.

Usage: python bench/extract_text.py PDF [--keep]  (run by bench_pdf.py, timed from outside)

Each page is closed when its text is out (flat memory, and a little faster);
with --keep the pages stay open, as in the plain `[p.extract_text() for p in
pdf.pages]` (the issue's yardstick: its memory grows with the document).
"""

import sys

import pdfplumber

with pdfplumber.open(sys.argv[1]) as pdf:
    if "--keep" in sys.argv[2:]:
        texts = [page.extract_text() for page in pdf.pages]
    else:
        for page in pdf.pages:
            page.extract_text()
            page.close()
