"""What the checker works with: rules, the hits a rule reports, and findings."""

from __future__ import annotations

from dataclasses import dataclass

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")  # most severe first


@dataclass(frozen=True, kw_only=True)
class Rule:
    """A check with a stable id (`KL002`, or a user rule's own id) and a default severity."""

    id: str
    name: str
    severity: str
    description: str
    origin: str = "builtin"  # "builtin", or the rule file a user rule came from


@dataclass(frozen=True)
class Hit:
    """One problem a rule found in a document; severity None means the rule's default."""

    eid: str | None
    message: str
    severity: str | None = None


@dataclass(frozen=True)
class Finding:
    """A hit placed in the corpus: which rule, how severe, which document and unit."""

    rule: str
    severity: str
    doc_id: str
    eid: str | None
    message: str
    path: str | None = None  # the output .json file, when the document came from one

    @property
    def location(self) -> str:
        """`doc_id/eid` (just `doc_id` for the document as a whole)."""
        return f"{self.doc_id}/{self.eid}" if self.eid else self.doc_id

