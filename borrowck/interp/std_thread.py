"""Threads as deterministic tasks, virtual time, and mpsc channels.

Every Rust thread is a Python thread, but only the task holding the *baton* runs, so the
interpreter's state needs no locking and a run is reproducible. The baton moves only at
yield points (spawn, join, lock, send/recv, sleep, atomics, Condvar/Barrier waits):

1. The running task calls `yield_point()` (may switch) or `block(ready, what, e)` (must
   switch while `ready()` is false).
2. `_pick` lists the runnable tasks (not done, and not blocked or their `ready()` holds).
   With none runnable, virtual time jumps to the earliest timed wait (`sleep`,
   `recv_timeout`, `wait_timeout`); with no timed wait either, it is a deadlock: an error
   naming every thread and what it waits on, raised in `main` (exit 124 via LimitExceeded).
3. The policy chooses: by default the running task keeps the baton until it blocks, then
   the runnable task spawned first runs (rustc-built binaries print spawned threads' output
   in that order when the program synchronises; `main` runs ahead of fresh threads). With
   `--schedule=seed:N` a seeded RNG chooses among the runnable tasks at every yield point.
4. `_hand_over` saves the interpreter's per-thread state (frame, depth) in the task, passes
   the baton and parks until it is handed back.
5. When `main` ends the process ends: `shutdown()` unwinds the parked tasks silently.
"""
from __future__ import annotations

import random
import threading
from collections import deque

from .frame import Frame
from .program import AdtDef
from .signals import LimitExceeded, RustPanic
from .std_enums import RECV_TIMEOUT_ERROR, TRY_RECV_ERROR, err, none, ok, some
from .std_iter import STOP, RIter
from .std_any import panic_payload
from .std_registry import assoc, method
from .values import UNIT, EnumV, Ptr, RString, StructV, TupleV


class ThreadAbort(BaseException):
    """Unwinds a parked task when the process ends (main returned, or a deadlock)."""


SLICE = 1000  # yield points a thread runs before the default schedule lets another run


class Task:
    __slots__ = ("id", "f", "name", "state", "ready", "what", "deadline", "result", "panic",
                 "joined", "frame", "depth", "thread", "baton", "unparked")

    def __init__(self, tid, f, name):
        self.id = tid
        self.f = f
        self.name = name
        self.state = "runnable"  # runnable | blocked | done
        self.ready = None  # while blocked: the condition that makes it runnable
        self.what = ""  # while blocked: what it waits on, for the deadlock report
        self.deadline = None  # virtual time at which a timed wait ends
        self.result = None
        self.panic = None
        self.joined = False  # its panic was taken by join() (scope() does not re-panic)
        self.frame = None
        self.depth = 0
        self.thread = None
        self.baton = threading.Semaphore(0)  # released when this task may run
        self.unparked = False  # the token of park()/unpark()

    def label(self) -> str:
        if self.name is not None:
            return f"thread '{self.name}'"
        return f"thread #{self.id} (unnamed)"

    def can_run(self) -> bool:
        return self.state == "runnable" or (self.state == "blocked" and self.ready())


class Scheduler:
    def __init__(self, interp):
        self.interp = interp
        self.main = Task(1, None, "main")
        self.tasks = [self.main]
        self.current = self.main
        self.clock = 0  # virtual nanoseconds
        self.failure = None  # an error of another task, raised in main
        self.aborting = False
        self.ticks = 0  # yield points since the last switch (default schedule)
        seed = _seed(getattr(interp.limits, "schedule", "") or "")
        self.rng = random.Random(seed) if seed is not None else None

    # ── tasks ──
    def spawn(self, f, name=None, e=None) -> Task:
        t = Task(len(self.tasks) + 1, f, name)
        self.tasks.append(t)
        t.thread = threading.Thread(target=self._body, args=(t,), name=f"rust-task-{t.id}", daemon=True)
        t.thread.start()
        self.yield_point()
        return t

    def _body(self, t: Task) -> None:
        t.baton.acquire()
        if self.aborting:
            return
        it = self.interp
        it.frame, it.depth = Frame(), 0
        try:
            try:
                t.result = it.call_value(t.f, [])
            finally:
                it.drop_value(t.f)  # the thread's FnOnce closure and its captures
        except RustPanic as p:
            t.panic = p
            it.report_panic(p, t.name or "<unnamed>")
        except ThreadAbort:
            return
        except BaseException as x:  # noqa: BLE001 - limits, exit(), bugs: end the process from main
            if self.failure is None:
                self.failure = x
        t.state = "done"
        try:
            self._switch(t)
        except ThreadAbort:
            pass

    # ── yield points ──
    def yield_point(self, give_way: bool = False) -> None:
        """A point where a seeded schedule may run another thread. The default schedule
        switches only on `give_way` (yield_now, spin_loop) or after SLICE yield points in a
        row, so a thread spinning on an atomic lets the others make progress."""
        if self.aborting:
            return
        self.ticks += 1
        spin = give_way or self.ticks >= SLICE
        if spin:
            self.ticks = 0
        if spin or self.rng is not None:
            self._switch(self.current, spin)

    def block(self, ready, what: str, e=None, deadline=None) -> bool:
        """Wait until ready() (True) or virtual time reaches deadline (False)."""
        me = self.current
        if deadline is None and ready():
            self.yield_point()
            return True
        me.state, me.what, me.deadline = "blocked", what + _where(self.interp, e), deadline
        me.ready = ready if deadline is None else (lambda: ready() or self.clock >= deadline)
        try:
            self._switch(me)
        finally:
            me.state, me.ready, me.deadline = "runnable", None, None
        return ready()

    def wait_until(self, ready, what: str, e) -> None:
        self.block(ready, what, e)

    def wake(self) -> None:
        """A lock was released: nothing to do, blocked tasks re-test their condition."""

    def sleep(self, nanos: int, e) -> None:
        until = self.clock + max(0, nanos)
        self.block(lambda: self.clock >= until, "sleep", e, until)

    def join(self, t: Task, e) -> None:
        if t.state != "done":
            self.block(lambda: t.state == "done", f"the end of {t.label()} (join)", e)

    # ── switching ──
    def _switch(self, me: Task, give_way: bool = False) -> None:
        if self.aborting:  # shutdown() runs the parked tasks one at a time: no hand-over
            raise ThreadAbort()
        nxt = self._pick(me, give_way)
        if nxt is not me:
            self._hand_over(me, nxt)
        self._check_failure(me)

    def _pick(self, me: Task, give_way: bool = False) -> Task:
        if self.failure is not None and me is not self.main:
            return self.main  # main raises it
        while True:
            runnable = [t for t in self.tasks if t.state != "done" and t.can_run()]
            if give_way and runnable == [me] and self._advance_clock():
                give_way = False  # a thread spinning alone: time passes until a timed wait ends
                continue
            if runnable:
                if self.rng is not None:
                    return self.rng.choice(runnable)
                if me in runnable and not give_way:
                    return me
                later = [t for t in runnable if t.id > me.id]  # a FIFO run queue: round robin
                return later[0] if later else runnable[0]
            if self._advance_clock():
                continue
            if self.main.state == "done" or me is self.main:
                raise LimitExceeded(self._deadlock_report())
            if self.failure is None:
                self.failure = LimitExceeded(self._deadlock_report())
            return self.main

    def _advance_clock(self) -> bool:
        """Jump virtual time to the end of the earliest timed wait, if any."""
        timed = [t.deadline for t in self.tasks if t.state == "blocked" and t.deadline is not None]
        if timed:
            self.clock = max(self.clock, min(timed))
        return bool(timed)

    def _deadlock_report(self) -> str:
        waits = [f"{t.label()} waits on {t.what}" for t in self.tasks if t.state == "blocked"]
        return "deadlock: every thread is blocked: " + "; ".join(waits)

    def _hand_over(self, me: Task, nxt: Task) -> None:
        it = self.interp
        me.frame, me.depth = it.frame, it.depth
        self.current, self.ticks = nxt, 0
        nxt.baton.release()
        if me.state == "done":
            return
        me.baton.acquire()
        if self.aborting:
            raise ThreadAbort()
        it.frame, it.depth = me.frame, me.depth

    def _check_failure(self, me: Task) -> None:
        if self.aborting and me is not self.main:
            raise ThreadAbort()
        if me is self.main and self.failure is not None:
            failure, self.failure = self.failure, None
            raise failure

    def shutdown(self) -> None:
        """The process ends: unwind every parked task without running its program code."""
        self.aborting = True
        it = self.interp
        saved = it.out, it.err, it.frame, it.depth
        it.out = it.err = _Sink()
        try:
            for t in self.tasks:
                if t.thread is not None and t.thread.is_alive():
                    self.current = t
                    t.baton.release()
                    t.thread.join(5)
        finally:
            it.out, it.err, it.frame, it.depth = saved
            self.current = self.main


class _Sink:
    def write(self, s):
        return len(s)

    def flush(self):
        pass


def _seed(schedule: str):
    if schedule.startswith("seed:"):
        return int(schedule[5:])
    return None


def _where(it, e) -> str:
    span = getattr(e, "span", None)
    if span is None:
        return ""
    line, col = it.file.line_col(span.lo)
    return f" at {it.file.name}:{line}:{col}"


# ── thread values ──

class JoinHandle:
    __slots__ = ("task",)
    type_key = "JoinHandle"

    def __init__(self, task):
        self.task = task


class ScopeV:
    __slots__ = ("tasks",)
    type_key = "Scope"

    def __init__(self):
        self.tasks = []


class ThreadV:
    __slots__ = ("task",)
    type_key = "Thread"

    def __init__(self, task):
        self.task = task


# `ThreadId(n)`: a Copy tuple struct, so ==, hashing and Debug work like any derived struct
THREAD_ID = AdtDef("ThreadId", False, "tuple", ("0",), {"0": 0},
                   derives=frozenset(("Debug", "Clone", "Copy", "PartialEq", "Eq", "Hash", "PartialOrd", "Ord")),
                   is_copy=True)


class BuilderV:
    __slots__ = ("name",)
    type_key = "Builder"

    def __init__(self):
        self.name = None


class ErrValue:
    __slots__ = ("debug_name", "display_text")
    type_key = "ChannelError"

    def __init__(self, debug_name, text):
        self.debug_name = debug_name
        self.display_text = text


def _task_panic_err(t: Task):
    t.joined = True
    payload = panic_payload(t.panic)
    return err(payload if payload is not None else ErrValue("Any { .. }", t.panic.message))


@assoc("thread", "spawn")
def spawn(it, args, e):
    return JoinHandle(it.scheduler().spawn(args[0], None, e))


@method("JoinHandle", mode="value")
def join(it, recv, args, e):
    t = recv.task
    it.scheduler().join(t, e)
    if t.panic is not None:
        return _task_panic_err(t)
    return ok(t.result)


@method("JoinHandle")
def is_finished(it, recv, args, e):
    return recv.task.state == "done"


@method("JoinHandle", "thread")
def handle_thread(it, recv, args, e):
    return ThreadV(recv.task)


@assoc("thread", "scope")
def scope(it, args, e):
    s = ScopeV()
    sched = it.scheduler()
    try:
        result = it.call_value(args[0], [Ptr([s], 0)])
    finally:
        for t in s.tasks:
            sched.join(t, e)
    if any(t.panic is not None and not t.joined for t in s.tasks):
        raise RustPanic("a scoped thread panicked", e.span)
    return result


@method("Scope", "spawn")
def scope_spawn(it, recv, args, e):
    t = it.scheduler().spawn(args[0], None, e)
    recv.tasks.append(t)
    return JoinHandle(t)


@assoc("thread", "current")
def current(it, args, e):
    return ThreadV(it.scheduler().current)


@method("Thread", "name")
def thread_name(it, recv, args, e):
    return none() if recv.task.name is None else some(recv.task.name)


@method("Thread", "id")
def thread_id(it, recv, args, e):
    return StructV(THREAD_ID, [recv.task.id])


@assoc("Builder", "new")
def builder_new(it, args, e):
    return BuilderV()


@method("Builder", "name", mode="value")
def builder_name(it, recv, args, e):
    name = args[0]
    recv.name = name.s if isinstance(name, RString) else str(name)
    return recv


@method("Builder", "stack_size", mode="value")
def builder_stack_size(it, recv, args, e):
    return recv


@method("Builder", "spawn", mode="value")
def builder_spawn(it, recv, args, e):
    return ok(JoinHandle(it.scheduler().spawn(args[0], recv.name, e)))


@assoc("thread", "sleep")
def sleep(it, args, e):
    it.scheduler().sleep(args[0], e)
    return UNIT


@assoc("thread", "park")
def park(it, args, e):
    sched = it.scheduler()
    me = sched.current
    sched.block(lambda: me.unparked, "an unpark (park)", e)
    me.unparked = False
    return UNIT


@assoc("thread", "park_timeout")
def park_timeout(it, args, e):
    sched = it.scheduler()
    me = sched.current
    sched.block(lambda: me.unparked, "an unpark (park_timeout)", e, sched.clock + args[0])
    me.unparked = False
    return UNIT


@method("Thread", "unpark")
def unpark(it, recv, args, e):
    recv.task.unparked = True
    it.scheduler().yield_point()
    return UNIT


@assoc("thread", "yield_now")
def yield_now(it, args, e):
    it.scheduler().yield_point(True)
    return UNIT


@assoc("hint", "spin_loop")
def spin_loop(it, args, e):
    it.scheduler().yield_point(True)
    return UNIT


@assoc("hint", "black_box")
def black_box(it, args, e):
    return args[0]


@assoc("thread", "panicking")
def panicking(it, args, e):
    import sys
    return isinstance(sys.exc_info()[1], RustPanic)


# Durations are integer nanoseconds: sleeps and timeouts compare them on the virtual clock.

@assoc("Duration", "from_secs")
def duration_secs(it, args, e):
    return args[0] * 1_000_000_000


@assoc("Duration", "from_millis")
def duration_millis(it, args, e):
    return args[0] * 1_000_000


@assoc("Duration", "from_micros")
def duration_micros(it, args, e):
    return args[0] * 1_000


@assoc("Duration", "from_nanos")
def duration_nanos(it, args, e):
    return args[0]


# ── mpsc ──

class Channel:
    __slots__ = ("queue", "senders", "receiver_alive", "bound", "taken")

    def __init__(self, bound=None):
        self.queue = deque()
        self.senders = 1
        self.receiver_alive = True
        self.bound = bound  # None: unbounded (channel); n: sync_channel(n)
        self.taken = 0  # messages received so far (a rendezvous send waits for its own)


class SenderV:
    __slots__ = ("ch", "dropped", "type_key")

    def __init__(self, ch, type_key="Sender"):
        self.ch = ch
        self.dropped = False
        self.type_key = type_key

    def drop_glue(self, interp):
        if not self.dropped:
            self.dropped = True
            self.ch.senders -= 1

    def clone_iter(self, interp):
        self.ch.senders += 1
        return SenderV(self.ch, self.type_key)


class ReceiverV:
    __slots__ = ("ch",)
    type_key = "Receiver"

    def __init__(self, ch):
        self.ch = ch

    def drop_glue(self, interp):
        self.ch.receiver_alive = False


class RecvIter(RIter):
    __slots__ = ("interp", "rx", "e")

    def __init__(self, interp, rx, e):
        self.interp, self.rx, self.e = interp, rx, e

    def nxt(self):
        r = recv(self.interp, self.rx, [], self.e)
        return r.items[0] if r.variant.name == "Ok" else STOP


@assoc("mpsc", "channel")
def channel(it, args, e):
    ch = Channel()
    return TupleV([SenderV(ch), ReceiverV(ch)])


@assoc("mpsc", "sync_channel")
def sync_channel(it, args, e):
    ch = Channel(args[0])
    return TupleV([SenderV(ch, "SyncSender"), ReceiverV(ch)])


def _closed_send():
    return ErrValue("SendError { .. }", "sending on a closed channel")


@method(("Sender", "SyncSender"))
def send(it, recv, args, e):
    ch = recv.ch
    sched = it.scheduler()
    if ch.bound is not None and ch.bound > 0:
        sched.block(lambda: len(ch.queue) < ch.bound or not ch.receiver_alive, "a full sync_channel", e)
    if not ch.receiver_alive:
        return err(_closed_send())
    ch.queue.append(args[0])
    if ch.bound == 0:  # rendezvous: wait until the receiver took this message
        ticket = ch.taken + len(ch.queue)
        sched.block(lambda: ch.taken >= ticket or not ch.receiver_alive, "a rendezvous sync_channel(0)", e)
    else:
        sched.yield_point()
    return ok(UNIT)


@method("SyncSender")
def try_send(it, recv, args, e):
    ch = recv.ch
    if not ch.receiver_alive:
        return err(ErrValue("Disconnected(..)", "sending on a closed channel"))
    if ch.bound is not None and len(ch.queue) >= max(ch.bound, 1):
        return err(ErrValue("Full(..)", "sending on a full channel"))
    ch.queue.append(args[0])
    return ok(UNIT)


def _take(ch):
    ch.taken += 1
    return ok(ch.queue.popleft())


@method("Receiver")
def recv(it, recv_, args, e):
    ch = recv_.ch
    it.scheduler().block(lambda: ch.queue or ch.senders == 0, "a channel receive (recv)", e)
    if ch.queue:
        return _take(ch)
    return err(ErrValue("RecvError", "receiving on a closed channel"))


@method("Receiver")
def try_recv(it, recv_, args, e):
    ch = recv_.ch
    if it.threads is not None:
        it.threads.yield_point()
    if ch.queue:
        return _take(ch)
    return err(_variant(TRY_RECV_ERROR, "Empty" if ch.senders else "Disconnected"))


@method("Receiver")
def recv_timeout(it, recv_, args, e):
    ch = recv_.ch
    sched = it.scheduler()
    sched.block(lambda: ch.queue or ch.senders == 0, "a channel receive (recv_timeout)", e,
                sched.clock + args[0])
    if ch.queue:
        return _take(ch)
    return err(_variant(RECV_TIMEOUT_ERROR, "Disconnected" if ch.senders == 0 else "Timeout"))


def _variant(adt, name: str) -> EnumV:
    return EnumV(adt, adt.variants[name], [])


@method("Receiver", "iter")
def rx_iter(it, recv_, args, e):
    return RecvIter(it, recv_, e)


@method("Receiver", "into_iter", mode="value")
def rx_into_iter(it, recv_, args, e):
    return RecvIter(it, recv_, e)


@method("Receiver", "try_iter")
def rx_try_iter(it, recv_, args, e):
    from .std_iter import ValuesIter
    ch = recv_.ch
    items = list(ch.queue)
    ch.taken += len(items)
    ch.queue.clear()
    return ValuesIter(items)
