"""Threads on a deterministic scheduler, and mpsc channels.

A spawned thread does not run at `spawn`: it runs to completion, on the interpreter's own
stack, when something waits for it — `join`, the end of a `thread::scope`, a `recv` on an
empty channel, a contended lock — in spawn order. So output is reproducible and a program
whose threads only communicate through joins/channels/locks behaves as under rustc. A wait
that no pending thread can satisfy is a deadlock: reported as an error, not a hang.
"""
from __future__ import annotations

from collections import deque

from .frame import Frame
from .signals import LimitExceeded, RustPanic
from .std_enums import err, ok
from .std_iter import STOP, RIter
from .std_registry import assoc, method
from .values import UNIT, Ptr, TupleV


class Task:
    __slots__ = ("f", "state", "result", "panic", "name")

    def __init__(self, f, name):
        self.f = f
        self.state = "pending"  # pending | running | done
        self.result = None
        self.panic = None
        self.name = name


class Scheduler:
    def __init__(self, interp):
        self.interp = interp
        self.pending = deque()

    def spawn(self, f, name=None) -> Task:
        t = Task(f, name)
        self.pending.append(t)
        return t

    def run(self, t: Task) -> None:
        if t.state != "pending":
            return
        try:
            self.pending.remove(t)
        except ValueError:
            pass
        t.state = "running"
        it = self.interp
        saved_frame, saved_depth = it.frame, it.depth
        it.frame = Frame()
        try:
            try:
                t.result = it.call_value(t.f, [])
            finally:
                it.drop_value(t.f)  # the thread's FnOnce closure and its captures
        except RustPanic as p:
            t.panic = p
            it.report_panic(p, t.name or "<unnamed>")
        finally:
            it.frame, it.depth = saved_frame, saved_depth
            t.state = "done"

    def wait_until(self, ready, what: str, e) -> None:
        """Run pending threads until ready() holds; a deadlock otherwise."""
        while not ready():
            if not self.pending:
                raise LimitExceeded(f"deadlock: the program waits forever on {what}")
            self.run(self.pending[0])

    def wake(self) -> None:
        pass


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


class Channel:
    __slots__ = ("queue", "senders", "receiver_alive")

    def __init__(self):
        self.queue = deque()
        self.senders = 1
        self.receiver_alive = True


class SenderV:
    __slots__ = ("ch", "dropped")
    type_key = "Sender"

    def __init__(self, ch):
        self.ch = ch
        self.dropped = False

    def drop_glue(self, interp):
        if not self.dropped:
            self.dropped = True
            self.ch.senders -= 1

    def clone_iter(self, interp):
        self.ch.senders += 1
        return SenderV(self.ch)


class ReceiverV:
    __slots__ = ("ch",)
    type_key = "Receiver"

    def __init__(self, ch):
        self.ch = ch

    def drop_glue(self, interp):
        self.ch.receiver_alive = False


class ErrValue:
    __slots__ = ("debug_name", "display_text")
    type_key = "ChannelError"

    def __init__(self, debug_name, text):
        self.debug_name = debug_name
        self.display_text = text


class RecvIter(RIter):
    __slots__ = ("interp", "rx", "e")

    def __init__(self, interp, rx, e):
        self.interp, self.rx, self.e = interp, rx, e

    def nxt(self):
        r = recv(self.interp, self.rx, [], self.e)
        return r.items[0] if r.variant.name == "Ok" else STOP


@assoc("thread", "spawn")
def spawn(it, args, e):
    return JoinHandle(it.scheduler().spawn(args[0]))


@method("JoinHandle", mode="value")
def join(it, recv, args, e):
    t = recv.task
    it.scheduler().run(t)
    if t.panic is not None:
        return err(ErrValue("Any { .. }", t.panic.message))
    return ok(t.result)


@method("JoinHandle")
def is_finished(it, recv, args, e):
    return recv.task.state == "done"


@assoc("thread", "scope")
def scope(it, args, e):
    s = ScopeV()
    try:
        result = it.call_value(args[0], [Ptr([s], 0)])
    finally:
        sched = it.scheduler()
        for t in s.tasks:
            sched.run(t)
    if any(t.panic is not None for t in s.tasks):
        raise RustPanic("a scoped thread panicked", e.span)
    return result


@method("Scope", "spawn")
def scope_spawn(it, recv, args, e):
    t = it.scheduler().spawn(args[0])
    recv.tasks.append(t)
    return JoinHandle(t)


@assoc("thread", "sleep")
def sleep(it, args, e):
    return UNIT


@assoc("thread", "yield_now")
def yield_now(it, args, e):
    return UNIT


@assoc("Duration", "from_millis")
@assoc("Duration", "from_secs")
@assoc("Duration", "from_micros")
@assoc("Duration", "from_nanos")
def duration(it, args, e):
    return args[0]


@assoc("mpsc", "channel")
@assoc("mpsc", "sync_channel")
def channel(it, args, e):
    ch = Channel()
    return TupleV([SenderV(ch), ReceiverV(ch)])


@method(("Sender", "SyncSender"))
def send(it, recv, args, e):
    if not recv.ch.receiver_alive:
        return err(ErrValue("SendError { .. }", "sending on a closed channel"))
    recv.ch.queue.append(args[0])
    return ok(UNIT)


@method("Receiver")
def recv(it, recv_, args, e):
    ch = recv_.ch
    if not ch.queue and ch.senders > 0:
        it.scheduler().wait_until(lambda: ch.queue or ch.senders == 0, "a channel receive", e)
    if ch.queue:
        return ok(ch.queue.popleft())
    return err(ErrValue("RecvError", "receiving on a closed channel"))


@method("Receiver")
def try_recv(it, recv_, args, e):
    ch = recv_.ch
    if ch.queue:
        return ok(ch.queue.popleft())
    return err(ErrValue("Empty" if ch.senders else "Disconnected",
                        "receiving on an empty channel" if ch.senders else "receiving on a closed channel"))


@method("Receiver")
def recv_timeout(it, recv_, args, e):
    return recv(it, recv_, [], e)


@method("Receiver", "iter")
def rx_iter(it, recv_, args, e):
    return RecvIter(it, recv_, e)


@method("Receiver", "into_iter", mode="value")
def rx_into_iter(it, recv_, args, e):
    return RecvIter(it, recv_, e)


@method("Receiver", "try_iter")
def rx_try_iter(it, recv_, args, e):
    from .std_iter import ValuesIter
    items = list(recv_.ch.queue)
    recv_.ch.queue.clear()
    return ValuesIter(items)
