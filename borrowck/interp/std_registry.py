"""How std implementations are declared and found.

A std method is one function tagged with `@method(owners, name, mode)`:
`fn(interp, recv, args, node) -> value`, where `recv` is, by `mode`, the receiver object
("ref": `&self`/`&mut self`; objects are mutated in place), the moved receiver ("value":
`self`), or its place `(list, index)` ("place": methods that overwrite the receiver, like
`Option::take`), or "consume" (`self` of an iterator adapter: the receiver object, moved
out of the call's receiver place unless reached through a reference, as `by_ref` needs), or
"spend" (`self` of a consumer like `collect`: moved out as for "consume", then dropped when
the method returns). `owners` are type keys (see program.py; "*" = every type, "Iterator" =
every iterator). An associated fn is tagged `@assoc(owner, name)`: `fn(interp, args, node)`
(owner "" = the prelude, e.g. `drop`). `build_registry` collects the tags of the std_*
modules once per interpreter. DefIds of the std model map onto (owner, name) pairs.
"""
from __future__ import annotations


def method(owners, name: str = None, mode: str = "ref"):
    owners = (owners,) if isinstance(owners, str) else tuple(owners)

    def tag(fn):
        fn.std_method = (owners, name or fn.__name__.rstrip("_").split("__")[-1], mode)
        return fn
    return tag


def assoc(owner: str, name: str = None):
    def tag(fn):
        tags = getattr(fn, "std_assoc", ())
        fn.std_assoc = tags + ((owner, name or fn.__name__.rstrip("_").split("__")[-1]),)
        return fn
    return tag


def build_registry():
    """(methods: {(owner, name): fn}, assoc: {(owner, name): fn}) from the std_* modules."""
    from . import (std_any, std_cell, std_collections, std_cow, std_fmt, std_generic, std_io, std_iter, std_num,
                   std_option, std_rc, std_string, std_sync, std_thread, std_vec)
    methods, assocs = {}, {}
    for module in (std_generic, std_num, std_string, std_vec, std_option, std_iter,
                   std_collections, std_rc, std_cell, std_thread, std_sync, std_io, std_fmt, std_any, std_cow):
        for obj in vars(module).values():
            tag = getattr(obj, "std_method", None)
            if tag is not None and callable(obj):
                for owner in tag[0]:
                    methods[(owner, tag[1])] = obj
            for owner, name in getattr(obj, "std_assoc", ()):
                assocs[(owner, name)] = obj
    return methods, assocs
