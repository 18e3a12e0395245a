"""Formatting values: dispatch of Display/Debug/hex/exp to builtins (`format.py`), user
`impl Display`/`impl Debug` (called with a Formatter value) and derived Debug (builders).
"""
from __future__ import annotations

from . import format as fmt
from .numeric_parse import ParseError
from .ops import BITS
from .signals import Unsupported
from .std_enums import COW
from .values import (ArrayV, BoxV, CellV, Char, EnumV, F32, GuardV, MapV, Ptr, RangeV, RcV,
                     RString, SliceV, StructV, TupleV, VecV, WeakV, ClosureV)


class Display:
    def format_to_string(self, fmt_args) -> str:
        sink = fmt.StringSink()
        self.write_fmt(sink, fmt_args)
        return sink.text()

    def write_fmt(self, sink, fa) -> None:
        """Write a parsed format string with its arguments (taken by reference) to sink."""
        values = [self.operand_ref(a) for a in fa.args]
        names = dict(fa.names) if fa.names else {}
        for piece in fa.pieces:
            if piece.__class__ is str:
                sink.write_str(piece)
                continue
            spec = piece.spec
            width = precision = None
            if spec.width.__class__ is str:
                width = self.deref_all(values[_arg_index(spec.width, names)])
            if spec.precision.__class__ is str:
                precision = self.deref_all(values[_arg_index(spec.precision, names)])
            f = fmt.Formatter(sink, fmt.Spec.from_ast(spec, width, precision))
            self.fmt_value(f, values[piece.arg], fa.args[piece.arg])

    def fmt_value(self, f, v, expr=None) -> None:
        c = v.__class__
        while c is Ptr or c is BoxV or c is RcV or c is GuardV:
            if c is not RcV and c is not GuardV and getattr(v, "any_ty", None) is not None:
                f.write_str("Any { .. }")  # `&dyn Any` / `Box<dyn Any>` (std_any)
                return
            v = self.deref_value(v)
            c = v.__class__
        if c is EnumV and v.adt is COW:  # a Cow formats as what it holds
            return self.fmt_value(f, v.items[0], expr)
        trait = f.spec.trait
        if c is int:
            fmt.write_int(f, v, self.int_bits(expr))
        elif c is float:
            fmt.write_float(f, v, 64)
        elif c is F32:
            fmt.write_float(f, float(v), 32)
        elif c is bool:
            fmt.write_bool(f, v)
        elif c is Char:
            fmt.write_char(f, v)
        elif c is str:
            fmt.write_str(f, v)
        elif c is RString:
            fmt.write_str(f, v.s)
        elif c is StructV or c is EnumV:
            self.fmt_adt(f, v, trait)
        elif c is ParseError:
            f.pad(v.display) if trait == "Display" else f.write_str(
                v.debug_pretty() if f.alternate() else v.debug)
        elif trait == "Display" and hasattr(v, "display_text"):
            f.pad(v.display_text)
        elif trait != "Debug":
            raise Unsupported(f"`{trait}` formatting of {self.type_key(v)}")
        elif c is TupleV:
            if not v.items:
                fmt.write_unit(f)
            else:
                t = f.debug_tuple("")
                for x in v.items:
                    t.field(self.child(x))
                t.finish()
        elif c is VecV or c is ArrayV or c is SliceV:
            items = v.items if c is not SliceV else v.lst[v.lo:v.hi]
            d = f.debug_list()
            for x in items:
                d.entry(self.child(x))
            d.finish()
        elif c is MapV:
            entries = self.map_entries(v)
            if v.is_set:
                d = f.debug_set()
                for kv in entries:
                    d.entry(self.child(kv[0]))
            else:
                d = f.debug_map()
                for kv in entries:
                    d.entry(self.child(kv[0]), self.child(kv[1]))
            d.finish()
        elif c is CellV:
            self.fmt_cell(f, v)
        elif c is RangeV:
            if v.start is not None:
                self.fmt_value(f, v.start)
            f.write_str("..=" if v.inclusive else "..")
            if v.end is not None:
                self.fmt_value(f, v.end)
        elif c is WeakV:
            f.write_str("(Weak)")
        elif c is ClosureV:
            raise Unsupported("Debug formatting of a closure")
        elif hasattr(v, "debug_name"):
            f.write_str(v.debug_name)
        else:
            raise Unsupported(f"Debug formatting of {self.type_key(v)}")

    def child(self, x):
        return lambda cf: self.fmt_value(cf, x)

    def int_bits(self, expr) -> int:
        if expr is None:
            return 32
        t = self.int_ty(expr)
        return BITS.get(t, 32) if t else 32

    def fmt_adt(self, f, v, trait: str) -> None:
        adt = v.adt
        method = "fmt"
        m = self.user_fmt_method(adt.name, trait) or self.dyn_fmt_method(adt.name, trait)
        if m is not None:
            r = self.call_fn(m.fn, [Ptr([f], 0, True)], m.owner, Ptr([v], 0))  # `f: &mut Formatter`
            if r.__class__ is EnumV and r.variant.name == "Err":
                raise _FmtError()
            return
        if trait != "Debug":
            raise Unsupported(f"`{trait}` formatting of `{adt.name}` without an impl")
        if v.__class__ is EnumV:
            vd = v.variant
            if vd.kind == "unit":
                f.write_str(vd.name)
            elif vd.kind == "tuple":
                t = f.debug_tuple(vd.name)
                for x in v.items:
                    t.field(self.child(x))
                t.finish()
            else:
                s = f.debug_struct(vd.name)
                for n, x in zip(vd.field_names, v.items):
                    s.field(n, self.child(x))
                s.finish()
            return
        if adt.kind == "unit":
            f.write_str(adt.name)
        elif adt.kind == "tuple":
            t = f.debug_tuple(adt.name)
            for x in v.items:
                t.field(self.child(x))
            t.finish()
        else:
            s = f.debug_struct(adt.name)
            for n, x in zip(adt.field_names, v.items):
                s.field(n, self.child(x))
            s.finish()
        del method

    def user_fmt_method(self, key: str, trait: str):
        """The user's `fmt` for this formatting trait (Display, Debug, LowerHex...)."""
        impls = self.program.trait_impls.get(key)
        if not impls or trait not in self.program.impl_traits.get(key, ()):
            return None
        cache = self.path_cache
        ck = ("fmt", key, trait)
        m = cache.get(ck)
        if m is None:
            m = self.find_trait_method(key, trait, "fmt")
            cache[ck] = m
        return m

    def dyn_fmt_method(self, key: str, trait: str):
        """`impl Display for dyn Shape` formatting a value (behind the dyn) whose type
        implements Shape."""
        from ..syntax import ast
        from .program import Method
        if "dyn" not in self.program.impl_traits:
            return None
        ck = ("dyn fmt", key, trait)
        if ck not in self.path_cache:
            self.path_cache[ck] = self._dyn_fmt_method(key, trait)
        return self.path_cache[ck]

    def _dyn_fmt_method(self, key: str, trait: str):
        from ..syntax import ast
        from .program import Method
        own = self.program.impl_traits.get(key, ())
        for item in self.typed.crate.items:
            for impl in _impls(item):
                tr = impl.trait_ref
                if tr is None or tr.segments[-1].ident.name != trait or impl.self_ty.__class__ is not ast.DynTraitType:
                    continue
                principal = [b for b in impl.self_ty.bounds if b.__class__ is ast.TraitBound]
                if principal and principal[0].path.segments[-1].ident.name in own:
                    for it in impl.items:
                        if it.__class__ is ast.Fn and it.ident.name == "fmt":
                            return Method(it, "dyn", trait)
        return None

    def find_trait_method(self, key: str, trait: str, name: str):
        """The method `name` of `impl trait for key` (several traits may define `fmt`)."""
        from ..syntax import ast
        from .program import Method
        for item in self.typed.crate.items:
            for impl in _impls(item):
                if impl.trait_ref is None or impl.trait_ref.segments[-1].ident.name != trait:
                    continue
                if self.program.impl_key(impl) != key:
                    continue
                for it in impl.items:
                    if it.__class__ is ast.Fn and it.ident.name == name:
                        return Method(it, key, trait)
        return None

    def fmt_cell(self, f, v) -> None:
        if v.kind == "RefCell":
            s = f.debug_struct("RefCell")
            if v.borrow == -1:
                s.field("value", lambda cf: cf.write_str("<borrowed>"))
            else:
                s.field("value", self.child(v.items[0]))
            s.finish()
        elif v.kind == "Cell":
            s = f.debug_struct("Cell")
            s.field("value", self.child(v.items[0]))
            s.finish()
        elif v.kind in ("Mutex", "RwLock"):
            s = f.debug_struct(v.kind)
            s.field("data", self.child(v.items[0]))
            s.field("poisoned", lambda cf: fmt.write_bool(cf, v.poisoned))
            s.finish_non_exhaustive()
        else:
            self.fmt_value(f, v.items[0])

    def map_entries(self, m: MapV) -> list:
        entries = list(m.d.values())
        if m.sorted:
            import functools
            entries.sort(key=functools.cmp_to_key(lambda a, b: self.cmp(a[0], b[0])))
        return entries

    def to_display_string(self, v) -> str:
        sink = fmt.StringSink()
        self.fmt_value(fmt.Formatter(sink, fmt.Spec()), v)
        return sink.text()


class _FmtError(Exception):
    """A user fmt returned Err: Rust panics in `format!`/`to_string` with this message."""


def _impls(item):
    from ..syntax import ast
    if item.__class__ is ast.Impl:
        yield item
    elif item.__class__ is ast.Mod and item.items:
        for it in item.items:
            yield from _impls(it)


def _arg_index(ref: str, names: dict) -> int:
    if ref.isdigit():
        return int(ref)
    return names[ref]
