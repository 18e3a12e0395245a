"""Diagnostic messages of the types phase, merged by `registry.py`.

Key: the code itself ("E0382") for a code's main message, "CODE.variant" for further
variants or label texts ("E0382.borrow", "E0382.label.moved"), or a snake_case name for
codeless messages. A value is a Message, or a plain str meaning Message(<key's code>, str).
"""
from __future__ import annotations

from .message import Message

MESSAGES: dict = {
    # ── name resolution and item tables (TYPES-A: borrowck/resolve, types/item_*.py) ──
    "E0425.resolve_value": "cannot find value `{name}` in this scope",
    "E0425.resolve_fn": "cannot find function `{name}` in this scope",
    "E0425.resolve_type": "cannot find type `{name}` in this scope",
    "E0425.resolve_value_in": "cannot find value `{name}` in {where}",
    "E0425.resolve_fn_in": "cannot find function `{name}` in {where}",
    "E0425.resolve_type_in": "cannot find type `{name}` in {where}",
    "E0405.resolve": "cannot find trait `{name}` in this scope",
    "E0405.resolve_in": "cannot find trait `{name}` in {where}",
    "E0433.resolve_type": "cannot find type `{name}` in this scope",
    "E0433.resolve_crate": "cannot find module or crate `{name}` in this scope",
    "E0433.resolve_in": "cannot find `{name}` in `{parent}`",
    "E0433.resolve_super": "too many leading `super` keywords",
    "E0432.resolve": "unresolved import `{path}`",
    "E0428.resolve": "the name `{name}` is defined multiple times",
    "E0603.resolve": "{kind} `{name}` is private",
    "E0404.resolve": "expected trait, found {kind} `{name}`",
    "E0573.resolve": "expected type, found {kind} `{name}`",
    "E0423.resolve": "expected value, found {kind} `{name}`",
    "E0106.resolve": "missing lifetime specifier",
    "E0106.resolve_many": "missing lifetime specifiers",
    "E0261.resolve": "use of undeclared lifetime name `{name}`",
    "E0107.resolve_more": "{kind} takes {expected} but {given} supplied",
    "E0107.resolve_missing": "missing generics for {kind} `{name}`",
    "E0053.resolve": "method `{name}` has an incompatible type for trait",
    "E0046.resolve": "not all trait items implemented, missing: {missing}",
    "E0407.resolve": "method `{name}` is not a member of trait `{trait}`",
    "E0437.resolve": "type `{name}` is not a member of trait `{trait}`",
    "E0438.resolve": "const `{name}` is not a member of trait `{trait}`",
    "E0117.resolve": "only traits defined in the current crate can be implemented for primitive types",
    "E0117.resolve_arbitrary": "only traits defined in the current crate can be implemented for types defined outside of the crate",
    "E0120.resolve": "the `Drop` trait may only be implemented for local structs, enums, and unions",
    "E0185.resolve": "method `{name}` has a `{receiver}` declaration in the impl, but not in the trait",
    "E0186.resolve": "method `{name}` has a `{receiver}` declaration in the trait, but not in the impl",
    "E0390.resolve": "cannot define inherent `impl` for primitive types",
    "E0116.resolve": "cannot define inherent `impl` for a type outside of the crate where the type is defined",
    "E0210.resolve": "type parameter `{name}` must be used as the type parameter for some local type (e.g., `MyStruct<{name}>`)",
    "E0050.resolve": "method `{name}` has {given} but the declaration in trait `{trait}` has {expected}",
    "E0121.resolve": "the placeholder `_` is not allowed within types on item signatures for {what}",
    "E0782.resolve": "expected a type, found a trait",
    "E0229.resolve": "associated item constraints are not allowed here",
    "E0109.resolve": "type arguments are not allowed on {what}",
    "E0038": "the trait `{name}` is not dyn compatible",
    "E0038.label": "`{name}` is not dyn compatible",
    "E0224.resolve": "at least one trait is required for an object type",
    "E0220.resolve": "associated type `{name}` not found for `{ty}`",
    "E0223.resolve": "ambiguous associated type",
    "E0403.resolve": "the name `{name}` is already used for a generic parameter in this item's generic parameters",
    "E0412.resolve": "cannot find type `{name}` in this scope",
    "E0411.resolve": "cannot find type `Self` in this scope",
}
