"""Which files an ingest reads, and what each is called.

A file is one source whatever path reaches it: it is stored under its resolved real path, so
`dumps/x.txt` and `$PWD/dumps/../dumps/x.txt` are one source and `dumps/news.txt` typed in two
directories are two. Standard input (`-`, or a path naming it on a pipe, like `/dev/stdin`)
is named by its content. A directory is walked without following a symbolic link out of it,
like `find` and `rg`: a link to a file inside it is read, any other link only when named.

Plain os.path: queries show stored paths through `path_shower` and must start fast.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator

STDIN = "-"


def path_shower() -> Callable[[str], str]:
    """How stored sources are shown from the working directory: a real path inside it
    relative to it, anything else (outside it, stdin's name, a path an older icli stored as
    typed) as stored."""
    try:
        cwd = os.path.realpath(os.getcwd())
    except OSError:  # the working directory was deleted
        return lambda path: path
    prefix = cwd.rstrip(os.sep) + os.sep

    def shown(path: str) -> str:
        return path[len(prefix):] if path.startswith(prefix) else path

    return shown


def as_typed(source: str, path: str) -> list[str]:
    """The names an icli from before real paths stored the file `source`, reached as `path`,
    under: relative to the working directory when inside it, else `path` made absolute (not
    resolved)."""
    try:
        cwd = os.getcwd()
    except OSError:
        return []
    return [path_shower()(source), os.path.join(cwd, path)]


def is_stdin(target: str) -> bool:
    """Whether `target` is `-`, or a path (`/dev/stdin`, `/dev/fd/0`) naming this process's
    standard input when that is not a regular file (a pipe): read like `-`. Redirected from a
    file, `/dev/stdin` is that file, under its own real path."""
    if target == STDIN:
        return True
    try:
        named, stdin = os.stat(target), os.fstat(0)
    except (OSError, ValueError):
        return False
    return os.path.samestat(named, stdin) and not stat.S_ISREG(stdin.st_mode)


def find_dumps(targets: list[str], failed: list[dict[str, str]],
               warnings: list[str]) -> Iterator[tuple[str, str | None]]:
    """Yield (source, path) for every dump named, each file once: `source` is its real path,
    `path` what to read. A directory gives the *.txt files under it (walk). Standard input
    yields (STDIN, None), named later by its content. Missing paths go to `failed`, links
    not followed out of a directory to `warnings`."""
    seen: set[str] = set()
    for target in targets:
        if is_stdin(target):
            yield STDIN, None
            continue
        if os.path.isdir(target):
            found = walk(target, failed, warnings)
        elif os.path.exists(target):
            found = iter([(os.path.realpath(target), target)])
        else:  # missing, or a link leading nowhere: said under the name typed
            from icli.text.escape import readable_name

            failed.append({"path": readable_name(target), "error": _unreadable(target)})
            continue
        for source, path in found:
            if source not in seen:
                seen.add(source)
                yield source, path


def _unreadable(path: str) -> str:
    """Why a path that does not lead to a file cannot be read: missing, or a link that leads
    nowhere (its target missing, or a loop of links), in the system's words."""
    if not os.path.islink(path):
        return "no such file or directory"
    try:
        os.stat(path)
    except OSError as error:
        return f"a link that leads nowhere: {error.strerror or error}"
    return "a link that leads nowhere"


def walk(root: str, failed: list[dict[str, str]],
         warnings: list[str]) -> Iterator[tuple[str, str]]:
    """The *.txt files under a directory in a stable order, as (real path, real path).

    The walk starts from the directory's real path and follows no symbolic link to a
    directory (the directory it leads to is walked as itself when it is inside, and left
    out otherwise); a link to a file is read when the file is inside the directory. A link
    leading out is reported in `warnings`: name its target to ingest it; so is a directory
    with no *.txt file at all.
    """
    from icli.text.escape import readable_name

    top = os.path.realpath(root)
    inside = top.rstrip(os.sep) + os.sep

    def within(link: str) -> str | None:
        """The real path a link leads to when it is the directory or inside it."""
        real = os.path.realpath(link)
        return real if real == top or real.startswith(inside) else None

    def onerror(error: OSError) -> None:
        failed.append({"path": readable_name(str(error.filename)),
                       "error": error.strerror or str(error)})

    skipped: list[str] = []
    read = 0
    for directory, subdirs, files in os.walk(top, onerror=onerror):
        subdirs.sort()
        for name in subdirs:
            link = os.path.join(directory, name)
            if os.path.islink(link) and within(link) is None:
                warnings.append(f"{readable_name(link)}: a link out of {readable_name(top)}, "
                                "not followed")
        for name in sorted(files):
            if not name.lower().endswith(".txt"):
                skipped.append(os.path.relpath(os.path.join(directory, name), top))
                continue
            path = os.path.join(directory, name)
            if not os.path.islink(path):
                read += 1
                yield path, path
                continue
            real = within(path)
            if not os.path.exists(path):
                failed.append({"path": readable_name(path), "error": _unreadable(path)})
            elif real is not None:
                read += 1
                yield real, real
            else:
                warnings.append(f"{readable_name(path)}: a link out of {readable_name(top)}, "
                                "not read (name the file to ingest it)")
    if skipped:
        warnings.append(skipped_files(root, skipped))
    elif not read and os.path.isdir(top):
        warnings.append(f"{readable_name(root)}: no .txt file in it")


def skipped_files(root: str, names: list[str], most: int = 3) -> str:
    """The warning for files under a directory that are not *.txt: "data: skipped 1 file that
    is not .txt: dump.text" (at most `most` names, then how many more)."""
    from icli.text.escape import readable_name

    shown = ", ".join(readable_name(name) for name in names[:most])
    more = f" and {len(names) - most} more" if len(names) > most else ""
    files = "1 file that is" if len(names) == 1 else f"{len(names)} files that are"
    return f"{readable_name(root)}: skipped {files} not .txt (name a file to ingest it): {shown}{more}"
