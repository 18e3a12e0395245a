"""Methods every type has through blanket/derived std traits (Clone, ToString, PartialEq,
Ord, Into, AsRef, Default) and the prelude / `std::mem` / `std::process` / Box functions."""
from __future__ import annotations

from ..types import ty as T
from ..types.type_fold import subst
from . import layout
from .signals import ProcessExit, Unsupported
from .std_enums import none, ordering, some
from .std_registry import assoc, method
from .values import UNIT, BoxV, EnumV, Ptr, RString, SliceV

ANY = "*"


@method(ANY)
def any__clone(it, recv, args, e):
    return it.clone(recv)


@method(ANY)
def any__clone_from(it, recv, args, e):
    raise Unsupported("clone_from", e.span)


@method(ANY)
def any__to_owned(it, recv, args, e):
    if recv.__class__ is str:
        return RString(recv)
    return it.clone(recv)


@method(ANY)
def any__to_string(it, recv, args, e):
    return RString(it.to_display_string(recv))


@method(ANY)
def any__eq(it, recv, args, e):
    return it.values_eq(recv, args[0])


@method(ANY)
def any__ne(it, recv, args, e):
    return not it.values_eq(recv, args[0])


@method(ANY)
def any__cmp(it, recv, args, e):
    return ordering(it.cmp(recv, args[0]))


@method(ANY)
def any__partial_cmp(it, recv, args, e):
    c = it.partial_cmp(recv, args[0])
    return none() if c is None else some(ordering(c))


@method(ANY)
def any__lt(it, recv, args, e):
    return it.compare_op("<", recv, args[0])


@method(ANY)
def any__le(it, recv, args, e):
    return it.compare_op("<=", recv, args[0])


@method(ANY)
def any__gt(it, recv, args, e):
    return it.compare_op(">", recv, args[0])


@method(ANY)
def any__ge(it, recv, args, e):
    return it.compare_op(">=", recv, args[0])


@method(ANY, mode="value")
def any__max(it, recv, args, e):
    return args[0] if it.cmp(args[0], recv) >= 0 else recv


@method(ANY, mode="value")
def any__min(it, recv, args, e):
    return recv if it.cmp(recv, args[0]) <= 0 else args[0]


@method(ANY, mode="value")
def any__clamp(it, recv, args, e):
    if it.cmp(recv, args[0]) < 0:
        return args[0]
    if it.cmp(recv, args[1]) > 0:
        return args[1]
    return recv


@method(ANY, mode="value")
def any__into(it, recv, args, e):
    return it.convert_into(recv, it.target_of(e), e)


@method(ANY)
def any__as_ref(it, recv, args, e):
    if recv.__class__ is EnumV and recv.adt.name in ("Option", "Result"):
        if not recv.items:
            return recv
        return EnumV(recv.adt, recv.variant, [Ptr(recv.items, 0)])
    if recv.__class__ is RString:
        return recv.s
    return Ptr([recv], 0)


@method(ANY, mode="value")
def any__into_iter(it, recv, args, e):
    return it.into_iter(recv, e)


@method("Ordering", mode="value")
def ordering__then(it, recv, args, e):
    return args[0] if recv.variant.discriminant == 0 else recv


@method("Ordering", mode="value")
def ordering__then_with(it, recv, args, e):
    return it.call_value(args[0], []) if recv.variant.discriminant == 0 else recv


@method("Ordering", mode="value")
def ordering__reverse(it, recv, args, e):
    return ordering(-recv.variant.discriminant)


for _name, _test in (("is_lt", lambda d: d < 0), ("is_le", lambda d: d <= 0), ("is_gt", lambda d: d > 0),
                     ("is_ge", lambda d: d >= 0), ("is_eq", lambda d: d == 0), ("is_ne", lambda d: d != 0)):
    globals()["ordering__" + _name] = method("Ordering", _name, mode="value")(
        (lambda test: lambda it, recv, args, e: test(recv.variant.discriminant))(_test))


@method(ANY)
def any__hash(it, recv, args, e):
    return UNIT


@method(ANY, "type_id")
def any__type_id(it, recv, args, e):
    return it.type_key(recv)


# ── prelude and std::mem / std::process / Box ──

@assoc("", "drop")
@assoc("mem", "drop")
def drop(it, args, e):
    it.drop_value(args[0])
    return UNIT


@assoc("mem", "forget")
def forget(it, args, e):
    return UNIT


@assoc("mem", "swap")
def swap(it, args, e):
    a, b = args
    a.lst[a.idx], b.lst[b.idx] = b.lst[b.idx], a.lst[a.idx]
    return UNIT


@assoc("mem", "replace")
def replace(it, args, e):
    p, v = args
    old = p.lst[p.idx]
    p.lst[p.idx] = v
    return old


@assoc("mem", "take")
def take(it, args, e):
    p = args[0]
    old = p.lst[p.idx]
    p.lst[p.idx] = it.default_like(old, e)
    return old


@assoc("mem", "size_of")
def size_of(it, args, e):
    return layout.size_of(it.typed.adts, _type_arg(it, e), e.span)


@assoc("mem", "align_of")
def align_of(it, args, e):
    return layout.layout(it.typed.adts, _type_arg(it, e), e.span)[1]


@assoc("mem", "size_of_val")
def size_of_val(it, args, e):
    t = _type_arg(it, e)
    if t.__class__ is T.Str:
        return len(it.text_of(args[0]).encode("utf-8"))
    if t.__class__ is T.Slice:
        v = it.deref_all(args[0])
        n = v.hi - v.lo if v.__class__ is SliceV else len(v.items)
        return n * layout.size_of(it.typed.adts, t.elem, e.span)
    return layout.size_of(it.typed.adts, t, e.span)


def _type_arg(it, e):
    """The `T` of a `mem::size_of::<T>()`-like call, the running fn's parameters substituted."""
    callee = it.typed.callees.get(e)
    args = [a for a in callee.args if not isinstance(a, T.Region)] if callee is not None else []
    if len(args) != 1:
        raise Unsupported("a `std::mem` size whose type is not known here", e.span)
    return subst(args[0], it.frame.tyargs or {})


@assoc("process", "exit")
def exit(it, args, e):
    raise ProcessExit(args[0])


@assoc("Box", "new")
def box_new(it, args, e):
    return BoxV(args[0])


@assoc("Box", "from")
def box_from(it, args, e):
    """`Box::from(x)`: `Box<T>` of a value, `Box<str>`/`Box<dyn Error>` of a `&str`."""
    return it.convert_into(args[0], ("Box", ()), e)


@assoc("Default", "default")
def default(it, args, e):
    return it.default_for(it.target_of(e), e)


@assoc("String", "default")
@assoc("Vec", "default")
@assoc("HashMap", "default")
def default_typed(it, args, e):
    name = e.func.path.segments[-2].ident.name
    return it.default_for((name, ()), e)


# ── ranges (`a..b` values; iterating them is std_iter's) ──

@method("Range", "contains")
def range__contains(it, recv, args, e):
    x = it.deref_all(args[0])
    if recv.start is not None and it.partial_cmp(x, recv.start) in (-1, None):
        return False
    if recv.end is not None:
        c = it.partial_cmp(x, recv.end)
        return c is not None and (c <= 0 if recv.inclusive else c < 0)
    return True


@method("Range", "is_empty")
def range__is_empty(it, recv, args, e):
    if recv.start is None or recv.end is None:
        return False
    return not (recv.start <= recv.end if recv.inclusive else recv.start < recv.end)


@method("Range", "len")
def range__len(it, recv, args, e):
    return max(0, recv.end - recv.start + (1 if recv.inclusive else 0))


@method(ANY, mode="value")
def any__try_into(it, recv, args, e):
    """`x.try_into()`: `T::try_from(x)` for the `Ok` type T of the call's `Result`."""
    target = it.target_of(e)
    if target is None or target[0] != "Result" or not target[1] or target[1][0][0] == "?":
        raise Unsupported("`try_into` whose target type is not known here", getattr(e, "span", None))
    return it.call_value(it.path_value_by_names([target[1][0][0], "try_from"], e), [recv], e)
