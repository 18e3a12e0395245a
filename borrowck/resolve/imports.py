"""Resolving `use` declarations to a fixed point, globs included.

1. Every pending import tries to resolve its module path (`crate`/`self`/`super`/extern
   crate/a name in scope, then module, enum or trait namespaces).
2. A resolved import binds its last name in each namespace where the target defines it
   (`use m::X` may import a type and a value at once); `self` imports the module itself.
3. Globs copy the public names of their source that the importing module lacks; explicit
   names win over glob names.
4. Repeat while something changed; what is left is E0432 (unresolved import).
"""
from __future__ import annotations

from ..diagnostics import registry
from ..source.span import Span
from ..types.item_defs import Binding
from .module_tree import ModuleTree, UseEntry
from .prelude import extern_crate
from .visibility import is_ancestor, narrower

WAIT = "wait"


def resolve_imports(tree: ModuleTree, resolver, uses: list, diags: list) -> None:
    pending = list(uses)
    while True:
        changed = False
        still = []
        for use in pending:
            result = _try_import(tree, resolver, use, diags)
            if result == WAIT:
                still.append(use)
            else:
                changed = True
        if _expand_globs(tree):
            changed = True
        pending = still
        if not pending or not changed:
            break
    for use in pending:
        diags.append(_unresolved(tree, resolver, use))


def _try_import(tree: ModuleTree, resolver, use: UseEntry, diags: list):
    segs = [i.name for i in use.tree.path]
    if segs and segs[-1] == "self":
        segs = segs[:-1]
        if not segs:
            return "done"
        # the lowering keeps a final `self` only when written outside braces (`use a::self;`)
        span = Span(use.tree.path[-2].span.hi, use.tree.path[-1].span.hi)
        if tree.modules[use.module].crate != "std" and not any(
                d.code == "E0429" and d.primary_span() == span for d in diags):  # once, though retried
            diags.append(registry.error("E0429.resolve", span, None))
        # `use a::b::{self}` imports the module b in the type namespace only
        base = _module_path(tree, resolver, use.module, segs[:-1])
        if base is None:
            return WAIT
        b = resolver.lookup_in(base, "types", segs[-1]) if base else None
        if b is None:
            return WAIT
        item_vis = None if b.is_pub else (b.visible_in or base)
        if item_vis is not None and not resolver.visible_from(item_vis, use.module):
            diags.append(resolver.private_error(use.tree.path[-2], b))
            return "done"
        if _wider(tree, use.visible_in, item_vis):
            diags.append(_reexport_error(tree, use, segs[-1], "types", b, item_vis))
        name = use.tree.alias.name if use.tree.alias else segs[-1]
        _bind(tree, use, "types", name, b, item_vis, diags)
        return "done"
    if use.tree.is_glob:
        target = _module_path(tree, resolver, use.module, segs)
        if target is None:
            return WAIT
        data = tree.modules[use.module]
        if not any(g[:2] == (target, use.visible_in) for g in data.globs):
            data.globs.append((target, use.visible_in, use.tree.span))
        return "done"
    if not segs:
        return "done"
    base = _module_path(tree, resolver, use.module, segs[:-1])
    if base is None:
        return WAIT
    last = segs[-1]
    found = bound = False
    private = None  # E0603 once per import, and only when no namespace could be imported
    too_wide = None  # (ns, binding, its visibility): E0364/E0365 once per import
    if base == "":  # single-segment `use name;` (an extern crate or a name in scope)
        crate = extern_crate(last)
        if crate is not None:
            _bind(tree, use, "types", use.tree.alias.name if use.tree.alias else last, crate)
            return "done"
        return WAIT
    for ns in ("types", "values"):
        b = resolver.lookup_in(base, ns, last)
        if b is not None:
            found = True
            item_vis = None if b.is_pub else (b.visible_in or base)
            if item_vis is not None and not resolver.visible_from(item_vis, use.module):
                private = private or b
                continue
            bound = True
            if _wider(tree, use.visible_in, item_vis):
                too_wide = (ns, b, item_vis)
            name = use.tree.alias.name if use.tree.alias else last
            if name == "_":
                if b.kind == "trait":
                    tree.modules[use.module].anon_traits.append(b.target)
                continue
            _bind(tree, use, ns, name, b, item_vis, diags)
    if private is not None and not bound:
        diags.append(resolver.private_error(use.tree.path[-1], private))
    if too_wide is not None:
        diags.append(_reexport_error(tree, use, last, *too_wide))
    return "done" if found else WAIT


def _wider(tree: ModuleTree, vis: str | None, than: str | None) -> bool:
    """Whether visibility `vis` reaches further than `than` (None = everywhere)."""
    if than is None:
        return False
    return vis is None or (vis != than and is_ancestor(tree, vis, than))


def _reexport_error(tree: ModuleTree, use: UseEntry, name: str, ns: str, b: Binding, item_vis: str):
    """E0364 (a value re-exported beyond its visibility) / E0365 (a type or module only)."""
    crate_wide = tree.modules[item_vis].kind == "crate"
    span = use.tree.span
    if ns == "values":
        d = registry.error("E0364.crate" if crate_wide else "E0364", span, name=name)
        d.note(registry.text("E0364.note", name=name), span)
        return d
    label = f"re-export of {'crate public' if crate_wide else 'private'} `{name}`"
    d = registry.error("E0365.crate" if crate_wide else "E0365", span, label, name=name)
    d.note(registry.text("E0365.note", name=name))
    return d


def _bind(tree: ModuleTree, use: UseEntry, ns: str, name: str, b: Binding, item_vis=None, diags=None) -> None:
    """Bind `name` to b's target with the import's visibility (never beyond the item's)."""
    data = tree.modules[use.module]
    table = getattr(data.ns, ns)
    old = table.get(name)
    if old is not None and (ns, name) not in data.glob_names:
        if diags is not None and data.crate != "std" and old.span is not None and old.span != use.tree.span:
            diags.append(_clash_error(tree, use, ns, name, old))
        return  # an item or an earlier import of that name wins
    data.glob_names.discard((ns, name))
    vis = narrower(tree, use.visible_in, item_vis)
    table[name] = Binding(b.kind, b.target, vis is None, use.tree.span, vis)


def _clash_error(tree: ModuleTree, use: UseEntry, ns: str, name: str, old: Binding):
    """E0252 (two imports of one name) / E0255 (an import and an item) in one namespace."""
    ns_word = "type" if ns == "types" else "value"
    is_import = any(u.module == use.module and u.tree.span == old.span for u in tree.uses)
    if is_import:
        d = registry.error("E0252.resolve", use.tree.span, f"`{name}` reimported here", name=name)
        d.label(old.span, f"previous import of the {ns_word} `{name}` here")
    elif old.span.lo > use.tree.span.lo:
        d = registry.error("E0255.resolve", old.span, f"`{name}` redefined here", name=name)
        d.label(use.tree.span, f"previous import of the {ns_word} `{name}` here")
    else:
        d = registry.error("E0255.resolve", use.tree.span, f"`{name}` reimported here", name=name)
        d.label(old.span, f"previous definition of the {ns_word} `{name}` here")
    d.note(f"`{name}` must be defined only once in the {ns_word} namespace of this module")
    return d


def _module_path(tree: ModuleTree, resolver, module: str, segs: list):
    """The DefId of the module/enum/trait named by segs from `module`; "" for an empty
    path; None when not (yet) resolvable."""
    if not segs:
        return ""
    first = segs[0]
    if first == "crate":
        cur = tree.modules[module].crate
    elif first == "self":
        cur = tree.nearest_mod(module).def_id
    elif first == "super":
        cur = tree.nearest_mod(module).def_id
        cur = tree.modules[cur].parent
        if cur is None:
            return None
        cur = tree.nearest_mod(cur).def_id
    else:
        b = resolver.lookup_lexical(module, "types", first, allow_prelude=True)
        if b is None or b.kind not in ("mod", "enum", "trait"):
            return None
        cur = b.target
    for name in segs[1:]:
        if name == "super":
            parent = tree.modules[cur].parent
            if parent is None:
                return None
            cur = tree.nearest_mod(parent).def_id
            continue
        b = resolver.lookup_in(cur, "types", name)
        if b is None or b.kind not in ("mod", "enum", "trait"):
            return None
        cur = b.target
    return cur


def _expand_globs(tree: ModuleTree) -> bool:
    changed = False
    for data in tree.modules.values():
        for src, glob_vis, glob_span in data.globs:
            source = tree.modules.get(src)
            if source is None:
                continue
            for ns in ("types", "values"):
                table = getattr(data.ns, ns)
                for name, b in getattr(source.ns, ns).items():
                    if name in table:
                        continue
                    item_vis = None
                    if not b.is_pub and (b.visible_in is not None or source.kind in ("mod", "crate", "block")):
                        item_vis = b.visible_in or src
                        if not is_ancestor(tree, item_vis, data.def_id):
                            continue
                    # a glob re-exports each name only as far as both the glob and the item reach
                    vis = narrower(tree, glob_vis, item_vis)
                    table[name] = b if vis is None else Binding(b.kind, b.target, False, glob_span, vis)
                    data.glob_names.add((ns, name))
                    changed = True
    return changed


def _unresolved(tree: ModuleTree, resolver, use: UseEntry):
    segs = [i.name for i in use.tree.path]
    path = "::".join(segs)
    span = use.tree.span
    # find the first segment that fails, for rustc's label
    for k in range(1, len(segs) + 1):
        if k < len(segs) and _module_path(tree, resolver, use.module, segs[:k]) is None:
            bad = use.tree.path[k - 1]
            if k == 1:
                label = f"use of unresolved module or unlinked crate `{segs[0]}`"
            else:
                label = f"could not find `{segs[k - 1]}` in `{segs[k - 2]}`"
            d = registry.error("E0432.resolve", bad.span, label, path=path)
            return d
    parent = segs[-2] if len(segs) > 1 else "the crate root"
    return registry.error("E0432.resolve", span,
                          f"no `{segs[-1]}` in `{parent}`" if len(segs) > 1 else f"no external crate `{segs[-1]}`",
                          path=path)
