"""The process's outside world, as far as programs may see it: command-line arguments,
stdout/stderr handles (`io::stdout().flush()`, `writeln!(io::stderr(), ..)`), and an empty
stdin (programs get no input). No files, network or environment variables."""
from __future__ import annotations

from .std_enums import ok
from .std_iter import ValuesIter
from .std_registry import assoc, method
from .values import UNIT, RString


class StreamV:
    """`Stdout` / `Stderr` / `Stdin` handles (and their locks)."""

    __slots__ = ("which",)

    def __init__(self, which: str):
        self.which = which

    @property
    def type_key(self) -> str:
        return "Stream"


@assoc("env", "args")
def args(it, args_, e):
    return ValuesIter([RString(it.file.name)] + [RString(a) for a in it.args])


@assoc("env", "var")
def var(it, args_, e):
    from .std_enums import err
    return err(RString("environment variable not found"))


@assoc("io", "stdout")
def stdout(it, args_, e):
    return StreamV("out")


@assoc("io", "stderr")
def stderr(it, args_, e):
    return StreamV("err")


@assoc("io", "stdin")
def stdin(it, args_, e):
    return StreamV("in")


@method("Stream")
def lock(it, recv, args_, e):
    return recv


@method("Stream")
def flush(it, recv, args_, e):
    return ok(UNIT)


@method("Stream")
def read_line(it, recv, args_, e):
    return ok(0)


@method("Stream")
def lines(it, recv, args_, e):
    return ValuesIter([])


@method("Stream", "write_all")
def write_all(it, recv, args_, e):
    data = it.deref_all(args_[0])
    text = bytes(data.values() if hasattr(data, "values") else data.items).decode("utf-8", "replace") \
        if not isinstance(data, (str, RString)) else it.text_of(data)
    (it.out if recv.which == "out" else it.err).write(text)
    return ok(UNIT)


class _TextSink:
    """A Python text stream seen as a format sink (`write_str`)."""

    __slots__ = ("stream",)

    def __init__(self, stream):
        self.stream = stream

    def write_str(self, s: str) -> None:
        self.stream.write(s)


def stream_sink(it, v):
    """The text sink behind a Stdout/Stderr handle (for `write!`), or None."""
    if v.__class__ is StreamV and v.which in ("out", "err"):
        return _TextSink(it.out if v.which == "out" else it.err)
    return None

