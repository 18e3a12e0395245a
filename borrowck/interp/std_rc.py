"""`Rc`/`Arc` with strong and weak counts, and `Weak` (the value drops with the last Rc)."""
from __future__ import annotations

from .std_enums import err, none, ok, some
from .std_registry import assoc, method
from .values import MOVED, Ptr, RcAlloc, RcV, WeakV

RC = ("Rc", "Arc")


def _rc(it, v):
    while v.__class__ is Ptr:
        v = v.lst[v.idx]
    return v


@assoc("Rc", "new")
@assoc("Arc", "new")
def rc_new(it, args, e):
    return RcV(RcAlloc(args[0]), e.func.path.segments[-2].ident.name)


@assoc("Rc", "clone")
@assoc("Arc", "clone")
def rc_clone(it, args, e):
    return it.clone(_rc(it, args[0]))


@method(RC, "clone")
def rc_clone_method(it, recv, args, e):
    return it.clone(recv)


@assoc("Rc", "strong_count")
@assoc("Arc", "strong_count")
def strong_count(it, args, e):
    return _rc(it, args[0]).alloc.strong


@assoc("Rc", "weak_count")
@assoc("Arc", "weak_count")
def weak_count(it, args, e):
    return _rc(it, args[0]).alloc.weak


@assoc("Rc", "downgrade")
@assoc("Arc", "downgrade")
def downgrade(it, args, e):
    rc = _rc(it, args[0])
    rc.alloc.weak += 1
    return WeakV(rc.alloc, rc.kind)


@assoc("Rc", "ptr_eq")
@assoc("Arc", "ptr_eq")
def ptr_eq(it, args, e):
    return _rc(it, args[0]).alloc is _rc(it, args[1]).alloc


@assoc("Rc", "try_unwrap")
@assoc("Arc", "try_unwrap")
def try_unwrap(it, args, e):
    rc = args[0]
    if rc.alloc.strong == 1:
        rc.alloc.strong = 0
        v = rc.alloc.items[0]
        rc.alloc.items[0] = MOVED
        return ok(v)
    return err(rc)


@assoc("Rc", "into_inner")
@assoc("Arc", "into_inner")
def into_inner(it, args, e):
    r = try_unwrap(it, args, e)
    if r.variant.name == "Ok":
        return some(r.items[0])
    it.drop_value(r.items[0])
    return none()


@assoc("Rc", "get_mut")
@assoc("Arc", "get_mut")
def get_mut(it, args, e):
    rc = _rc(it, args[0])
    if rc.alloc.strong == 1 and rc.alloc.weak == 0:
        return some(Ptr(rc.alloc.items, 0, True))
    return none()


@assoc("Rc", "make_mut")
@assoc("Arc", "make_mut")
def make_mut(it, args, e):
    p = args[0]
    rc = _rc(it, p)
    if rc.alloc.strong != 1:
        rc.alloc.strong -= 1
        fresh = RcV(RcAlloc(it.clone(rc.alloc.items[0])), rc.kind)
        while p.lst[p.idx].__class__ is Ptr:
            p = p.lst[p.idx]
        p.lst[p.idx] = fresh
        rc = fresh
    return Ptr(rc.alloc.items, 0, True)


@assoc("Weak", "new")
def weak_new(it, args, e):
    return WeakV(None)


@method("Weak")
def upgrade(it, recv, args, e):
    a = recv.alloc
    if a is None or a.strong == 0:
        return none()
    a.strong += 1
    return some(RcV(a, recv.kind))


@method("Weak", "strong_count")
def weak_strong_count(it, recv, args, e):
    return recv.alloc.strong if recv.alloc is not None else 0


@method("Weak", "weak_count")
def weak_weak_count(it, recv, args, e):
    a = recv.alloc
    return a.weak if a is not None and a.strong > 0 else 0


@method("Weak", "clone")
def weak_clone(it, recv, args, e):
    return it.clone(recv)
