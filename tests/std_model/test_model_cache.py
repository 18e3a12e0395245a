"""The on-disk std cache: the object-graph codec rebuilds an isomorphic graph, the cached
std table is the freshly built one, and an unusable cache directory only costs time."""
import marshal
from dataclasses import dataclass

import pytest

from borrowck.source.span import Span
from borrowck.std import model_cache, object_graph
from borrowck.types.item_builder import _build_std_items, std_items
from borrowck.types.items import ItemTable


@dataclass(frozen=True, slots=True)
class Leaf:
    name: str
    weight: float


@dataclass(frozen=True, eq=False, slots=True)
class Node:
    kids: tuple
    index: dict
    tags: frozenset


@dataclass(slots=True)
class Holder:
    items: list
    seen: set
    back: object = None


def roundtrip(root):
    return object_graph.decode(marshal.loads(marshal.dumps(object_graph.encode(root))))


def test_codec_keeps_sharing_identity_and_hashes():
    a, b = Leaf("a", 1.5), Leaf("b", -0.0)
    inner = (a, (a, b), ())
    n = Node((inner, inner), {a: "first", (a, b): [1, 2]}, frozenset({"x", 3}))
    h = Holder([n, n, None, True, 2 ** 70, b"raw"], {a, b})
    h.back = h  # a cycle through a mutable object
    out = roundtrip(h)
    n2 = out.items[0]
    assert out.back is out and out.items[1] is n2
    assert n2.kids[0] is n2.kids[1] and n2.kids[0][1][0] is n2.kids[0][0]
    assert n2.index[Leaf("a", 1.5)] == "first" and n2.index[(a, b)] == [1, 2]
    assert out.seen == {a, b} and n2.tags == frozenset({"x", 3})
    assert out.items[2:] == [None, True, 2 ** 70, b"raw"] and type(out.items[3]) is bool
    assert str(n2.kids[0][1][1].weight) == "-0.0"


def test_codec_shares_equal_values_of_shared_classes_only():
    root = [Leaf("a", 1.0), Leaf("a", 1.0), Holder([], set()), Holder([], set())]
    data = object_graph.encode(root, share=(Leaf,))
    out = object_graph.decode(marshal.loads(marshal.dumps(data)))
    assert out[0] is out[1] and out[0] == Leaf("a", 1.0)
    assert out[2] is not out[3]


def test_codec_refuses_what_it_cannot_rebuild():
    with pytest.raises(object_graph.UnsupportedObject):
        object_graph.encode(Holder([lambda: 0], set()))
    data = object_graph.encode(Leaf("a", 1.0))  # a class of this test module
    with pytest.raises(object_graph.UnsupportedObject):
        object_graph.decode(data, ("borrowck.",))


def test_cached_std_table_is_the_built_one():
    fresh = _build_std_items(ItemTable)
    skip = {id(fresh[0]): ("resolver",)}
    data = object_graph.encode(fresh, skip, (Span,))
    loaded = object_graph.decode(marshal.loads(marshal.dumps(data)))
    assert object_graph.encode(loaded, {id(loaded[0]): ("resolver",)}, (Span,)) == data
    cached = std_items(ItemTable)[0]  # whichever way this process got it
    assert cached.resolver is not None
    push, fresh_push = cached.fns["std::vec::Vec::push"], fresh[0].fns["std::vec::Vec::push"]
    assert (push.params, push.ret, push.lifetimes) == (fresh_push.params, fresh_push.ret, fresh_push.lifetimes)


def test_unwritable_or_disabled_cache_is_a_miss(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("BORROWCK_CACHE_DIR", str(blocker / "sub"))
    model_cache.save("k", (1, [2]))
    assert model_cache.load("k") is None
    monkeypatch.setenv("BORROWCK_CACHE_DIR", str(tmp_path / "c"))
    model_cache.save("k", (1, [2]))
    assert model_cache.load("k") == (1, [2])
    (tmp_path / "c" / "std-k.marshal").write_bytes(b"\x00garbage")
    assert model_cache.load("k") is None
    monkeypatch.setenv("BORROWCK_CACHE_DIR", "off")
    assert model_cache.cache_dirs() == []


def test_key_changes_with_the_model(tmp_path, monkeypatch):
    key = model_cache.cache_key(ItemTable)
    assert key == model_cache.cache_key(ItemTable)
    assert key != model_cache.cache_key(Holder)


@dataclass(frozen=True, eq=False, slots=True)
class Syntax:
    """Stands for an AST node: a lazy class in the tests below."""
    name: str
    kids: tuple = ()


@dataclass(slots=True)
class Entry:
    node: object
    span: Leaf


def test_lazy_groups_decode_on_first_use_and_keep_identity():
    leaf = Syntax("leaf")
    fn = Syntax("fn", (leaf, Leaf("s", 1.0)))
    other = Syntax("other")
    root = [Entry(fn, Leaf("s", 1.0)), Entry(leaf, Leaf("t", 2.0)), Entry(other, Leaf("t", 2.0)), {fn: 1}]
    data = object_graph.encode(root, share=(Leaf,), lazy=(Syntax,))
    out = object_graph.decode(marshal.loads(marshal.dumps(data)))
    fn2, leaf2, other2 = out[0].node, out[1].node, out[2].node
    assert type(fn2) is not Syntax and isinstance(fn2, Syntax)  # not decoded yet
    assert type(fn2).__name__ == "Syntax" and type(fn2).__slots__ == Syntax.__slots__
    assert out[3][fn2] == 1  # hashed by identity without decoding
    assert fn2.kids[0] is leaf2 and type(fn2) is Syntax and type(leaf2) is Syntax  # one group
    assert fn2.kids[1] == Leaf("s", 1.0) and leaf2.name == "leaf" and leaf2.kids == ()
    assert type(other2) is not Syntax and other2.__class__ is Syntax and type(other2) is Syntax
    assert other2.name == "other"
    with pytest.raises(AttributeError):
        other2.missing


def test_lazy_objects_sharing_a_mutable_object_with_the_rest_are_refused():
    shared = []
    with pytest.raises(object_graph.UnsupportedObject):
        object_graph.encode([Syntax("a", (shared,)), shared], lazy=(Syntax,))


def touch_all(root) -> None:
    """Decode every lazy group under root (an eager encode reads every field)."""
    object_graph.encode(root, {id(root[0]): ("resolver",)}, (Span,))


def test_std_table_with_lazy_syntax_is_the_built_one():
    fresh = _build_std_items(ItemTable)
    skip = {id(fresh[0]): ("resolver",)}
    lazy = object_graph.encode(fresh, skip, (Span,), model_cache.syntax_classes())
    loaded = object_graph.decode(marshal.loads(marshal.dumps(lazy)))
    touch_all(loaded)
    assert object_graph.encode(loaded, {id(loaded[0]): ("resolver",)}, (Span,)) == object_graph.encode(fresh, skip, (Span,))
