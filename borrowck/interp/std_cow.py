"""std::borrow::Cow<B>: the enum `Borrowed(&B)` / `Owned(B::Owned)` (std_enums.COW).

Method calls and formatting see through it to its content (compile_call, display); these
are its own methods. `ToOwned` of a borrowed `str` is a String, of a slice a Vec, else a clone.
"""
from __future__ import annotations

from .std_enums import COW, COW_OWNED
from .std_registry import method
from .values import EnumV, Ptr, RString, SliceV, VecV


def owned_of(it, content):
    """`ToOwned::to_owned` of a Cow's borrowed content."""
    if content.__class__ is Ptr:
        content = it.deref_all(content)
    if content.__class__ is str:
        return RString(content)
    if content.__class__ is SliceV:
        return VecV([it.clone(x) for x in content.values()])
    return it.clone(content)


@method("Cow")
def cow__to_mut(it, recv, args, e):
    if recv.variant is not COW_OWNED:
        owned = owned_of(it, recv.items[0])
        recv.variant = COW_OWNED
        recv.items[0] = owned
    return Ptr(recv.items, 0, True)


@method("Cow", mode="value")
def cow__into_owned(it, recv, args, e):
    if recv.variant is COW_OWNED:
        return recv.items[0]
    return owned_of(it, recv.items[0])


@method("Cow")
def cow__is_borrowed(it, recv, args, e):
    return recv.variant is not COW_OWNED


@method("Cow")
def cow__is_owned(it, recv, args, e):
    return recv.variant is COW_OWNED


def cow_from(value) -> EnumV:
    """`Cow::from(x)` / `x.into()`: a `&str` is borrowed, an owned String or Vec is owned."""
    if value.__class__ is RString or value.__class__ is VecV:
        return EnumV(COW, COW_OWNED, [value])
    return EnumV(COW, COW.variants["Borrowed"], [value])
