"""`std::any::type_name::<T>()` as rustc prints it: std types under the crate that defines
them (`alloc::string::String`, `core::option::Option<i32>`), user types under the crate name
(the source file's stem). None when the type is not fully known (a generic parameter the
frame does not bind, a closure, an inference variable): callers then report `unsupported`.
"""
from __future__ import annotations

from typing import Optional

from ..types import ty as T
from ..types.ty_display import primitive_name

_STD_PATHS = {  # our model's DefId -> the path rustc 1.95 prints
    "std::string::String": "alloc::string::String",
    "std::vec::Vec": "alloc::vec::Vec",
    "std::boxed::Box": "alloc::boxed::Box",
    "std::rc::Rc": "alloc::rc::Rc",
    "std::sync::Arc": "alloc::sync::Arc",
    "std::sync::Mutex": "std::sync::poison::mutex::Mutex",
    "std::cell::Cell": "core::cell::Cell",
    "std::cell::RefCell": "core::cell::RefCell",
    "std::cmp::Ordering": "core::cmp::Ordering",
    "std::cmp::Reverse": "core::cmp::Reverse",
    "std::option::Option": "core::option::Option",
    "std::result::Result": "core::result::Result",
    "std::time::Duration": "core::time::Duration",
    "std::marker::PhantomData": "core::marker::PhantomData",
    "std::collections::binary_heap::BinaryHeap": "alloc::collections::binary_heap::BinaryHeap",
    "std::collections::btree_map::BTreeMap": "alloc::collections::btree::map::BTreeMap",
    "std::collections::btree_set::BTreeSet": "alloc::collections::btree::set::BTreeSet",
    "std::collections::hash_map::HashMap": "std::collections::hash::map::HashMap",
    "std::collections::hash_set::HashSet": "std::collections::hash::set::HashSet",
    "std::collections::vec_deque::VecDeque": "alloc::collections::vec_deque::VecDeque",
}


def crate_name(file_name: str) -> str:
    """rustc's default crate name for a source file: its stem, `-` as `_`."""
    stem = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    if stem.endswith(".rs"):
        stem = stem[:-3]
    return stem.replace("-", "_")


def rust_type_name(ty, crate: str, tyargs=None) -> Optional[str]:
    """The text `type_name` prints for `ty`, with `tyargs` binding generic parameters."""
    name = primitive_name(ty)
    if name is not None:
        return name
    c = ty.__class__
    if c is T.Param:
        bound = tyargs.get(ty.name) if tyargs else None
        return None if bound is None or bound.__class__ is T.Param else rust_type_name(bound, crate, tyargs)
    if c is T.Ref or c is T.Ptr:
        inner = rust_type_name(ty.inner, crate, tyargs)
        if inner is None:
            return None
        if c is T.Ptr:
            return ("*mut " if ty.mutable else "*const ") + inner
        return ("&mut " if ty.mutable else "&") + inner
    if c is T.Slice:
        inner = rust_type_name(ty.elem, crate, tyargs)
        return None if inner is None else f"[{inner}]"
    if c is T.Array:
        inner = rust_type_name(ty.elem, crate, tyargs)
        return None if inner is None or ty.length.__class__ is not int else f"[{inner}; {ty.length}]"
    if c is T.Tuple:
        parts = _names(ty.elems, crate, tyargs)
        if parts is None:
            return None
        return f"({parts[0]},)" if len(parts) == 1 else "(" + ", ".join(parts) + ")"
    if c is T.Adt:
        def_id = ty.def_id
        if def_id.startswith("crate::"):
            path = crate + def_id[len("crate"):]
        else:
            path = _STD_PATHS.get(def_id)
            if path is None:
                return None
        args = _names([a for a in ty.args if a.__class__ is not T.Region], crate, tyargs)
        if args is None:
            return None
        return path + ("<" + ", ".join(args) + ">" if args else "")
    return None


def _names(tys, crate, tyargs):
    out = []
    for t in tys:
        n = rust_type_name(t, crate, tyargs)
        if n is None:
            return None
        out.append(n)
    return out
