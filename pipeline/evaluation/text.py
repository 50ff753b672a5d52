"""Text word error rate, as the gold format defines it."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher


@dataclass(frozen=True)
class TextScore:
    gold_words: int
    output_words: int
    matched: int

    @property
    def errors(self) -> int:
        return max(self.gold_words, self.output_words) - self.matched

    @property
    def wer(self) -> float:
        return self.errors / self.gold_words if self.gold_words else 0.0


def word_error_rate(gold: str, output: str) -> TextScore:
    """Align whitespace-separated words by longest matching blocks (no autojunk).

    WER = (max(gold words, output words) - matched words) / gold words; line
    breaks do not count, a word out of place does.
    """
    gold_words, out_words = gold.split(), output.split()
    matcher = SequenceMatcher(None, gold_words, out_words, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return TextScore(len(gold_words), len(out_words), matched)


def text_diff(gold: str, output: str, context: int = 3) -> list[str]:
    """Human-readable differences, for `kazlegal eval --diff`."""
    gold_words, out_words = gold.split(), output.split()
    matcher = SequenceMatcher(None, gold_words, out_words, autojunk=False)
    lines = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        left = " ".join(gold_words[max(0, i1 - context):i1])
        lines.append(f"{tag}: …{left} [gold: {' '.join(gold_words[i1:i2])!r}] "
                     f"[output: {' '.join(out_words[j1:j2])!r}]")
    return lines
