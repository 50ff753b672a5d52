"""Score outputs against hand-annotated gold files (format: shared/gold/FORMAT.md)."""

from .report import evaluate_dir, format_report
from .text import word_error_rate

__all__ = ["evaluate_dir", "format_report", "word_error_rate"]
