"""Where an amendment's quoted wording opens and closes: `... редакцияда жазылсын: «5. ...`
runs over paragraphs to `... 7. ...»`. What stands inside is the amended act's text."""

from __future__ import annotations


def quotation_depth(text: str, depth: int = 0) -> int:
    """How deep inside an amendment's quoted wording the end of `text` is, from `depth` at
    its start: a wording opens at the start of a paragraph or after a colon; a name in
    quotes elsewhere (`«Сауда туралы» Заңы`) opens none."""
    if "«" not in text and "»" not in text:
        return depth  # most paragraphs quote nothing: no need to walk their letters
    last = ""  # the last non-space character before the current one
    for ch in text:
        if ch == "«" and (depth > 0 or last in ("", ":")):
            depth += 1
        elif ch == "»" and depth > 0:
            depth -= 1
        if not ch.isspace():
            last = ch
    return depth


def quoted_blocks(texts: list[str]) -> list[bool]:
    """For each paragraph, whether it begins inside a quoted wording that closes later on
    (one left open to the end quotes nothing: a stray mark must not swallow the act)."""
    inside = [False] * len(texts)
    depth = 0
    opened: int | None = None  # the paragraph the open wording began in
    for i, text in enumerate(texts):
        after = quotation_depth(text, depth)
        if depth == 0 and after > 0:
            opened = i
        elif depth > 0 and after == 0 and opened is not None:
            for k in range(opened + 1, i + 1):
                inside[k] = True
            opened = None
        depth = after
    return inside
