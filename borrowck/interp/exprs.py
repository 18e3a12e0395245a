"""Helpers of expressions in value context, shared by compiled code (compile_expr.py) and
std code: literal values, operators on non-integers and user operator impls, operands taken
by reference, destructuring assignment, derefs, `?`'s error conversion; the `eval_<Node>`
of the kinds without a compiler (macro calls, `Unsupported` nodes).
"""
from __future__ import annotations

from ..syntax import ast
from ..types import ty as T
from ..mir.promotion import promotable
from . import ops
from .signals import Unsupported
from .values import MOVED, BoxV, Char, F32, Ptr, RString, SliceV, GuardV, RcV

_CMP = frozenset(("==", "!=", "<", "<=", ">", ">="))
_OP_TRAIT = {"+": "add", "-": "sub", "*": "mul", "/": "div", "%": "rem", "&": "bitand",
             "|": "bitor", "^": "bitxor", "<<": "shl", ">>": "shr"}
_NUMERIC = (int, float, bool, F32)
PLAIN = frozenset((int, float, bool, str, Char, F32, Ptr, SliceV))
_PLACE_EXPRS = frozenset((ast.PathExpr, ast.Field, ast.Index, ast.Unary, ast.Paren))
_INT_CMP = {"==": int.__eq__, "!=": int.__ne__, "<": int.__lt__, "<=": int.__le__,
            ">": int.__gt__, ">=": int.__ge__}


class Exprs:
    def eval(self, e):
        return self.eval_table[e.__class__](e)

    # ── leaves ──
    def eval_Lit(self, e):
        v = self.lit_cache.get(e)
        if v is None:
            v = self.lit_cache[e] = self.literal_value(e)
        return v

    def literal_value(self, e):
        k = e.kind
        if k == "int":
            t = self.expr_types.get(e)
            if t.__class__ is T.Float or e.suffix in ("f32", "f64"):
                return self.make_float(float(e.value), e)
            return e.value
        if k == "float":
            return self.make_float(e.value, e)
        if k == "str":
            return e.value
        if k == "char":
            return Char(e.value)
        if k == "bool":
            return e.value
        if k == "byte":
            return e.value if isinstance(e.value, int) else ord(e.value)
        if k == "bytestr":
            data = list(e.value)
            return SliceV(data, 0, len(data))
        raise Unsupported(f"{k} literals", e.span)

    def make_float(self, v: float, e):
        t = self.expr_types.get(e)
        if e.suffix == "f32" or (t.__class__ is T.Float and t.name == "f32"):
            return F32(ops.f32(v))
        return float(v)

    def local_name(self, e):
        """The name a single-segment path expression uses (None for longer paths)."""
        names = self.local_names
        n = names.get(e, names)
        if n is names:
            segs = e.path.segments
            n = names[e] = segs[0].ident.name if len(segs) == 1 else None
        return n

    def eval_Unsupported(self, e):
        raise Unsupported(e.what, e.span)

    # ── operators ──
    def arith(self, op, a, b, e):
        a0, b0 = a, b  # an operator impl for `&T` receives the references themselves
        if a.__class__ is Ptr:
            a = self.deref_all(a)
        if b.__class__ is Ptr:
            b = self.deref_all(b)
        ca = a.__class__
        if ca is int and b.__class__ is int:
            return ops.int_binop(op, a, b, self.int_ty(e), e.span)
        if ca in _NUMERIC and b.__class__ in _NUMERIC:
            if ca is bool:
                return {"&": a and b, "|": a or b, "^": a != b}[op]
            is32 = ca is F32 or b.__class__ is F32
            r = ops.float_binop(op, float(a), float(b), is32)
            return F32(r) if is32 else r
        if ca is RString and op == "+":
            a.append(self.text_of(b))
            return a
        return self.call_operator(a0, _OP_TRAIT[op], [b0], e)

    def call_operator(self, a, method: str, args: list, e):
        """A user operator impl (`impl Add for V`): `a.add(b)` by value."""
        key = self.type_key(self.deref_all(a))
        m = self.program.method(key, method)
        if m is None:
            raise Unsupported(f"operator `{method}` on {key}", e.span)
        if (key, method) in self.program.ambiguous:  # `Mul<i64>` and `Mul<&M>` for one type
            m = self.chosen_impl(e, m)
        return self.call_fn(m.fn, args, m.owner, a)

    def operand_ref(self, e):
        """An operand taken by reference (comparisons, format args): the value in place."""
        c = e.__class__
        if c is ast.Lit:
            return self.eval_Lit(e)
        if c is ast.PathExpr:
            name = self.local_names.get(e, e)
            if name is e:
                name = self.local_name(e)
            if name is not None:
                slot = self.frame.vars.get(name)
                if slot is not None:
                    return slot[0]
        if c in _PLACE_EXPRS:
            lst, idx = self.place(e)
            return lst[idx]
        v = self.eval_table[c](e)
        if v.__class__ in PLAIN:
            return v  # a scalar temporary has nothing to drop
        lst, idx = self.materialize(v)
        return lst[idx]

    def assign_to(self, lhs, value):
        if lhs.__class__ is ast.PathExpr and lhs.path.segments[0].ident.name == "_":
            self.drop_value(value)
            return
        if lhs.__class__ is ast.Tuple or lhs.__class__ is ast.Array:
            for i, sub in enumerate(lhs.elems):
                self.assign_to(sub, value.items[i])
            return
        if lhs.__class__ is ast.StructLit:  # destructuring: fields by name
            names = value.adt.field_names
            for f in lhs.fields:
                self.assign_to(f.expr, value.items[names.index(f.ident.name)])
            return
        if lhs.__class__ is ast.Call:  # destructuring a tuple struct (typeck checked the callee)
            for i, sub in enumerate(lhs.args):
                self.assign_to(sub, value.items[i])
            return
        lst, idx = self.place(lhs)
        old = lst[idx]
        lst[idx] = value
        if old is not MOVED:
            self.drop_value(old)

    # ── aggregates ──
    # ── blocks and control flow ──
    def eval_MacroCall(self, e):
        return self.macro_table[e.name](e)

    # ── helpers ──
    def deref_all(self, v):
        """Follow references and smart pointers down to the value they point at."""
        while True:
            c = v.__class__
            if c is Ptr:
                v = v.lst[v.idx]
            elif c is BoxV:
                v = v.items[0]
            elif c is RcV:
                v = v.alloc.items[0]
            elif c is GuardV:
                v = v.cell.items[0]
            else:
                return v

    def deref_value(self, v):
        c = v.__class__
        if c is Ptr:
            return v.lst[v.idx]
        if c is BoxV:
            return v.items[0]
        if c is RcV:
            return v.alloc.items[0]
        if c is GuardV:
            return v.cell.items[0]
        return v

    def text_of(self, v) -> str:
        v = self.deref_all(v)
        if v.__class__ is RString:
            return v.s
        if isinstance(v, str):
            return v
        raise AssertionError(f"interpreter bug: not a string: {v!r}")

    def convert_error(self, err, e):
        """`?`'s `From::from` on the error: user `impl From<X> for Y`, or boxing into
        `Box<dyn Error>`."""
        ret = self.fn_return_error_key()
        if ret is None:
            return err
        key = self.type_key(err)
        if ret == key:
            return err
        if ret == "Box":
            return BoxV(err)
        m = self.program.trait_impls.get(ret, {}).get("from")
        if m is not None:
            return self.call_fn(m.fn, [err], m.owner)
        return err

    def fn_return_error_key(self):
        """The type key of the error type in the running fn's `Result<_, E>` return type."""
        fn = self.frame.fn
        if fn is None or fn.ret is None or fn.ret.__class__ is not ast.PathType:
            return None
        seg = fn.ret.path.segments[-1]
        if seg.ident.name != "Result" or seg.generic_args is None or len(seg.generic_args.args) < 2:
            return None
        from .program import type_key
        return type_key(seg.generic_args.args[1])


class Promotion:
    """rustc's rvalue promotion (mir/promotion.py) as the interpreter needs it: a promoted
    `&e` (or autoref'd receiver) is a static, never a statement temporary to drop."""

    def is_promoted(self, e) -> bool:
        found = self.promoted_cache.get(e)
        if found is None:
            found = self.promoted_cache[e] = _is_promotable(e) or promotable(
                self.typed, e, self.type_props.needs_drop)
        return found


def _is_promotable(e) -> bool:
    """Whether `&e` is promoted to static memory: literals and arrays/tuples of them."""
    cls = e.__class__
    if cls is ast.Lit:
        return True
    if cls is ast.Paren:
        return _is_promotable(e.expr)
    if cls is ast.Unary:
        return e.op == "-" and _is_promotable(e.operand)
    if cls is ast.Tuple or cls is ast.Array:
        return all(_is_promotable(x) for x in e.elems)
    return False
