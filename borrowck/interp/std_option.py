"""`Option` and `Result` methods, with std's panic messages for unwrap/expect."""
from __future__ import annotations

from .signals import RustPanic
from .std_enums import err, none, ok, some
from .std_iter import ValuesIter
from .std_registry import method
from .values import EnumV, Ptr, RString

OPT = "Option"
RES = "Result"
BOTH = (OPT, RES)


def _is(v, name):
    return v.variant.name == name


def _span(e):
    return e.method.span if hasattr(e, "method") else e.span


# ── inspection (&self) ──

@method(OPT)
def is_some(it, recv, args, e):
    return _is(recv, "Some")


@method(OPT)
def is_none(it, recv, args, e):
    return _is(recv, "None")


@method(OPT)
def is_some_and(it, recv, args, e):
    return _is(recv, "Some") and bool(it.call_value(args[0], [it.clone(recv.items[0])]))


@method(OPT)
def is_none_or(it, recv, args, e):
    return _is(recv, "None") or bool(it.call_value(args[0], [it.clone(recv.items[0])]))


@method(RES)
def is_ok(it, recv, args, e):
    return _is(recv, "Ok")


@method(RES)
def is_err(it, recv, args, e):
    return _is(recv, "Err")


@method(RES)
def is_ok_and(it, recv, args, e):
    return _is(recv, "Ok") and bool(it.call_value(args[0], [it.clone(recv.items[0])]))


@method(BOTH)
def as_ref(it, recv, args, e):
    if not recv.items:
        return EnumV(recv.adt, recv.variant, [])
    return EnumV(recv.adt, recv.variant, [Ptr(recv.items, 0)])


@method(BOTH)
def as_mut(it, recv, args, e):
    if not recv.items:
        return EnumV(recv.adt, recv.variant, [])
    return EnumV(recv.adt, recv.variant, [Ptr(recv.items, 0, True)])


@method(BOTH)
def as_deref(it, recv, args, e):
    if not recv.items:
        return EnumV(recv.adt, recv.variant, [])
    inner = recv.items[0]
    return EnumV(recv.adt, recv.variant, [inner.s if inner.__class__ is RString else Ptr(recv.items, 0)])


@method(BOTH)
def iter(it, recv, args, e):
    return ValuesIter([Ptr(recv.items, 0)] if _is(recv, "Some") or _is(recv, "Ok") else [])


# ── unwrapping (self) ──

@method(OPT, "unwrap", mode="value")
def opt_unwrap(it, recv, args, e):
    if _is(recv, "Some"):
        return recv.items[0]
    raise RustPanic("called `Option::unwrap()` on a `None` value", _span(e))


@method(OPT, "expect", mode="value")
def opt_expect(it, recv, args, e):
    if _is(recv, "Some"):
        return recv.items[0]
    raise RustPanic(it.text_of(args[0]), _span(e))


@method(RES, "unwrap", mode="value")
def res_unwrap(it, recv, args, e):
    if _is(recv, "Ok"):
        return recv.items[0]
    msg = "called `Result::unwrap()` on an `Err` value: " + it.debug_string(recv.items[0])
    it.drop_value(recv)
    raise RustPanic(msg, _span(e))


@method(RES, "expect", mode="value")
def res_expect(it, recv, args, e):
    if _is(recv, "Ok"):
        return recv.items[0]
    msg = it.text_of(args[0]) + ": " + it.debug_string(recv.items[0])
    it.drop_value(recv)
    raise RustPanic(msg, _span(e))


@method(RES, mode="value")
def unwrap_err(it, recv, args, e):
    if _is(recv, "Err"):
        return recv.items[0]
    raise RustPanic("called `Result::unwrap_err()` on an `Ok` value: " + it.debug_string(recv.items[0]),
                    _span(e))


@method(RES, mode="value")
def expect_err(it, recv, args, e):
    if _is(recv, "Err"):
        return recv.items[0]
    raise RustPanic(it.text_of(args[0]) + ": " + it.debug_string(recv.items[0]), _span(e))


def _good(v):
    return v.variant.name in ("Some", "Ok")


@method(BOTH, mode="value")
def unwrap_or(it, recv, args, e):
    if _good(recv):
        it.drop_value(args[0])
        return recv.items[0]
    it.drop_value(recv)
    return args[0]


@method(BOTH, mode="value")
def unwrap_or_else(it, recv, args, e):
    if _good(recv):
        return recv.items[0]
    return it.call_value(args[0], list(recv.items))


@method(BOTH, mode="value")
def unwrap_or_default(it, recv, args, e):
    if _good(recv):
        return recv.items[0]
    return it.default_for(it.target_of(e), e)


# ── combinators (self) ──

@method(BOTH, mode="value")
def map(it, recv, args, e):
    if _good(recv):
        return EnumV(recv.adt, recv.variant, [it.call_value(args[0], [recv.items[0]])])
    return recv


@method(RES, mode="value")
def map_err(it, recv, args, e):
    if _is(recv, "Err"):
        return err(it.call_value(args[0], [recv.items[0]]))
    return recv


@method(BOTH, mode="value")
def map_or(it, recv, args, e):
    if _good(recv):
        return it.call_value(args[1], [recv.items[0]])
    return args[0]


@method(BOTH, mode="value")
def map_or_else(it, recv, args, e):
    if _good(recv):
        return it.call_value(args[1], [recv.items[0]])
    return it.call_value(args[0], list(recv.items))


@method(BOTH, mode="value")
def and_then(it, recv, args, e):
    if _good(recv):
        return it.call_value(args[0], [recv.items[0]])
    return recv


@method(BOTH, "and", mode="value")
def and_(it, recv, args, e):
    return args[0] if _good(recv) else recv


@method(BOTH, "or", mode="value")
def or_(it, recv, args, e):
    return recv if _good(recv) else args[0]


@method(BOTH, mode="value")
def or_else(it, recv, args, e):
    if _good(recv):
        return recv
    return it.call_value(args[0], list(recv.items))


@method(OPT, mode="value")
def xor(it, recv, args, e):
    a, b = _good(recv), _good(args[0])
    if a and not b:
        return recv
    if b and not a:
        return args[0]
    return none()


@method(OPT, mode="value")
def ok_or(it, recv, args, e):
    return ok(recv.items[0]) if _good(recv) else err(args[0])


@method(OPT, mode="value")
def ok_or_else(it, recv, args, e):
    return ok(recv.items[0]) if _good(recv) else err(it.call_value(args[0], []))


@method(RES, "ok", mode="value")
def res_ok(it, recv, args, e):
    return some(recv.items[0]) if _is(recv, "Ok") else none()


@method(RES, "err", mode="value")
def res_err(it, recv, args, e):
    return some(recv.items[0]) if _is(recv, "Err") else none()


@method(OPT, mode="value")
def filter(it, recv, args, e):
    if _good(recv) and it.call_value(args[0], [Ptr(recv.items, 0)]):
        return recv
    return none()


@method(OPT, mode="value")
def flatten(it, recv, args, e):
    return recv.items[0] if _good(recv) else recv


@method(OPT, mode="value")
def zip(it, recv, args, e):
    if _good(recv) and _good(args[0]):
        from .values import TupleV
        return some(TupleV([recv.items[0], args[0].items[0]]))
    return none()


@method(BOTH, mode="value")
def cloned(it, recv, args, e):
    if _good(recv):
        return EnumV(recv.adt, recv.variant, [it.clone(it.deref_value(recv.items[0]))])
    return recv


@method(BOTH, mode="value")
def copied(it, recv, args, e):
    return cloned(it, recv, args, e)


@method(BOTH, mode="value")
def unwrap_unchecked(it, recv, args, e):
    return recv.items[0]


@method(OPT, "into_iter", mode="value")
def opt_into_iter(it, recv, args, e):
    return ValuesIter(list(recv.items))


# ── in-place (&mut self) ──

@method(OPT, mode="place")
def take(it, place, args, e):
    lst, idx = place
    v = lst[idx]
    lst[idx] = none()
    return v


@method(OPT, mode="place")
def take_if(it, place, args, e):
    lst, idx = place
    v = lst[idx]
    if _good(v) and it.call_value(args[0], [Ptr(v.items, 0, True)]):
        lst[idx] = none()
        return v
    return none()


@method(OPT, mode="place")
def replace(it, place, args, e):
    lst, idx = place
    v = lst[idx]
    lst[idx] = some(args[0])
    return v


@method(OPT, mode="place")
def insert(it, place, args, e):
    lst, idx = place
    old = lst[idx]
    new = lst[idx] = some(args[0])
    it.drop_value(old)
    return Ptr(new.items, 0, True)


@method(OPT, mode="place")
def get_or_insert(it, place, args, e):
    lst, idx = place
    v = lst[idx]
    if not _good(v):
        v = lst[idx] = some(args[0])
    return Ptr(v.items, 0, True)


@method(OPT, mode="place")
def get_or_insert_with(it, place, args, e):
    lst, idx = place
    v = lst[idx]
    if not _good(v):
        v = lst[idx] = some(it.call_value(args[0], []))
    return Ptr(v.items, 0, True)
