"""Scopes: where locals and temporaries are dropped and their storage ends (rustc's scope.rs).

Each `Scope` on `b.scopes` collects scheduled drops. Leaving a scope normally emits its
drops in reverse order of scheduling: a value drop (`Drop` terminator, only when the type
needs dropping) followed by `StorageDead`; a storage-only drop is just `StorageDead`.
`break`/`continue`/`return` emit the drops of every scope they leave, innermost first,
without popping them (the normal exit still needs them).

Temporaries are scheduled in the innermost *temporary scope*: a statement, a `let`
initializer (unless extended to the enclosing block), an `if`/`while` condition, a match
guard or arm, a loop body, an operand of `&&`/`||`, the function body, and, in edition
2024 only, a block's tail expression (in 2021 tail temporaries outlive the block's locals).
"""
from __future__ import annotations

from dataclasses import field
from typing import Optional

from ..source.span import Span
from . import ir
from ..syntax.node_class import node_class


@node_class
class ScheduledDrop:
    local: int
    value: bool  # run drop glue (if the type needs it), then StorageDead; else StorageDead only
    span: Span


@node_class
class Scope:
    span: Span
    temp_scope: bool
    drops: list = field(default_factory=list)


def push_scope(b, span: Span, temp_scope: bool = False) -> Scope:
    scope = Scope(span, temp_scope)
    b.scopes.append(scope)
    return scope


def pop_scope(b, exit_span: Optional[Span] = None) -> None:
    scope = b.scopes.pop()
    emit_drops(b, scope.drops, exit_span or end_span(scope.span))


def end_span(span: Span) -> Span:
    """The last character of span (the `}` of a block): where rustc puts scope-end drops."""
    return Span(max(span.lo, span.hi - 1), span.hi)


def schedule_drop(b, local: int, span: Span, scope: Optional[Scope] = None) -> None:
    """Drop `local` (and end its storage) when `scope` (default: the innermost) ends."""
    target = scope if scope is not None else b.scopes[-1]
    value = b.props.needs_drop(b.locals[local].ty)
    target.drops.append(ScheduledDrop(local, value, span))


def temp_scope(b) -> Scope:
    for scope in reversed(b.scopes):
        if scope.temp_scope:
            return scope
    return b.scopes[0]


def emit_drops(b, drops: list, span: Span) -> None:
    unwinding = b.unwind
    # (only cleanup paths need the enclosing scopes' drops: a walk over all of them)
    outer = _outer_value_drops(b, drops) if unwinding else ()
    for i in range(len(drops) - 1, -1, -1):
        drop = drops[i]
        if drop.value:
            target = b.new_block()
            # if this drop panics, the earlier-scheduled values still get dropped
            unwind = None
            if unwinding:
                unwind = cleanup_chain(b, outer + tuple(d.local for d in drops[:i] if d.value), span)
            b.terminate(ir.Drop(ir.Place(drop.local), target, span, unwind=unwind), target)
        b.push(ir.StorageDead(drop.local, span))


def _outer_value_drops(b, drops: list) -> tuple:
    """Value drops of the scopes enclosing `drops` (all of `b.scopes` below the scope whose
    list it is, or all of them when it is a popped scope's), outermost first."""
    out: list = []
    for scope in b.scopes:
        if scope.drops is drops:
            break
        out.extend(d.local for d in scope.drops if d.value)
    return tuple(out)


def unwind_target(b, span: Span) -> int:
    """The cleanup block a panic at the current point unwinds to: drop every value scheduled
    so far, innermost first, then `UnwindResume` (rustc's diverge_cleanup)."""
    return cleanup_chain(b, tuple(d.local for scope in b.scopes for d in scope.drops if d.value), span)


def cleanup_chain(b, locals_: tuple, span: Span) -> int:
    """A cleanup block dropping locals_ in reverse, then resuming; suffixes are shared."""
    block = b.cleanup_blocks.get(locals_)
    if block is not None:
        return block
    if not locals_:
        block = b.new_block(is_cleanup=True)
        b.blocks[block].terminator = ir.UnwindResume(b.span)
    else:
        rest = cleanup_chain(b, locals_[:-1], span)
        block = b.new_block(is_cleanup=True)
        b.blocks[block].terminator = ir.Drop(ir.Place(locals_[-1]), rest, span)
    b.cleanup_blocks[locals_] = block
    return block


def exit_scopes_to(b, depth: int, span: Span) -> None:
    """Emit the drops of every scope above `depth` (innermost first), leaving them pushed."""
    for scope in reversed(b.scopes[depth:]):
        emit_drops(b, scope.drops, span)
