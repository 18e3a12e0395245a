"""Types printed as rustc prints them in diagnostics (`Option<u32>`, `&str`, `{integer}`)."""
from __future__ import annotations

from . import ty as T

# std items whose short name is ambiguous in rustc's trimmed paths, so it prints them in full
_FULL_PATH = {name: name for name in (
    "std::sync::MutexGuard", "std::sync::Mutex", "std::sync::RwLock", "std::sync::RwLockReadGuard",
    "std::sync::RwLockWriteGuard", "std::sync::Condvar", "std::sync::Weak", "std::rc::Weak",
    "std::sync::mpsc::Sender", "std::sync::mpsc::Receiver", "std::fmt::Display", "std::slice::Iter",
    "std::slice::IterMut")}


_FN_TRAITS = frozenset({"std::ops::Fn", "std::ops::FnMut", "std::ops::FnOnce"})


def short_name(def_id: str) -> str:
    if def_id in _FULL_PATH:
        return _FULL_PATH[def_id]
    return def_id.rsplit("::", 1)[-1]


def region_str(r: T.Region) -> str:
    if r.kind == "static":
        return "'static"
    if r.kind == "param" and not r.name.startswith("'_"):
        return r.name
    return "'_"


# The types whose name is fixed text ("" = the type's own `name`: `i32`, `f64`).
_PRIMITIVE_NAMES = {T.Int: "", T.Float: "", T.Bool: "bool", T.Char: "char", T.Str: "str", T.Never: "!"}


def primitive_name(t: T.Ty):
    """`i32`, `bool`, `str`, `!`...: the name of a primitive type, the same in every display
    (short, full-path or `type_name`); None for other types."""
    name = _PRIMITIVE_NAMES.get(type(t))
    return None if name is None else (name or t.name)


def ty_str(t: T.Ty, resolve=None, closure=None) -> str:
    """`resolve` (an InferCtxt.shallow) makes bound inference variables print as their value;
    `closure` (def_id -> `{closure@main.rs:3:9: 3:17}` or None) names closures by location."""
    if resolve is not None and type(t) is T.Infer:
        t = resolve(t)

    def s(x):
        return ty_str(x, resolve, closure)

    cls = type(t)
    name = _PRIMITIVE_NAMES.get(cls)
    if name is not None:
        return name or t.name
    if cls is T.Tuple:
        if len(t.elems) == 1:
            return f"({s(t.elems[0])},)"
        return "(" + ", ".join(s(e) for e in t.elems) + ")"
    if cls is T.Array:
        n = t.length if type(t.length) is int else (t.length.name if type(t.length) is T.Param else "_")
        return f"[{s(t.elem)}; {n}]"
    if cls is T.Slice:
        return f"[{s(t.elem)}]"
    if cls is T.Ref:
        lt = ""
        if t.region.kind == "static" or (t.region.kind == "param" and not t.region.name.startswith("'_")):
            lt = region_str(t.region) + " "
        return f"&{lt}{'mut ' if t.mutable else ''}{s(t.inner)}"
    if cls is T.Ptr:
        return f"*{'mut' if t.mutable else 'const'} {s(t.inner)}"
    if cls is T.Adt:
        return short_name(t.def_id) + _args_str(t.args, resolve, closure)
    if cls is T.FnDef:
        return f"fn item {{{t.def_id.removeprefix('crate::')}}}"
    if cls is T.FnPtr:
        ret = "" if t.ret == T.UNIT else f" -> {s(t.ret)}"
        return "fn(" + ", ".join(s(p) for p in t.params) + ")" + ret
    if cls is T.Closure:
        return (closure and closure(t.def_id)) or f"{{closure@{t.def_id}}}"
    if cls is T.Param:
        return t.name
    if cls is T.Dyn:
        if t.trait_id in _FN_TRAITS and len(t.args) == 1 and type(t.args[0]) is T.Tuple:
            # rustc prints the Fn-family with its sugar: `dyn Fn(i32) -> i32`
            out = dict(t.assoc).get("Output")
            ret = "" if out is None or out == T.UNIT else f" -> {s(out)}"
            head = f"{short_name(t.trait_id)}({', '.join(s(p) for p in t.args[0].elems)}){ret}"
        else:
            head = short_name(t.trait_id) + _args_str(t.args, resolve, closure)
        parts = [head]
        parts += [short_name(a) for a in t.auto_traits]
        return "dyn " + " + ".join(parts)
    if cls is T.Alias:
        return f"<{s(t.self_ty)} as {short_name(t.trait_id)}>::{t.name}"
    if cls is T.Opaque:
        return _opaque_str(t, s)
    if cls is T.Infer:
        return {"int": "{integer}", "float": "{float}"}.get(t.kind, "_")
    return "{type error}"


def _opaque_str(t, s) -> str:
    """`impl Iterator<Item = i32> + 'a` from the opaque type's bounds on `Self`."""
    parts = []
    for b in t.bounds:
        kind = type(b).__name__
        if kind == "TraitPred":
            parts.append(short_name(b.trait_ref.trait_id) + _args_str(b.trait_ref.args, None))
        elif kind == "ProjectionPred" and parts:
            item = f"{b.name} = {s(b.ty)}"
            head = parts[-1]
            parts[-1] = head[:-1] + f", {item}>" if head.endswith(">") else head + f"<{item}>"
        elif kind == "TypeOutlives":
            parts.append(region_str(b.region))
    return "impl " + " + ".join(parts) if parts else "impl Trait"


def _args_str(args: tuple, resolve, closure=None) -> str:
    if not args:
        return ""
    out = []
    for a in args:
        if isinstance(a, T.Region):
            out.append(region_str(a))
        elif isinstance(a, int):
            out.append(str(a))
        else:
            out.append(ty_str(a, resolve, closure))
    return "<" + ", ".join(out) + ">"


# ── E0308: how rustc words a type mismatch ──


def sort_string(t: T.Ty, closure=None) -> str:
    """A type as rustc names it in "expected X, found Y" (its `Ty::sort_string`): literals by
    kind (`integer`), callables by kind (`fn item`, `closure`), others quoted with regions
    erased (`&str`)."""
    cls = type(t)
    if cls is T.Infer:
        return {"int": "integer", "float": "floating-point number"}.get(t.kind, "`_`")
    if cls is T.FnDef:
        return "fn item"
    if cls is T.FnPtr:
        return "fn pointer"
    if cls is T.Closure:
        return "closure"
    if cls is T.Dyn:
        return f"`dyn {short_name(t.trait_id)}`"
    if cls is T.Param:
        return f"type parameter `{t.name}`"
    if cls is T.Opaque:
        return "opaque type"
    if cls is T.Alias:
        return "associated type"
    return f"`{ty_str(erase_for_display(t), closure=closure)}`"


def mismatch_label(expected: T.Ty, found: T.Ty, closure=None) -> str:
    if type(expected) is T.Array and type(found) is T.Array and expected.elem == found.elem \
            and type(expected.length) is int and type(found.length) is int:
        # rustc relates the element types first: only the lengths differ
        return f"expected an array with a size of {expected.length}, found one with a size of {found.length}"
    if type(expected) is T.Adt and type(found) is T.Adt and expected.def_id == found.def_id:
        for x, y in zip(expected.args, found.args):  # the first argument that differs decides
            if isinstance(x, T.Region) or x == y:
                continue
            if type(x) is int and type(y) is int:  # rustc's const mismatch
                return f"expected `{x}`, found `{y}`"
            break
    e, f = sort_string(expected, closure), sort_string(found, closure)
    if e == f:
        return f"expected {e}, found a different {f}"
    return f"expected {e}, found {f}"


def expected_found_note(expected: T.Ty, found: T.Ty, closure=None, adts=None):
    """rustc's `= note: expected type `i32`` / `found enum `Option<&i32>`` lines, shown when
    one of the types is not simple text (None otherwise)."""
    if _simple_text(expected) and _simple_text(found):
        return None
    el, fl = f"expected {_prefix(expected, adts)}", f"found {_prefix(found, adts)}"
    width = max(len(el), len(fl))
    e = ty_str(erase_for_display(expected), closure=closure)
    f = ty_str(erase_for_display(found), closure=closure)
    return f"{el.rjust(width)} `{e}`\n{fl.rjust(width)} `{f}`"


def erase_for_display(t: T.Ty) -> T.Ty:
    """Regions as rustc's type errors print them: none on references, `'_` in arguments."""
    from .type_fold import erase_regions

    return erase_regions(t)


def _simple_ty(t) -> bool:
    cls = type(t)
    if cls in (T.Bool, T.Char, T.Str, T.Int, T.Float, T.Infer):
        return True
    if cls is T.Ref:
        inner = t.inner
        while type(inner) is T.Ref:
            inner = inner.inner
        return _simple_ty(inner)
    if cls is T.Array or cls is T.Slice:
        return _simple_ty(t.elem)
    return cls is T.Tuple and not t.elems


def _simple_text(t) -> bool:
    cls = type(t)
    if cls is T.Adt:
        return not any(not isinstance(a, T.Region) for a in t.args)
    if cls is T.Ref:
        return _simple_text(t.inner)
    return _simple_ty(t)


def _prefix(t, adts=None) -> str:
    cls = type(t)
    if cls in (T.Infer, T.Bool, T.Char, T.Int, T.Float, T.Str, T.Never, T.Error):
        return "type"
    if cls is T.Tuple:
        return "unit type" if not t.elems else "tuple"
    if cls is T.Adt:
        info = adts.get(t.def_id) if adts is not None else None
        return getattr(info, "kind", None) or _ADT_KIND.get(t.def_id, "struct")
    return {T.Array: "array", T.Slice: "slice", T.Ptr: "raw pointer", T.FnDef: "fn item", T.FnPtr: "fn pointer",
            T.Dyn: "trait object", T.Closure: "closure", T.Alias: "associated type", T.Param: "type parameter",
            T.Opaque: "opaque type"}.get(cls, "mutable reference" if cls is T.Ref and t.mutable else "reference")


# std enums, for callers without the item table (its AdtInfo.kind says)
_ADT_KIND = {"std::option::Option": "enum", "std::result::Result": "enum", "std::cmp::Ordering": "enum",
             "std::borrow::Cow": "enum"}
