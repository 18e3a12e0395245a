"""`Cell`, `RefCell` (dynamic borrow flags with std's panic messages), `Mutex`/`RwLock`
guards with poisoning, and atomics. Guards release their borrow when dropped."""
from __future__ import annotations

import sys

from .signals import RustPanic
from .std_enums import err, ok
from .std_registry import assoc, method
from .values import UNIT, CellV, GuardV, Ptr

LOCKS = ("Mutex", "RwLock")


def _span(e):
    return e.method.span if hasattr(e, "method") else e.span


@assoc("Cell", "new")
@assoc("RefCell", "new")
@assoc("Mutex", "new")
@assoc("RwLock", "new")
def cell_new(it, args, e):
    return CellV(args[0], e.func.path.segments[-2].ident.name)


@assoc("AtomicUsize", "new")
@assoc("AtomicU64", "new")
@assoc("AtomicU32", "new")
@assoc("AtomicI32", "new")
@assoc("AtomicI64", "new")
@assoc("AtomicBool", "new")
@assoc("AtomicIsize", "new")
def atomic_new(it, args, e):
    return CellV(args[0], e.func.path.segments[-2].ident.name)


# ── Cell ──

@method("Cell")
def get(it, recv, args, e):
    return it.clone(recv.items[0])


@method("Cell")
def set(it, recv, args, e):
    old = recv.items[0]
    recv.items[0] = args[0]
    it.drop_value(old)
    return UNIT


@method(("Cell", "RefCell"))
def replace(it, recv, args, e):
    if recv.kind == "RefCell" and recv.borrow != 0:
        raise RustPanic("RefCell already borrowed", _span(e))
    old = recv.items[0]
    recv.items[0] = args[0]
    return old


@method(("Cell", "RefCell"))
def take(it, recv, args, e):
    old = recv.items[0]
    recv.items[0] = it.default_like(old, e)
    return old


@method(("Cell", "RefCell", "Mutex", "RwLock"), mode="value")
def into_inner(it, recv, args, e):
    if recv.kind in LOCKS:
        return err(recv.items[0]) if recv.poisoned else ok(recv.items[0])
    return recv.items[0]


@method(("Cell", "RefCell", "Mutex", "RwLock"))
def get_mut(it, recv, args, e):
    p = Ptr(recv.items, 0, True)
    return ok(p) if recv.kind in LOCKS else p


@method("Cell")
def update(it, recv, args, e):
    recv.items[0] = it.call_value(args[0], [recv.items[0]])
    return recv.items[0]


# ── RefCell ──

@method("RefCell")
def borrow(it, recv, args, e):
    if recv.borrow < 0:
        raise RustPanic("RefCell already mutably borrowed", _span(e))
    recv.borrow += 1
    return GuardV(recv, False)


@method("RefCell")
def borrow_mut(it, recv, args, e):
    if recv.borrow != 0:
        raise RustPanic("RefCell already borrowed", _span(e))
    recv.borrow = -1
    return GuardV(recv, True)


class BorrowErr:
    __slots__ = ("debug_name",)
    type_key = "BorrowError"

    def __init__(self, name):
        self.debug_name = name


@method("RefCell")
def try_borrow(it, recv, args, e):
    if recv.borrow < 0:
        return err(BorrowErr("BorrowError"))
    recv.borrow += 1
    return ok(GuardV(recv, False))


@method("RefCell")
def try_borrow_mut(it, recv, args, e):
    if recv.borrow != 0:
        return err(BorrowErr("BorrowMutError"))
    recv.borrow = -1
    return ok(GuardV(recv, True))


# ── Mutex / RwLock ──

class PoisonError:
    __slots__ = ("guard",)
    type_key = "PoisonError"
    debug_name = "PoisonError { .. }"

    def __init__(self, guard):
        self.guard = guard

    def drop_glue(self, interp):
        interp.release_guard(self.guard)


def _acquire(it, cell, e, mutable=True):
    if cell.borrow != 0:
        sched = it.scheduler()
        sched.wait_until(lambda: cell.borrow == 0, "a Mutex lock", e)
    cell.borrow = 1
    g = GuardV(cell, mutable)
    return err(PoisonError(g)) if cell.poisoned else ok(g)


@method("Mutex")
def lock(it, recv, args, e):
    return _acquire(it, recv, e)


@method("Mutex")
def try_lock(it, recv, args, e):
    if recv.borrow != 0:
        return err(BorrowErr("WouldBlock"))
    return _acquire(it, recv, e)


@method("RwLock")
def read(it, recv, args, e):
    return _acquire(it, recv, e, False)


@method("RwLock")
def write(it, recv, args, e):
    return _acquire(it, recv, e)


@method(LOCKS)
def is_poisoned(it, recv, args, e):
    return recv.poisoned


@method("PoisonError")
def into_inner_poison(it, recv, args, e):
    return recv.guard


def poison_if_panicking(cell) -> None:
    """A lock guard dropped while a panic unwinds poisons its Mutex."""
    from .signals import RustPanic as P
    if isinstance(sys.exc_info()[1], P):
        cell.poisoned = True


# ── atomics ──

ATOMICS = ("AtomicUsize", "AtomicU64", "AtomicU32", "AtomicI32", "AtomicI64", "AtomicBool", "AtomicIsize")


@method(ATOMICS)
def load(it, recv, args, e):
    return recv.items[0]


@method(ATOMICS)
def store(it, recv, args, e):
    recv.items[0] = args[0]
    return UNIT


@method(ATOMICS)
def fetch_add(it, recv, args, e):
    old = recv.items[0]
    recv.items[0] = old + args[0]
    return old


@method(ATOMICS)
def fetch_sub(it, recv, args, e):
    old = recv.items[0]
    recv.items[0] = old - args[0]
    return old


@method(ATOMICS)
def fetch_max(it, recv, args, e):
    old = recv.items[0]
    recv.items[0] = max(old, args[0])
    return old


@method(ATOMICS)
def fetch_min(it, recv, args, e):
    old = recv.items[0]
    recv.items[0] = min(old, args[0])
    return old


@method(ATOMICS, "swap")
def atomic_swap(it, recv, args, e):
    old = recv.items[0]
    recv.items[0] = args[0]
    return old


@method(ATOMICS)
def compare_exchange(it, recv, args, e):
    old = recv.items[0]
    if old == args[0]:
        recv.items[0] = args[1]
        return ok(old)
    return err(old)


@method(ATOMICS, "into_inner")
def atomic_into_inner(it, recv, args, e):
    return recv.items[0]


def _ordering_const(it, args, e):
    return UNIT


for _name in ("SeqCst", "Relaxed", "Acquire", "Release", "AcqRel"):
    globals()[f"ordering_{_name}"] = assoc("Ordering", _name)(_ordering_const)
