"""std::sync on the task scheduler (std_thread.py): Condvar, Barrier, OnceLock, RwLock with
shared readers, and Mutex/atomic operations as yield points of a seeded schedule.

Registered after std_cell, so the Mutex `lock` and atomic methods here wrap std_cell's
(a yield point, then the same operation; atomics also wrap around like Rust's)."""
from __future__ import annotations

from . import std_cell
from .std_enums import err, none, ok, some
from .std_registry import assoc, method
from .values import UNIT, BoxV, GuardV, Ptr, RcAlloc, RcV, TupleV

ATOMIC_BITS = {"AtomicUsize": (64, False), "AtomicU64": (64, False), "AtomicU32": (32, False),
               "AtomicU16": (16, False), "AtomicU8": (8, False), "AtomicIsize": (64, True),
               "AtomicI64": (64, True), "AtomicI32": (32, True), "AtomicI16": (16, True),
               "AtomicI8": (8, True)}
ATOMICS = tuple(ATOMIC_BITS) + ("AtomicBool",)


def _yield(it) -> None:
    if it.threads is not None:
        it.threads.yield_point()


def _wrap(kind: str, v):
    bits, signed = ATOMIC_BITS.get(kind, (0, False))
    if not bits or v.__class__ is bool:
        return v
    v &= (1 << bits) - 1
    return v - (1 << bits) if signed and v >> (bits - 1) else v


# ── Arc ──

@assoc("Arc", "from")
def arc_from(it, args, e):
    """`Arc<T>` from a T, `Arc<str>` from &str/String, `Arc<T>` from Box<T>: the value moves in."""
    v = args[0]
    while v.__class__ is Ptr:  # &str, &[T]: the referent is shared data (str) or copied
        v = it.clone(v.lst[v.idx])
    if v.__class__ is BoxV:
        v = v.items[0]
    return RcV(RcAlloc(v), "Arc")


# ── Mutex / RwLock ──

@method("Mutex")
def lock(it, recv, args, e):
    _yield(it)
    return std_cell.lock(it, recv, args, e)


def _locked(cell, guard):
    return err(std_cell.PoisonError(guard)) if cell.poisoned else ok(guard)


@method("RwLock")
def read(it, recv, args, e):
    """Readers share the lock: borrow counts them; a writer holds it as -1."""
    it.scheduler().block(lambda: recv.borrow >= 0, "an RwLock read", e)
    recv.borrow += 1
    return _locked(recv, GuardV(recv, False))


@method("RwLock")
def write(it, recv, args, e):
    it.scheduler().block(lambda: recv.borrow == 0, "an RwLock write", e)
    recv.borrow = -1
    return _locked(recv, GuardV(recv, True))


@method("RwLock")
def try_read(it, recv, args, e):
    if recv.borrow < 0:
        return err(std_cell.BorrowErr("WouldBlock"))
    recv.borrow += 1
    return _locked(recv, GuardV(recv, False))


@method("RwLock")
def try_write(it, recv, args, e):
    if recv.borrow != 0:
        return err(std_cell.BorrowErr("WouldBlock"))
    recv.borrow = -1
    return _locked(recv, GuardV(recv, True))


@method("PoisonError", "into_inner", mode="value")
def poison_into_inner(it, recv, args, e):
    return recv.guard


# ── Condvar ──

class CondvarV:
    __slots__ = ("waiters",)
    type_key = "Condvar"

    def __init__(self):
        self.waiters = []  # one-element lists, set to True when notified


class WaitTimeoutV:
    __slots__ = ("timed_out",)
    type_key = "WaitTimeoutResult"

    def __init__(self, timed_out):
        self.timed_out = timed_out

    @property
    def debug_name(self):
        return f"WaitTimeoutResult({str(self.timed_out).lower()})"


@assoc("Condvar", "new")
def condvar_new(it, args, e):
    return CondvarV()


def _wait(it, cv, guard, e, deadline=None) -> bool:
    """Release guard's Mutex, wait for a notification, take the Mutex again; False on timeout."""
    cell = guard.cell
    token = [False]
    cv.waiters.append(token)
    cell.borrow = 0
    sched = it.scheduler()
    sched.block(lambda: token[0], "a Condvar notification", e, deadline)
    if not token[0]:
        cv.waiters.remove(token)
    sched.block(lambda: cell.borrow == 0, "a Mutex lock (after a Condvar wait)", e)
    cell.borrow = 1
    return token[0]


@method("Condvar")
def wait(it, recv, args, e):
    guard = args[0]
    _wait(it, recv, guard, e)
    return _locked(guard.cell, guard)


@method("Condvar")
def wait_while(it, recv, args, e):
    guard, cond = args
    while it.call_value(cond, [Ptr(guard.cell.items, 0, True)]):
        _wait(it, recv, guard, e)
    return _locked(guard.cell, guard)


@method("Condvar")
def wait_timeout(it, recv, args, e):
    guard, dur = args
    notified = _wait(it, recv, guard, e, it.scheduler().clock + dur)
    return _locked(guard.cell, TupleV([guard, WaitTimeoutV(not notified)]))


@method("Condvar")
def wait_timeout_while(it, recv, args, e):
    guard, dur, cond = args
    sched = it.scheduler()
    deadline = sched.clock + dur
    timed_out = False
    while it.call_value(cond, [Ptr(guard.cell.items, 0, True)]):
        if sched.clock >= deadline:
            timed_out = True
            break
        _wait(it, recv, guard, e, deadline)
    return _locked(guard.cell, TupleV([guard, WaitTimeoutV(timed_out)]))


@method("WaitTimeoutResult")
def timed_out(it, recv, args, e):
    return recv.timed_out


@method("Condvar")
def notify_one(it, recv, args, e):
    if recv.waiters:
        recv.waiters.pop(0)[0] = True
    _yield(it)
    return UNIT


@method("Condvar")
def notify_all(it, recv, args, e):
    for token in recv.waiters:
        token[0] = True
    recv.waiters.clear()
    _yield(it)
    return UNIT


# ── Barrier ──

class BarrierV:
    __slots__ = ("n", "count", "generation")
    type_key = "Barrier"

    def __init__(self, n):
        self.n, self.count, self.generation = n, 0, 0


class BarrierWaitV:
    __slots__ = ("leader",)
    type_key = "BarrierWaitResult"

    def __init__(self, leader):
        self.leader = leader

    @property
    def debug_name(self):
        return f"BarrierWaitResult {{ is_leader: {str(self.leader).lower()} }}"


@assoc("Barrier", "new")
def barrier_new(it, args, e):
    return BarrierV(args[0])


@method("Barrier", "wait")
def barrier_wait(it, recv, args, e):
    gen = recv.generation
    recv.count += 1
    if recv.count >= recv.n:
        recv.count = 0
        recv.generation += 1
        _yield(it)
        return BarrierWaitV(True)
    it.scheduler().block(lambda: recv.generation != gen, "a Barrier", e)
    return BarrierWaitV(False)


@method("BarrierWaitResult")
def is_leader(it, recv, args, e):
    return recv.leader


# ── OnceLock ──

class OnceLockV:
    __slots__ = ("items", "full")
    type_key = "OnceLock"

    def __init__(self):
        self.items = [UNIT]
        self.full = False

    def drop_glue(self, interp):
        if self.full:
            interp.drop_items(self.items)


@assoc("OnceLock", "new")
def once_lock_new(it, args, e):
    return OnceLockV()


@method("OnceLock", "get")
def once_get(it, recv, args, e):
    return some(Ptr(recv.items, 0)) if recv.full else none()


@method("OnceLock", "set")
def once_set(it, recv, args, e):
    if recv.full:
        return err(args[0])
    recv.items[0], recv.full = args[0], True
    return ok(UNIT)


@method("OnceLock", "get_or_init")
def once_get_or_init(it, recv, args, e):
    if not recv.full:
        v = it.call_value(args[0], [])
        if not recv.full:
            recv.items[0], recv.full = v, True
    return Ptr(recv.items, 0)


@method("OnceLock", "into_inner", mode="value")
def once_into_inner(it, recv, args, e):
    return some(recv.items[0]) if recv.full else none()


# ── Once ──

class OnceV:
    __slots__ = ("done",)
    type_key = "Once"

    def __init__(self):
        self.done = False


@assoc("Once", "new")
def once_new(it, args, e):
    return OnceV()


@method("Once")
def call_once(it, recv, args, e):
    if not recv.done:
        recv.done = True
        it.call_value(args[0], [])
    return UNIT


@method("Once")
def is_completed(it, recv, args, e):
    return recv.done


@method("Mutex")
def clear_poison(it, recv, args, e):
    recv.poisoned = False
    return UNIT


# ── atomics: yield points, and wrap-around arithmetic ──

@assoc("AtomicU8", "new")
@assoc("AtomicU16", "new")
@assoc("AtomicI8", "new")
@assoc("AtomicI16", "new")
def atomic_new(it, args, e):
    return std_cell.atomic_new(it, args, e)


@method(ATOMICS)
def load(it, recv, args, e):
    _yield(it)
    return recv.items[0]


@method(ATOMICS)
def store(it, recv, args, e):
    _yield(it)
    recv.items[0] = args[0]
    return UNIT


def _rmw(it, recv, f):
    _yield(it)
    old = recv.items[0]
    recv.items[0] = _wrap(recv.kind, f(old))
    return old


@method(ATOMICS)
def fetch_add(it, recv, args, e):
    return _rmw(it, recv, lambda v: v + args[0])


@method(ATOMICS)
def fetch_sub(it, recv, args, e):
    return _rmw(it, recv, lambda v: v - args[0])


@method(ATOMICS)
def fetch_max(it, recv, args, e):
    return _rmw(it, recv, lambda v: max(v, args[0]))


@method(ATOMICS)
def fetch_min(it, recv, args, e):
    return _rmw(it, recv, lambda v: min(v, args[0]))


@method(ATOMICS)
def fetch_or(it, recv, args, e):
    return _rmw(it, recv, lambda v: v | args[0])


@method(ATOMICS)
def fetch_and(it, recv, args, e):
    return _rmw(it, recv, lambda v: v & args[0])


@method(ATOMICS)
def fetch_xor(it, recv, args, e):
    return _rmw(it, recv, lambda v: v ^ args[0])


@method(ATOMICS, "swap")
def atomic_swap(it, recv, args, e):
    return _rmw(it, recv, lambda v: args[0])


@method(ATOMICS)
def compare_exchange(it, recv, args, e):
    _yield(it)
    old = recv.items[0]
    if old == args[0]:
        recv.items[0] = args[1]
        return ok(old)
    return err(old)


@method(ATOMICS)
def compare_exchange_weak(it, recv, args, e):
    return compare_exchange(it, recv, args, e)


@method(ATOMICS)
def fetch_update(it, recv, args, e):
    _yield(it)
    old = recv.items[0]
    r = it.call_value(args[2], [old])
    if r.variant.name == "Some":
        recv.items[0] = r.items[0]
        return ok(old)
    return err(old)


@method(ATOMICS, "get_mut")
def atomic_get_mut(it, recv, args, e):
    return Ptr(recv.items, 0, True)
