"""`dyn Any`: values remember the static type they had when coerced to `&dyn Any` /
`Box<dyn Any>` (the type checker's `unsize` adjustment), so `is`/`downcast_*`/`type_id`
compare types exactly (an integer value alone does not know whether it is an i32 or a u8).

The tag is `any_ty` (a Ty string without lifetimes) on the `Ptr` / `BoxV` the coercion made.
"""
from __future__ import annotations

import re

from ..types import ty as T
from .signals import Unsupported
from .std_enums import err, none, ok, some
from .std_registry import assoc, method
from .std_type_name import crate_name, rust_type_name
from .values import BoxV, Ptr, RString

ANY_METHODS = frozenset(("is", "downcast_ref", "downcast_mut", "type_id"))
_REGION = re.compile(r"Region\([^)]*\)")
_UNKNOWN = (T.Param, T.Dyn, T.Infer, T.Error, T.Alias, T.Opaque)


def type_name(ty) -> str:
    """A type's identity for TypeId: its repr without regions (TypeId ignores lifetimes)."""
    return _REGION.sub("", repr(ty))


# a panic's payload type (`RustPanic.payload`), as `JoinHandle::join`'s `Err` reports it
STR_PAYLOAD = "&str"
STRING_PAYLOAD = "String"


def panic_payload(p):
    """`Box<dyn Any + Send>` of a panic whose payload type is known (from `panic!`), else None."""
    if p.payload == STR_PAYLOAD:
        return tag(BoxV(p.message), type_name(T.Ref(T.Region("erased"), False, T.Str())))
    if p.payload == STRING_PAYLOAD:
        return tag(BoxV(RString(p.message)), type_name(T.Adt("std::string::String", ())))
    return None


def is_any_target(target) -> bool:
    """Whether a coercion's target is `&dyn Any` / `&mut dyn Any` / `Box<dyn Any>`."""
    inner = _pointee(target)
    return inner.__class__ is T.Dyn and inner.trait_id == "std::any::Any"


def erased_source(it, source, target):
    """The type behind a `&T -> &dyn Any` / `Box<T> -> Box<dyn Any>` coercion, or None
    when it is still generic."""
    src = _pointee(source)
    tyargs = it.frame.tyargs
    if src.__class__ is T.Param and tyargs:
        src = tyargs.get(src.name, src)
    if src is None or src.__class__ in _UNKNOWN:
        return None
    return type_name(src)


def _pointee(ty):
    c = ty.__class__
    if c is T.Ref:
        return ty.inner
    if c is T.Adt and ty.def_id == "std::boxed::Box" and ty.args:
        return ty.args[0]
    return None


def tag(v, name: str):
    """The coerced value carrying its erased type (a fresh Ptr: the original may be shared)."""
    if v.__class__ is Ptr:
        p = Ptr(v.lst, v.idx, v.mutable)
        p.any_ty = name
        return p
    if v.__class__ is BoxV:
        v.any_ty = name
    return v


def any_call(it, v, name: str, e):
    """`is`/`downcast_ref`/`downcast_mut`/`type_id` on a tagged `&dyn Any` or `Box<dyn Any>`."""
    have = v.any_ty
    if name == "type_id":
        return have
    want = _wanted(it, e)
    if name == "is":
        return want == have
    if want != have:
        return none()
    if v.__class__ is Ptr:
        return some(Ptr(v.lst, v.idx, name == "downcast_mut"))
    return some(Ptr(v.items, 0, name == "downcast_mut"))


def _wanted(it, e) -> str:
    callee = it.typed.callees.get(e)
    args = [a for a in callee.args if not isinstance(a, T.Region)] if callee is not None else ()
    if len(args) != 1:
        raise Unsupported("`dyn Any` method without its type argument", getattr(e, "span", None))
    ty = args[0]
    tyargs = it.frame.tyargs
    if ty.__class__ is T.Param and tyargs:
        ty = tyargs.get(ty.name, ty)
    return type_name(ty)


@method("Box", mode="value")
def box__downcast(it, recv, args, e):
    have = getattr(recv, "any_ty", None)
    if have is None:
        raise Unsupported("`downcast` of a Box whose type was not recorded", getattr(e, "span", None))
    if _wanted(it, e) == have:
        recv.any_ty = None
        return ok(recv)
    return err(recv)


@assoc("TypeId", "of")
def type_id__of(it, args, e):
    return _wanted(it, e)


@assoc("any", "type_name")
@assoc("any", "type_name_of_val")
def any__type_name(it, args, e):
    callee = it.typed.callees.get(e)
    tys = [a for a in callee.args if not isinstance(a, T.Region)] if callee is not None else ()
    name = rust_type_name(tys[0], crate_name(it.file.name), it.frame.tyargs) if len(tys) == 1 else None
    if name is None:
        raise Unsupported("`type_name` of a type the interpreter does not know fully",
                          getattr(e, "span", None))
    return name
