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


@node_class(slots=True)
class ModuleData:
    def_id: str
    kind: str  # "crate" | "mod" | "block" | "enum" | "trait"
    parent: Optional[str]  # enclosing module (lexical parent for blocks)
    crate: str  # "crate" | "std"
    ns: Namespace = field(default_factory=Namespace)
    globs: list = field(default_factory=list)  # DefIds of modules/enums glob-imported here
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


@node_class(slots=True)
class ModuleTree:
    modules: dict = field(default_factory=dict)  # DefId -> ModuleData
    entries: list = field(default_factory=list)  # of ItemEntry, in source order
    uses: list = field(default_factory=list)  # of UseEntry
    block_modules: dict = field(default_factory=dict)  # ast.Block -> module DefId
    node_defs: dict = field(default_factory=dict)  # item node -> DefId

    def nearest_mod(self, module: str) -> ModuleData:
        """The enclosing real module of a block module (for `self`/`super`)."""
        data = self.modules[module]
        while data.kind == "block":
            data = self.modules[data.parent]
        return data


class DefCollector:
    """Walks items of one crate, registering definitions and scheduling lowering."""

    def __init__(self, tree: ModuleTree, crate: str, diags: list):
        self.tree = tree
        self.crate = crate
        self.diags = diags
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

    def collect_item(self, item, module: str, file) -> None:
        tree = self.tree
        self.current_item = item
        self.duplicate = False
        is_std = self.crate == "std"
        if isinstance(item, ast.Fn):
            def_id = self.child_id(module, item.ident.name)
            self.define(module, "values", item.ident.name, Binding("fn", def_id, item.is_pub, item.ident.span), item.ident.span)
            self.schedule(item, def_id, module, file)
            if item.body is not None and not is_std:
                self.collect_blocks(item.body, def_id, module, file)
        elif isinstance(item, ast.Struct):
            def_id = self.child_id(module, item.ident.name)
            self.define(module, "types", item.ident.name, Binding("struct", def_id, item.is_pub, item.ident.span), item.ident.span)
            if item.kind in ("tuple", "unit"):
                # rustc: a constructor is private if any of the fields is private
                ctor_pub = item.is_pub and all(f.is_pub for f in item.fields)
                self.define(module, "values", item.ident.name, Binding("ctor", def_id, ctor_pub, item.ident.span), item.ident.span)
            self.schedule(item, def_id, module, file)
        elif isinstance(item, ast.Union_):
            def_id = self.child_id(module, item.ident.name)
            self.define(module, "types", item.ident.name, Binding("union", def_id, True, item.ident.span), item.ident.span)
            self.schedule(item, def_id, module, file)
        elif isinstance(item, ast.Enum):
            def_id = self.child_id(module, item.ident.name)
            self.define(module, "types", item.ident.name, Binding("enum", def_id, item.is_pub, item.ident.span), item.ident.span)
            if self.duplicate:
                return
            data = self.add_module(def_id, "enum", module)
            for v in item.variants:
                b = Binding("variant", f"{def_id}::{v.ident.name}", True, v.ident.span)
                data.ns.types.setdefault(v.ident.name, b)
                data.ns.values.setdefault(v.ident.name, b)
            self.schedule(item, def_id, module, file)
        elif isinstance(item, ast.Trait):
            def_id = self.child_id(module, item.ident.name)
            self.define(module, "types", item.ident.name, Binding("trait", def_id, item.is_pub, item.ident.span), item.ident.span)
            if self.duplicate:
                return
            data = self.add_module(def_id, "trait", module)
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
            self.define(module, "types", item.ident.name, Binding("type_alias", def_id, True, item.ident.span), item.ident.span)
            self.schedule(item, def_id, module, file)
        elif isinstance(item, ast.Const):
            def_id = self.child_id(module, item.ident.name)
            if item.ident.name != "_":
                self.define(module, "values", item.ident.name, Binding("const", def_id, item.is_pub, item.ident.span), item.ident.span)
            self.schedule(item, def_id, module, file)
        elif isinstance(item, ast.Static):
            def_id = self.child_id(module, item.ident.name)
            self.define(module, "values", item.ident.name, Binding("static", def_id, item.is_pub, item.ident.span), item.ident.span)
            self.schedule(item, def_id, module, file)
        elif isinstance(item, ast.Mod):
            def_id = self.child_id(module, item.ident.name)
            self.define(module, "types", item.ident.name, Binding("mod", def_id, item.is_pub, item.ident.span), item.ident.span)
            if self.duplicate:
                return
            self.add_module(def_id, "mod", module)
            tree.node_defs[item] = def_id
            if item.items is None:
                self.diags.append(registry.unsupported(item.span, "out-of-line modules (`mod name;`)"))
            else:
                self.collect(item.items, def_id, file)
        elif isinstance(item, ast.Use):
            for t in item.trees:
                tree.uses.append(UseEntry(module, t, item.is_pub, file))
        elif isinstance(item, ast.Impl):
            # impls get their DefId once their self type is resolved (item_builder)
            self.schedule(item, "", module, file)
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
