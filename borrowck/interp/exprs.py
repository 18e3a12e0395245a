"""Expressions in value context: `eval_<Node>` returns the value (moving out of places).
Operators, literals, paths, aggregates, casts, `?`; control flow is in control_flow.py,
closures in closures.py, calls and methods in methods.py.
"""
from __future__ import annotations

from ..syntax import ast
from ..types import ty as T
from . import ops
from .moves import copy_value, take
from .signals import ReturnSignal, Unsupported
from .values import (MOVED, UNIT, ArrayV, BoxV, Char, EnumV, F32, Ptr, RangeV, RString, SliceV, StructV,
                     TupleV, GuardV, RcV)

_ARITH = frozenset(("+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>"))
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

    def eval_PathExpr(self, e):
        name = self.local_names.get(e, e)
        if name is e:
            name = self.local_name(e)
        if name is not None:
            slot = self.frame.vars.get(name)
            if slot is not None:
                v = slot[0]
                if v.__class__ in PLAIN:
                    return v
                return take(slot, 0)
        return self.path_value(e)

    def local_name(self, e):
        """The name a single-segment path expression uses (None for longer paths)."""
        names = self.local_names
        n = names.get(e, names)
        if n is names:
            segs = e.path.segments
            n = names[e] = segs[0].ident.name if len(segs) == 1 else None
        return n

    def eval_Paren(self, e):
        return self.eval(e.expr)

    def eval_Unsupported(self, e):
        raise Unsupported(e.what, e.span)

    # ── operators ──
    def eval_Unary(self, e):
        op = e.op
        if op == "*":
            lst, idx = self.place_Unary(e)
            return self.take(lst, idx)
        v = self.deref_all(self.eval(e.operand))
        if op == "-":
            if v.__class__ is F32:
                return F32(-v)
            if v.__class__ in (int, float):
                return ops.negate(v, self.int_ty(e), e.span)
            return self.call_operator(v, "neg", [], e)
        if op == "!":
            if v.__class__ is bool:
                return not v
            if v.__class__ is int:
                return ops.bit_not(v, self.int_ty(e))
            return self.call_operator(v, "not", [], e)
        raise AssertionError(op)

    def eval_Binary(self, e):
        op = e.op
        if op == "&&":
            return bool(self.eval(e.lhs)) and bool(self.eval(e.rhs))
        if op == "||":
            return bool(self.eval(e.lhs)) or bool(self.eval(e.rhs))
        table = self.eval_table
        if op in _CMP:
            a = self.operand_ref(e.lhs)
            b = self.operand_ref(e.rhs)
            if a.__class__ is int and b.__class__ is int:
                return _INT_CMP[op](a, b)
            return self.compare_op(op, a, b)
        lhs, rhs = e.lhs, e.rhs
        a = table[lhs.__class__](lhs)
        b = table[rhs.__class__](rhs)
        if a.__class__ is int and b.__class__ is int:
            return ops.int_binop(op, a, b, self.int_ty(e), e.span)
        return self.arith(op, a, b, e)

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

    def eval_AddrOf(self, e):
        operand = e.operand
        if operand.__class__ is ast.Index:
            sliced = self.maybe_slice(operand, e.mutable)
            if sliced is not None:
                return sliced
        if not e.mutable and _is_promotable(operand):
            # rustc promotes `&CONSTANT_EXPR` to a `'static` allocation: it outlives the
            # frame (a fn may return it) and is never dropped
            return Ptr([self.eval(operand)], 0, False)
        lst, idx = self.place(operand)
        v = lst[idx]
        if v.__class__ is SliceV or (v.__class__ is str and operand.__class__ is ast.Unary):
            return v  # `&*slice`, `&*string`: already the fat pointer
        return Ptr(lst, idx, e.mutable)

    def eval_Assign(self, e):
        lhs = e.lhs
        if lhs.__class__ in (ast.Tuple, ast.Array, ast.StructLit, ast.Call):
            self.assign_to(lhs, self.eval(e.rhs))
            return UNIT
        value = self.eval(e.rhs)
        self.assign_to(lhs, value)
        return UNIT

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

    def eval_CompoundAssign(self, e):
        op = e.op
        rhs = e.rhs
        rhs = self.eval_table[rhs.__class__](rhs)
        lhs = e.lhs
        if lhs.__class__ is ast.PathExpr:
            name = self.local_names.get(lhs, lhs)
            if name is lhs:
                name = self.local_name(lhs)
            slot = self.frame.vars.get(name) if name is not None else None
            if slot is not None:
                lst, idx = slot, 0
            else:
                lst, idx = self.place(lhs)
        else:
            lst, idx = self.place(lhs)
        cur = lst[idx]
        while cur.__class__ is Ptr:  # `*r += 1` through auto-deref of a place holding &mut
            lst, idx = cur.lst, cur.idx
            cur = lst[idx]
        if cur.__class__ is int and rhs.__class__ is int:
            lst[idx] = ops.int_binop(op, cur, rhs, self.int_ty(e), e.span)
            return UNIT
        if cur.__class__ in _NUMERIC:
            lst[idx] = self.arith(op, cur, rhs, e)
            return UNIT
        if cur.__class__ is RString and op == "+":
            cur.append(self.text_of(rhs))
            return UNIT
        m = self.program.method(self.type_key(cur), _OP_TRAIT[op] + "_assign")
        if m is not None:
            self.call_fn(m.fn, [rhs], m.owner, Ptr(lst, idx, True))
            return UNIT
        lst[idx] = self.call_operator(cur, _OP_TRAIT[op], [rhs], e)
        return UNIT

    def eval_Cast(self, e):
        x = e.expr
        v = self.eval_table[x.__class__](x)
        if v.__class__ is Ptr:
            v = self.deref_all(v)
        name = self.cast_targets.get(e, e)
        if name is e:
            ty = e.ty
            name = self.cast_targets[e] = ty.path.segments[-1].ident.name if ty.__class__ is ast.PathType else None
        if name in ops.BITS:
            if v.__class__ is EnumV:
                return ops.wrap(v.variant.discriminant, name)
            return ops.cast_to_int(v, name)
        if name == "f64":
            return float(v) if not isinstance(v, str) else float(ord(v))
        if name == "f32":
            return F32(ops.f32(float(v)))
        if name == "char":
            return Char(chr(v))
        if name == "bool":
            return bool(v)
        return v  # pointer/reference casts and `as _` keep the value

    # ── aggregates ──
    def eval_Tuple(self, e):
        if not e.elems:
            return UNIT
        return TupleV([self.eval(x) for x in e.elems])

    def eval_Array(self, e):
        return ArrayV([self.eval(x) for x in e.elems])

    def eval_ArrayRepeat(self, e):
        v = self.eval(e.elem)
        n = self.deref_all(self.eval(e.count))
        return ArrayV([copy_value(v) for _ in range(n)])

    def eval_StructLit(self, e):
        target = self.resolve_struct_path(e.path, e)
        given = {}
        for f in e.fields:
            given[f.ident.name] = self.eval(f.expr)
        names = target.field_names
        if e.base is not None:
            blst, bidx = self.place(e.base)
            base = blst[bidx]
            items = [given[n] if n in given else self.take(base.items, i) for i, n in enumerate(names)]
        else:
            items = [given[n] for n in names]
        if target.__class__.__name__ == "VariantDef":
            return EnumV(target.adt, target, items)
        return StructV(target, items)

    def eval_Range(self, e):
        start = self.deref_all(self.eval(e.start)) if e.start is not None else None
        end = self.deref_all(self.eval(e.end)) if e.end is not None else None
        return RangeV(start, end, e.inclusive)

    # ── blocks and control flow ──
    def eval_Try(self, e):
        v = self.eval(e.expr)
        v = self.deref_all(v) if v.__class__ is Ptr else v
        if v.__class__ is not EnumV:
            raise Unsupported("`?` on this type", e.span)
        name = v.variant.name
        if name == "Some" or name == "Ok":
            return v.items[0]
        if name == "None":
            raise ReturnSignal(v)
        raise ReturnSignal(EnumV(v.adt, v.variant, [self.convert_error(v.items[0], e)]))

    def eval_MacroCall(self, e):
        return self.macro_table[e.name](e)

    def eval_Call(self, e):
        return self.call_expr(e)

    def eval_MethodCall(self, e):
        return self.method_call(e)

    def eval_Field(self, e):
        lst, idx = self.place_Field(e)
        return self.take(lst, idx)

    def eval_Index(self, e):
        if e.index.__class__ is ast.Range:
            return self.maybe_slice(e, False)
        lst, idx = self.place_Index(e)
        v = lst[idx]
        return v if v.__class__ in PLAIN else take(lst, idx)

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
