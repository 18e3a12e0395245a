"""`std::fmt::Formatter` and its builders as seen from a user's `impl Display`/`Debug`:
`f.pad`, `f.width()`, `f.alternate()`, `f.write_str`, `f.debug_struct(..).field(..).finish()`,
and `fmt::Display::fmt(&x, f)`-style calls that format a value with the caller's options.

The objects are format.py's (`Formatter`, `DebugStruct`, ...); a builder method returns the
builder itself (Rust's `&mut Self`), `finish`/`write_str`/`pad` return `Ok(())`.
"""
from __future__ import annotations

import dataclasses

from .std_enums import none, ok, some
from .std_registry import method
from .values import UNIT, Char

F = "Formatter"
BUILDERS = ("DebugStruct", "DebugTuple", "DebugList", "DebugSet", "DebugMap")
FMT_TRAITS = frozenset(("Display", "Debug", "LowerHex", "UpperHex", "Octal", "Binary", "LowerExp",
                        "UpperExp"))


def _child(it, v):
    return lambda cf: it.fmt_value(cf, v)


def fmt_with_trait(it, trait: str, value, f):
    """`fmt::<trait>::fmt(&value, f)`: format value with f's options under `trait`."""
    f = it.deref_all(f)
    it.fmt_value(f.with_spec(dataclasses.replace(f.spec, trait=trait)), value)
    return ok(UNIT)


@method("*", "fmt")
def any__fmt(it, recv, args, e):
    """`self.label.fmt(f)` on a std value: the fmt trait of the impl the type checker chose."""
    callee = it.typed.callees.get(e)
    trait = _fmt_trait_of(callee.impl_id or callee.def_id) if callee is not None else None
    if trait is None:
        from .signals import Unsupported
        raise Unsupported("method `fmt` whose formatting trait is not known here", e.span)
    return fmt_with_trait(it, trait, recv, args[0])


def _fmt_trait_of(def_id: str):
    """`std::string::<impl fmt::Display for String>` -> "Display"."""
    head = def_id.split(" for ")[0].rsplit("::", 1)[-1].removeprefix("<impl ").strip("<>")
    return head if head in FMT_TRAITS else None


@method(F, "pad")
def formatter__pad(it, recv, args, e):
    recv.pad(it.text_of(args[0]))
    return ok(UNIT)


@method(F, "write_str")
def formatter__write_str(it, recv, args, e):
    recv.write_str(it.text_of(args[0]))
    return ok(UNIT)


@method(F, "write_char")
def formatter__write_char(it, recv, args, e):
    recv.write_str(str(args[0]))
    return ok(UNIT)


@method(F, "alternate")
def formatter__alternate(it, recv, args, e):
    return recv.alternate()


@method(F, "sign_plus")
def formatter__sign_plus(it, recv, args, e):
    return recv.sign_plus()


@method(F, "sign_minus")
def formatter__sign_minus(it, recv, args, e):
    return recv.sign_minus()


@method(F, "sign_aware_zero_pad")
def formatter__sign_aware_zero_pad(it, recv, args, e):
    return recv.sign_aware_zero_pad()


@method(F, "width")
def formatter__width(it, recv, args, e):
    w = recv.width()
    return none() if w is None else some(w)


@method(F, "precision")
def formatter__precision(it, recv, args, e):
    p = recv.precision()
    return none() if p is None else some(p)


@method(F, "fill")
def formatter__fill(it, recv, args, e):
    return Char(recv.fill())


@method(F, "debug_struct")
def formatter__debug_struct(it, recv, args, e):
    return recv.debug_struct(it.text_of(args[0]))


@method(F, "debug_tuple")
def formatter__debug_tuple(it, recv, args, e):
    return recv.debug_tuple(it.text_of(args[0]))


@method(F, "debug_list")
def formatter__debug_list(it, recv, args, e):
    return recv.debug_list()


@method(F, "debug_set")
def formatter__debug_set(it, recv, args, e):
    return recv.debug_set()


@method(F, "debug_map")
def formatter__debug_map(it, recv, args, e):
    return recv.debug_map()


@method(("DebugStruct", "DebugTuple"), "field")
def builder__field(it, recv, args, e):
    if recv.__class__.__name__ == "DebugStruct":
        recv.field(it.text_of(args[0]), _child(it, args[1]))
    else:
        recv.field(_child(it, args[0]))
    return recv


@method(("DebugList", "DebugSet"), "entry")
def builder__entry(it, recv, args, e):
    recv.entry(_child(it, args[0]))
    return recv


@method("DebugMap", "entry")
def debug_map__entry(it, recv, args, e):
    recv.entry(_child(it, args[0]), _child(it, args[1]))
    return recv


@method("DebugMap", "key")
def debug_map__key(it, recv, args, e):
    recv.key(_child(it, args[0]))
    return recv


@method("DebugMap", "value")
def debug_map__value(it, recv, args, e):
    recv.value(_child(it, args[0]))
    return recv


@method(("DebugList", "DebugSet", "DebugMap"), "entries")
def builder__entries(it, recv, args, e):
    src = it.into_iter(args[0], e)
    from .std_iter import STOP
    while True:
        x = src.nxt()
        if x is STOP:
            return recv
        if recv.__class__.__name__ == "DebugMap":
            pair = it.deref_all(x)
            recv.entry(_child(it, pair.items[0]), _child(it, pair.items[1]))
        else:
            recv.entry(_child(it, x))


@method(BUILDERS, "finish")
def builder__finish(it, recv, args, e):
    recv.finish()
    return ok(UNIT)


@method("DebugStruct", "finish_non_exhaustive")
def builder__finish_non_exhaustive(it, recv, args, e):
    recv.finish_non_exhaustive()
    return ok(UNIT)
