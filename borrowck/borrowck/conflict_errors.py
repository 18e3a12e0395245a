"""Diagnostics for accesses that conflict with a loan in scope.

E0499 / E0502 (conflicting borrows), E0503 (use while mutably borrowed), E0505 (move while
borrowed), E0506 (assignment to borrowed), E0510 (mutation in a match guard), and, for
storage that ends while borrowed: E0597 (a variable), E0716 (a temporary), E0515 (the loan
must outlive the function because it is returned), E0373 (a closure capture that must
outlive the function). The primary span is the second access (E0597: the borrow).
"""
from __future__ import annotations

from ..diagnostics import registry
from ..mir import ir
from ..source.span import Span
from .describe_place import describe_place
from .explanation import (MUST_BE_VALID_FOR, USED_LATER, USED_LATER_IN_LOOP,
                          USED_LATER_WHEN_DROPPED, explain)

CATEGORY_TEXT = {"return": "returning this value ", "closure_return": "returning this value ",
                 "call_argument": "argument ",
                 "assignment": "assignment ", "type_annotation": "type annotation ",
                 "usage": "using this value ", "closure_upvar": "closure capture "}


def quoted(body, place) -> str:
    text = describe_place(body, place)
    return f"`{text}`" if text is not None else "value"


def end_point(span: Span) -> Span:
    return Span(max(span.lo, span.hi - 1), span.hi)


def add_explanation(facts, diag, expl, prefix: str = "", borrow_desc: str = "") -> None:
    if expl.span is None:
        return
    if expl.kind == USED_LATER:
        key = "nll.label.later_used_by_call" if expl.by_call else "nll.label.later_used"
        diag.label(expl.span, registry.text(key, prefix=prefix))
    elif expl.kind == USED_LATER_IN_LOOP:
        key = "nll.label.later_used_by_call_in_loop" if expl.by_call else "nll.label.later_used_in_loop"
        diag.label(expl.span, registry.text(key, prefix=prefix))
    elif expl.kind == USED_LATER_WHEN_DROPPED:
        decl = facts.body.local_decls[expl.local]
        drop_desc = _drop_description(facts, decl.ty)
        if decl.name and decl.is_user_variable and not decl.internal:
            diag.label(end_point(expl.span), registry.text(
                "nll.label.later_used_when_dropped", name=decl.name, prefix=prefix, drop_desc=drop_desc))
        else:
            diag.label(decl.span, f"a temporary with access to the {prefix}borrow is created here ...")
            diag.label(end_point(expl.span), f"... and the {prefix}borrow might be used here, when that "
                                             f"temporary is dropped and runs the {drop_desc}")
            _block_tail_temporary(facts, diag, decl.span)
    elif expl.kind == MUST_BE_VALID_FOR:
        region = facts.universal.region_name(expl.region)
        diag.label(expl.span, registry.text("nll.label.must_be_valid_for",
                                            category=CATEGORY_TEXT.get(expl.category, ""),
                                            name=borrow_desc or "value", region=region))
        from .region_errors import lifetime_labels
        lifetime_labels(facts, diag, [expl.region])
        closure_param_type_labels(facts, diag, expl.region, region)
        if expl.category == "call_argument":
            _note_outlives_bound(facts, diag, expl.span, region)


# std types with a Drop impl of their own (not only through a field), as rustc sees them
_STD_DROP_IMPLS = frozenset({
    "std::vec::Vec", "std::vec::IntoIter", "std::rc::Rc", "std::rc::Weak", "std::sync::Arc", "std::sync::Weak",
    "std::sync::MutexGuard", "std::sync::RwLockReadGuard", "std::sync::RwLockWriteGuard",
    "std::collections::VecDeque", "std::collections::BTreeMap", "std::collections::LinkedList"})


# std functions whose closure argument carries an outlives bound (`F: 'static`, `F: 'scope`)
_STD_OUTLIVES_BOUNDS = frozenset({"std::thread::spawn", "std::thread::Scope::spawn", "std::thread::Builder::spawn"})


def closure_param_type_labels(facts, diag, vid: int, name: str) -> None:
    """In a closure, rustc names an anonymous region by the parameter whose type holds it:
    `has type `&'1 Scope<'1, '_>``."""
    from ..types import ty as T
    from ..types.ty_display import ty_str
    from .renumber import map_regions, vids_in

    body = facts.body
    if body.kind != ir.BodyKind.CLOSURE or name == "'static" or not name[1:].isdigit():
        return
    for local in range(2, body.arg_count + 1):
        decl = body.local_decls[local]
        ty = facts.local_tys[local]
        if decl.name is None or vid not in vids_in(ty):
            continue
        shown = map_regions(ty, lambda r: T.Region("param", name if r.kind == "var" and r.index == vid else "'_", -1))
        diag.label(decl.span, f"has type `{ty_str(shown)}`")
        return


def _note_outlives_bound(facts, diag, call_span, region: str) -> None:
    """"requirement that the value outlives `'static` introduced here": the callee's
    `T: 'static` bound that forced the argument's borrow (a std callee's bound is in
    std's sources: the note names it without a location)."""
    from ..syntax import ast

    call = next((bb.terminator for bb in facts.body.blocks
                 if isinstance(bb.terminator, ir.Call) and bb.terminator.span == call_span), None)
    if call is None or call.callee is None:
        return
    message = f"requirement that the value outlives `{region}` introduced here"
    fn = next((node for node, info in facts.typed.fns.items() if info.def_id == call.callee), None)
    if fn is None:
        if call.callee in _STD_OUTLIVES_BOUNDS:
            from ..diagnostics.diagnostic import SubDiagnostic

            diag.children.append(SubDiagnostic("note", message, std_item=call.callee))
        return
    generics = fn.generics
    bounds = [b for p in getattr(generics, "params", ()) if isinstance(p, ast.TypeParam) for b in p.bounds]
    bounds += [b for w in getattr(generics, "where_clause", ()) or () for b in getattr(w, "bounds", ())]
    for bound in bounds:
        if isinstance(bound, ast.LifetimeBound) and f"'{bound.lifetime.name}" == region:
            diag.note(message, bound.span)
            return


def _drop_description(facts, ty) -> str:
    """rustc's "`Drop` code for type `Guard`" (an ADT with its own Drop impl, named without
    arguments) or "destructor for type `Ref<'_, T>`" (any other type, in full)."""
    from ..types import ty as T
    from ..types.ty_display import short_name

    if isinstance(ty, T.Adt) and ty.def_id != "std::boxed::Box":
        info = facts.adts.get(ty.def_id)
        # the std model gives drop glue to more types than std has Drop impls for
        own_drop = ty.def_id in _STD_DROP_IMPLS if getattr(info, "is_std", True) \
            else info is not None and info.has_drop_impl
        if own_drop:
            return f"`Drop` code for type `{short_name(ty.def_id)}`"
    return f"destructor for type `{facts.type_name(ty)}`"


def _block_tail_temporary(facts, diag, temp_span) -> None:
    """A temporary of a block's tail expression lives until the block's end, after its
    locals: rustc explains it and suggests binding the tail to a local first."""
    from ..syntax import ast
    from . import source_context as src

    if facts.body.source is None:
        return
    chain = src.enclosing(facts.body.source, temp_span)
    block = src.innermost(chain, ast.Block)
    tail = getattr(block, "tail", None)
    if tail is None or not (tail.span.lo <= temp_span.lo and temp_span.hi <= tail.span.hi):
        return
    diag.note("the temporary is part of an expression at the end of a block;\n"
              "consider forcing this temporary to be dropped sooner, before the block's local variables are dropped")
    from ..diagnostics.diagnostic import SubDiagnostic, Suggestion

    child = SubDiagnostic("help", "for example, you could save the expression's value in a new local variable `x` "
                                  "and then make `x` be the expression at the end of the block")
    child.suggestions.append(Suggestion(tail.span.shrink_to_lo(), "let x = ", "MaybeIncorrect"))
    child.suggestions.append(Suggestion(tail.span.shrink_to_hi(), "; x", "MaybeIncorrect"))
    diag.children.append(child)


def report_conflict(facts, conflict):
    access = conflict.access
    if access.kind in ("write_drop", "exit"):
        return report_dropped_while_borrowed(facts, conflict)
    body = facts.body
    borrow = conflict.borrow
    expl = explain(facts, conflict.location, borrow)
    place = quoted(body, access.place)
    borrowed = quoted(body, borrow.borrowed_place)
    borrow_desc = describe_place(body, borrow.borrowed_place) or "value"
    loan_span = facts.loan_span(borrow)
    if borrow.kind in ir.BorrowKind.FAKES:
        action = "assign" if access.kind == "write_mutate" else "mutably borrow"
        diag = registry.error("E0510", access.span, f"cannot {action}", action=action, place=place)
        diag.label(loan_span, "value is immutable in match guard")
        return diag
    if access.kind == "read_copy":
        diag = registry.error("E0503", access.span, registry.text("E0503.label.use", place=borrowed),
                              place=place)
        diag.label(loan_span, registry.text("E0503.label.borrow", place=borrowed))
        _loan_capture_label(facts, diag, borrow, borrowed)
        add_explanation(facts, diag, expl, borrow_desc=borrow_desc)
        return diag
    if access.kind == "write_mutate":
        diag = registry.error("E0506", access.span, registry.text("E0506.label.assign", place=place),
                              place=place)
        # rustc names the assigned place at the loan too (`a[_]` is borrowed here)
        diag.label(loan_span, registry.text("E0506.label.borrow", place=place))
        _loan_capture_label(facts, diag, borrow)
        add_explanation(facts, diag, expl, borrow_desc=borrow_desc)
        return diag
    if access.kind == "write_move":
        move_span, move_use = _closure_move_spans(facts, conflict.location, access)
        diag = registry.error("E0505", move_span, registry.text("E0505.label.move", place=place),
                              place=place)
        decl = body.local_decls[access.place.local]
        loan_capture = facts.closure_capture(borrow)
        if decl.is_user_variable and decl.name and loan_capture is None:
            diag.label(decl.span, registry.text("nll.label.binding_declared", name=decl.name))
        diag.label(loan_span, registry.text("E0505.label.borrow", place=borrowed))
        _loan_capture_label(facts, diag, borrow)
        if move_use is not None:
            diag.label(move_use, "move occurs due to use in closure")
        add_explanation(facts, diag, expl, borrow_desc=borrow_desc)
        _suggest_cloning_borrowed(facts, diag, borrow, access.place)
        return diag
    # a new borrow (shared, mutable, two-phase reservation or activation)
    new_mut = access.kind != "read_borrow"
    old_mut = borrow.mutable
    access_capture = facts.capture_at(conflict.location)
    span = access_capture[0] if access_capture is not None else access.span
    if borrow.kind == ir.BorrowKind.UNIQUE and access.borrow_kind != ir.BorrowKind.UNIQUE:
        # a closure's unique capture (`*r` through an immutable `r: &mut T`), then another borrow
        new = "mutable" if new_mut else "immutable"
        diag = registry.error("E0501", span, registry.text("E0501.label.second"), place=place, new=new)
        diag.label(loan_span, registry.text("E0501.label.closure"))
        _capture_labels(facts, diag, borrow, access_capture, place, borrowed, "first ", "second ")
        add_explanation(facts, diag, expl, prefix="first ", borrow_desc=borrow_desc)
        return diag
    if access.borrow_kind == ir.BorrowKind.UNIQUE and borrow.location != conflict.location:
        # a closure's unique capture while the place is borrowed (by another such closure: E0524)
        if borrow.kind == ir.BorrowKind.UNIQUE:
            diag = registry.error("E0524", span, registry.text("E0524.label.second"), place=place)
            diag.label(loan_span, registry.text("E0524.label.first"))
        else:
            diag = registry.error("E0500", span, registry.text("E0500.label.closure"), place=place)
            diag.label(loan_span, registry.text("E0500.label.borrow"))
        _capture_labels(facts, diag, borrow, access_capture, place, borrowed, "first ", "second ")
        add_explanation(facts, diag, expl, prefix="first ", borrow_desc=borrow_desc)
        return diag
    if new_mut and old_mut:
        if borrow.location == conflict.location:
            diag = registry.error("E0499", span, registry.text("E0499.label.previous_iteration", place=place),
                                  place=place)
            add_explanation(facts, diag, expl, prefix="first ", borrow_desc=borrow_desc)
            return diag
        diag = registry.error("E0499", span, registry.text("E0499.label.second"), place=place)
        diag.label(loan_span, registry.text("E0499.label.first"))
        _capture_labels(facts, diag, borrow, access_capture, place, borrowed, "first ", "second ")
        add_explanation(facts, diag, expl, prefix="first ", borrow_desc=borrow_desc)
        _suggest_split_at_mut(facts, diag, loan_span, span)
        if access_capture is None:
            _suggest_using_local(facts, diag, borrow, conflict.location, expl)
        return diag
    new = "mutable" if new_mut else "immutable"
    old = "mutable" if old_mut else "immutable"
    diag = registry.error("E0502", span, registry.text("E0502.label.borrow", kind=new),
                          place=place, new=new, old=old)
    diag.label(loan_span, registry.text("E0502.label.borrow", kind=old))
    _capture_labels(facts, diag, borrow, access_capture, place, borrowed, "first ", "second ")
    add_explanation(facts, diag, expl, prefix=f"{old} ", borrow_desc=borrow_desc)
    _suggest_split_at_mut(facts, diag, loan_span, span)
    if access_capture is None:
        _suggest_using_local(facts, diag, borrow, conflict.location, expl)
    return diag


def _suggest_using_local(facts, diag, borrow, location, expl) -> None:
    """A borrow taken to evaluate a call (`v.pop()`) inside the call or use that keeps the
    first loan alive (`v.push(..)`, `v[..]`): rustc suggests computing it into a local first."""
    if expl.kind != USED_LATER:
        return
    body = facts.body
    stmt = body.stmt_at(location)
    if not isinstance(stmt, ir.Assign) or not stmt.place.is_local:
        return
    local = stmt.place.local
    inner = next((b.terminator for b in body.blocks if isinstance(b.terminator, ir.Call)
                  and any((p := ir.operand_place(a)) is not None and p.is_local and p.local == local
                          for a in b.terminator.args)), None)
    if inner is None:
        return
    if expl.by_call:
        outer_loc = borrow.activation if borrow.two_phase and borrow.activation is not None else borrow.location
        outer = body.stmt_at(outer_loc).span
    else:
        outer = expl.span
    if outer is None or outer == inner.span or not (outer.lo <= inner.span.lo and inner.span.hi <= outer.hi):
        return
    diag.help("try adding a local storing this" + ("..." if not expl.by_call else " argument..."), inner.span)
    diag.help("...and then using that local " + ("here" if not expl.by_call else "as the argument to this call"),
              outer)


def _indexing_at(facts, span):
    """The `base[index]` expression a borrow at span takes: `&mut a[i]` (built-in), or the
    auto-referenced base `v` of an overloaded `v[i]`."""
    from ..syntax import ast
    from . import source_context as src

    if facts.body.source is None:
        return None
    chain = src.enclosing(facts.body.source, span)
    at = next((i for i, n in enumerate(chain) if n.span == span), None)
    if at is None:
        return None
    node = chain[at]
    if isinstance(node, ast.AddrOf) and isinstance(node.operand, ast.Index):
        return node.operand
    if isinstance(node, ast.Index):
        return node
    parent = chain[at - 1] if at > 0 else None
    if isinstance(parent, ast.Index) and parent.base is node:
        return parent
    return None


def _suggest_split_at_mut(facts, diag, first_span, second_span) -> None:
    """rustc's help for two borrows of different elements of one slice-like value."""
    from ..types import ty as T
    from . import source_context as src

    file = getattr(facts.typed, "file", None)
    first, second = _indexing_at(facts, first_span), _indexing_at(facts, second_span)
    if file is None or first is None or second is None:
        return
    if src.text(file, first.index.span) == src.text(file, second.index.span):
        return
    for index in (first, second):
        ty = facts.typed.type_of(index.base)
        while isinstance(ty, T.Ref):
            ty = ty.inner
        if not (isinstance(ty, (T.Array, T.Slice, T.Str))
                or isinstance(ty, T.Adt) and ty.def_id == "std::vec::Vec"):
            return
    diag.help("use `.split_at_mut(position)` to obtain two mutable non-overlapping sub-slices")


_COLLECTIONS = frozenset({"std::vec::Vec", "std::collections::VecDeque", "std::collections::HashMap",
                          "std::collections::HashSet", "std::collections::BTreeMap", "std::collections::BTreeSet"})


def _note_collection_of_references(facts, diag, expl, desc) -> None:
    """E0597 where the later use is of a collection holding references: rustc names the
    collection's declaration and says why the value cannot be stored in it."""
    from ..types import ty as T

    if expl.kind != USED_LATER or expl.local is None:
        return
    decl = facts.body.local_decls[expl.local]
    ty = decl.ty
    if not (decl.is_user_variable and decl.name and decl.binding is not None and isinstance(ty, T.Adt)
            and ty.def_id in _COLLECTIONS and any(isinstance(a, T.Ref) for a in ty.args)):
        return
    diag.label(decl.binding.span, f"variable `{decl.name}` declared here")
    diag.note(f"`{decl.name}` is a collection that stores borrowed references, but `{desc}` does not live "
              "long enough to be stored in it")
    diag.help("buffer reuse with borrowed references requires unsafe code or restructuring")


def _loan_capture_label(facts, diag, borrow, place: str = "") -> None:
    """A loan made by a closure capturing by reference: where the closure uses the place
    (E0503 names the place: "borrow occurs due to use of `n` in closure")."""
    capture = facts.closure_capture(borrow)
    if capture is not None and capture[1] is not None:
        text = registry.text("nll.label.capture_of", place=place) if place else registry.text("nll.label.capture")
        diag.label(capture[1], text)


def _closure_move_spans(facts, location, access):
    """(primary span, use inside the closure) of a move: a closure capturing by value is
    shown at its `|args|` with the captured use labelled, as rustc does."""
    from .moves import _closure_head, _closure_use_span

    stmt = facts.body.stmt_at(location)
    if isinstance(stmt, ir.Assign) and isinstance(stmt.rvalue, ir.Aggregate) \
            and stmt.rvalue.kind == ir.AggregateKind.CLOSURE:
        return _closure_head(facts.typed, stmt), _closure_use_span(facts.typed, stmt, access.place, facts.body)
    return access.span, None


def _suggest_cloning_borrowed(facts, diag, borrow, moved_place) -> None:
    """E0505: clone what the borrow borrows instead (`&v.clone()[0]`, `o.clone().as_ref()`),
    as rustc offers it for a `&expr` borrow or an auto-referenced method receiver (not for
    one reached through `Deref`, like `v.iter()` on a Vec). Rc/Arc get the reference-count
    wording; a local type without Clone gets the "if `T` implemented `Clone`" note."""
    from ..diagnostics.diagnostic import Label, SubDiagnostic
    from ..mir.place_ty import place_ty
    from ..syntax import ast
    from ..types import ty as T
    from . import source_context as src
    from .moves import _is_clone

    typed, body = facts.typed, facts.body
    decl = body.local_decls[moved_place.local]
    if facts.closure_capture(borrow) is not None or body.source is None or decl.binding is None:
        return
    node = src.node_at(body.source, borrow.span)
    if isinstance(node, ast.AddrOf):
        target = node.operand  # `&b.0` -> `&b.0.clone()`
    elif isinstance(node, ast.PathExpr) and getattr(typed.resolutions.get(node), "target", None) is decl.binding:
        steps = typed.adjustments.get(node, ())
        # an auto-referenced receiver or the base of an overloaded `v[i]`; not one reached
        # through `Deref` (`v.iter()` on a Vec)
        indexed = _indexing_at(facts, borrow.span)
        target = node if steps and steps[0].kind == "borrow" or (not steps and indexed is not None) else None
    else:
        target = None
    if target is None:
        return
    ty = place_ty(body, moved_place)
    if isinstance(ty, T.Adt) and ty.def_id in ("std::rc::Rc", "std::sync::Arc"):
        diag.help("clone the value to increment its reference count", target.span.shrink_to_hi(), ".clone()",
                  "MachineApplicable")
    elif _is_clone(typed, ty):
        diag.help(registry.text("E0382.help.clone"), target.span.shrink_to_hi(), ".clone()", "MachineApplicable")
    elif isinstance(ty, T.Adt):
        info = typed.adts.get(ty.def_id)
        if info is None or info.is_std or info.node is None:
            return
        child = SubDiagnostic("note", registry.text("E0382.note.clone_impl", ty=info.name))
        child.labels.append(Label(Span(info.node.span.lo, info.node.ident.span.hi),
                                  registry.text("E0382.note.clone_impl.type_label"), True))
        child.labels.append(Label(target.span, registry.text("E0382.note.clone_impl.site_label"), False))
        diag.children.append(child)


def _capture_labels(facts, diag, borrow, access_capture, place, borrowed, first, second):
    """`first borrow occurs due to use of `x` in closure` at the closure's use of the place."""
    loan_capture = facts.closure_capture(borrow)
    if loan_capture is not None and loan_capture[1] is not None:
        diag.label(loan_capture[1], registry.text("nll.label.capture_first", place=borrowed))
    if access_capture is not None and access_capture[1] is not None:
        diag.label(access_capture[1], registry.text("nll.label.capture_second", place=place))


def report_dropped_while_borrowed(facts, conflict):
    body = facts.body
    borrow = conflict.borrow
    root = borrow.borrowed_place.local
    key = (root, borrow.span)
    if key in facts.reported_drops:
        return None
    facts.reported_drops.add(key)
    expl = explain(facts, conflict.location, borrow)
    dropped_ty = _destructor_of(facts, borrow.borrowed_place)
    if dropped_ty is not None and not borrow.borrowed_place.is_prefix_of(conflict.access.place):
        return _borrow_across_destructor(facts, conflict, dropped_ty, expl)
    decl = body.local_decls[root]
    desc = describe_place(body, borrow.borrowed_place)
    drop_span = end_point(conflict.access.span)
    capture = facts.closure_capture(borrow)
    if capture is not None and expl.kind == MUST_BE_VALID_FOR and desc is not None \
            and expl.category in ("return", "call_argument"):
        return _closure_may_outlive(facts, borrow, expl, desc, capture)
    if expl.kind == MUST_BE_VALID_FOR and expl.category == "return" and expl.span is not None:
        return _cannot_return_reference(facts, borrow, expl, decl, desc)
    if desc is not None and decl.kind != ir.LocalKind.TEMP:
        if capture is not None and capture[1] is not None:
            # rustc points at the captured use inside the closure, and at the closure
            diag = registry.error("E0597", capture[1], registry.text("E0597.label.borrow"), name=desc)
            diag.label(capture[0], "value captured here")
        else:
            diag = registry.error("E0597", borrow.span, registry.text("E0597.label.borrow"), name=desc)
        if decl.name:
            diag.label(decl.span, registry.text("nll.label.binding_declared", name=decl.name))
        diag.label(drop_span, registry.text("E0597.label.dropped", name=desc))
        add_explanation(facts, diag, expl, borrow_desc=desc)
        _note_collection_of_references(facts, diag, expl, desc)
        if expl.kind == USED_LATER_WHEN_DROPPED and expl.local is not None:
            dropped = body.local_decls[expl.local]
            if dropped.is_user_variable and dropped.span.lo < decl.span.lo:
                diag.note(registry.text("E0597.note.drop_order"))
        return diag
    temp_span = decl.span
    diag = registry.error("E0716", temp_span, registry.text("E0716.label.created"))
    diag.label(drop_span, registry.text("E0716.label.freed"))
    if expl.kind in (USED_LATER, USED_LATER_IN_LOOP, USED_LATER_WHEN_DROPPED):
        _suggest_let_binding(facts, diag, borrow, temp_span)
    add_explanation(facts, diag, expl, borrow_desc="temporary value")
    return diag


def _destructor_of(facts, place):
    """rustc's classify_drop_access_kind: the outermost ADT with a destructor of its own that
    `place` reaches a field through (derefs of a `Box` on the way keep looking; None when the
    place is plain local or boxed storage)."""
    from ..mir.place_ty import is_box, prefix_tys
    from ..types import ty as T

    tys = prefix_tys(facts.body, place)
    for elem, t in zip(place.projection, tys):
        if isinstance(elem, ir.Deref):
            if not is_box(t):
                return None
        elif isinstance(elem, (ir.Field, ir.Downcast)) and isinstance(t, T.Adt):
            info = facts.adts.get(t.def_id)
            own_drop = t.def_id in _STD_DROP_IMPLS if getattr(info, "is_std", True) \
                else info is not None and info.has_drop_impl
            if own_drop:
                return t
    return None


def _borrow_across_destructor(facts, conflict, dropped_ty, expl):
    """E0713: the drop of a value whose type implements Drop needs exclusive access to what
    a loan in scope borrowed through one of its fields."""
    borrow = conflict.borrow
    body = facts.body
    diag = registry.error("E0713", borrow.span)
    dropped = describe_place(body, conflict.access.place)
    what = f"`{dropped}`" if dropped is not None else "temporary value"
    borrowed = describe_place(body, borrow.borrowed_place)
    from ..types.type_fold import erase_regions

    ty = facts.type_name(erase_regions(dropped_ty))
    if borrowed is not None:
        label = registry.text("E0713.label.drop", what=what, borrowed=borrowed, ty=ty)
    else:
        label = registry.text("E0713.label.drop_unnamed", what=what, ty=ty)
    diag.label(end_point(conflict.access.span), label)
    if expl.kind in (USED_LATER, USED_LATER_WHEN_DROPPED):
        diag.note(registry.text("E0716.help.let"))
    add_explanation(facts, diag, expl, borrow_desc=borrowed or "value")
    # rustc's primary span has no text of its own: an explanation at the same span is its label
    main = next((l for l in diag.labels if l.primary and l.message is None), None)
    same = next((l for l in diag.labels if not l.primary and main is not None and l.span == main.span), None)
    if same is not None:
        main.message = same.message
        diag.labels.remove(same)
    return diag


def _suggest_let_binding(facts, diag, borrow, temp_span) -> None:
    """rustc's "consider using a `let` binding to create a longer lived value": when the
    temporary sits in a statement of the body's outermost block, outside any nested block,
    a `let binding = <temporary>;` before that statement (at its column) and `binding` in
    its place; otherwise the same words as a note."""
    from ..diagnostics.diagnostic import SubDiagnostic, Suggestion
    from ..syntax import ast
    from . import source_context as src

    message = registry.text("E0716.help.let")
    file = getattr(facts.typed, "file", None)
    root = facts.body.source
    block = root.body if isinstance(root, (ast.Fn, ast.Closure)) else None
    if isinstance(block, ast.BlockExpr):
        block = block.block
    stmt = None
    if isinstance(block, ast.Block) and file is not None:
        stmt = next((st for st in block.stmts if st.span.lo <= temp_span.lo and temp_span.hi <= st.span.hi), None)
    chain = src.enclosing(stmt, temp_span) if stmt is not None else []
    end = next((i for i, n in enumerate(chain) if n.span == temp_span), None)
    # a temporary inside a nested block, or inside a macro's arguments (`format_args!`)
    if end is None or any(isinstance(n, (ast.Block, ast.MacroCall, ast.FormatArgs)) for n in chain[1:end]):
        diag.note(message)
        return
    call = chain[end - 1] if end > 0 else None
    if isinstance(call, ast.MethodCall) and call.receiver is chain[end] and call.method.name == "iter" \
            and not call.args:
        from ..types.ty_display import ty_str

        ty = facts.typed.type_of(chain[end])
        while ty is not None and type(ty).__name__ == "Ref":
            ty = ty.inner
        if ty is not None:
            diag.help(f"consider consuming the `{ty_str(ty)}` when turning it into an `Iterator`",
                      call.method.span, "into_iter", "MaybeIncorrect")
    margin = " " * (stmt.span.lo - file.line_starts[file.line_index(stmt.span.lo)])
    mutability = "mut " if borrow.mutable else ""
    child = SubDiagnostic("help", message)
    child.suggestions.append(Suggestion(stmt.span.shrink_to_lo(),
                                        f"let {mutability}binding = {src.text(file, temp_span)};\n{margin}",
                                        "MaybeIncorrect"))
    child.suggestions.append(Suggestion(temp_span, "binding", "MaybeIncorrect"))
    diag.children.append(child)


def _cannot_return_reference(facts, borrow, expl, decl, desc):
    return_span = expl.span
    reference = "reference to" if return_span == borrow.span else "value referencing"
    if desc is not None:
        if borrow.borrowed_place.is_local:
            kind = "function parameter " if decl.kind == ir.LocalKind.ARG else "local variable "
        else:
            kind = "local data "
        what = f"{kind}`{desc}`"
        note = f"`{desc}` is borrowed here"
    elif decl.kind == ir.LocalKind.ARG:
        what, note = "function parameter", "function parameter borrowed here"
    else:
        what, note = "temporary value", "temporary value created here"
    diag = registry.error("E0515", return_span, registry.text("E0515.label.return", reference=reference),
                          reference=reference, what=what)
    # a temporary is pointed at itself (`code.to_string()`, not the `&` borrowing it)
    borrow_span = decl.span if desc is None and decl.kind == ir.LocalKind.TEMP else borrow.span
    if return_span != borrow_span:
        diag.label(borrow_span, note)
    if _returns_iterator(facts):
        diag.help("use `.collect()` to allocate the iterator")
    return diag


def _returns_iterator(facts) -> bool:
    """The function's declared result implements Iterator (rustc then hints at collecting)."""
    from ..types import ty as T

    info = facts.universal.fn_info
    ret = getattr(info, "ret", None)
    items = getattr(facts.typed, "items", None)
    if isinstance(ret, T.Opaque):
        return any("Iterator" in str(b) for b in ret.bounds)
    if isinstance(ret, T.Adt) and ret.def_id == "std::boxed::Box" and ret.args and isinstance(ret.args[0], T.Dyn):
        # `impl Iterator for Box<I>` holds only when the boxed object is an iterator
        return ret.args[0].trait_id == "std::iter::Iterator"
    if not isinstance(ret, T.Adt) or items is None:
        return False
    return any(i.trait_ref is not None and i.trait_ref.trait_id == "std::iter::Iterator"
               for i in items.impls_for(ret.def_id))


def _closure_may_outlive(facts, borrow, expl, desc, capture):
    closure_span, use_span, insert_at = capture
    diag = registry.error("E0373", closure_span, registry.text("E0373.label.closure", name=desc),
                          name=desc)
    if use_span is not None:
        diag.label(use_span, registry.text("E0373.label.use", name=desc))
    if expl.category == "call_argument":
        region = facts.universal.region_name(expl.region) if expl.region is not None else "'static"
        closure_param_type_labels(facts, diag, expl.region, region)
        diag.note(registry.text("E0373.note.static", region=region), expl.span)
    elif expl.category == "return":
        diag.note(registry.text("E0373.note.returned"), expl.span)
    diag.help(registry.text("E0373.help.move", name=desc), Span(insert_at, insert_at), "move ")
    return diag
