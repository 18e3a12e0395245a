"""`node_class` behaves like `dataclasses.dataclass` for the options the node modules use."""
from __future__ import annotations

import copy
import dataclasses
import importlib.util
import inspect
import pickle
from dataclasses import dataclass, field
from typing import Optional

import pytest

import importlib

from borrowck.mir import ir
from borrowck.syntax import ast, node_class as node_class_module
from borrowck.syntax.node_class import node_class

OPTIONS = [dict(frozen=True, eq=False, slots=True), dict(frozen=True, slots=True),
           dict(frozen=False, slots=True), dict(), dict(frozen=True), dict(eq=False)]


def pair(options):
    """The same small hierarchy built by dataclass and by node_class."""
    out = []
    for deco in (dataclass, node_class):
        @deco(**options)
        class Base:
            span: int

        @deco(**options)
        class Leaf(Base):
            name: str
            ty: Optional[str] = None
            items: list = field(default_factory=list)

            def describe(self) -> str:
                return f"{self.name}: {self.ty}"
        out.append((Base, Leaf))
    return out


def comparable(default):
    """A default that is itself a node (ty's `ERASED`) is compared by repr: the twin module
    builds its own class of it."""
    return repr(default) if dataclasses.is_dataclass(default) else default


def public_state(cls):
    return {"fields": [(f.name, f.type, comparable(f.default), f.default_factory, f._field_type)
                       for f in dataclasses.fields(cls)],
            "match_args": cls.__match_args__, "slots": cls.__dict__.get("__slots__"),
            "params": repr(cls.__dataclass_params__), "hashable": cls.__hash__ is not None}


@pytest.mark.parametrize("options", OPTIONS, ids=str)
def test_same_shape_and_behaviour_as_dataclass(options):
    (base_d, leaf_d), (base_n, leaf_n) = pair(options)
    assert public_state(leaf_d) == public_state(leaf_n)
    assert public_state(base_d) == public_state(base_n)
    a_d, a_n = leaf_d(1, "x"), leaf_n(1, "x")
    assert repr(a_d) == repr(a_n) == "pair.<locals>.Leaf(span=1, name='x', ty=None, items=[])"
    assert a_n.describe() == "x: None" and a_n.items == [] and a_n.items is not leaf_n(1, "x").items
    args = (1, "x", "u8", [1])
    assert (leaf_d(*args) == leaf_d(*args)) == (leaf_n(*args) == leaf_n(*args))
    assert (leaf_n(1, "x") == leaf_n(2, "x")) is False
    if options.get("frozen") and options.get("eq", True):
        b_d, b_n = leaf_d(1, "x", "u8", ()), leaf_n(1, "x", "u8", ())
        assert hash(b_d) == hash(b_n) == hash((1, "x", "u8", ()))
    if options.get("frozen"):
        with pytest.raises(dataclasses.FrozenInstanceError):
            a_n.name = "y"
        with pytest.raises(dataclasses.FrozenInstanceError):
            del a_n.name
    else:
        a_n.name = "y"
        assert a_n.name == "y"
    assert dataclasses.replace(a_n, name="z").name == "z"
    assert copy.deepcopy(a_n).items == [] and copy.copy(a_n).name == a_n.name
    for bad in ((), (1,), (1, "x", None, [], 5)):
        with pytest.raises(TypeError) as d_err:
            leaf_d(*bad)
        with pytest.raises(TypeError) as n_err:
            leaf_n(*bad)
        assert str(n_err.value) == str(d_err.value)


def test_a_subclass_that_is_not_a_node_class_inherits_init():
    @node_class(frozen=True, slots=True)
    class Point:
        x: int
        y: int = 0

    class Named(Point):
        __slots__ = ("name",)

    p = Named(3)
    assert (p.x, p.y) == (3, 0) and Point(3) == Point(3, 0) and "__init__" not in Named.__dict__


def test_nodes_pickle():
    node = ast.Ident(ast.Span(0, 1), "x")
    again = pickle.loads(pickle.dumps(node))
    assert type(again) is ast.Ident and (again.span, again.name) == (node.span, "x")


def test_defaults_out_of_order_are_refused_like_dataclass():
    with pytest.raises(TypeError, match="non-default argument 'y' follows default argument"):
        @node_class
        class Bad:
            x: int = 0
            y: int


def test_unsupported_options_fall_back_to_dataclass():
    @node_class(frozen=True)
    class Hidden:
        x: int
        secret: int = field(default=0, repr=False)

    assert repr(Hidden(1, 2)).endswith("Hidden(x=1)")


def parameters(fn) -> list:
    return [(p.name, p.kind, comparable(p.default)) for p in inspect.signature(fn).parameters.values()]


def reference_module(path, name: str, monkeypatch):
    """The module at path loaded again with `node_class` replaced by `dataclass`."""
    monkeypatch.setattr(node_class_module, "node_class", dataclass)
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


USERS = [ast, ir] + [importlib.import_module(f"borrowck.{name}") for name in (
    "syntax.format_args", "syntax.format_string", "syntax.literals", "syntax.parse_result",
    "resolve.module_tree", "resolve.path_res", "lints.const_eval", "lints.const_items",
    "lints.known_panics", "lints.pattern_space", "mir.build_match", "mir.build_scope", "mir.builder",
    "types.ty", "types.item_defs")]


@pytest.mark.parametrize("module", USERS, ids=lambda m: m.__name__)
def test_every_node_class_matches_its_dataclass_twin(module, monkeypatch):
    twin = reference_module(module.__file__, module.__name__, monkeypatch)
    checked = 0
    for name, cls in vars(module).items():
        ref = getattr(twin, name, None)
        if not (isinstance(cls, type) and hasattr(cls, "__dataclass_fields__") and cls.__module__ == module.__name__):
            continue
        assert public_state(cls) == public_state(ref), name
        params = cls.__dataclass_params__
        init = node_class_module._compile_init(cls.__qualname__, cls.__dataclass_fields__, params.frozen,
                                               hasattr(cls, "__post_init__"))
        assert parameters(init) == parameters(ref.__init__), name
        generated = ("__eq__", "__hash__", "__setattr__")
        assert [k for k in generated if (k in cls.__dict__) != (k in ref.__dict__)] == [], name
        checked += 1
    assert checked >= (40 if module in (ast, ir) else 1)


def test_a_type_caches_its_hash_outside_its_fields():
    from borrowck.std import object_graph
    from borrowck.types import ty as T

    t = T.Adt("std::vec::Vec", (T.Ref(T.Region("param", "'a"), False, T.Int("u8")),))
    assert hash(t) == hash(("std::vec::Vec", t.args)) == hash(t)  # dataclass's hash, computed once
    assert t._node_hash == hash(t) and "_node_hash" not in T.Adt.__slots__
    assert [f.name for f in dataclasses.fields(t)] == ["def_id", "args"]
    again = pickle.loads(pickle.dumps(t))
    assert again == t and hash(again) == hash(t)
    # a cache file must not carry hashes: string hashes differ from one process to the next
    decoded = object_graph.decode(object_graph.encode(t), ("borrowck.",))
    with pytest.raises(AttributeError):
        decoded._node_hash
    assert decoded == t and hash(decoded) == hash(t)
    # a class of plain values (ints) hashes its fields directly: no slot to fill
    assert not isinstance(ir.Location(1, 2), node_class_module.HashSlot)


def test_walks_skip_only_fields_that_hold_no_node():
    """`walk.LEAF_FIELD_TYPES` fields (spans, names, flags) never hold a node, in user code and
    in the std model: a walk that skips them sees every node."""
    from pathlib import Path

    from borrowck.source.span import SourceFile
    from borrowck.syntax import parse
    from borrowck.syntax.walk import LEAF_FIELD_TYPES, iter_nodes

    def holds_node(v) -> bool:
        return isinstance(v, ast.Node) or (isinstance(v, tuple) and any(holds_node(x) for x in v))

    root = Path(__file__).resolve().parents[2]
    paths = sorted((root / "borrowck" / "std").glob("*.rs")) + sorted((root / "examples").glob("*.rs"))
    seen = 0
    for path in paths:
        crate = parse(SourceFile.from_bytes(path.name, path.read_bytes()), "2021").crate
        for node in iter_nodes(crate):
            for f in dataclasses.fields(node):
                if f.type in LEAF_FIELD_TYPES:
                    assert not holds_node(getattr(node, f.name)), (type(node).__name__, f.name)
                    seen += 1
    assert seen > 10_000
