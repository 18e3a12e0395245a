"""The module tree: every module (crate root, `mod`, enum, trait, block with items) with
the names it defines, and the list of items whose signatures are lowered later.

DefIds are canonical paths: `crate::m::Name`, `std::vec::Vec`. Enums and traits get a
namespace too (`crate::Color::Red`, `crate::Shape::area`), so paths walk them like modules.
A block that declares items gets an anonymous module: `crate::main` for the first such
block of fn main (its items are `crate::main::Helper`), `crate::main::{block#1}` for others.
"""
from __future__ import annotations

from dataclasses import field
from itertools import repeat
from operator import attrgetter
from typing import Optional

from ..diagnostics import registry
from ..source.span import Span
from ..syntax import ast
from ..syntax.node_class import node_class
from ..syntax.walk import iter_nodes
from ..types.item_defs import Binding, Namespace
from .visibility import narrower, restriction


@node_class(slots=True)
class ModuleData:
    def_id: str
    kind: str  # "crate" | "mod" | "block" | "enum" | "trait"
    parent: Optional[str]  # enclosing module (lexical parent for blocks)
    crate: str  # "crate" | "std"
    ns: Namespace = field(default_factory=Namespace)
    globs: list = field(default_factory=list)  # (DefId, visibility, span) of modules/enums glob-imported here
    glob_names: set = field(default_factory=set)  # (ns, name) that came from a glob
    anon_traits: list = field(default_factory=list)  # traits imported `as _`


@node_class(slots=True)
class ItemEntry:
    """An item to lower: its node, DefId, the module its paths resolve in, and its file."""

    node: ast.Node
    def_id: str
    module: str
    file: object  # SourceFile (std items: the std file)
    is_std: bool


@node_class(slots=True)
class UseEntry:
    module: str
    tree: ast.UseTree
    is_pub: bool
    file: object
    visible_in: Optional[str] = None  # the import's own visibility (None: `pub`)


@node_class(slots=True)
class ModuleTree:
    modules: dict = field(default_factory=dict)  # DefId -> ModuleData
    entries: list = field(default_factory=list)  # of ItemEntry, in source order
    uses: list = field(default_factory=list)  # of UseEntry
    block_modules: dict = field(default_factory=dict)  # ast.Block -> module DefId
    node_defs: dict = field(default_factory=dict)  # item node -> DefId
    vis_scopes: dict = field(default_factory=dict)  # non-`pub` item/field/impl item node -> module it is visible in

    def nearest_mod(self, module: str) -> ModuleData:
        """The enclosing real module of a block module (for `self`/`super`)."""
        data = self.modules[module]
        while data.kind == "block":
            data = self.modules[data.parent]
        return data


class DefCollector:
    """Walks items of one crate, registering definitions and scheduling lowering."""

    def __init__(self, tree: ModuleTree, crate: str, diags: list, edition: str = "2021"):
        self.tree = tree
        self.crate = crate
        self.diags = diags
        self.edition = edition
        self.duplicate = False  # set by define() when the current item redefines a name
        self.current_item = None

    def add_module(self, def_id: str, kind: str, parent: Optional[str]) -> ModuleData:
        data = ModuleData(def_id, kind, parent, self.crate)
        self.tree.modules[def_id] = data
        return data

    def collect(self, items: tuple, module: str, file) -> None:
        for item in items:
            self.collect_item(item, module, file)

    def define(self, module: str, ns: str, name: str, binding: Binding, span) -> None:
        table = getattr(self.tree.modules[module].ns, ns)
        old = table.get(name)
        if old is not None and old.span != binding.span:
            # E0428: same name twice in one namespace of one module
            item = self.current_item
            if item is not None and getattr(item, "ident", None) is not None:
                span = Span(item.span.lo, item.ident.span.hi)
            d = registry.error("E0428.resolve", span, f"`{name}` redefined here", name=name)
            if old.span is not None:
                d.label(old.span, f"previous definition of the {_kind_word(old.kind)} `{name}` here")
            d.note(f"`{name}` must be defined only once in the {'type' if ns == 'types' else 'value'} "
                   f"namespace of this {'block' if self.tree.modules[module].kind == 'block' else 'module'}")
            self.diags.append(d)
            self.duplicate = True
            return
        table[name] = binding

    def child_id(self, module: str, name: str) -> str:
        return f"{module}::{name}"

    def visibility(self, node, module: str) -> Optional[str]:
        """The module `node` (declared in `module`) is visible in, recorded in tree.vis_scopes;
        None for plain `pub`."""
        vis = restriction(self.tree, module, node.is_pub, node.vis_path, self.edition, self.diags)
        if vis is not None:
            self.tree.vis_scopes[node] = vis
        return vis

    def not_permitted(self, node, file, note: str) -> None:
        """E0449 for a visibility written where the item's visibility is fixed (the
        modifier starts the node: `pub` or `pub(...)`)."""
        if not getattr(node, "is_pub", False):
            return
        lo = node.span.lo
        hi = lo + 3
        if node.vis_path and file is not None:
            hi = file.data.find(b")", node.vis_path[-1].span.hi) + 1
        span = Span(lo, hi)
        d = registry.error("E0449", span)
        d.help("remove the qualifier", span, "")
        d.children[-1].inline = True
        self.diags.append(d.note(note))

    def binding(self, kind: str, def_id: str, item, module: str, vis="") -> Binding:
        """The name binding of an item with the item's visibility."""
        if vis == "":
            vis = self.visibility(item, module)
        return Binding(kind, def_id, vis is None, item.ident.span, vis)

    def collect_item(self, item, module: str, file) -> None:
        tree = self.tree
        self.current_item = item
        self.duplicate = False
        is_std = self.crate == "std"
        if isinstance(item, ast.Fn):
            def_id = self.child_id(module, item.ident.name)
            self.define(module, "values", item.ident.name, self.binding("fn", def_id, item, module), item.ident.span)
            self.schedule(item, def_id, module, file)
            if item.body is not None and not is_std:
                self.collect_blocks(item.body, def_id, module, file)
        elif isinstance(item, ast.Struct):
            def_id = self.child_id(module, item.ident.name)
            vis = self.visibility(item, module)
            self.define(module, "types", item.ident.name, self.binding("struct", def_id, item, module, vis), item.ident.span)
            for f in item.fields:
                self.visibility(f, module)
            if item.kind in ("tuple", "unit"):
                # rustc: a constructor is as visible as the struct and the least visible field
                for f in item.fields:
                    vis = narrower(tree, vis, tree.vis_scopes.get(f))
                self.define(module, "values", item.ident.name, self.binding("ctor", def_id, item, module, vis),
                            item.ident.span)
            self.schedule(item, def_id, module, file)
        elif isinstance(item, ast.Union_):
            def_id = self.child_id(module, item.ident.name)
            self.define(module, "types", item.ident.name, self.binding("union", def_id, item, module), item.ident.span)
            for f in item.fields:
                self.visibility(f, module)
            self.schedule(item, def_id, module, file)
        elif isinstance(item, ast.Enum):
            def_id = self.child_id(module, item.ident.name)
            self.define(module, "types", item.ident.name, self.binding("enum", def_id, item, module), item.ident.span)
            if self.duplicate:
                return
            data = self.add_module(def_id, "enum", module)
            vis = self.tree.vis_scopes.get(item)  # variants are as visible as their enum
            for v in item.variants:
                for node in (v,) + v.fields:
                    self.not_permitted(node, file, registry.text("E0449.enum"))
                b = Binding("variant", f"{def_id}::{v.ident.name}", vis is None, v.ident.span, vis)
                data.ns.types.setdefault(v.ident.name, b)
                data.ns.values.setdefault(v.ident.name, b)
            self.schedule(item, def_id, module, file)
        elif isinstance(item, ast.Trait):
            def_id = self.child_id(module, item.ident.name)
            self.define(module, "types", item.ident.name, self.binding("trait", def_id, item, module), item.ident.span)
            if self.duplicate:
                return
            data = self.add_module(def_id, "trait", module)
            for sub in item.items:
                self.not_permitted(sub, file, registry.text("E0449.trait"))
            for sub in item.items:
                name = getattr(getattr(sub, "ident", None), "name", None)
                if name is None:
                    continue
                sub_id = f"{def_id}::{name}"
                if isinstance(sub, ast.Fn):
                    data.ns.values.setdefault(name, Binding("fn", sub_id, True, sub.ident.span))
                elif isinstance(sub, ast.Const):
                    data.ns.values.setdefault(name, Binding("const", sub_id, True, sub.ident.span))
                elif isinstance(sub, ast.TypeAlias):
                    data.ns.types.setdefault(name, Binding("assoc_type", sub_id, True, sub.ident.span))
            self.schedule(item, def_id, module, file)
        elif isinstance(item, ast.TypeAlias):
            def_id = self.child_id(module, item.ident.name)
            self.define(module, "types", item.ident.name, self.binding("type_alias", def_id, item, module),
                        item.ident.span)
            self.schedule(item, def_id, module, file)
        elif isinstance(item, ast.Const):
            def_id = self.child_id(module, item.ident.name)
            if item.ident.name != "_":
                self.define(module, "values", item.ident.name, self.binding("const", def_id, item, module),
                            item.ident.span)
            self.schedule(item, def_id, module, file)
        elif isinstance(item, ast.Static):
            def_id = self.child_id(module, item.ident.name)
            self.define(module, "values", item.ident.name, self.binding("static", def_id, item, module),
                        item.ident.span)
            self.schedule(item, def_id, module, file)
        elif isinstance(item, ast.Mod):
            def_id = self.child_id(module, item.ident.name)
            self.define(module, "types", item.ident.name, self.binding("mod", def_id, item, module), item.ident.span)
            if self.duplicate:
                return
            self.add_module(def_id, "mod", module)
            tree.node_defs[item] = def_id
            if item.items is None:
                self.diags.append(registry.unsupported(item.span, "out-of-line modules (`mod name;`)"))
            else:
                self.collect(item.items, def_id, file)
        elif isinstance(item, ast.Use):
            vis = self.visibility(item, module)
            for t in item.trees:
                tree.uses.append(UseEntry(module, t, vis is None, file, vis))
        elif isinstance(item, ast.Impl):
            # impls get their DefId once their self type is resolved (item_builder)
            self.schedule(item, "", module, file)
            for sub in item.items:
                if item.trait_ref is not None:
                    self.not_permitted(sub, file, registry.text("E0449.trait"))
                elif isinstance(sub, (ast.Fn, ast.Const)):
                    self.visibility(sub, module)
            if not is_std:
                for sub in item.items:
                    if isinstance(sub, ast.Fn) and sub.body is not None:
                        self.collect_blocks(sub.body, None, module, file)
        elif isinstance(item, ast.Unsupported):
            self.diags.append(registry.unsupported(item.span, item.what))
        else:
            self.diags.append(registry.unsupported(item.span, f"item `{type(item).__name__}`"))
        if isinstance(item, ast.Trait) and not is_std:
            for sub in item.items:
                if isinstance(sub, ast.Fn) and sub.body is not None:
                    self.collect_blocks(sub.body, None, module, file)

    def schedule(self, item, def_id: str, module: str, file) -> None:
        if self.duplicate:
            self.duplicate = False
            return  # E0428 reported; the first definition stays
        self.tree.entries.append(ItemEntry(item, def_id, module, file, self.crate == "std"))
        if def_id:
            self.tree.node_defs[item] = def_id

    def collect_blocks(self, body: ast.Block, fn_id: Optional[str], module: str, file) -> None:
        """Give every block that declares items its own anonymous module.

        Blocks are visited outermost first, so a nested block's module can name the
        enclosing block's module as its lexical parent."""
        item_stmt = ast.ItemStmt
        if not any(n.__class__ is item_stmt for n in iter_nodes(body)):
            return  # the usual case, found by the faster walk
        parents: dict = {}  # block -> module of the nearest enclosing item-bearing block
        count = 0
        stack = [(body, module)]
        while stack:
            node, enclosing = stack.pop()
            if isinstance(node, ast.Block) and any(isinstance(s, ast.ItemStmt) for s in node.stmts):
                base = fn_id or f"{module}::{{impl_fn}}"
                mod_id = base if count == 0 else f"{base}::{{block#{count}}}"
                while mod_id in self.tree.modules:
                    count += 1
                    mod_id = f"{base}::{{block#{count}}}"
                count += 1
                self.add_module(mod_id, "block", enclosing)
                self.tree.block_modules[node] = mod_id
                items = tuple(s.item for s in node.stmts if isinstance(s, ast.ItemStmt))
                self.collect(items, mod_id, file)
                enclosing = mod_id
            if isinstance(node, ast.ItemStmt):
                continue  # an item's own body is collected by collect_item
            stack.extend(zip(_children(node), repeat(enclosing)))


def _own_slots_getter(cls):
    """A C-level getter of the values of cls's own `__slots__` (a tuple), in slot order."""
    names = tuple(getattr(cls, "__slots__", ()))
    if not names:
        return lambda node: ()
    if len(names) == 1:
        get = attrgetter(names[0])
        return lambda node: (get(node),)
    return attrgetter(*names)


# per AST class, computed once: collect_blocks visits every node of every body
_OWN_SLOT_VALUES = {cls: _own_slots_getter(cls) for cls in vars(ast).values()
                    if isinstance(cls, type) and issubclass(cls, ast.Node)}


def _children(node) -> list:
    """The AST nodes directly inside node (fields and tuples of fields, one level deep)."""
    out = []
    get = _OWN_SLOT_VALUES.get(type(node))
    values = get(node) if get is not None else (getattr(node, name, None)
                                                for name in getattr(type(node), "__slots__", ()))
    for value in values:
        if isinstance(value, ast.Node):
            out.append(value)
        elif isinstance(value, tuple):
            for v in value:
                if isinstance(v, ast.Node):
                    out.append(v)
                elif isinstance(v, tuple):  # e.g. FormatArgs.names pairs hold no nodes
                    out.extend(x for x in v if isinstance(x, ast.Node))
    return out


def _kind_word(kind: str) -> str:
    return {"fn": "value", "ctor": "value", "mod": "module", "type_alias": "type",
            "static": "static", "const": "constant"}.get(kind, kind)


__all__ = ["ModuleData", "ModuleTree", "DefCollector", "ItemEntry", "UseEntry"]
