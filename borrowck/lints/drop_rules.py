"""Item rules around destructors.

- E0184: a type that is `Copy` (derived or implemented) and also implements `Drop`.
- E0040: an explicit `x.drop()` call of `Drop::drop` (the `drop(x)` function is the way).
"""
from __future__ import annotations

import re
from typing import Optional

from ..diagnostics import registry
from ..diagnostics.diagnostic import Diagnostic
from ..source.span import SourceFile, Span
from ..syntax import ast
from .crate_nodes import CrateNodes
from ..types import ty as T


def type_name(ty: ast.Node) -> Optional[str]:
    if isinstance(ty, ast.PathType) and ty.path.segments:
        return ty.path.segments[-1].ident.name
    return None


def trait_name(impl: ast.Impl) -> Optional[str]:
    return impl.trait_ref.segments[-1].ident.name if impl.trait_ref is not None and impl.trait_ref.segments else None


def signature_span(fn: ast.Fn, file: SourceFile) -> Span:
    """`fn drop(&mut self)`: the fn up to (not including) its body."""
    if fn.body is None:
        return fn.span
    end = fn.body.span.lo
    while end > fn.span.lo and file.data[end - 1:end] in (b" ", b"\t", b"\n", b"\r"):
        end -= 1
    return Span(fn.span.lo, end)


def drop_impls(crate: ast.Crate, nodes: Optional[CrateNodes] = None) -> dict:
    """type name -> the `fn drop` of its `impl Drop`."""
    nodes = nodes if nodes is not None else CrateNodes(crate)
    found = {}
    for n in nodes.of(ast.Impl):
        if trait_name(n) == "Drop" and not n.negative:
            fn = next((i for i in n.items if isinstance(i, ast.Fn) and i.ident.name == "drop"), None)
            name = type_name(n.self_ty)
            if name is not None and fn is not None:
                found[name] = fn
    return found


def derive_span(attr: ast.Attribute, trait: str, file: SourceFile) -> Span:
    text = file.snippet(attr.span)
    m = re.search(rf"\b{trait}\b", text)
    return Span(attr.span.lo + m.start(), attr.span.lo + m.end()) if m else attr.span


def check_copy_with_drop(crate: ast.Crate, file: SourceFile, nodes: Optional[CrateNodes] = None) -> list[Diagnostic]:
    nodes = nodes if nodes is not None else CrateNodes(crate)
    drops = drop_impls(crate, nodes)
    if not drops:
        return []
    diags = []
    for n in nodes.of(ast.Struct, ast.Enum, ast.Union_, ast.Impl):
        if isinstance(n, (ast.Struct, ast.Enum, ast.Union_)) and n.ident.name in drops:
            derive = next((a for a in n.attrs if a.name == "derive" and "Copy" in a.args), None)
            if derive is not None:
                diag = registry.error("E0184", n.ident.span, registry.text("E0184.label"))
                diag.label(derive_span(derive, "Copy", file), registry.text("E0184.derive"))
                diags.append(diag.note(registry.text("E0184.note"), signature_span(drops[n.ident.name], file)))
        elif isinstance(n, ast.Impl) and trait_name(n) == "Copy" and not n.negative:
            name = type_name(n.self_ty)
            if name in drops:
                diag = registry.error("E0184", n.self_ty.span, registry.text("E0184.label"))
                diags.append(diag.note(registry.text("E0184.note"), signature_span(drops[name], file)))
    return diags


def is_drop_method(call: ast.MethodCall, typed, drop_types: set, inherent_drops: set) -> bool:
    if call.method.name != "drop" or call.args:
        return False
    callee = typed.callees.get(call)
    if callee is not None:
        return "Drop::drop" in str(callee.def_id) or "Drop" in str(callee.impl_id or "")
    t = typed.expr_types.get(call.receiver)
    while isinstance(t, T.Ref):
        t = t.inner
    if isinstance(t, T.Adt):
        name = t.def_id.rsplit("::", 1)[-1]
        return name in drop_types and name not in inherent_drops
    return False


def check_explicit_drop_calls(typed, crate: ast.Crate, nodes: Optional[CrateNodes] = None) -> list[Diagnostic]:
    nodes = nodes if nodes is not None else CrateNodes(crate)
    drop_types = set(drop_impls(crate, nodes))
    inherent = {type_name(n.self_ty) for n in nodes.of(ast.Impl)
                if n.trait_ref is None
                and any(isinstance(i, ast.Fn) and i.ident.name == "drop" for i in n.items)}
    diags = []
    for n in nodes.of(ast.MethodCall):
        if n.method.name == "drop" and is_drop_method(n, typed, drop_types, inherent):
            diag = registry.error("E0040", n.method.span, registry.text("E0040.label"))
            diag.children.append(registry.suggestion(
                registry.text("E0040.help"),
                [(n.receiver.span.shrink_to_lo(), "drop("), (Span(n.receiver.span.hi, n.span.hi), ")")]))
            diags.append(diag)
    return diags
