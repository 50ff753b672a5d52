"""The yardstick as a whole process: pdfplumber's extract_text on every page of one PDF.

Usage: python bench/extract_text.py PDF  (run by bench_pdf.py, timed from outside)
"""

import sys

import pdfplumber

with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        page.extract_text()
        page.close()  # flat memory, and a little faster than keeping every page
