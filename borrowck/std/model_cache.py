"""The on-disk cache of the built std item table (parsing and lowering ~12k lines of model
takes ~0.7 s; loading the cache takes a fraction of that).

The key hashes everything the table is computed from: the model's `.rs` files, the Python
source of the phases that parse and lower them (syntax, source, resolve, std, types,
diagnostics), the borrowck version and the Python version. A changed input gives a new key,
so a cache is never stale; saving a new one deletes the others in its folder. Location:
`$BORROWCK_CACHE_DIR`, else `$XDG_CACHE_HOME/borrowck` or `~/.cache/borrowck`, else a
`.cache` folder next to the package; if none is writable the table is just built each time.
`BORROWCK_CACHE_DIR=off` disables the cache.

1. `cache_key(cls)` hashes the inputs (a few ms).
2. `load(key)` reads `std-<key>.marshal` and rebuilds the graph (`object_graph.decode`);
   any problem (missing, truncated, foreign file) is a miss. The std AST (~150k nodes and
   most of the spans) is rebuilt per item on first use: a program touches a few items.
3. `save(key, root, skip, share)` encodes the graph (equal semantic types stored once,
   `value_classes`), writes it atomically (temp file + rename) to the first writable folder
   and deletes that folder's older caches.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path

from . import object_graph

PACKAGE_DIR = Path(__file__).parent.parent
# the code that decides what the std table holds: whole packages, and the item-table
# modules of types/ (body checking there does not touch the std table)
INPUT_PACKAGES = ("std", "syntax", "source", "resolve", "diagnostics")
INPUT_TYPES = ("items.py", "item_*.py", "lower_ty.py", "ty.py", "type_fold.py", "__init__.py")


def cache_key(cls) -> str:
    from .. import __version__

    h = hashlib.sha256()
    h.update(f"{__version__}|{sys.version}|{object_graph.FORMAT}|{cls.__module__}.{cls.__qualname__}".encode())
    paths = [p for pkg in INPUT_PACKAGES for p in sorted((PACKAGE_DIR / pkg).glob("*.[pr][ys]"))]
    paths += sorted({p for pattern in INPUT_TYPES for p in (PACKAGE_DIR / "types").glob(pattern)})
    for path in paths:
        h.update(str(path.relative_to(PACKAGE_DIR)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:32]


def syntax_classes() -> tuple:
    """The AST node classes: decoded per std item on first use (`object_graph` lazy groups),
    since a program touches the syntax of a few std items, and the rest is most of the graph."""
    from ..syntax import ast

    return tuple(c for c in vars(ast).values()
                 if isinstance(c, type) and c.__module__ == ast.__name__ and hasattr(c, "__dataclass_fields__"))


def value_classes() -> tuple:
    """The semantic type classes (`types/ty.py`): frozen values compared and hashed by value,
    never by identity, so equal ones are stored once (the std table repeats `T`, `i32`, `'a`
    and `&'a str` thousands of times: a quarter of its objects, rebuilt at every start)."""
    from ..types import ty

    return tuple(c for c in vars(ty).values()
                 if isinstance(c, type) and c.__module__ == ty.__name__ and hasattr(c, "__dataclass_fields__")
                 and c.__dataclass_params__.frozen and c.__hash__ is not None)


def cache_dirs() -> list:
    env = os.environ.get("BORROWCK_CACHE_DIR")
    if env:
        return [] if env == "off" else [Path(env)]
    xdg = os.environ.get("XDG_CACHE_HOME")
    home = Path(xdg) if xdg else Path.home() / ".cache"
    return [home / "borrowck", PACKAGE_DIR.parent / ".cache" / "borrowck"]


def load(key: str):
    for d in cache_dirs():
        path = d / f"std-{key}.marshal"
        try:
            data = path.read_bytes()
        except OSError:
            continue
        try:
            return object_graph.decode(marshal.loads(data), ("borrowck.",))
        except Exception:  # a damaged or foreign file is a miss, never an error
            continue
    return None


def save(key: str, root, skip: dict | None = None, share: tuple = ()) -> None:
    dirs = cache_dirs()
    if not dirs:
        return
    share = tuple(share) + value_classes()
    try:
        try:
            data = marshal.dumps(object_graph.encode(root, skip, share, syntax_classes()))
        except object_graph.UnsupportedObject:  # the syntax trees cannot be split off: all eager
            data = marshal.dumps(object_graph.encode(root, skip, share))
    except (object_graph.UnsupportedObject, ValueError, OverflowError):
        return
    for d in dirs:
        try:
            d.mkdir(parents=True, exist_ok=True)
            ignore = d / ".gitignore"  # the fallback folder sits inside a checkout
            if not ignore.exists():
                ignore.write_text("*\n")
            fd, tmp = tempfile.mkstemp(prefix=".std-", dir=d)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, d / f"std-{key}.marshal")
        except OSError:
            continue
        for old in d.glob("std-*.marshal"):  # caches of other versions: never read again
            if old.name != f"std-{key}.marshal":
                try:
                    old.unlink()
                except OSError:
                    pass
        return
