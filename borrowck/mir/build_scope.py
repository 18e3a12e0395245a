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

from dataclasses import dataclass, field
from typing import Optional

from ..source.span import Span
from . import ir


@dataclass
class ScheduledDrop:
    local: int
    value: bool  # run drop glue (if the type needs it), then StorageDead; else StorageDead only
    span: Span


@dataclass
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
    for drop in reversed(drops):
        if drop.value:
            target = b.new_block()
            b.terminate(ir.Drop(ir.Place(drop.local), target, span), target)
        b.push(ir.StorageDead(drop.local, span))


def exit_scopes_to(b, depth: int, span: Span) -> None:
    """Emit the drops of every scope above `depth` (innermost first), leaving them pushed."""
    for scope in reversed(b.scopes[depth:]):
        emit_drops(b, scope.drops, span)
