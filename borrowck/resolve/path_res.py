"""Resolving a path (`Vec::new`, `std::mem::swap`, `Color::Red`, `T::Item`) in a Scope.

1. The first segment: `crate`/`self`/`super`/`Self`, a generic parameter, or a name found
   lexically (the scope's module, enclosing block modules, extern crates, the prelude,
   primitive types).
2. Each further segment is looked up in the namespace of what the previous one named
   (module, enum, trait). A segment after a type (struct, alias, primitive, param, `Self`)
   is type-relative: it and the rest are returned unresolved for the type checker.
3. Failures become rustc's errors (E0425, E0433, E0405, E0404) in `PathResolution.error`;
   the caller emits them only if nothing else (a local variable) applies.
"""
from __future__ import annotations

from typing import Optional

from ..diagnostics import registry
from ..diagnostics.diagnostic import Diagnostic
from ..source.span import Span
from ..syntax import ast
from ..syntax.node_class import node_class
from ..types.item_defs import Binding
from .def_span import def_span
from .prelude import extern_crate, primitive
from .similar import best_match

TYPE_KINDS = frozenset({"struct", "enum", "union", "type_alias", "prim", "type_param", "self_ty",
                        "trait", "assoc_type"})


@node_class(frozen=True, slots=True)
class PathResolution:
    """binding: what the longest resolvable prefix names (None on error); rest: the
    trailing segments left for type-relative resolution; error: the diagnostic to report
    when binding is None (or the path is wrong for its namespace)."""

    binding: Optional[Binding]
    rest: tuple = ()
    error: Optional[Diagnostic] = None


class PathResolver:
    def __init__(self, tree):
        self.tree = tree

    # ── namespace lookups ──

    def lookup_in(self, module: str, ns: str, name: str) -> Optional[Binding]:
        data = self.tree.modules.get(module)
        if data is None:
            return None
        return getattr(data.ns, ns).get(name)

    def lookup_lexical(self, module: str, ns: str, name: str, allow_prelude: bool = True) -> Optional[Binding]:
        modules = self.tree.modules
        cur = module
        data = None
        while cur is not None:
            data = modules[cur]
            b = getattr(data.ns, ns).get(name)
            if b is not None:
                return b
            if data.kind != "block":
                break
            cur = data.parent
        if data is not None and data.crate == "std" and "std" in modules:
            b = getattr(modules["std"].ns, ns).get(name)
            if b is not None:
                return b
        if ns == "types":
            b = extern_crate(name)
            if b is not None:
                return b
        if allow_prelude and "std::prelude" in modules:
            b = getattr(modules["std::prelude"].ns, ns).get(name)
            if b is not None:
                return b
        if ns == "types":
            return primitive(name)
        return None

    # ── paths ──

    def resolve_path(self, path: ast.Path, scope, ns: str, what: Optional[str] = None) -> PathResolution:
        """ns: "type" | "value" | "trait". what: "function" to word a value error as rustc
        does for a call (`cannot find function`)."""
        segs = path.segments
        if path.qself is not None:
            return self._qualified(path, scope)
        if not segs:
            return PathResolution(None, (), registry.unsupported(path.span, "empty path"))
        names = [s.ident.name for s in segs]
        single = len(segs) == 1
        first = names[0]
        cur = None
        if path.is_global:
            cur = extern_crate(first)
            if cur is None:
                return PathResolution(None, (), self._missing_first(segs, ns, what, scope.module, global_=True))
        elif first == "crate":
            cur = Binding("mod", self.tree.modules[scope.module].crate)
        elif first == "self" and not (single and ns == "value"):
            cur = Binding("mod", self.tree.nearest_mod(scope.module).def_id)
        elif first == "super":
            cur = self._super(scope.module)
            if cur is None:
                return PathResolution(None, (), registry.error("E0433.resolve_super", segs[0].ident.span,
                                                               "there are too many leading `super` keywords"))
        elif first == "Self":
            if scope.self_ty is None:
                return PathResolution(None, (), registry.error(
                    "E0411.resolve", segs[0].ident.span,
                    "`Self` is only available in impls, traits, and type definitions"))
            cur = Binding("self_ty", scope.impl_id or scope.self_trait or scope.item or "")
        elif first in scope.type_params and (ns != "value" or not single):
            cur = Binding("type_param", first)
        elif single and ns == "value" and any(n == first for n, _ in scope.const_params):
            return PathResolution(Binding("const_param", first))
        else:
            lookup_ns = "values" if (single and ns == "value") else "types"
            cur = self.lookup_lexical(scope.module, lookup_ns, first)
            if cur is not None and cur.kind == "mod" and first in _prims() and \
                    (ns == "type" and single or not single and self.lookup_in(cur.target, "types", names[1]) is None
                     and self.lookup_in(cur.target, "values", names[1]) is None):
                cur = primitive(first)
            if cur is None:
                if single and ns == "type" and any(n == first for n, _ in scope.const_params):
                    return PathResolution(None, (), registry.error(  # `-> N` names a const param
                        "E0573.resolve", segs[0].ident.span, "not a type", kind="const parameter", name=first))
                return PathResolution(None, (), self._missing_first(segs, ns, what, scope.module))
        for i in range(1, len(segs)):
            kind = cur.kind
            last = i == len(segs) - 1
            name = names[i]
            if kind == "mod":
                if name == "super":
                    nxt = self._super(cur.target)
                else:
                    lookup_ns = ("values" if ns == "value" else "types") if last else "types"
                    nxt = self.lookup_in(cur.target, lookup_ns, name)
                if nxt is None:
                    return PathResolution(None, (), self._missing_in(segs, i, ns, what, cur))
                if not nxt.is_pub and not self.visible_from(nxt.visible_in or cur.target, scope.module):
                    return PathResolution(None, (), self.private_error(segs[i].ident, nxt))
                cur = nxt
            elif kind == "enum":
                nxt = self.lookup_in(cur.target, "values" if ns == "value" else "types", name)
                if nxt is None or not last:
                    return PathResolution(cur, tuple(segs[i:]))
                cur = nxt
            else:
                # trait items and everything after a type are type-relative
                return self._check_ns(PathResolution(cur, tuple(segs[i:])), segs, ns)
        return self._check_ns(PathResolution(cur), segs, ns)

    def visible_from(self, owner: str, module: str) -> bool:
        """A private item of module `owner` is visible in owner and its descendants."""
        modules = self.tree.modules
        owner_data = modules.get(owner)
        if owner_data is None or owner_data.kind in ("enum", "trait"):
            return True
        cur = module
        while cur is not None:
            if cur == owner:
                return True
            cur = modules[cur].parent
        return False

    def private_error(self, ident: ast.Ident, b: Binding) -> Diagnostic:
        """E0603 for naming a private item from outside its module."""
        kind = _kind_word(b.kind)
        name = ident.name
        node = self._struct_of_ctor(b)
        if node is not None:
            kind = "tuple struct constructor" if node.kind == "tuple" else "unit struct"
        item, file = self._item_of(b)
        item_span = None
        if item is not None:
            item_span = def_span(item, file, as_ctor=b.kind == "ctor")
        # a binding whose span is not its item's name comes from a `use`
        is_import = item is not None and b.span is not None and b.span != getattr(item, "ident", item).span
        what = f"{kind} import" if is_import else kind
        d = registry.error("E0603.resolve", ident.span, f"private {what}", kind=what, name=name)
        if node is not None and node.fields:
            d.label(Span(node.fields[0].span.lo, node.fields[-1].span.hi),
                    "a constructor is private if any of the fields is private")
            d.note(f"the {kind} `{name}` is defined here", node.span)
        elif is_import:
            d.note(f"the {what} `{name}` is defined here...", b.span)
            d.note(f"...and refers to the {kind} `{item.ident.name}` which is defined here", item_span)
        elif item_span is not None:
            d.note(f"the {kind} `{name}` is defined here", item_span)
        elif b.span is not None:
            d.note(f"the {kind} `{name}` is defined here", b.span)
        return d

    def _item_of(self, b: Binding) -> tuple:
        """(item node, its file) of a user crate's binding, else (None, None); errors only."""
        for entry in self.tree.entries:
            if entry.def_id == b.target and entry.node is not None:
                return entry.node, entry.file
        if b.kind == "mod":
            for node, def_id in self.tree.node_defs.items():
                if def_id == b.target and isinstance(node, ast.Mod):
                    return node, None
        return None, None

    def _struct_of_ctor(self, b: Binding):
        """The ast.Struct of a tuple or unit struct's constructor."""
        if b.kind != "ctor" or "::" not in b.target:
            return None
        for entry in self.tree.entries:
            if entry.def_id == b.target and isinstance(entry.node, ast.Struct):
                return entry.node
        return None

    def _check_ns(self, res: PathResolution, segs, ns: str) -> PathResolution:
        b = res.binding
        if ns == "trait" and not res.rest and b.kind != "trait":
            seg = segs[-1]
            return PathResolution(None, (), registry.error(
                "E0404.resolve", seg.ident.span, "not a trait", kind=_kind_word(b.kind), name=seg.ident.name))
        if ns == "type" and not res.rest and b.kind not in TYPE_KINDS:
            seg = segs[-1]
            return PathResolution(None, (), registry.error(
                "E0573.resolve", seg.ident.span, "not a type", kind=_kind_word(b.kind), name=seg.ident.name))
        return res

    def _super(self, module: str) -> Optional[Binding]:
        cur = self.tree.nearest_mod(module)
        if cur.parent is None:
            return None
        return Binding("mod", self.tree.nearest_mod(cur.parent).def_id)

    def _qualified(self, path: ast.Path, scope) -> PathResolution:
        q = path.qself
        segs = path.segments
        if q.trait_len == 0:
            return PathResolution(Binding("qself", ""), tuple(segs))
        trait_path = ast.Path(path.span, segs[:q.trait_len], path.is_global)
        res = self.resolve_path(trait_path, scope, "trait")
        if res.binding is None:
            return res
        return PathResolution(res.binding, tuple(segs[q.trait_len:]))

    # ── errors ──

    def _missing_first(self, segs, ns: str, what: Optional[str], module: str, global_: bool = False) -> Diagnostic:
        seg = segs[0]
        name = seg.ident.name
        if len(segs) == 1 and not global_:
            other = self.lookup_lexical(module, "values" if ns != "value" else "types", name)
            if other is not None and ns == "type":
                return registry.error("E0573.resolve", seg.ident.span, "not a type", kind=_kind_word(other.kind),
                                      name=name)
            if other is not None and ns == "value" and other.kind in ("struct", "enum", "union", "trait",
                                                                     "type_alias", "mod"):
                return registry.error("E0423.resolve", seg.ident.span, None, kind=_kind_word(other.kind),
                                      name=name)
            if ns == "trait":
                key = "E0405.resolve"
            elif ns == "type":
                key = "E0425.resolve_type"
            else:
                key = "E0425.resolve_fn" if what == "function" else "E0425.resolve_value"
            similar = self._similar(name, ns, module)
            if similar is None:
                return registry.error(key, seg.ident.span, "not found in this scope", name=name)
            d = registry.error(key, seg.ident.span, None, name=name)
            kind = _kind_word(similar.kind)
            if similar.span is not None and not similar.target.startswith("std::"):
                d.label(similar.span, f"similarly named {kind} `{similar_name(similar)}` defined here")
            d.help(f"a {kind} with a similar name exists", seg.ident.span, similar_name(similar),
                   "MaybeIncorrect")
            return d
        if name[:1].isupper():
            return registry.error("E0433.resolve_type", seg.ident.span, f"use of undeclared type `{name}`",
                                  name=name)
        d = registry.error("E0433.resolve_crate", seg.ident.span,
                           f"use of unresolved module or unlinked crate `{name}`", name=name)
        d.help(f"you might be missing a crate named `{name}`")
        return d

    def _similar(self, name: str, ns: str, module: str) -> Optional[Binding]:
        """The in-scope item whose name is closest to `name` (for "a similar name exists")."""
        table = "values" if ns == "value" else "types"
        found = {}
        cur = module
        modules = self.tree.modules
        while cur is not None:
            data = modules[cur]
            for n, b in getattr(data.ns, table).items():
                found.setdefault(n, b)
            if data.kind != "block":
                break
            cur = data.parent
        prelude = modules.get("std::prelude")
        if prelude is not None:
            for n, b in getattr(prelude.ns, table).items():
                found.setdefault(n, b)
        if ns == "trait":
            found = {n: b for n, b in found.items() if b.kind == "trait"}
        elif ns == "type":
            found = {n: b for n, b in found.items() if b.kind not in ("mod", "trait")}
        best = best_match(name, found)
        return found[best] if best is not None else None

    def _missing_in(self, segs, i: int, ns: str, what, parent: Binding) -> Diagnostic:
        seg = segs[i]
        name = seg.ident.name
        parent_name = segs[i - 1].ident.name
        if i == len(segs) - 1:
            where = f"module `{'::'.join(s.ident.name for s in segs[:i])}`"
            if ns == "trait":
                return registry.error("E0405.resolve_in", seg.ident.span, f"not found in `{parent_name}`",
                                      name=name, where=where)
            if ns == "type":
                return registry.error("E0425.resolve_type_in", seg.ident.span, f"not found in `{parent_name}`",
                                      name=name, where=where)
            key = "E0425.resolve_fn_in" if what == "function" else "E0425.resolve_value_in"
            return registry.error(key, seg.ident.span, f"not found in `{parent_name}`", name=name, where=where)
        return registry.error("E0433.resolve_in", seg.ident.span,
                              f"could not find `{name}` in `{parent_name}`", name=name, parent=parent_name)


def similar_name(b: Binding) -> str:
    return b.target.rsplit("::", 1)[-1]


def _prims():
    from .prelude import PRIMITIVES
    return PRIMITIVES


def _kind_word(kind: str) -> str:
    return {"fn": "function", "ctor": "struct", "const": "constant", "static": "static",
            "mod": "module", "variant": "variant", "type_alias": "type alias",
            "type_param": "type parameter", "prim": "builtin type", "enum": "enum",
            "struct": "struct", "trait": "trait", "union": "union", "const_param": "const parameter",
            "local": "local variable", "self_ty": "self type", "assoc_type": "associated type"}.get(kind, kind)
