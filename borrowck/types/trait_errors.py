"""E0277 (and related) reports for obligations that do not hold, in rustc's words.

The message depends on the trait (Send/Sync name the innermost failing type: `Rc<..>`
cannot be sent between threads safely), and on the cause (formatting, operators,
`?` conversions, `collect`/`sum`); the primary span is the obligation's span (the
argument that introduced it, e.g. the closure passed to `thread::spawn`).
"""
from __future__ import annotations

from ..diagnostics import registry
from . import ty as T
from ..source.span import Span
from .mismatch_origin import label_merge, label_origin
from .mismatch_suggestions import suggest_fixes
from .obligation_cause import Leaf, add_chain_notes, call_label, closure_head, closure_name, failing_leaves, within
from ..diagnostics.diagnostic import Label, SubDiagnostic
from .ty_display import erase_for_display, expected_found_note, mismatch_label, short_name, ty_str

SEND = "std::marker::Send"
SYNC = "std::marker::Sync"
DISPLAY = "std::fmt::Display"
DEBUG = "std::fmt::Debug"


def report_unsatisfied(fcx, pred, ob) -> None:
    tr = pred.trait_ref
    self_ty = fcx.resolve(tr.self_ty)
    if type(self_ty) is T.Error or any(type(a) is T.Error for a in map(fcx.resolve, _tys(tr.args))):
        fcx.has_errors = True
        return
    tid = tr.trait_id
    failure = fcx.solver.last_failure
    if failure is not None and failure.reason == "not_general" and type(self_ty) is T.Closure \
            and type(failure.self_ty) is T.Closure and failure.self_ty.def_id == self_ty.def_id:
        from .check_closure import report_not_general
        report_not_general(fcx, pred, ob)
        return
    shown = ty_str(self_ty)
    # one report per failing predicate and span: an operator's bound and the normalization
    # of its `Output` fail together once fallback decides the operand types
    key = ("unsatisfied", ob.span, tid, shown, tuple(ty_str(fcx.resolve(a)) for a in _tys(tr.args)))
    if key in fcx.reported_vars:
        fcx.has_errors = True
        return
    fcx.reported_vars.add(key)
    if tid in (SEND, SYNC):
        _report_thread_safety(fcx, tid, self_ty, ob)
        return
    if tid in (DISPLAY, DEBUG) or (ob.cause == "fmt" and isinstance(ob.data, tuple)):
        _report_bound(fcx, tid, self_ty, tr.args, ob)
        return
    from .check_ops import _PREP as PREP, ARITH

    if ob.cause == "binop" and ob.data in ARITH and ARITH[ob.data][2] in PREP and tr.args:
        verb = ARITH[ob.data][2]
        rt = ty_str(fcx.resolve(tr.args[0]))
        fcx.error("E0277.tc_cannot", ob.span,
                  registry.text("E0277.tc_no_implementation.label", rt_ty=rt, lt_ty=shown, op=ob.data),
                  verb=verb, rt_ty=rt, prep=PREP[verb], lt_ty=shown)
        return
    if ob.cause == "binop" and tid == "std::cmp::PartialEq":
        other = ty_str(fcx.resolve(tr.args[0])) if tr.args else shown
        fcx.error("E0277.tc_can_t_compare", ob.span,
                  registry.text("E0277.tc_no_implementation.label2", shown=shown, other=other), shown=shown,
                  other=other)
        return
    if ob.cause == "try_from":
        fcx.error("E0277.tc_couldn_t_convert", ob.span,
                  registry.text("E0277.tc_trait_from_not.label", shown=shown,
                                data=ty_str(fcx.resolve(ob.data))),
                  shown=shown)
        return
    if tid == "std::iter::FromIterator" and tr.args:
        fcx.error("E0277.tc_value_cannot_built", ob.span, shown=shown, args=ty_str(fcx.resolve(tr.args[0])))
        return
    if tid == "std::iter::Sum" and tr.args:
        fcx.error("E0277.tc_value_cannot_made", ob.span, shown=shown, args=ty_str(fcx.resolve(tr.args[0])))
        return
    if tid == "std::marker::Copy" and ob.cause == "repeat":
        fcx.error("E0277.tc_trait_bound_copy", ob.span, shown=shown)
        return
    if tid in ("std::ops::Fn", "std::ops::FnMut", "std::ops::FnOnce"):
        fcx.error("E0277.tc_expected_closure", ob.span, trait=short_name(tid), shown=shown)
        return
    if tid == "std::marker::Sized":
        fcx.error("E0277.tc_size_values_cannot", ob.span, registry.text("E0277.tc_doesn_t_have.label"),
                  shown=shown).help(f"the trait `Sized` is not implemented for `{shown}`")
        return
    _report_bound(fcx, tid, self_ty, tr.args, ob)


def _report_bound(fcx, tid, self_ty, args, ob) -> None:
    """`the trait bound `X: Tr` is not satisfied` (Display/Debug: `X` doesn't implement ..),
    as rustc's report_selection_error words it: the label (a custom one in format strings),
    the explanation as a help (at a local type's definition when no derive can fix it), the
    trait's on_unimplemented notes, a derive suggestion, then the cause chain."""
    show = shower(fcx)
    shown = show(self_ty)
    targs = _tys(args)
    trait = short_name(tid) + ("<" + ", ".join(show(a) for a in targs) + ">" if targs else "")
    fmt = ob.data if ob.cause == "fmt" and isinstance(ob.data, tuple) else None
    if tid in (DISPLAY, DEBUG):
        d = fcx.error("E0277.tc_doesn_t_implement", ob.span, None, shown=shown, trait=short_name(tid))
    else:
        d = fcx.error("E0277.tc_trait_bound_not", ob.span, None, shown=shown, trait=short_name(tid),
                      args=trait[len(short_name(tid)):])
    label = None
    if fmt is not None and tid == DISPLAY:
        label = f"`{shown}` cannot be formatted with the default formatter"
    elif fmt is not None and tid == DEBUG:
        label = f"`{shown}` cannot be formatted using `{{:?}}` because it doesn't implement `Debug`"
    explanation = f"the trait `{trait}` is not implemented for `{shown}`"
    derive = _derivable(fcx, tid, self_ty, args)
    def_span = local_adt_span(fcx, self_ty) if not derive else None
    primary = d.labels[0]
    if label is not None:
        primary.message = label
        if type(self_ty) is not T.Param:
            d.help(explanation, def_span)
    elif len(explanation) > _DIAGNOSTIC_WIDTH or def_span is not None:
        primary.message = "unsatisfied trait bound"
        d.help(explanation, def_span)
    else:
        primary.message = explanation
    if fmt is not None and fmt[1] is not None and fmt[1] != ob.span:
        d.label(fmt[1], "required by this formatting parameter")
    call_label(d, ob)
    if fmt is not None and tid == DISPLAY:
        d.note("in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead")
    if tid == DEBUG and local_adt_span(fcx, self_ty) is not None:
        d.note(f"add `#[derive(Debug)]` to `{shown}` or manually `impl Debug for {shown}`")
    if derive:
        adt_span = local_adt_span(fcx, self_ty)
        d.help(f"consider annotating `{shown}` with `#[derive({short_name(tid)})]`", adt_span.shrink_to_lo(),
               f"#[derive({short_name(tid)})]\n", "MaybeIncorrect")
    if fmt is not None and len(fmt) > 2:
        _format_ref_notes(fcx, d, tid, fmt[2], show)
    add_chain_notes(fcx, d, Leaf(tid, self_ty, ()), ob, show)


_DIAGNOSTIC_WIDTH = 140  # rustc's default `--diagnostic-width`
# traits `#[derive]` provides (rustc's can_suggest_derive)
_DERIVABLE = frozenset({"std::clone::Clone", "std::marker::Copy", DEBUG, "std::default::Default",
                        "std::cmp::Eq", "std::cmp::Ord", "std::cmp::PartialEq", "std::cmp::PartialOrd",
                        "std::hash::Hash"})


def _derivable(fcx, tid, self_ty, args) -> bool:
    """Would `#[derive(Tr)]` on the local type make `self_ty: Tr` hold (every field has it)?"""
    if tid not in _DERIVABLE or type(self_ty) is not T.Adt:
        return False
    adt = fcx.items.adts.get(self_ty.def_id)
    if adt is None or adt.is_std:
        return False
    if tid == "std::default::Default" and adt.kind == "enum":
        return False
    targs = _tys(args)
    if tid in ("std::cmp::PartialEq", "std::cmp::PartialOrd") and targs and fcx.resolve(targs[0]) != self_ty:
        return False
    from .trait_solver import NO, _adt_substs
    from .type_fold import subst

    m = _adt_substs(fcx.items, self_ty)
    fields = list(adt.fields) + [f for v in adt.variants for f in v.fields]
    def holds(ft) -> bool:
        rhs = (ft,) if tid in ("std::cmp::PartialEq", "std::cmp::PartialOrd") else ()
        return fcx.solver.evaluate(tid, ft, rhs) != NO

    return all(holds(subst(f.ty, m)) for f in fields)


def local_adt_span(fcx, t):
    """rustc's def span of a local struct/enum: `struct Seat<T>` (visibility to generics)."""
    if type(t) is not T.Adt:
        return None
    adt = fcx.items.adts.get(t.def_id)
    node = getattr(adt, "node", None) if adt is not None and not adt.is_std else None
    ident = getattr(node, "ident", None)
    if ident is None:
        return None
    hi = ident.span.hi
    generics = getattr(node, "generics", None)
    if generics is not None and getattr(generics, "params", None) and generics.span.hi > hi:
        hi = generics.span.hi
    return Span(node.span.lo, hi)


def _format_ref_notes(fcx, d, tid, arg_ty, show) -> None:
    """A format argument of type `&&S` reaches `S: Display` through `impl Display for &T`:
    rustc's ImplDerived notes, repeats of the same trait hidden."""
    refs = []
    t = fcx.resolve(arg_ty)
    while type(t) is T.Ref:
        refs.append(t)
        t = fcx.resolve(t.inner)
    if not refs:
        return
    d.note(f"required for `{show(refs[-1])}` to implement `{short_name(tid)}`")
    if len(refs) > 1:
        n = len(refs) - 1
        d.note(f"{n} redundant requirement{'s' if n > 1 else ''} hidden")
        d.note(f"required for `{show(refs[0])}` to implement `{short_name(tid)}`")


def mismatch_error(fcx, key: str, span, expected, found):
    """E0308 (and the `if`/`match` variants) with rustc's "expected X, found Y" label and,
    when a type is not simple text, its `expected type ..` / `found enum ..` note."""
    name = closure_name(fcx)
    d = fcx.error(key, span, mismatch_label(expected, found, name))
    note = expected_found_note(expected, found, name, fcx.items.adts)
    if note is not None:
        d.note(note)
    if type(expected) is T.Closure and type(found) is T.Closure:
        d.note("no two closures, even if identical, have the same type")
        d.help("consider boxing your closure and/or using it as a trait object")
    # the context after the notes, as rustc adds it (its "defined here" note comes last)
    if key == "E0308.tc_mismatched_types":
        label_origin(fcx, d, span, expected)
        suggest_fixes(fcx, d, span, expected, found)
    elif key in ("E0308.tc_match_arms_incompatible", "E0308.tc_if_else_incompatible"):
        label_merge(fcx, d, span, expected)
    return d


# rustc's E0369 message per operator (others: "binary operation `op` cannot be applied ...")
_BINOP_MESSAGE = {"+": "cannot add `{r}` to `{l}`", "-": "cannot subtract `{r}` from `{l}`",
                  "*": "cannot multiply `{l}` by `{r}`", "/": "cannot divide `{l}` by `{r}`",
                  "%": "cannot calculate the remainder of `{l}` divided by `{r}`",
                  "&": "no implementation for `{l} & {r}`", "^": "no implementation for `{l} ^ {r}`",
                  "|": "no implementation for `{l} | {r}`", "<<": "no implementation for `{l} << {r}`",
                  ">>": "no implementation for `{l} >> {r}`"}
# operator traits whose bound rustc suggests with the output fixed (`T: Add<Output = T>`)
_HAS_OUTPUT = frozenset({"std::ops::Add", "std::ops::Sub", "std::ops::Mul", "std::ops::Div", "std::ops::Rem",
                         "std::ops::BitAnd", "std::ops::BitOr", "std::ops::BitXor", "std::ops::Shl",
                         "std::ops::Shr"})


def report_binop(fcx, e, lt, rt, tid) -> None:
    """E0369: no impl of the operator's trait for the left type (rustc's
    check_overloaded_binop error): the operand types as labels, then what would fix it."""
    lt, rt = fcx.resolve(lt), fcx.resolve(rt)
    ls, rs = ty_str(erase_for_display(lt)), ty_str(erase_for_display(rt))
    d = fcx.error("E0369.tc_binary_operation_cannot", e.op_span, op=e.op, lt_ty=ls)
    if e.op in _BINOP_MESSAGE:
        d.message = _BINOP_MESSAGE[e.op].format(l=ls, r=rs)
    if e.lhs.span != e.rhs.span:
        d.label(e.lhs.span, ls)
        d.label(e.rhs.span, rs)
    trait = short_name(tid)
    def_span = local_adt_span(fcx, lt)
    if def_span is not None:
        child = SubDiagnostic("note", f"an implementation of `{trait}` might be missing for `{ls}`",
                              [Label(def_span, f"must implement `{trait}`", True)])
        d.children.append(child)
        if lt == rt and _derivable(fcx, tid, lt, (rt,)):
            d.help(f"consider annotating `{ls}` with `#[derive({trait})]`", def_span.shrink_to_lo(),
                   f"#[derive({trait})]\n", "MaybeIncorrect")
        elif tid not in _DERIVABLE:
            d.children.append(SubDiagnostic("note", f"the trait `{trait}` must be implemented", std_item=tid))
        return
    param = lt
    while type(param) is T.Ref:
        param = param.inner
    if type(param) is T.Param:
        bound = tid + (f"<Output = {param.name}>" if tid in _HAS_OUTPUT else "")
        restrict_param(fcx, d, param.name, trait, bound)


def restrict_param(fcx, d, name: str, trait: str, bound: str) -> None:
    """"consider (further) restricting type parameter `T` with trait `Tr`": the bound added
    where the fn declares `T` (after its last inline bound, else after its name)."""
    fn = fcx.fn_node
    generics = getattr(fn, "generics", None)
    if generics is None or len(fcx.ret_stack) > 1:
        return
    decl = next((p for p in generics.params if type(p).__name__ == "TypeParam" and p.ident.name == name), None)
    if decl is None:
        return
    in_where = any(type(w.bounded).__name__ == "PathType" and fcx.ccx.file.data[w.bounded.span.lo:w.bounded.span.hi]
                   == name.encode() for w in generics.where_clause)
    if in_where:
        return  # rustc extends the where-clause then; not modelled
    if decl.bounds:
        at, text = decl.bounds[-1].span.hi, f" + {bound}"
        msg = f"consider further restricting type parameter `{name}` with trait `{trait}`"
    else:
        at, text = decl.ident.span.hi, f": {bound}"
        msg = f"consider restricting type parameter `{name}` with trait `{trait}`"
    d.help(msg, Span(at, at), text, "MaybeIncorrect")


def missing_else(fcx, e, t) -> None:
    """E0317: an `if` without `else` whose value is used (rustc's labels and notes)."""
    d = fcx.error("E0317.tc_if_may_missing", e.span, mismatch_label(fcx.resolve(t), T.UNIT))
    if e.then.tail is not None:
        d.label(e.then.tail.span, "found here")
    d.note("`if` expressions without `else` evaluate to `()`")
    d.help("consider adding an `else` block that evaluates to the expected type")


def numeric_type_help(fcx, d, receiver, concrete: str) -> None:
    """E0689: name a type for the literal (a suffix) or for the binding it initialized."""
    from ..syntax import ast
    from ..syntax.walk import iter_nodes

    if type(receiver) is ast.Lit:
        d.help(f"you must specify a concrete type for this numeric value, like `{concrete}`", receiver.span,
               fcx.ccx.file.data[receiver.span.lo:receiver.span.hi].decode() + f"_{concrete}", "MaybeIncorrect")
        return
    res = fcx.tables.resolutions.get(receiver)
    pat = res.target if res is not None and res.kind == "local" else None
    body = fcx.fn_node if fcx.fn_node is not None else fcx.fn_body
    if not isinstance(pat, ast.IdentPat) or body is None:
        return
    let = next((n for n in iter_nodes(body) if type(n) is ast.Let and n.pat is pat), None)
    if let is not None and let.ty is None and let.init is not None:
        at = Span(pat.span.hi, pat.span.hi)
        d.help(f"you must specify a type for this binding, like `{concrete}`", at, f": {concrete}",
               "MaybeIncorrect")


def suggest_unwrap(fcx, d, call, t) -> None:
    """E0599 on an `Option<T>`/`Result<T, E>` whose `T` has the method: rustc notes it and
    offers `.expect("REASON")`."""
    from .method_lookup import lookup_method

    if type(t) is not T.Adt or t.def_id not in ("std::option::Option", "std::result::Result") or not t.args:
        return
    inner = fcx.resolve(t.args[0])
    if type(inner) in (T.Infer, T.Error):
        return
    snap = fcx.icx.snapshot()
    try:
        pick = lookup_method(fcx, inner, call.method.name, call.method.span)
    finally:
        fcx.icx.rollback_to(snap)
    sig = fcx.items.fns.get(pick.fn_id) if pick is not None else None
    if sig is None:
        return
    shown = ty_str(erase_for_display(inner))
    msg = f"the method `{call.method.name}` exists on the type `{shown}`"
    if sig.is_std or sig.node is None:
        d.children.append(SubDiagnostic("note", msg, std_item=sig.def_id))
    else:
        close = _params_close(fcx.ccx.file.data, sig.node.ident.span.hi)
        hi = sig.node.ret.span.hi if sig.node.ret is not None else close
        d.note(msg, Span(sig.node.span.lo, hi) if hi is not None else sig.node.ident.span)
    option = t.def_id == "std::option::Option"
    owner, none = ("Option", "an `Option::None`") if option else ("Result", "a `Result::Err`")
    d.help(f"consider using `{owner}::expect` to unwrap the `{shown}` value, panicking if the value is {none}",
           call.receiver.span.shrink_to_hi(), '.expect("REASON")', "MaybeIncorrect")


def question_mark_context(fcx, d, add_result: bool) -> None:
    """`?` in a fn that returns neither Result nor Option: rustc labels the fn's signature and,
    for a `Result` in a free fn returning `()`, suggests `-> Result<(), Box<dyn Error>>`
    (and `Ok(())` at the end of a body without a tail expression)."""
    fn = fcx.fn_node
    if fn is None or fn.body is None:
        return
    data = fcx.ccx.file.data
    lo = fn.span.lo
    if fn.attrs:
        lo = max(a.span.hi for a in fn.attrs)
        while data[lo:lo + 1].isspace():
            lo += 1
    close = _params_close(data, fn.ident.span.hi)
    if close is None:
        return
    hi = fn.ret.span.hi if fn.ret is not None else close
    d.label(Span(lo, hi), "this function should return `Result` or `Option` to accept `?`")
    sig = fcx.items.fns.get(fcx.def_id)
    if not add_result or fn.ret is not None or sig is None or sig.container is not None:
        return
    child = registry.suggestion("consider adding return type",
                                [(Span(close, close), " -> Result<(), Box<dyn std::error::Error>>")],
                                "MaybeIncorrect")
    body = fn.body
    if body.tail is None:
        end = body.span.hi - 1  # the closing `}`
        line_start = data.rfind(b"\n", 0, end) + 1
        indent = data[line_start:end]
        indent = indent.decode() if not indent.strip() else ""
        child.suggestions.append(type(child.suggestions[0])(Span(end, end), "    Ok(())\n" + indent,
                                                            "MaybeIncorrect"))
    d.children.append(child)


def _params_close(data: bytes, pos: int):
    """The offset just after the `)` closing a fn's parameter list that starts after pos."""
    start = data.find(b"(", pos)
    if start < 0:
        return None
    depth = 0
    for i in range(start, len(data)):
        c = data[i:i + 1]
        if c == b"(":
            depth += 1
        elif c == b")":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def _report_thread_safety(fcx, tid, self_ty, ob) -> None:
    """`Rc<i32>` cannot be sent between threads safely: one error per failing leaf, with the
    chain from the bound that required it (obligation_cause)."""
    show = shower(fcx)
    for leaf in failing_leaves(fcx, tid, self_ty):
        how = "sent" if leaf.trait_id == SEND else "shared"
        shown = show(leaf.ty)
        # rustc reports each failing leaf predicate once per body
        key = (leaf.trait_id, shown)
        if key in fcx.reported_vars:
            fcx.has_errors = True
            continue
        fcx.reported_vars.add(key)
        d = fcx.error("E0277.tc_cannot_between_threads", ob.span,
                      registry.text("E0277.tc_cannot_between_threads.label", leaf=shown, how=how), leaf=shown,
                      how=how)
        call_label(d, ob)
        outer = within(leaf)
        if outer is not None and type(outer.ty) is T.Closure:
            head = closure_head(fcx, outer.ty.def_id)
            if head is not None:
                d.label(head, f"within this `{show(outer.ty)}`")
        if type(leaf.ty) is not T.Param:
            prefix = f"within `{show(outer.ty)}`, " if outer is not None else ""
            d.help(f"{prefix}the trait `{short_name(leaf.trait_id)}` is not implemented for `{shown}`")
        note = _thread_safety_note(leaf)
        if note:
            d.note(note)
        add_chain_notes(fcx, d, leaf, ob, show)
        suggest_call(fcx, d, leaf.trait_id, leaf.ty, ob.span)
        if type(leaf.ty) is T.Param:
            restrict_param(fcx, d, leaf.ty.name, short_name(leaf.trait_id), leaf.trait_id)


def suggest_call(fcx, d, tid, t, span) -> None:
    """rustc's suggest_fn_call: a callable whose result would satisfy the bound gets "use
    parentheses to call this ..." with `()` after the expression."""
    kind = {T.Param: "type parameter", T.Closure: "closure", T.FnDef: "function", T.Dyn: "trait object",
            T.FnPtr: "function pointer"}.get(type(t))
    if kind is None or (type(t) is T.Dyn and t.trait_id not in ("std::ops::Fn", "std::ops::FnMut",
                                                                  "std::ops::FnOnce")):
        return
    sig = fcx.solver.fn_like_sig(t) if type(t) is not T.Dyn else _dyn_fn_sig(t)
    if sig is None:
        return
    params, ret = sig
    from .trait_solver import NO

    if fcx.solver.evaluate(tid, fcx.resolve(ret), ()) == NO:
        return
    args = ", ".join(f"/* {ty_str(erase_for_display(fcx.resolve(p)))} */" for p in params)
    d.help(f"use parentheses to call this {kind}", span.shrink_to_hi(), f"({args})", "HasPlaceholders")


def _dyn_fn_sig(t):
    if len(t.args) != 1 or type(t.args[0]) is not T.Tuple:
        return None
    return t.args[0].elems, dict(t.assoc).get("Output", T.UNIT)


# rustc_on_unimplemented notes of `Sync` for the std cells, by the cell's argument
_ATOMIC_FOR = {"bool": "AtomicBool", **{n: f"Atomic{n[0].upper()}{n[1:]}" for n in (
    "u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64", "isize")}}


def _thread_safety_note(leaf):
    t = leaf.ty
    if leaf.trait_id != SYNC or type(t) is not T.Adt or t.def_id not in ("std::cell::Cell", "std::cell::RefCell"):
        return None
    atomic = None
    if t.def_id == "std::cell::Cell" and t.args and type(t.args[0]) is T.Int:
        atomic = _ATOMIC_FOR.get(t.args[0].name)
    alt = f" or `std::sync::atomic::{atomic}`" if atomic else ""
    return f"if you want to do aliasing and mutation between multiple threads, use `std::sync::RwLock`{alt} instead"


def shower(fcx):
    """How types print in a report of this body: closures by their location."""
    name = closure_name(fcx)
    return lambda t: ty_str(fcx.resolve(t), closure=name)


def report_projection_mismatch(fcx, ob, got) -> None:
    pred = ob.pred
    expected = fcx.resolve(pred.ty)
    found = fcx.resolve(got)
    if type(expected) is T.Error or type(found) is T.Error:
        return
    tid = pred.trait_ref.trait_id
    if tid in ("std::ops::Fn", "std::ops::FnMut", "std::ops::FnOnce"):
        fcx.error("E0271.tc_expected_return_but", ob.span,
                  self_ty=shower(fcx)(pred.trait_ref.self_ty), expected=ty_str(expected),
                  found=ty_str(found))
        return
    d = fcx.error("E0271.tc_mismatch_resolving_as", ob.span,
                  registry.text("E0271.tc_expected.label", expected=ty_str(expected), found=ty_str(found)),
                  self_ty=ty_str(fcx.resolve(pred.trait_ref.self_ty)), trait=short_name(tid), name=pred.name,
                  expected=ty_str(expected))
    if tid == "std::iter::Iterator" and pred.name == "Item":
        d.message = (f"expected `{ty_str(fcx.resolve(pred.trait_ref.self_ty))}` to be an iterator that yields "
                     f"`{ty_str(expected)}`, but it yields `{ty_str(found)}`")
    call_label(d, ob)
    add_chain_notes(fcx, d, Leaf(tid, pred.trait_ref.self_ty, ()), ob, shower(fcx))


def _tys(args):
    return [a for a in args if not isinstance(a, (T.Region, int))]
