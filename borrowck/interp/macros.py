"""The std macros: printing, `format!`, `write!`, panics and assertions, `vec!`, `matches!`,
`dbg!` (panic messages worded as rustc's std)."""
from __future__ import annotations

from . import format as fmt
from .signals import RustPanic, Unsupported
from .std_enums import ok
from .std_io import stream_sink
from . import std_any
from .values import UNIT, Char, F32, Ptr, RString, VecV, BoxV

_IMMUTABLE_SCALARS = frozenset((int, float, F32, bool, Char, str))


class ArgumentsV:
    """A `fmt::Arguments` (what `format_args!` builds): its text, formatted when built."""

    __slots__ = ("display_text", "debug_name")
    type_key = "Arguments"
    is_copy_value = True  # immutable: copies may share the object

    def __init__(self, text: str):
        self.display_text = self.debug_name = text


class Macros:
    def build_macro_table(self) -> dict:
        """macro name -> handler, built once per interpreter."""
        return {
            "println": self.mac_println, "print": self.mac_print,
            "eprintln": self.mac_eprintln, "eprint": self.mac_eprint,
            "format": self.mac_format, "format_args": self.mac_format_args, "write": self.mac_write, "writeln": self.mac_writeln,
            "panic": self.mac_panic, "unreachable": self.mac_unreachable,
            "todo": self.mac_todo, "unimplemented": self.mac_unimplemented,
            "assert": self.mac_assert, "debug_assert": self.mac_assert,
            "assert_eq": self.mac_assert_eq, "debug_assert_eq": self.mac_assert_eq,
            "assert_ne": self.mac_assert_ne, "debug_assert_ne": self.mac_assert_ne,
            "vec": self.mac_vec, "matches": self.mac_matches, "dbg": self.mac_dbg,
        }

    def fmt_text(self, e) -> str:
        return self.format_to_string(e.fmt) if e.fmt is not None else ""

    def mac_println(self, e):
        self.out.write(self.fmt_text(e) + "\n")
        return UNIT

    def mac_print(self, e):
        self.out.write(self.fmt_text(e))
        return UNIT

    def mac_eprintln(self, e):
        self.err.write(self.fmt_text(e) + "\n")
        return UNIT

    def mac_eprint(self, e):
        self.err.write(self.fmt_text(e))
        return UNIT

    def mac_format(self, e):
        return RString(self.fmt_text(e))

    def mac_format_args(self, e):
        return ArgumentsV(self.fmt_text(e))

    def mac_write(self, e, newline: bool = False):
        lst, idx = self.place(e.args[0])
        dest = lst[idx]
        while dest.__class__ is Ptr or dest.__class__ is BoxV:
            dest = self.deref_value(dest)
        stream = stream_sink(self, dest)
        if dest.__class__ is fmt.Formatter:
            sink = dest.sink
        elif stream is not None:
            sink = stream
        else:
            sink = fmt.StringSink()
        if e.fmt is not None:
            self.write_fmt(sink, e.fmt)
        if newline:
            sink.write_str("\n")
        if stream is not None:
            return ok(UNIT)
        if dest.__class__ is RString:
            dest.append(sink.text())
        elif dest.__class__ is VecV:
            dest.items.extend(sink.text().encode("utf-8"))
        elif dest.__class__ is not fmt.Formatter and stream is None:
            m = self.program.method(self.type_key(dest), "write_str")
            if m is None:
                raise Unsupported(f"`write!` to {self.type_key(dest)}", e.span)
            return self.call_fn(m.fn, [sink.text()], m.owner, Ptr([dest], 0, True))
        return ok(UNIT)

    def mac_writeln(self, e):
        return self.mac_write(e, True)

    def mac_panic(self, e):
        # the payload is a `&'static str` when the message is a constant, else a `String`
        constant = e.fmt is None or all(p.__class__ is str for p in e.fmt.pieces)
        raise RustPanic(self.fmt_text(e) if e.fmt is not None else "explicit panic", e.span,
                        std_any.STR_PAYLOAD if constant else std_any.STRING_PAYLOAD)

    def mac_unreachable(self, e):
        msg = "internal error: entered unreachable code"
        if e.fmt is not None:
            msg += ": " + self.fmt_text(e)
        raise RustPanic(msg, e.span)

    def mac_todo(self, e):
        msg = "not yet implemented"
        if e.fmt is not None:
            msg += ": " + self.fmt_text(e)
        raise RustPanic(msg, e.span)

    def mac_unimplemented(self, e):
        msg = "not implemented"
        if e.fmt is not None:
            msg += ": " + self.fmt_text(e)
        raise RustPanic(msg, e.span)

    def mac_assert(self, e):
        if not self.eval_cond(e.args[0], None):
            if e.fmt is not None:
                raise RustPanic(self.fmt_text(e), e.span)
            raise RustPanic("assertion failed: " + _source_text(self.file, e.args[0].span), e.span)
        return UNIT

    def mac_assert_eq(self, e):
        return self.assert_cmp(e, "==")

    def mac_assert_ne(self, e):
        return self.assert_cmp(e, "!=")

    def assert_cmp(self, e, op: str):
        left = self.operand_ref(e.args[0])
        right = self.operand_ref(e.args[1])
        equal = self.values_eq(left, right)
        if equal == (op == "=="):
            return UNIT
        head = f"assertion `left {op} right` failed"
        if e.fmt is not None:
            head += ": " + self.fmt_text(e)
        lt = self.debug_string(left, e.args[0])
        rt = self.debug_string(right, e.args[1])
        raise RustPanic(f"{head}\n  left: {lt}\n right: {rt}", e.span)

    def debug_string(self, v, expr=None) -> str:
        sink = fmt.StringSink()
        self.fmt_value(fmt.Formatter(sink, fmt.Spec(trait="Debug")), v, expr)
        return sink.text()

    def mac_vec(self, e):
        if e.vec_repeat is not None:
            elem_e, count_e = e.vec_repeat
            elem = self.eval(elem_e)
            n = self.deref_all(self.eval(count_e))
            if n == 0:
                self.drop_value(elem)
                return VecV([])
            if self.memory_limit is not None and n * 8 > self.memory_limit:  # a list slot is 8 bytes
                self.check_memory(n * 8)
            if elem.__class__ in _IMMUTABLE_SCALARS:  # shared safely: never mutated in place
                return VecV([elem] * n)
            items = [self.clone(elem) for _ in range(n - 1)]
            items.append(elem)
            return VecV(items)
        return VecV([self.eval(a) for a in e.args])

    def mac_matches(self, e):
        lst, idx = self.place(e.args[0])
        if not self.test_pattern(e.pattern, lst[idx]):
            return False
        if e.guard is None:
            return True
        scope = self.frame.push_scope()
        try:
            self.bind_pattern(e.pattern, lst, idx, "move", scope, False)
            return bool(self.eval(e.guard))
        finally:
            scope.owned.clear()
            self.pop_scope(scope)

    def mac_dbg(self, e):
        line, col = self.file.line_col(e.span.lo)
        values = []
        for a in e.args:
            v = self.eval(a)
            sink = fmt.StringSink()
            self.fmt_value(fmt.Formatter(sink, fmt.Spec(trait="Debug", alternate=True)), v, a)
            self.err.write(f"[{self.file.name}:{line}:{col}] {_source_text(self.file, a.span)} = {sink.text()}\n")
            values.append(v)
        if not values:
            self.err.write(f"[{self.file.name}:{line}:{col}]\n")
            return UNIT
        return values[0] if len(values) == 1 else self.tuple_of(values)


def _source_text(file, span) -> str:
    return " ".join(file.snippet(span).split())
