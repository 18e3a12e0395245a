"""Diagnostic messages of the lints phase (borrowck/lints), merged by `registry.py`.

Key: the code itself ("E0382") for a code's main message, "CODE.variant" for further
variants or label texts ("E0382.borrow", "E0382.label.moved"), or a snake_case name for
codeless messages. A value is a Message, or a plain str meaning Message(<key's code>, str).
"""
from __future__ import annotations

from .message import Message

MESSAGES: dict = {
    # lints: the code is the lint name
    "overflowing_literals": Message("overflowing_literals", "literal out of range for `{ty}`"),
    "overflowing_literals.range": "the literal `{lit}` does not fit into the type `{ty}` whose range is `{lo}..={hi}`",
    "overflowing_literals.bin_hex": "the literal `{lit}` (decimal `{dec}`) does not fit into the type `{ty}` and will become `{becomes}`",
    "overflowing_literals.float": "the literal `{lit}` does not fit into the type `{ty}` and will be converted to `{ty}::{inf}`",
    "overflowing_literals.help_type": "consider using the type `{ty}` instead",
    "overflowing_literals.as_negative": "to use as a negative number (decimal `{dec}`), consider using the type `{uty}` for the literal and cast it to `{ty}`",
    "unconditional_panic": Message("unconditional_panic", "this operation will panic at runtime"),
    "arithmetic_overflow": Message("arithmetic_overflow", "this arithmetic operation will overflow"),
    "lint.deny_by_default": "`#[deny({lint})]` on by default",
    # constant evaluation
    "E0080": "{message}",
    "E0080.label": "evaluation of `{name}` failed here",
    "erroneous_constant": Message(None, "erroneous constant encountered", level="note"),
    # exhaustiveness
    "E0004": "non-exhaustive patterns: {pats} not covered",
    "E0004.label": "pattern{s} {pats} not covered",
    "E0004.defined_here": "`{ty}` defined here",
    "E0004.not_covered": "not covered",
    "E0004.matched_type": "the matched value is of type `{ty}`",
    "E0004.str_needs_wildcard": "`&str` cannot be matched exhaustively, so a wildcard `_` is necessary",
    "E0004.help_one": "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern or an explicit pattern as shown",
    "E0004.help_many": "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern, a match arm with multiple or-patterns as shown, or multiple match arms",
    "E0004.help_wild": "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern as shown, or multiple match arms",
    "E0005": "refutable pattern in local binding",
    "E0005.irrefutable": "`let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` with only one variant",
    "E0005.book": "for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html",
    "E0005.for": "refutable pattern in `for` loop binding",
    "E0005.fn_arg": "refutable pattern in function argument",
    "E0005.closure_arg": "refutable pattern in closure argument",
    "E0005.let_else": "you might want to use `let...else` to handle the {which} matched",
    # destructors
    "E0040": "explicit use of destructor method",
    "E0040.label": "explicit destructor calls not allowed",
    "E0040.help": "consider using `drop` function",
    "E0184": "the trait `Copy` cannot be implemented for this type; the type has a destructor",
    "E0184.label": "`Copy` not allowed on types with destructors",
    "E0184.derive": "in this derive macro expansion",
    "E0184.note": "destructor declared here",
}
