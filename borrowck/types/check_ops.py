"""Operators: unary (`-`, `!`, `*`), binary, assignment, compound assignment, indexing.

Builtin operators on scalars are typed directly, as rustc does (`enforce_builtin_binop_types`):
both sides of arithmetic on integers/floats unify and the result is the left type;
comparisons give `bool`; shifts keep the left type. Otherwise the operator trait is looked
up (`lhs: Add<rhs>`): a callee is recorded, and a failure is E0277 "cannot add `B` to `A`"
when the left type implements the trait for some right-hand type, else E0369.
"""
from __future__ import annotations

from ..syntax import ast
from ..diagnostics import registry
from . import ty as T
from .autoderef import autoderef_steps, deref_once
from .check_expr import check_expr, check_expr_coerce
from .coercion import coerce
from .generic_subst import fresh_substs
from .trait_solver import NO, Selection
from .typed_crate import Adjustment, Callee, Res

ARITH = {"+": ("add", "Add", "add"), "-": ("sub", "Sub", "subtract"), "*": ("mul", "Mul", "multiply"),
         "/": ("div", "Div", "divide"), "%": ("rem", "Rem", "calculate the remainder of"),
         "&": ("bitand", "BitAnd", "no implementation for `&`"), "|": ("bitor", "BitOr", ""),
         "^": ("bitxor", "BitXor", ""), "<<": ("shl", "Shl", ""), ">>": ("shr", "Shr", "")}
COMPARE = {"==": ("eq", "PartialEq"), "!=": ("ne", "PartialEq"), "<": ("lt", "PartialOrd"),
           "<=": ("le", "PartialOrd"), ">": ("gt", "PartialOrd"), ">=": ("ge", "PartialOrd")}
TRAIT_PATH = {"Add": "std::ops::Add", "Sub": "std::ops::Sub", "Mul": "std::ops::Mul",
              "Div": "std::ops::Div", "Rem": "std::ops::Rem", "BitAnd": "std::ops::BitAnd",
              "BitOr": "std::ops::BitOr", "BitXor": "std::ops::BitXor", "Shl": "std::ops::Shl",
              "Shr": "std::ops::Shr", "PartialEq": "std::cmp::PartialEq",
              "PartialOrd": "std::cmp::PartialOrd", "Neg": "std::ops::Neg", "Not": "std::ops::Not"}
_PREP = {"add": "to", "subtract": "from", "multiply": "by", "divide": "by",
         "calculate the remainder of": "divided by"}


def _is_int(fcx, t) -> bool:
    t = fcx.shallow(t)
    return type(t) is T.Int or (type(t) is T.Infer and t.kind == "int")


def _is_float(fcx, t) -> bool:
    t = fcx.shallow(t)
    return type(t) is T.Float or (type(t) is T.Infer and t.kind == "float")


def _is_scalar(fcx, t) -> bool:
    t = fcx.shallow(t)
    return _is_int(fcx, t) or _is_float(fcx, t) or type(t) in (T.Bool, T.Char)


# ───────────────────────────── unary ─────────────────────────────


def check_unary(fcx, e: ast.Unary, expected) -> T.Ty:
    if e.op == "*":
        t = fcx.structurally_resolve(check_expr(fcx, e.operand, None))
        if type(t) is T.Error:
            return T.ERROR
        if type(t) is T.Ptr:
            fcx.unsupported(e.span, "dereferencing raw pointers")
            return T.ERROR
        step = deref_once(fcx, t)
        if step is None:
            if type(t) is T.Infer:
                fcx.error("E0282.tc_annotations_needed", e.operand.span)
                return T.ERROR
            fcx.error("E0614.tc_cannot_dereferenced", e.span,
                      registry.text("E0614.tc_can_t_dereferenced.label"), t_ty=fcx.show(t))
            return T.ERROR
        target, kind = step
        if kind == "overloaded_deref":
            fcx.callees[e] = Callee("std::ops::Deref::deref", None, (t,),
                                    (T.Ref(T.ERASED, False, t),), T.Ref(T.ERASED, False, target))
        return target
    hint = expected if e.op == "-" and expected is not None and _is_scalar(fcx, expected) else None
    t = fcx.structurally_resolve(check_expr(fcx, e.operand, hint))
    if type(t) is T.Error:
        return T.ERROR
    if e.op == "-":
        if type(t) is T.Int and not t.signed:
            fcx.error("E0600.tc_cannot_apply_unary2", e.span,
                      registry.text("E0600.tc_cannot_apply_unary.label2"), name=t.name)
            return t
        if type(t) is T.Infer:
            # a literal whose type is decided later: it must turn out signed (E0277 otherwise)
            fcx.register_bound(TRAIT_PATH["Neg"], t, (), e.span, "neg")
        if _is_int(fcx, t) or _is_float(fcx, t):
            return t
        return _overloaded_unary(fcx, e, t, "Neg", "neg")
    if e.op == "!":
        if _is_int(fcx, t) or type(t) is T.Bool:
            return t
        return _overloaded_unary(fcx, e, t, "Not", "not")
    fcx.unsupported(e.span, f"unary operator `{e.op}`")
    return T.ERROR


def _overloaded_unary(fcx, e, t, trait, method) -> T.Ty:
    tid = TRAIT_PATH[trait]
    if fcx.solver.evaluate(tid, t, ()) == NO:
        fcx.error("E0600.tc_cannot_apply_unary", e.span,
                  registry.text("E0600.tc_cannot_apply_unary.label", op=e.op), op=e.op, t_ty=fcx.show(t))
        return T.ERROR
    fcx.register_bound(tid, t, (), e.span, "unop")
    out = fcx.normalize(T.Alias(tid, "Output", t, ()), e.span)
    fcx.callees[e] = Callee(f"{tid}::{method}", None, (t,), (t,), out)
    return out


# ───────────────────────────── binary ─────────────────────────────


def check_binary(fcx, e: ast.Binary, expected) -> T.Ty:
    op = e.op
    if op in ("&&", "||"):
        check_expr_coerce(fcx, e.lhs, T.BOOL)
        check_expr_coerce(fcx, e.rhs, T.BOOL)
        return T.BOOL
    lt = fcx.structurally_resolve(check_expr(fcx, e.lhs, None))
    if op in COMPARE:
        return _check_compare(fcx, e, lt)
    return _check_arith(fcx, e, lt, expected)


def _check_arith(fcx, e, lt, expected) -> T.Ty:
    op = e.op
    lhs_scalar = _is_int(fcx, lt) or _is_float(fcx, lt) or (type(lt) is T.Bool and op in "&|^")
    if not lhs_scalar and type(lt) not in (T.Ref, T.Error, T.Infer):
        return _rhs_from_impl(fcx, e, lt)
    rt = fcx.structurally_resolve(check_expr(fcx, e.rhs, lt if lhs_scalar and op not in ("<<", ">>") else None))
    if type(lt) is T.Error or type(rt) is T.Error:
        return T.ERROR
    if op in ("<<", ">>") and _is_int(fcx, lt) and _is_int(fcx, rt):
        return lt
    if lhs_scalar:
        r = fcx.shallow(rt)
        # `u64 + &u64` (std has impls for references of primitives)
        if type(r) is T.Ref and _is_scalar(fcx, r.inner):
            r = fcx.shallow(r.inner)
        if (_is_int(fcx, lt) and _is_int(fcx, r)) or (_is_float(fcx, lt) and _is_float(fcx, r)) \
                or (type(lt) is T.Bool and type(r) is T.Bool):
            if fcx.unify(lt, r):
                return lt
            # rustc demands equal operand types (E0308 at the rhs) and reports the trait too
            fcx.mismatch(e.rhs.span, lt, rt)
    if type(lt) is T.Ref and _is_scalar(fcx, lt.inner) and _is_scalar(fcx, rt if type(rt) is not T.Ref else rt.inner):
        inner_r = rt.inner if type(rt) is T.Ref else rt
        if fcx.unify(lt.inner, inner_r):
            return fcx.shallow(lt.inner)
    name, trait, verb = ARITH[op]
    return _overloaded_binop(fcx, e, lt, rt, TRAIT_PATH[trait], name, verb)


def _rhs_from_impl(fcx, e, lt) -> T.Ty:
    """`a + b` on a non-scalar: as rustc, look for `A: Add<?R>` first; when one impl fits,
    `b` is a coercion site for its `Rhs` (`String + String` is E0308 at `b`)."""
    name, trait, verb = ARITH[e.op]
    tid = TRAIT_PATH[trait]
    rvar = fcx.new_var(e.rhs.span)
    snap = fcx.icx.snapshot()
    sel = fcx.solver.select(tid, lt, (rvar,))
    if isinstance(sel, Selection) and type(fcx.shallow(rvar)) is not T.Infer:
        fcx.icx.commit(snap)
        target = fcx.resolve(rvar)
        rt = check_expr(fcx, e.rhs, target)
        if not coerce(fcx, e.rhs, rt, target):
            fcx.mismatch(e.rhs.span, target, rt)
            return T.ERROR
        return _overloaded_binop(fcx, e, lt, target, tid, name, verb)
    fcx.icx.rollback_to(snap)
    rt = fcx.structurally_resolve(check_expr(fcx, e.rhs, None))
    if type(rt) is T.Error:
        return T.ERROR
    return _overloaded_binop(fcx, e, lt, rt, tid, name, verb)


def _overloaded_binop(fcx, e, lt, rt, tid, method, verb) -> T.Ty:
    solver = fcx.solver
    r = solver.evaluate(tid, lt, (rt,))
    if r == NO:
        _report_binop(fcx, e, lt, rt, tid, verb)
        return T.ERROR
    fcx.register_bound(tid, lt, (rt,), e.op_span, "binop", e.op)
    out = fcx.normalize(T.Alias(tid, "Output", lt, (rt,)), e.op_span)
    fcx.callees[e] = Callee(f"{tid}::{method}", None, (lt, rt), (lt, rt), out)
    return out


def _report_binop(fcx, e, lt, rt, tid, verb) -> None:
    """E0277 when lhs implements the trait for some other rhs, else E0369."""
    has_any = any(_impl_self_may_match(fcx, impl, lt) for impl in fcx.items.trait_impls(tid))
    if has_any and verb in _PREP:
        fcx.error("E0277.tc_cannot", e.op_span,
                  registry.text("E0277.tc_no_implementation.label", rt_ty=fcx.show(rt), lt_ty=fcx.show(lt),
                                op=e.op),
                  verb=verb, rt_ty=fcx.show(rt), prep=_PREP[verb], lt_ty=fcx.show(lt))
        return
    if has_any:
        fcx.error("E0277.tc_no_implementation", e.op_span, lt_ty=fcx.show(lt), op=e.op, rt_ty=fcx.show(rt))
        return
    from .trait_errors import report_binop

    report_binop(fcx, e, lt, rt, tid)


def _impl_self_may_match(fcx, impl, t) -> bool:
    from .type_fold import subst
    from .unify import can_unify

    snap = fcx.icx.snapshot()
    try:
        substs = fresh_substs(fcx.icx, fcx.items, impl.def_id)
        return can_unify(fcx.icx, subst(impl.trait_ref.self_ty, substs), t)
    finally:
        fcx.icx.rollback_to(snap)


def _several_impls(fcx, tid, lt) -> bool:
    return sum(1 for impl in fcx.items.trait_impls(tid) if _impl_self_may_match(fcx, impl, lt)) > 1


def _check_compare(fcx, e, lt) -> T.Ty:
    name, trait = COMPARE[e.op]
    tid = TRAIT_PATH[trait]
    if _is_scalar(fcx, lt):
        rt = check_expr(fcx, e.rhs, lt)
        if not coerce(fcx, e.rhs, rt, lt):
            fcx.mismatch(e.rhs.span, lt, rt)
        return T.BOOL
    rt = fcx.structurally_resolve(check_expr(fcx, e.rhs, lt))
    if type(lt) is T.Error or type(rt) is T.Error:
        return T.BOOL
    r = fcx.solver.evaluate(tid, lt, (rt,))
    if r == NO and _several_impls(fcx, tid, lt):
        # rustc's `lhs: PartialEq<$R>` picks no Rhs when several impls may apply, so the rhs is
        # not coerced: E0277 "can't compare" (`[1, 2] == vec![..]`, `&v == [1, 2]`)
        fcx.register_bound(tid, lt, (rt,), e.op_span, "binop", e.op)
        return T.BOOL
    if r == NO:
        # rustc first tries `rhs` coerced to the lhs type
        from .unify import can_unify

        if can_unify(fcx.icx, lt, rt) or fcx.solver.evaluate(tid, lt, (lt,)) == NO:
            if fcx.solver.evaluate(tid, lt, (lt,)) == NO:
                from .trait_errors import report_binop

                report_binop(fcx, e, lt, rt, tid)
                return T.BOOL
        fcx.mismatch(e.rhs.span, lt, rt)
        return T.BOOL
    fcx.register_bound(tid, lt, (rt,), e.op_span, "binop", e.op)
    ref_l, ref_r = T.Ref(T.ERASED, False, lt), T.Ref(T.ERASED, False, rt)
    fcx.callees[e] = Callee(f"{tid}::{name}", None, (lt, rt), (ref_l, ref_r), T.BOOL)
    return T.BOOL


# ───────────────────────────── assignment ─────────────────────────────


def check_assign(fcx, e: ast.Assign, expected) -> T.Ty:
    lhs = e.lhs
    while isinstance(lhs, ast.Paren):
        lhs = lhs.expr
    if isinstance(lhs, (ast.Tuple, ast.Array, ast.StructLit)) or _is_underscore(lhs) or _is_ctor_call(fcx, lhs):
        # destructuring assignment: the left side is a pattern of places (and `_`)
        check_expr_coerce(fcx, e.rhs, _assignee(fcx, lhs, e))
        return T.UNIT
    lt = _check_place(fcx, e.lhs, e)
    check_expr_coerce(fcx, e.rhs, lt)
    return T.UNIT


def _assignee(fcx, x, assign) -> T.Ty:
    while isinstance(x, ast.Paren):
        x = x.expr
    if _is_underscore(x):
        return fcx.new_var(x)
    if isinstance(x, ast.Tuple):
        t = T.Tuple(tuple(_assignee(fcx, y, assign) for y in x.elems))
    elif isinstance(x, ast.Array):
        elem = fcx.new_var(x)
        for y in x.elems:
            got = _assignee(fcx, y, assign)
            if not fcx.unify(elem, got):
                fcx.mismatch(y.span, elem, got)
        t = T.Array(elem, len(x.elems))
    elif isinstance(x, ast.StructLit):
        t = _struct_assignee(fcx, x, assign)
    elif _is_ctor_call(fcx, x):
        t = _tuple_struct_assignee(fcx, x, assign)
    else:
        return _check_place(fcx, x, assign)
    fcx.expr_types[x] = t
    return t


def _is_ctor_call(fcx, x) -> bool:
    """`S(a, b)` whose callee names a tuple struct (an assignee, not a call)."""
    if not isinstance(x, ast.Call) or not isinstance(x.func, ast.PathExpr):
        return False
    b = _ctor_binding(fcx, x)
    return b is not None and (b.kind == "variant" or (b.kind in ("ctor", "struct") and b.target in fcx.items.adts))


def _ctor_binding(fcx, x: ast.Call):
    return getattr(fcx.items.resolve_path(x.func.path, fcx.scope, "value"), "binding", None)


def _struct_assignee(fcx, x: ast.StructLit, assign) -> T.Ty:
    """`S { f: place, .. } = rhs`: each field's type meets its place's."""
    from .check_place import _resolve_struct_path, field_of

    r = _resolve_struct_path(fcx, x, x.path)
    if r is None:
        return T.ERROR
    adt, variant, args = r
    if adt.kind != "struct" or x.base is not None:
        fcx.unsupported(x.span, "destructuring assignment of an enum variant or with `..`")  # E0005 / `..`
        return T.ERROR
    t = T.Adt(adt.def_id, args)
    fcx.tables.resolutions[x] = fcx.tables.resolutions[x.path] = Res("struct", adt.def_id)
    for fi in x.fields:
        ft = field_of(fcx, t, fi.ident.name)
        if ft is None:
            what = f"struct `{adt.name}`"
            fcx.error("E0026.tc_does_not_have", fi.ident.span,
                      registry.text("E0026.tc_does_not_have.label", what=what), what=what, name=fi.ident.name)
            _assignee(fcx, fi.expr, assign)
            continue
        got = _assignee(fcx, fi.expr, assign)
        if not fcx.unify(ft, got):
            fcx.mismatch(fi.expr.span, got, ft)
    given = {fi.ident.name for fi in x.fields}
    missing = [f.name for f in adt.fields if f.name not in given]
    if missing and all(field_of(fcx, t, fi.ident.name) is not None for fi in x.fields):
        names = ", ".join(f"`{n}`" for n in missing)
        d = fcx.error("E0027.tc_pattern_does_not", x.span, word='s' if len(missing) > 1 else '', names=names)
        from .pattern_errors import missing_fields

        missing_fields(fcx, d, x.span, x.fields[-1].span if x.fields else None, missing)
    return t


def _tuple_struct_assignee(fcx, x: ast.Call, assign) -> T.Ty:
    """`S(place, place) = rhs`: the constructor's parameters are the places' types."""
    from .check_place import field_of

    if _ctor_binding(fcx, x).kind == "variant":  # refutable (rustc: E0005)
        fcx.unsupported(x.span, "destructuring assignment of an enum variant")
        return T.ERROR
    ctor = fcx.shallow(check_expr(fcx, x.func, None))
    sig = fcx.solver.fn_like_sig(ctor)
    if sig is None:
        fcx.unsupported(x.span, "this destructuring assignment")
        return T.ERROR
    if len(sig[0]) != len(x.args):
        n, count = len(x.args), len(sig[0])
        d = fcx.error("E0023.tc_pattern_has_field", x.args[0].span.to(x.args[-1].span) if x.args else x.span,
                      registry.text("E0023.tc_expected_field.label", n_pats=n, count=count,
                                    word2='s' if count != 1 else ''),
                      n_pats=n, word='s' if n != 1 else '', what="tuple struct", count=count,
                      word2='s' if count != 1 else '')
        from .pattern_errors import arity_labels

        arity_labels(fcx, d, x.args, x.span, fcx.items.adts.get(_ctor_binding(fcx, x).target), None,
                     "tuple struct")
        for a in x.args:
            _assignee(fcx, a, assign)
        return T.ERROR
    t = fcx.shallow(sig[1])
    for i, a in enumerate(x.args):
        ft = field_of(fcx, t, str(i)) or sig[0][i]
        got = _assignee(fcx, a, assign)
        if not fcx.unify(ft, got):
            fcx.mismatch(a.span, got, ft)
    return t


def _is_underscore(x) -> bool:
    return isinstance(x, ast.PathExpr) and len(x.path.segments) == 1 and x.path.segments[0].ident.name == "_"


def _check_place(fcx, x, assign) -> T.Ty:
    t = check_expr(fcx, x, None)
    if not _is_place(fcx, x):
        fcx.error("E0070.tc_invalid_left_hand", assign.op_span,
                  registry.text("E0070.tc_cannot_assign_expression.label")).label(x.span,
                  "cannot assign to this expression")
    return t


def _is_place(fcx, x) -> bool:
    while isinstance(x, ast.Paren):
        x = x.expr
    if isinstance(x, ast.PathExpr):
        res = fcx.tables.resolutions.get(x)
        return res is None or res.kind in ("local", "static")
    if isinstance(x, ast.Field):
        return True
    if isinstance(x, ast.Index):
        return True
    if isinstance(x, ast.Unary) and x.op == "*":
        return True
    return False


def check_compound_assign(fcx, e: ast.CompoundAssign, expected) -> T.Ty:
    lt = fcx.structurally_resolve(check_expr(fcx, e.lhs, None))
    if not _is_place(fcx, e.lhs):
        fcx.error("E0067.tc_invalid_left_hand", e.op_span,
                  registry.text("E0067.tc_cannot_assign_expression.label"))
    scalar = _is_int(fcx, lt) or _is_float(fcx, lt) or type(lt) is T.Bool
    rt = fcx.structurally_resolve(check_expr(fcx, e.rhs, lt if scalar and e.op not in ("<<", ">>") else None))
    if type(lt) is T.Error or type(rt) is T.Error:
        return T.UNIT
    if scalar:
        r = rt.inner if type(rt) is T.Ref else rt
        if e.op in ("<<", ">>") and _is_int(fcx, r):
            return T.UNIT
        if (_is_int(fcx, lt) and _is_int(fcx, r)) or (_is_float(fcx, lt) and _is_float(fcx, r)) \
                or (type(lt) is T.Bool and type(fcx.shallow(r)) is T.Bool):
            if fcx.unify(lt, r):
                return T.UNIT
    name, trait, verb = ARITH[e.op]
    tid = TRAIT_PATH[trait] + "Assign"
    if fcx.solver.evaluate(tid, lt, (rt,)) == NO:
        has_any = any(_impl_self_may_match(fcx, impl, lt) for impl in fcx.items.trait_impls(tid))
        if has_any:
            fcx.error("E0277.tc_cannot_assign", e.op_span, verb=verb, rt_ty=fcx.show(rt),
                      prep=_PREP.get(verb, 'to'), lt_ty=fcx.show(lt))
        else:
            d = fcx.error("E0368.tc_binary_assignment_operation", e.op_span, op=e.op, lt_ty=fcx.show(lt))
            d.label(e.lhs.span, f"cannot use `{e.op}=` on type `{fcx.show(lt)}`")
        return T.UNIT
    fcx.register_bound(tid, lt, (rt,), e.op_span, "binop", e.op + "=")
    fcx.callees[e] = Callee(f"{tid}::{name}_assign", None, (lt, rt), (T.Ref(T.ERASED, True, lt), rt), T.UNIT)
    return T.UNIT


# ───────────────────────────── indexing ─────────────────────────────

INDEX = "std::ops::Index"
_RANGES = {"std::ops::Range", "std::ops::RangeInclusive", "std::ops::RangeFrom", "std::ops::RangeTo",
           "std::ops::RangeToInclusive", "std::ops::RangeFull"}


def check_index(fcx, e: ast.Index, expected) -> T.Ty:
    bt = check_expr(fcx, e.base, None)
    it = fcx.structurally_resolve(check_expr(fcx, e.index, None))
    steps = autoderef_steps(fcx, bt)
    last = fcx.shallow(steps[-1][0])
    if type(last) is T.Array:
        steps.append((T.Slice(last.elem), "unsize"))
    if type(fcx.shallow(steps[0][0])) is T.Error or type(it) is T.Error:
        return T.ERROR
    for i, (t, _k) in enumerate(steps):
        t = fcx.shallow(t)
        builtin = _builtin_index(fcx, t, it)
        if builtin is not None:
            _record_steps(fcx, e.base, steps, i)
            return builtin
        if type(t) in (T.Slice, T.Array, T.Str):
            continue
        if type(t) is T.Infer:
            break
        if fcx.solver.evaluate(INDEX, t, (it,)) != NO and _has_index_impl(fcx, t):
            _record_steps(fcx, e.base, steps, i)
            fcx.register_bound(INDEX, t, (it,), e.index.span, "index")
            out = fcx.normalize(T.Alias(INDEX, "Output", t, (it,)), e.span)
            fcx.callees[e] = Callee("std::ops::Index::index", None, (t, it),
                                    (T.Ref(T.ERASED, False, t), it), T.Ref(T.ERASED, False, out))
            return out
    # nothing indexes: E0277 for slices/str/Vec/String with a wrong index type, else E0608
    for t, _k in steps:
        t = fcx.shallow(t)
        if type(t) in (T.Slice, T.Str) or _has_index_impl(fcx, t):
            shown = fcx.show(t)
            if type(t) is T.Adt and _has_index_impl(fcx, t):
                inner = _slice_like_target(fcx, steps)
                shown = fcx.show(inner) if inner is not None else shown
            label = registry.text("E0277.tc_slice_index.label" if type(t) is not T.Str
                                  else "E0277.tc_str_index.label")
            fcx.error("E0277.tc_cannot_indexed_by", e.index.span, label, shown=shown, it_ty=fcx.show(it))
            return T.ERROR
    if type(last) is T.Infer:
        fcx.error("E0282.tc_annotations_needed", e.base.span)
        return T.ERROR
    fcx.error("E0608.tc_cannot_index_into", type(e.span)(e.base.span.hi, e.span.hi), bt_ty=fcx.show(bt))
    return T.ERROR


def _slice_like_target(fcx, steps):
    for t, _k in steps:
        t = fcx.shallow(t)
        if type(t) in (T.Slice, T.Str):
            return t
    return None


def _has_index_impl(fcx, t) -> bool:
    from .items import head_key

    if type(t) is not T.Adt:
        return False
    return any(head_key(impl.trait_ref.self_ty) == t.def_id for impl in fcx.items.trait_impls(INDEX))


def _builtin_index(fcx, t, it):
    """Element type for `[T]`/`[T; N]` indexed by usize (or a usize range), `str` by ranges."""
    it = fcx.shallow(it)
    if type(t) in (T.Slice, T.Array):
        if _is_int(fcx, it):
            if fcx.unify(it, T.USIZE):
                return t.elem
            return None
        if type(it) is T.Adt and it.def_id in _RANGES:
            if all(fcx.unify(a, T.USIZE) for a in it.args if not isinstance(a, T.Region)):
                return T.Slice(t.elem)
        return None
    if type(t) is T.Str and type(it) is T.Adt and it.def_id in _RANGES:
        if all(fcx.unify(a, T.USIZE) for a in it.args if not isinstance(a, T.Region)):
            return T.STR
    return None


def _record_steps(fcx, base, steps, i) -> None:
    if i == 0:
        return
    adjs = []
    for st, k in steps[1:i + 1]:
        adjs.append(Adjustment(k, False, st))
    fcx.adjustments[base] = tuple(fcx.adjustments.get(base, ())) + tuple(adjs)
