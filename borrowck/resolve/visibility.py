"""Visibility: the modules from which an item may be named.

A `pub` item is visible everywhere; any other item in one module and its descendants
(None below means "everywhere"): its own module when private or `pub(self)`, the crate
root for `pub(crate)`, the parent module for `pub(super)`, the named module for
`pub(in path)`. Block modules are not modules here: an item in a fn body belongs to the
enclosing `mod`. rustc resolves `pub(in path)` while it collects items, so only modules
declared before the item are found (E0433); a module that is not an ancestor is E0742.
Every visibility of items of one module lies on that module's ancestor chain, so two of
them are ordered: the narrower is the deeper module.
"""
from __future__ import annotations

from typing import Optional

from ..diagnostics import registry
from ..source.span import Span


def is_ancestor(tree, ancestor: str, module: str) -> bool:
    """Whether `module` is `ancestor` or lies inside it (block modules included)."""
    cur = module
    while cur is not None:
        if cur == ancestor:
            return True
        cur = tree.modules[cur].parent
    return False


def narrower(tree, a: Optional[str], b: Optional[str]) -> Optional[str]:
    """The smaller of two visibilities on one ancestor chain (None = everywhere)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if is_ancestor(tree, b, a) else b


def restriction(tree, module: str, is_pub: bool, vis_path: tuple, edition: str, diags: list) -> Optional[str]:
    """The module an item declared in `module` is visible in; None for plain `pub`."""
    home = tree.nearest_mod(module).def_id
    if not is_pub:
        return home
    if not vis_path:
        return None
    first = vis_path[0]
    if first.name == "crate":
        cur = tree.modules[module].crate
    elif first.name == "self":
        cur = home
    elif first.name == "super":
        cur = _parent(tree, home)
        if cur is None:
            diags.append(registry.error("E0433.resolve_super", first.span,
                                        "there are too many leading `super` keywords"))
            return home
    elif edition == "2015":
        cur = tree.modules[module].crate
        vis_path = (None,) + vis_path
    else:
        path_span = Span(first.span.lo, vis_path[-1].span.hi)
        d = registry.error("visibility_relative_path", path_span)
        d.help("try", path_span, "crate::" + "::".join(i.name for i in vis_path))
        d.children[-1].inline = True
        diags.append(d)
        return home
    for prev, ident in zip(vis_path, vis_path[1:]):
        if ident.name == "super":
            cur = _parent(tree, cur)
            if cur is None:
                diags.append(registry.error("E0433.resolve_super", ident.span,
                                            "there are too many leading `super` keywords"))
                return home
            continue
        child = tree.modules.get(f"{cur}::{ident.name}")
        if child is None or child.kind != "mod":
            parent = "crate" if prev is None else prev.name
            where = "the crate root" if tree.modules[cur].kind == "crate" else f"`{parent}`"
            diags.append(registry.error("E0433.resolve_in", ident.span, f"could not find `{ident.name}` in {where}",
                                        name=ident.name, parent=parent))
            return home
        cur = child.def_id
    if not is_ancestor(tree, cur, home):
        diags.append(registry.error("E0742", Span(first.span.lo, vis_path[-1].span.hi)))
        return home
    return cur


def _parent(tree, module: str) -> Optional[str]:
    parent = tree.modules[module].parent
    return None if parent is None else tree.nearest_mod(parent).def_id
