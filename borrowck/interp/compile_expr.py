"""Compiling expressions in value context (the closures of what exprs.py evaluates):
literals, local reads, operators with their integer bounds chosen once, casts with their
target resolved once, aggregates, `&`, assignments. Same semantics as `eval_<Node>`.
"""
from __future__ import annotations

from ..syntax import ast
from . import ops
from .exprs import _CMP, _PLACE_EXPRS, _INT_CMP, _NUMERIC, _OP_TRAIT, PLAIN
from .moves import copy_value, take
from .union import union_items
from .signals import ReturnSignal, RustPanic, Unsupported
from .values import MOVED, UNIT, ArrayV, Char, EnumV, F32, Ptr, RString, SliceV, StructV, TupleV, RangeV

_FAST = {"+": int.__add__, "-": int.__sub__, "*": int.__mul__}


class CompileExprs:
    # ── leaves ──
    def compile_Lit(self, e):
        v = self.eval_Lit(e)  # literal_value: static (the literal and its recorded type)
        return lambda fr: v

    def compile_PathExpr(self, e):
        name = self.local_name(e)
        path_value = self.path_value
        res = self.typed.resolutions.get(e)
        if res is not None and res.kind == "const_param":
            const_param_value = self.const_param_value
            return lambda fr: const_param_value(res.target, e)
        if name is None:
            return lambda fr: path_value(e)

        def local(fr):
            slot = fr.vars.get(name)
            if slot is not None:
                v = slot[0]
                if v.__class__ in PLAIN:
                    return v
                return take(slot, 0)
            return path_value(e)
        return local

    def compile_Paren(self, e):
        return self.compile_expr(e.expr)

    def compile_operand_ref(self, e):
        """An operand taken by reference (comparisons): the value in place (operand_ref)."""
        c = e.__class__
        if c is ast.Lit:
            return self.compile_expr(e)
        if c is ast.PathExpr:
            name = self.local_name(e)
            if name is not None:
                place = self.compile_place(e)

                def local_ref(fr):
                    slot = fr.vars.get(name)
                    if slot is not None:
                        return slot[0]
                    lst, idx = place(fr)
                    return lst[idx]
                return local_ref
        if c in _PLACE_EXPRS:
            place = self.compile_place(e)

            def in_place(fr):
                lst, idx = place(fr)
                return lst[idx]
            return in_place
        value = self.compile_expr(e)

        def temp_ref(fr):
            v = value(fr)
            if v.__class__ in PLAIN:
                return v
            tmp = [v]
            fr.temps.append(tmp)
            return v
        return temp_ref

    # ── operators ──
    def compile_Unary(self, e):
        op = e.op
        if op == "*":
            place = self.compile_place(e)

            def deref(fr):
                lst, idx = place(fr)
                return take(lst, idx)
            return deref
        operand = self.compile_expr(e.operand)
        deref_all = self.deref_all
        known, ty = self.static_int_ty(e)
        int_ty = self.int_ty
        call_operator = self.call_operator
        span = e.span
        if op == "-":
            def neg(fr):
                v = deref_all(operand(fr))
                if v.__class__ is F32:
                    return F32(-v)
                if v.__class__ in (int, float):
                    return ops.negate(v, ty if known else int_ty(e), span)
                return call_operator(v, "neg", [], e)
            return neg

        def not_(fr):
            v = deref_all(operand(fr))
            if v.__class__ is bool:
                return not v
            if v.__class__ is int:
                return ops.bit_not(v, ty if known else int_ty(e))
            return call_operator(v, "not", [], e)
        return not_

    def compile_Binary(self, e):
        code = self.scalar_code(e)  # one generated function for the operator tree
        if code is not None:
            return code
        op = e.op
        if op == "&&" or op == "||":
            lhs, rhs = self.compile_expr(e.lhs), self.compile_expr(e.rhs)
            if op == "&&":
                return lambda fr: bool(lhs(fr)) and bool(rhs(fr))
            return lambda fr: bool(lhs(fr)) or bool(rhs(fr))
        if op in _CMP:
            return self.compile_compare(e)
        lhs, rhs = self.compile_expr(e.lhs), self.compile_expr(e.rhs)
        arith = self.arith
        known, ty = self.static_int_ty(e)
        if not known:
            int_ty = self.int_ty
            span = e.span

            def dyn_binop(fr):
                a = lhs(fr)
                b = rhs(fr)
                if a.__class__ is int and b.__class__ is int:
                    return ops.int_binop(op, a, b, int_ty(e), span)
                return arith(op, a, b, e)
            return dyn_binop
        fast = _FAST.get(op)
        if fast is not None and ty is not None:
            lo, hi = ops.BOUNDS[ty]
            msg = ops.OVERFLOW_MSG[op]
            span = e.span

            def checked(fr):
                a = lhs(fr)
                b = rhs(fr)
                if a.__class__ is int and b.__class__ is int:
                    r = fast(a, b)
                    if lo <= r <= hi:
                        return r
                    raise RustPanic(msg, span)
                return arith(op, a, b, e)
            return checked
        int_binop = ops.int_binop
        span = e.span

        def binop(fr):
            a = lhs(fr)
            b = rhs(fr)
            if a.__class__ is int and b.__class__ is int:
                return int_binop(op, a, b, ty, span)
            return arith(op, a, b, e)
        return binop

    def compile_compare(self, e):
        lhs, rhs = self.compile_operand_ref(e.lhs), self.compile_operand_ref(e.rhs)
        int_cmp = _INT_CMP[e.op]
        compare_op = self.compare_op
        op = e.op
        eq = self.user_eq_of(e) if op in ("==", "!=") else None
        if eq is not None:  # `impl PartialEq<f64> for Celsius`: the impl the checker chose
            fn, owner = eq
            call_fn = self.call_fn
            want = op == "=="

            def user_eq(fr):
                a = lhs(fr)
                b = rhs(fr)
                return bool(call_fn(fn, [Ptr([b], 0)], owner, Ptr([a], 0))) is want
            return user_eq

        def compare(fr):
            a = lhs(fr)
            b = rhs(fr)
            if a.__class__ is int and b.__class__ is int:
                return int_cmp(a, b)
            return compare_op(op, a, b)
        return compare

    def user_eq_of(self, e):
        """(eq fn, owner) of the crate's `PartialEq` impl the type checker chose for `e`."""
        callee = self.typed.callees.get(e)
        if callee is None or callee.impl_id is None or not callee.impl_id.startswith("crate::"):
            return None
        found = self.crate_impl_fn(callee.impl_id + "::eq")
        if found is None or self.program.impl_of[found[0]].generics.params:
            return None
        return found

    def compile_Cast(self, e):
        if self.scalar_inline(e.expr):
            code = self.scalar_code(e)
            if code is not None:
                return code
        x = self.compile_expr(e.expr)
        deref_all = self.deref_all
        ty = e.ty
        name = ty.path.segments[-1].ident.name if ty.__class__ is ast.PathType else None
        if name in ops.BITS:
            lo, hi = ops.BOUNDS[name]
            slow = self.cast_int_slow

            def to_int(fr):
                v = x(fr)
                if v.__class__ is int and lo <= v <= hi:
                    return v
                return slow(v, name)
            return to_int

        def other(fr):
            v = x(fr)
            if v.__class__ is Ptr:
                v = deref_all(v)
            if name == "f64":
                return float(v) if not isinstance(v, str) else float(ord(v))
            if name == "f32":
                return F32(ops.f32(float(v)))
            if name == "char":
                return Char(chr(v))
            if name == "bool":
                return bool(v)
            return v
        return other

    def cast_int_slow(self, v, name: str):
        """`v as INT` beyond an in-range int: through references, enum discriminants,
        wrapping and saturating conversions (ops.cast_to_int)."""
        if v.__class__ is Ptr:
            v = self.deref_all(v)
        if v.__class__ is EnumV:
            return ops.wrap(v.variant.discriminant, name)
        return ops.cast_to_int(v, name)

    # ── aggregates ──
    def compile_Tuple(self, e):
        if not e.elems:
            return lambda fr: UNIT
        elems = tuple(self.compile_expr(x) for x in e.elems)
        return lambda fr: TupleV([f(fr) for f in elems])

    def compile_Array(self, e):
        elems = tuple(self.compile_expr(x) for x in e.elems)
        return lambda fr: ArrayV([f(fr) for f in elems])

    def compile_ArrayRepeat(self, e):
        elem = self.compile_expr(e.elem)
        count = self.compile_expr(e.count)
        deref_all = self.deref_all

        def repeat(fr):
            v = elem(fr)
            n = deref_all(count(fr))
            return ArrayV([copy_value(v) for _ in range(n)])
        return repeat

    def compile_StructLit(self, e):
        fields = tuple((f.ident.name, self.compile_expr(f.expr)) for f in e.fields)
        base = self.compile_place(e.base) if e.base is not None else None
        resolve = self.resolve_struct_path  # per run: `Self { .. }` depends on the frame
        path = e.path

        def struct_lit(fr):
            target = resolve(path, e)
            given = {}
            for name, value in fields:
                given[name] = value(fr)
            names = target.field_names
            if base is not None:
                blst, bidx = base(fr)
                b = blst[bidx]
                items = [given[n] if n in given else take(b.items, i) for i, n in enumerate(names)]
            elif target.__class__.__name__ == "VariantDef" or target.union_kinds is None:
                items = [given[n] for n in names]
            if target.__class__.__name__ == "VariantDef":
                return EnumV(target.adt, target, items)
            if target.union_kinds is not None:
                return StructV(target, union_items(target, given))
            return StructV(target, items)
        return struct_lit

    def compile_Try(self, e):
        value = self.compile_expr(e.expr)
        deref_all = self.deref_all
        convert_error = self.convert_error

        def try_(fr):
            v = value(fr)
            v = deref_all(v) if v.__class__ is Ptr else v
            if v.__class__ is not EnumV:
                raise Unsupported("`?` on this type", e.span)
            name = v.variant.name
            if name == "Some" or name == "Ok":
                return v.items[0]
            if name == "None":
                raise ReturnSignal(v)
            raise ReturnSignal(EnumV(v.adt, v.variant, [convert_error(v.items[0], e)]))
        return try_

    def compile_Range(self, e):
        start = self.compile_expr(e.start) if e.start is not None else None
        end = self.compile_expr(e.end) if e.end is not None else None
        inclusive = e.inclusive
        deref_all = self.deref_all

        def rng(fr):
            s = deref_all(start(fr)) if start is not None else None
            t = deref_all(end(fr)) if end is not None else None
            return RangeV(s, t, inclusive)
        return rng

    # ── places read by value ──
    def compile_Field(self, e):
        place = self.compile_place(e)

        def field(fr):
            lst, idx = place(fr)
            return take(lst, idx)
        return field

    def compile_Index(self, e):
        if e.index.__class__ is ast.Range:
            maybe_slice = self.maybe_slice
            return lambda fr: maybe_slice(e, False)
        place = self.compile_place(e)

        def index(fr):
            lst, idx = place(fr)
            v = lst[idx]
            return v if v.__class__ in PLAIN else take(lst, idx)
        return index

    def compile_AddrOf(self, e):
        operand = e.operand
        mutable = e.mutable
        if operand.__class__ is ast.Index and operand.index.__class__ is ast.Range:
            maybe_slice = self.maybe_slice
            return lambda fr: maybe_slice(operand, mutable)
        if not mutable and self.is_promoted(operand):
            value = self.compile_expr(operand)
            return lambda fr: Ptr([value(fr)], 0, False)
        place = self.compile_place(operand)
        deref_str = operand.__class__ is ast.Unary

        def addr(fr):
            lst, idx = place(fr)
            v = lst[idx]
            if v.__class__ is SliceV or (deref_str and v.__class__ is str):
                return v
            return Ptr(lst, idx, mutable)
        return addr

    # ── assignment ──
    def compile_Assign(self, e):
        lhs = e.lhs
        rhs = self.compile_expr(e.rhs)
        if lhs.__class__ in (ast.Tuple, ast.Array, ast.StructLit, ast.Call) or (
                lhs.__class__ is ast.PathExpr and lhs.path.segments[0].ident.name == "_"):
            assign_to = self.assign_to

            def destructure(fr):
                assign_to(lhs, rhs(fr))
                return UNIT
            return destructure
        place = self.compile_place(lhs)
        drop_value = self.drop_value

        def assign(fr):
            value = rhs(fr)
            lst, idx = place(fr)
            old = lst[idx]
            lst[idx] = value
            if old is not MOVED:
                drop_value(old)
            return UNIT
        return assign

    def compile_CompoundAssign(self, e):
        op = e.op
        rhs = self.compile_expr(e.rhs)
        place = self.compile_place(e.lhs)
        known, ty = self.static_int_ty(e)
        int_ty = self.int_ty
        span = e.span
        fast = _FAST.get(op) if known and ty is not None else None
        if fast is not None:
            lo, hi = ops.BOUNDS[ty]
            msg = ops.OVERFLOW_MSG[op]
        int_binop = ops.int_binop
        slow = self.compound_assign_slow

        def apply(fr, r):  # after the right-hand side, as rustc orders it
            lst, idx = place(fr)
            cur = lst[idx]
            while cur.__class__ is Ptr:  # `*r += 1` through auto-deref of a place holding &mut
                lst, idx = cur.lst, cur.idx
                cur = lst[idx]
            if cur.__class__ is int and r.__class__ is int:
                if fast is not None:
                    v = fast(cur, r)
                    if not (lo <= v <= hi):
                        raise RustPanic(msg, span)
                    lst[idx] = v
                else:
                    lst[idx] = int_binop(op, cur, r, ty if known else int_ty(e), span)
                return UNIT
            return slow(e, op, lst, idx, cur, r)
        code = self.scalar_compound_code(e, apply)  # `x += <scalar tree>` as one function
        if code is not None:
            return code
        return lambda fr: apply(fr, rhs(fr))

    def compound_assign_slow(self, e, op, lst, idx, cur, rhs):
        """`lhs op= rhs` on floats, Strings and user `OpAssign` impls (eval_CompoundAssign)."""
        if cur.__class__ in _NUMERIC:
            lst[idx] = self.arith(op, cur, rhs, e)
            return UNIT
        if cur.__class__ is RString and op == "+":
            cur.append(self.text_of(rhs))
            return UNIT
        key = self.type_key(cur)
        m = self.program.method(key, _OP_TRAIT[op] + "_assign")
        if m is not None:
            if (key, m.fn.ident.name) in self.program.ambiguous:
                m = self.chosen_impl(e, m)
            self.call_fn(m.fn, [rhs], m.owner, Ptr(lst, idx, True))
            return UNIT
        lst[idx] = self.call_operator(cur, _OP_TRAIT[op], [rhs], e)
        return UNIT
