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

CATEGORY_TEXT = {"return": "returning this value ", "call_argument": "argument ",
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
        name = decl.name or "value"
        diag.label(end_point(expl.span), registry.text(
            "nll.label.later_used_when_dropped", name=name,
            drop_desc=f"`Drop` code for type `{facts.type_name(decl.ty)}`"))
    elif expl.kind == MUST_BE_VALID_FOR:
        region = facts.universal.region_name(expl.region)
        diag.label(expl.span, registry.text("nll.label.must_be_valid_for",
                                            category=CATEGORY_TEXT.get(expl.category, ""),
                                            name=borrow_desc or "value", region=region))
        from .region_errors import lifetime_labels
        lifetime_labels(facts, diag, [expl.region])


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
        add_explanation(facts, diag, expl, borrow_desc=borrow_desc)
        return diag
    if access.kind == "write_mutate":
        diag = registry.error("E0506", access.span, registry.text("E0506.label.assign", place=place),
                              place=place)
        diag.label(loan_span, registry.text("E0506.label.borrow", place=borrowed))
        add_explanation(facts, diag, expl, borrow_desc=borrow_desc)
        return diag
    if access.kind == "write_move":
        diag = registry.error("E0505", access.span, registry.text("E0505.label.move", place=place),
                              place=place)
        decl = body.local_decls[access.place.local]
        if decl.is_user_variable and decl.name:
            diag.label(decl.span, registry.text("nll.label.binding_declared", name=decl.name))
        diag.label(loan_span, registry.text("E0505.label.borrow", place=borrowed))
        add_explanation(facts, diag, expl, borrow_desc=borrow_desc)
        return diag
    # a new borrow (shared, mutable, two-phase reservation or activation)
    new_mut = access.kind != "read_borrow"
    old_mut = borrow.mutable
    access_capture = facts.capture_at(conflict.location)
    span = access_capture[0] if access_capture is not None else access.span
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
        return diag
    new = "mutable" if new_mut else "immutable"
    old = "mutable" if old_mut else "immutable"
    diag = registry.error("E0502", span, registry.text("E0502.label.borrow", kind=new),
                          place=place, new=new, old=old)
    diag.label(loan_span, registry.text("E0502.label.borrow", kind=old))
    _capture_labels(facts, diag, borrow, access_capture, place, borrowed, "first ", "second ")
    add_explanation(facts, diag, expl, prefix=f"{old} ", borrow_desc=borrow_desc)
    return diag


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
        diag = registry.error("E0597", borrow.span, registry.text("E0597.label.borrow"), name=desc)
        if decl.name:
            diag.label(decl.span, registry.text("nll.label.binding_declared", name=decl.name))
        diag.label(drop_span, registry.text("E0597.label.dropped", name=desc))
        add_explanation(facts, diag, expl, borrow_desc=desc)
        if expl.kind == USED_LATER_WHEN_DROPPED and expl.local is not None:
            dropped = body.local_decls[expl.local]
            if dropped.is_user_variable and dropped.span.lo < decl.span.lo:
                diag.note(registry.text("E0597.note.drop_order"))
        return diag
    temp_span = decl.span
    diag = registry.error("E0716", temp_span, registry.text("E0716.label.created"))
    diag.label(drop_span, registry.text("E0716.label.freed"))
    add_explanation(facts, diag, expl, borrow_desc="temporary value")
    diag.help(registry.text("E0716.help.let"))
    return diag


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
    if return_span != borrow.span:
        diag.label(borrow.span, note)
    return diag


def _closure_may_outlive(facts, borrow, expl, desc, capture):
    closure_span, use_span, insert_at = capture
    diag = registry.error("E0373", closure_span, registry.text("E0373.label.closure", name=desc),
                          name=desc)
    if use_span is not None:
        diag.label(use_span, registry.text("E0373.label.use", name=desc))
    if expl.category == "call_argument":
        diag.note(registry.text("E0373.note.static"), expl.span)
    elif expl.category == "return":
        diag.note(registry.text("E0373.note.returned"), expl.span)
    diag.help(registry.text("E0373.help.move", name=desc), Span(insert_at, insert_at), "move ")
    return diag
