"""Write a batch's files into OUTDIR: all of a document's files or none, never half a file.

Every file goes through a temporary file of its own (`.<name>.<pid>.<random>.tmp`, in
the target's folder, so two runs never share one and dataset readers skip it), then
`os.replace`. A document's temporaries are all written before the first is renamed, so
a full disk or a file in the way leaves the previous outputs as they were. Every
failure becomes an `OutputError` whose text is one line naming the path and the reason;
temporaries are removed whatever happens, Ctrl-C included.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

REASONS = {
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "read-only file system",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.ENOTDIR: "a file is in the way (not a folder)",
    errno.EEXIST: "a file is in the way",
    errno.EISDIR: "a folder is in the way",
    errno.ENOENT: "no such file or folder (or the file system does not allow it)",
}


class OutputError(Exception):
    """The output side failed; str() is one line: `PATH: what failed: why`."""


def reason(exc: OSError) -> str:
    """A short human reason for an OSError, without the path (the caller names it)."""
    return REASONS.get(exc.errno or 0) or (exc.strerror or str(exc)).lower()


def prepare_folder(outdir: Path) -> None:
    """Create `outdir` (and its parents) and prove a file can be created in it."""
    if outdir.exists() and not outdir.is_dir():
        raise OutputError(f"{outdir}: cannot use as the output folder: it is a file")
    _make_folder(outdir, "the output folder")
    probe = _temporary(outdir / "probe")
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise OutputError(f"{outdir}: cannot write into the output folder: {reason(exc)}") \
            from None
    finally:
        _remove(probe)


def write_files(outdir: Path, files: Mapping[str, bytes]) -> None:
    """Write `files` (POSIX paths relative to `outdir` -> bytes) all or nothing.

    Raises OutputError naming the file (or folder) that could not be written.
    """
    staged: list[tuple[Path, Path]] = []  # (temporary, target)
    try:
        for name, content in files.items():
            target = outdir / name
            _make_folder(target.parent, "folder")
            if target.is_dir():
                raise OutputError(f"{target}: cannot write: a folder is in the way")
            tmp = _temporary(target)
            staged.append((tmp, target))
            _write_new(tmp, content, target)
        for i, (tmp, target) in enumerate(staged):
            try:
                os.replace(tmp, target)
            except OSError as exc:
                raise OutputError(f"{target}: cannot write: {reason(exc)}") from None
            staged[i] = (tmp, tmp)  # renamed: nothing left to remove
    finally:
        for tmp, _ in staged:
            _remove(tmp)


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write one file through a temporary file and a rename (OutputError on failure)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    write_files(path.parent, {path.name: data})


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on `folder` (flock on the folder itself: no lock file to
    leave behind) for a read-modify-write of a file two runs share. Where there is no
    fcntl (Windows) there is no lock."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot lock the output folder: {reason(exc)}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _make_folder(folder: Path, what: str) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        # name the file in the way (out/dev is a file, out/dev/pdf is wanted), if there is one
        blocked = next((p for p in [*reversed(folder.parents), folder]
                        if p.exists() and not p.is_dir()), None)
        why = f"{blocked} is a file" if blocked else reason(exc)
        raise OutputError(f"{folder}: cannot create {what}: {why}") from None


def _write_new(tmp: Path, content: bytes, target: Path) -> None:
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {reason(exc)}") from None
    try:
        view = memoryview(content)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {reason(exc)}") from None
    finally:
        os.close(fd)


def _temporary(target: Path) -> Path:
    # unique per writer: two processes converting into one folder never share a temporary
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass  # already gone (renamed), or its folder is: nothing is left to remove
