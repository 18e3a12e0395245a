"""Conversions that depend on a target type: `IntoIterator`, `collect`, `parse`, `into`,
`Default::default`, `sum`.

The target comes from the type checker (`expr_types`) when it recorded it, else from a
turbofish, else from a `let` annotation / fn return type the expression flows into
(`hints`), else a dynamic default (collect -> Vec, parse -> integer then float).
"""
from __future__ import annotations

import functools

from ..syntax import ast
from ..types import ty as T
from . import numeric_parse
from . import std_iter as I
from .numeric import INT_TYPES
from .program import FLOAT_NAMES, INT_NAMES
from .signals import Unsupported
from .std_enums import err, none, ok, some
from .values import (ArrayV, Char, EnumV, F32, MapV, Ptr, RangeV, RString, SliceV, StructV, TupleV,
                     VecV, BoxV, RcV, GuardV)


class Conversions:
    STOP = I.STOP

    def into_iter(self, v, node):
        c = v.__class__
        if isinstance(v, I.RIter):
            return v
        if c is RangeV:
            return I.range_iter(v)
        if c is VecV:
            return I.SeqIter(v.items, 0, len(v.items), "value")
        if c is ArrayV:
            return I.SeqIter(list(v.items), 0, len(v.items), "value")
        if c is SliceV:
            return I.SeqIter(v.lst, v.lo, v.hi, "mut" if v.mutable else "ref")
        if c is MapV:
            entries = self.map_entries(v)
            if v.is_set:
                return I.ValuesIter([kv[0] for kv in entries])
            return I.ValuesIter([TupleV([kv[0], kv[1]]) for kv in entries])
        if c is EnumV and v.adt.name == "Option":
            return I.ValuesIter(list(v.items))
        if c is Ptr:
            t = v.lst[v.idx]
            tc = t.__class__
            if tc is VecV or tc is ArrayV:
                return I.SeqIter(t.items, 0, len(t.items), "mut" if v.mutable else "ref")
            if tc is MapV:
                entries = self.map_entries(t)
                if t.is_set:
                    return I.ValuesIter([Ptr(kv, 0) for kv in entries])
                return I.ValuesIter([TupleV([Ptr(kv, 0), Ptr(kv, 1, v.mutable)]) for kv in entries])
            if tc is EnumV and t.adt.name == "Option":
                return I.ValuesIter([Ptr(t.items, 0, v.mutable)] if t.items else [])
            if isinstance(t, I.RIter):  # `for x in &mut it`: the loop must not drop `it`
                return I.BorrowedIter(t)
            if tc is StructV and self.program.implements(t.adt.name, "Iterator"):
                return UserIterRef(self, v)
            if tc is StructV or tc is EnumV:
                m = self.user_into_iter(t.adt.name, node)
                if m is not None:  # `impl IntoIterator for &MyType`: self is the reference
                    return self.into_iter(self.call_fn(m.fn, [], m.owner, v), node)
            return self.into_iter(t, node)
        if c is StructV or c is EnumV:
            if self.program.implements(v.adt.name, "Iterator"):
                return I.UserIter(self, v)
            m = self.user_into_iter(v.adt.name, node)
            if m is not None:
                return self.into_iter(self.call_fn(m.fn, [], m.owner, v), node)
        if c is BoxV or c is RcV or c is GuardV:
            return self.into_iter(self.deref_value(v), node)
        if getattr(v, "type_key", None) == "Receiver":
            from .std_thread import RecvIter
            return RecvIter(self, v, node)
        raise Unsupported(f"iterating over {self.type_key(v)}", getattr(node, "span", None))

    def user_into_iter(self, key: str, node):
        """The user's `into_iter` for a type; with both `impl IntoIterator for T` and
        `for &T`, the one the type checker chose for this `for` loop."""
        m = self.program.method(key, "into_iter")
        if m is not None and (key, "into_iter") in self.program.ambiguous and node is not None:
            m = self.chosen_impl(self.for_loops.get(node, node), m)
        return m

    # ── target types ──
    def expr_type_name(self, e):
        t = self.expr_types.get(e)
        if t is None:
            h = self.hints.get(e)
            return h[0] if h else None
        return _ty_name(t)

    def add_hint(self, e, target) -> None:
        """Record that e's value must have type `target`, looking through wrappers."""
        while target is not None and e is not None:
            self.hints[e] = target
            c = e.__class__
            if c is ast.Paren:
                e = e.expr
            elif c is ast.MethodCall and e.method.name in _UNWRAPS:
                e, target = e.receiver, ("Result", (target,))
            elif c is ast.MethodCall and e.method.name in _SAME_SHAPE:
                e = e.receiver
            elif c is ast.Try:
                e, target = e.expr, ("Result", (target,))
            elif c is ast.BlockExpr:
                e = e.block.tail
            else:
                return

    def hint_let(self, st) -> None:
        if st.ty is not None and st.init is not None and st not in self.hinted:
            self.hinted.add(st)
            self.add_hint(st.init, _ast_target(st.ty))

    def hint_fn(self, fn) -> None:
        if fn not in self.hinted:
            self.hinted.add(fn)
            if fn.ret is not None and fn.body is not None and fn.body.tail is not None:
                self.add_hint(fn.body.tail, _ast_target(fn.ret))

    def target_of(self, e):
        """The target type of a conversion call as a nested tuple ("Vec", (elem,)), or None."""
        t = self.expr_types.get(e)
        if t is not None and t.__class__ is not T.Infer and t.__class__ is not T.Error:
            return _ty_target(t, self.frame.tyargs)
        if e.__class__ is ast.MethodCall and e.generic_args is not None and e.generic_args.args:
            return _ast_target(e.generic_args.args[0])
        return self.hints.get(e)

    def collect_target(self, e):
        return self.target_of(e) or ("Vec", ())

    def collect_into(self, items, target, e):
        name, args = target[0], target[1] if len(target) > 1 else ()
        if name in ("Vec", "Box", "Rc", "Arc"):
            return VecV(items)
        if name == "VecDeque":
            return VecV(items, "VecDeque")
        if name == "String":
            return RString("".join(self.text_of(x) for x in items))
        if name in ("HashMap", "BTreeMap", "HashSet", "BTreeSet", "BinaryHeap"):
            if name == "BinaryHeap":
                return VecV(items, "BinaryHeap")
            m = MapV(name)
            d = m.d
            for x in items:
                if m.is_set:
                    k = self.hash_key(x)
                    if k not in d:
                        d[k] = [x, None]
                else:
                    k = self.hash_key(x.items[0])
                    old = d.get(k)
                    if old is None:
                        d[k] = [x.items[0], x.items[1]]
                    else:
                        self.drop_value(old[1])
                        old[1] = x.items[1]
            return m
        if name in ("Result", "Option"):
            inner = args[0] if args else ("Vec", ())
            vals = []
            for x in items:
                if x.variant.name in ("Err", "None"):
                    return x
                vals.append(x.items[0])
            v = self.collect_into(vals, inner, e)
            return ok(v) if name == "Result" else some(v)
        raise Unsupported(f"collect into {name}", getattr(e, "span", None))

    def cmp_keys(self, a, b) -> int:
        return self.cmp(a, b)

    def sort_list(self, items: list, cmp=None) -> None:
        cmp = cmp or self.cmp
        items.sort(key=functools.cmp_to_key(cmp))

    def parse_str(self, s: str, target, e):
        """`str::parse::<T>()` -> Result<T, error> (numeric_parse.py for the primitives)."""
        name = target[0] if target else None
        if name is None:  # no type known: an integer if it reads as one, else a float
            r = numeric_parse.parse_int(s, INT_TYPES["i64"])
            if r.__class__ is numeric_parse.ParseError:
                f = numeric_parse.parse_float(s, 64)
                if f.__class__ is not numeric_parse.ParseError:
                    r = f
            return err(r) if r.__class__ is numeric_parse.ParseError else ok(r)
        if name in _INTS:
            r = numeric_parse.parse_int(s, INT_TYPES[name])
        elif name in ("f64", "f32"):
            r = numeric_parse.parse_float(s, 64 if name == "f64" else 32)
            if name == "f32" and r.__class__ is float:
                r = F32(r)
        elif name == "bool":
            r = numeric_parse.parse_bool(s)
        elif name == "char":
            r = numeric_parse.parse_char(s)
            if r.__class__ is str:
                r = Char(r)
        elif name == "String":
            return ok(RString(s))
        else:
            m = self.program.method(name, "from_str")
            if m is None:
                raise Unsupported(f"parse into {name}", getattr(e, "span", None))
            return self.call_fn(m.fn, [s], m.owner)
        return err(r) if r.__class__ is numeric_parse.ParseError else ok(r)


class UserIterRef(I.RIter):
    """`&mut user_iter` used as an iterator."""

    __slots__ = ("interp", "ptr")

    def __init__(self, interp, ptr):
        self.interp, self.ptr = interp, ptr

    def nxt(self):
        r = self.interp.call_method_by_name((self.ptr.lst, self.ptr.idx), "next", [], None)
        return r.items[0] if r.variant.name == "Some" else I.STOP


class TryFromIntError:
    """`u8::try_from(300)`'s error value."""

    __slots__ = ()
    type_key = "TryFromIntError"
    debug_name = "TryFromIntError(())"
    display_text = "out of range integral type conversion attempted"


_SAME_SHAPE = frozenset(("ok", "err", "map_err", "ok_or", "ok_or_else", "cloned", "copied", "as_ref"))
_UNWRAPS = frozenset(("unwrap", "expect", "unwrap_or", "unwrap_or_default", "unwrap_or_else"))
_INTS = frozenset(("i8", "i16", "i32", "i64", "i128", "isize",
                   "u8", "u16", "u32", "u64", "u128", "usize"))


def _ty_name(t):
    c = t.__class__
    if c is T.Int or c is T.Float:
        return t.name
    if c is T.Adt:
        return t.def_id.split("::")[-1]
    if c is T.Ref:
        return _ty_name(t.inner)
    if c is T.Bool:
        return "bool"
    if c is T.Char:
        return "char"
    return None


def _ty_target(t, tyargs=None):
    """A type as a nested (name, args) target; type parameters through the running call's
    instantiation (`tyargs`), else "?"."""
    c = t.__class__
    if c is T.Adt:
        return (t.def_id.split("::")[-1], tuple(_ty_target(a, tyargs) for a in t.args
                                                if not isinstance(a, T.Region)))
    if c is T.Param and tyargs and t.name in tyargs and tyargs[t.name] is not t:
        return _ty_target(tyargs[t.name])
    if c is T.Tuple:
        return ("(tuple)", tuple(_ty_target(a, tyargs) for a in t.elems))
    if c is T.Int or c is T.Float:
        return (t.name, ())
    if c is T.Bool:
        return ("bool", ())
    if c is T.Char:
        return ("char", ())
    if c is T.Ref:
        return _ty_target(t.inner, tyargs)
    if c is T.Str:
        return ("str", ())
    if c is T.Array:  # the length rides in the name: targets' args are targets
        n = t.length
        if n.__class__ is T.Param and tyargs:
            n = tyargs.get(n.name)
        if n.__class__ is int:
            return (f"[array;{n}]", (_ty_target(t.elem, tyargs),))
    return ("?", ())


def _subst_target(target, subst: dict):
    """Replace type parameter names in a (name, args) target by their instantiation."""
    if not subst or target is None:
        return target
    if target[0] in subst and not target[1]:
        return subst[target[0]]
    return (target[0], tuple(_subst_target(a, subst) for a in target[1]))


def _ast_type_name(ty):
    if ty.__class__ is ast.PathType:
        return ty.path.segments[-1].ident.name
    if ty.__class__ is ast.RefType:
        return _ast_type_name(ty.inner)
    return None


def _ast_target(ty):
    if ty.__class__ is ast.PathType:
        seg = ty.path.segments[-1]
        args = ()
        if seg.generic_args is not None:
            args = tuple(_ast_target(a) for a in seg.generic_args.args
                         if not isinstance(a, (ast.Lifetime, ast.AssocBinding)))
        return (seg.ident.name, args)
    if ty.__class__ is ast.RefType:
        return _ast_target(ty.inner)
    if ty.__class__ is ast.InferType:
        return None
    if ty.__class__ is ast.TupleType:
        return ("(tuple)", tuple(_ast_target(a) for a in ty.elems))
    if ty.__class__ is ast.SliceType or ty.__class__ is ast.ArrayType:
        return ("Vec", (_ast_target(ty.elem),))
    return ("?", ())


class Defaults:
    """`Default::default`, `mem::take`, `Into`/`From` targets."""

    def default_for(self, target, e):
        if target is None:
            raise Unsupported("`Default::default()` whose type is not known", getattr(e, "span", None))
        name, args = target[0], target[1] if len(target) > 1 else ()
        if name in _INTS:
            return 0
        if name == "f64":
            return 0.0
        if name == "f32":
            from .values import F32
            return F32(0.0)
        if name == "bool":
            return False
        if name == "char":
            return Char("\0")
        if name == "String":
            return RString("")
        if name == "str":
            return ""
        if name in ("Vec", "VecDeque", "BinaryHeap"):
            return VecV([], name)
        if name in ("HashMap", "HashSet", "BTreeMap", "BTreeSet"):
            return MapV(name)
        if name == "Option":
            return none()
        if name == "(tuple)":
            return TupleV([self.default_for(a, e) for a in args]) if args else TupleV([])
        if name.startswith("[array;"):
            return ArrayV([self.default_for(args[0], e) for _ in range(int(name[7:-1]))])
        if name == "Box":
            return BoxV(self.default_for(args[0] if args else None, e))
        if name == "PhantomData" and name not in self.program.adts:
            from .values import PHANTOM
            return PHANTOM  # its type name is not known here: Debug of it reports `unsupported`
        adt = self.program.adts.get(name)
        if adt is not None:
            m = self.program.method(name, "default")
            if m is not None and "Default" not in adt.derives:
                return self.call_fn(m.fn, [], m.owner)
            if "Default" in adt.derives and not adt.is_enum:
                params = [p.ident.name for p in adt.node.generics.params if p.__class__ is ast.TypeParam]
                subst = dict(zip(params, args))
                items = [self.default_for(_subst_target(_ast_target(f.ty), subst), e) for f in adt.node.fields]
                return StructV(adt, items)
            if adt.is_enum:
                for v in adt.node.variants:
                    if any(a.name == "default" for a in v.attrs):
                        return EnumV(adt, adt.variants[v.ident.name], [])
        raise Unsupported(f"`Default` for {name}", getattr(e, "span", None))

    def default_like(self, v, e):
        """The default value of v's type (for `mem::take`, `Option::take` on values)."""
        c = v.__class__
        if c is RString:
            return RString("")
        if c is VecV:
            return VecV([], v.kind)
        if c is MapV:
            return MapV(v.kind)
        if c is EnumV and v.adt.name == "Option":
            return none()
        if c is int:
            return 0
        if c is float:
            return 0.0
        if c is bool:
            return False
        if c is StructV:
            return self.default_for((v.adt.name, ()), e)
        raise Unsupported(f"`mem::take` of {self.type_key(v)}", getattr(e, "span", None))

    def convert_into(self, v, target, e):
        name = target[0] if target else None
        c = v.__class__
        if name is None:
            if c is str:
                return RString(v)
            return v
        if (c is StructV or c is EnumV) and v.adt.name in self.program.adts:
            key = "{float}" if name in FLOAT_NAMES else "{int}" if name in INT_NAMES else name
            f = self.from_impl(key, v, exact=True)  # `impl From<Celsius> for f64`
            if f is not None:
                return self.call_fn(f.fn, [v], f.owner)
        if name == "String":
            return RString(self.text_of(v)) if c is not RString else v
        if name in ("f64",):
            return float(v)
        if name in _INTS:
            return ord(v) if c is Char else int(v)
        if name == "Box":
            if c is str:
                return BoxV(RString(v))
            return BoxV(v)
        if name in ("Rc", "Arc"):
            from .values import RcAlloc, RcV
            return RcV(RcAlloc(v), name)
        if name == "Option":
            return some(v)
        if name == "Cow":
            from .std_cow import cow_from
            return cow_from(v)
        if name in ("Vec",) and c is str:
            return VecV(list(v.encode("utf-8")))
        if name in ("Vec",) and c is ArrayV:
            return VecV(list(v.items))
        if name in ("VecDeque", "BinaryHeap") and (c is VecV or c is ArrayV):
            return VecV(list(v.items), name)  # `From<Vec<T>>` / `From<[T; N]>`
        f = self.from_impl(name, v)
        if f is not None:
            return self.call_fn(f.fn, [v], f.owner)
        return v

    def from_impl(self, target_key: str, v, exact: bool = False):
        """The user `impl From<X> for target` whose X matches v's runtime type (else, unless
        `exact`, the first `From` impl for target)."""
        from .program import Method, type_key
        key = self.type_key(self.deref_all(v) if v.__class__ is Ptr else v)
        if key == "String":
            key = "str"
        cache_key = ("from", target_key, key, exact)
        hit = self.path_cache.get(cache_key, self.path_cache)
        if hit is not self.path_cache:
            return hit
        found = None
        fallback = None
        for impl in _all_impls(self.typed.crate.items):
            tr = impl.trait_ref
            if tr is None or tr.segments[-1].ident.name != "From" or type_key(impl.self_ty) != target_key:
                continue
            ga = tr.segments[-1].generic_args
            src = type_key(ga.args[0]) if ga and ga.args else "?"
            if src == "String":
                src = "str"
            for it in impl.items:
                if it.__class__ is ast.Fn and it.ident.name == "from":
                    if src == key:
                        found = Method(it, target_key, "From")
                    fallback = fallback or Method(it, target_key, "From")
        if not exact:
            found = found or fallback
        self.path_cache[cache_key] = found
        return found


def _all_impls(items):
    for item in items:
        if item.__class__ is ast.Impl:
            yield item
        elif item.__class__ is ast.Mod and item.items:
            yield from _all_impls(item.items)
