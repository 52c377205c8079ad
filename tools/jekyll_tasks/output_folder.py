"""The output folder a build writes: which may be used, one build at a time.

A build empties what it did not produce from its output folder, so the
folder must be one of its own (``check_output_folder``). Two builds into one
folder at once (a terminal and ``invoke serve``, two deploy jobs) would
interleave their files, or, for production builds that are built aside and
swapped in, rename the folder from under each other: each build holds a
lock on its output folder (``locked``) and the second waits for the first.
A production build is put in place by exchanging the two folders in one
``renameat2`` call where the system has it, so the site is never absent.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jekyll_common.errors import JekyllError
from jekyll_common.logs import display_path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# Where the project's Python lives besides the root (tasks.py, settings):
# the plugins, and these tools; a process running a build imports from both.
CODE_FOLDERS = (PROJECT_ROOT / "plugins", PROJECT_ROOT / "tools")
_CODE_FILES = ("tasks.py", "pelicanconf.py", "publishconf.py")
_RENAME_EXCHANGE = 2  # renameat2's flag, from linux/fs.h
_AT_FDCWD = -100


def code_paths() -> list[Path]:
    """Return the project's code: its folders of Python, the tasks and settings."""
    return [*CODE_FOLDERS, *(PROJECT_ROOT / name for name in _CODE_FILES)]


def settings_file(*, production: bool) -> Path:
    """Return the settings file of a build: publishconf.py for production."""
    return PROJECT_ROOT / ("publishconf.py" if production else "pelicanconf.py")


def check_output_folder(output: Path, source: Path) -> None:
    """Refuse an output folder whose deletion would destroy other files.

    The output folder is emptied before each build, so it must not be the
    file-system root, a home folder, the project, or hold the source.
    """
    output = output.resolve()
    source = source.resolve()
    forbidden = {Path(output.anchor), Path.home().resolve(), PROJECT_ROOT}
    if output in forbidden or source.is_relative_to(output):
        raise JekyllError(
            f"refusing to build into {output}: it is emptied before each build and "
            "holds other files. Choose a folder of its own, such as ./output"
        )
    if output.exists() and not output.is_dir():
        raise JekyllError(f"refusing to build into {output}: it is a file")
    # Inside the source, only Jekyll's own _site, which no build reads: any
    # other folder there may hold the site's files, which the build deletes.
    if output.is_relative_to(source) and output.relative_to(source).parts[:1] != (
        "_site",
    ):
        raise JekyllError(
            f"refusing to build into {output}: it is inside the site's source "
            f"folder ({source}), whose files the build would delete. Choose a "
            "folder outside it, such as ./output, or the source's _site"
        )


@contextmanager
def locked(output: Path) -> Iterator[None]:
    """Hold the output folder's lock; wait, saying so, while another build has it.

    The lock is the kernel's ``flock`` on the folder itself (created when
    missing), so nothing is written beside it, and a build that is killed
    releases it with its process: a stale lock never blocks the next build.
    A folder it made and no build filled is removed again.
    A production build exchanges the folder for a new one, so a build that
    waited checks it holds the folder now at that path, else locks again.
    """
    waited, created = False, not output.exists()
    while True:
        output.mkdir(parents=True, exist_ok=True)
        handle = os.open(output, os.O_RDONLY | os.O_DIRECTORY)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not waited:
                print(
                    f"build: another build into {display_path(output)} is "
                    "running; waiting for it to finish...",
                    file=sys.stderr,
                    flush=True,
                )
                waited = True
            fcntl.flock(handle, fcntl.LOCK_EX)
        if _same_folder(handle, output):
            break
        os.close(handle)
    try:
        yield
    finally:
        if created and output.is_dir() and not any(output.iterdir()):
            output.rmdir()  # a build that stopped at once leaves no folder
        os.close(handle)  # releases the lock


def _same_folder(handle: int, output: Path) -> bool:
    try:
        now = output.stat()
    except FileNotFoundError:
        return False
    held = os.fstat(handle)
    return (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)


def building_folder(output: Path) -> Path:
    """Return the folder a production build is made in, beside the output.

    Inside it when the output folder is a mount point: a mount point cannot
    be renamed, and what is beside it is on another file system.
    """
    if os.path.ismount(output):
        return output / f".{output.name}.building"
    return output.with_name(f".{output.name}.building")


def swap_in(built: Path, output: Path) -> None:
    """Put a finished build in place of the output folder.

    Both folders are exchanged at once where the system can (Linux's
    ``renameat2``), so a reader always finds a whole site; elsewhere the old
    one is moved aside first. A build made inside the output folder (a
    mount point) replaces its entries instead, each moved in one step.
    """
    if built.parent == output:
        _replace_entries(built, output)
        return
    if output.is_dir() and _exchange(built, output):
        shutil.rmtree(built, ignore_errors=True)  # now the previous site
        return
    previous = output.with_name(f".{output.name}.previous")
    shutil.rmtree(previous, ignore_errors=True)
    if output.exists():
        output.rename(previous)
    built.rename(output)
    shutil.rmtree(previous, ignore_errors=True)


def _replace_entries(built: Path, output: Path) -> None:
    """Move the entries of ``built`` (inside ``output``) in place of the others.

    The old entries are moved aside first, and back if a move fails, so the
    output holds the old site or the new one, never half of each.
    """
    previous = output / f".{output.name}.previous"
    shutil.rmtree(previous, ignore_errors=True)
    previous.mkdir()
    old = [e for e in output.iterdir() if e not in (built, previous)]
    moved: list[Path] = []
    try:
        for entry in old:
            entry.rename(previous / entry.name)
        for entry in built.iterdir():
            entry.rename(output / entry.name)
            moved.append(output / entry.name)
    except OSError:
        for entry in moved:
            entry.rename(built / entry.name)
        for entry in previous.iterdir():
            entry.rename(output / entry.name)
        shutil.rmtree(previous, ignore_errors=True)
        raise
    shutil.rmtree(previous, ignore_errors=True)
    shutil.rmtree(built, ignore_errors=True)


def _exchange(first: Path, second: Path) -> bool:
    """Exchange two paths in one step; False where the system cannot."""
    # Loaded here: ctypes takes longer to import than a small site to build,
    # and only a production build swaps folders.
    import ctypes  # noqa: PLC0415

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    done = renameat2(
        _AT_FDCWD,
        os.fsencode(first),
        _AT_FDCWD,
        os.fsencode(second),
        _RENAME_EXCHANGE,
    )
    return done == 0
