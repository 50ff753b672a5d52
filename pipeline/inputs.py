"""Which inputs a command was given, and where each one's outputs go.

Outputs mirror the input folders: an input named as a file writes
`OUTDIR/<stem>.<ext>`; an input found inside a folder argument writes its path
relative to that folder, so `kazlegal convert corpora -o outputs` turns
`corpora/dev/pdf/X.pdf` and `corpora/dev/text/X.txt` into `outputs/dev/pdf/X.json`
and `outputs/dev/text/X.json` instead of one overwriting the other. The output
name (`dev/pdf/X`, a POSIX path without suffix) also keys the batch cache.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

INPUT_SUFFIXES = (".pdf", ".txt", ".text")


@dataclass(frozen=True)
class Input:
    """One input file and its output name (relative to OUTDIR, POSIX, no suffix)."""

    path: Path
    name: str


def output_name(path: Path, folder: Path | None = None) -> str:
    """`dev/pdf/X` for `folder/dev/pdf/X.pdf`; the stem for a file given on its own."""
    if folder is None:
        return path.stem
    relative = path.relative_to(folder)
    return str(PurePosixPath(*relative.parent.parts, relative.stem))


def folder_inputs(folder: Path) -> list[Input]:
    """The .pdf/.txt files under `folder` (recursively, sorted), named relative to it."""
    found = sorted(p for p in folder.rglob("*")
                   if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)
    return [Input(p, output_name(p, folder)) for p in found]


def expand_inputs(arguments: Iterable[str]) -> tuple[list[Input], list[tuple[str, str]]]:
    """Files as given, folders expanded to the inputs they hold; plus (path, reason) misses."""
    inputs: list[Input] = []
    missing: list[tuple[str, str]] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found = folder_inputs(path)
            if not found:
                missing.append((argument, "folder holds no .pdf or .txt inputs"))
            inputs.extend(found)
        elif path.exists():
            inputs.append(Input(path, output_name(path)))
        else:
            missing.append((argument, "no such file"))
    return inputs, missing


def distinct_outputs(inputs: Iterable[Input]) -> tuple[list[Input], list[tuple[str, str]]]:
    """Inputs whose outputs do not collide, and (path, reason) for each one refused.

    The first input to claim an output name keeps it; a later one would overwrite
    its outputs and is refused. The same file named twice under the same output
    name (`corpora corpora/a.txt`) is converted once, silently.
    """
    kept: list[Input] = []
    refused: list[tuple[str, str]] = []
    owners: dict[str, Input] = {}
    for item in inputs:
        owner = owners.get(item.name)
        if owner is None:
            owners[item.name] = item
            kept.append(item)
        elif owner.path.resolve() != item.path.resolve():
            refused.append((str(item.path), f"same output name as {owner.path} "
                                            f"({item.name}.json); rename one"))
    return kept, refused
