"""`String` and `str` methods. Indices are UTF-8 byte offsets, as in Rust."""
from __future__ import annotations

from .signals import RustPanic, Unsupported
from .std_enums import none, some
from .std_iter import ValuesIter
from .std_registry import assoc, method
from .values import UNIT, ArrayV, Char, ClosureV, FnV, BuiltinV, Ptr, RangeV, RString, SliceV, TupleV, VecV

S = ("String", "str")


def _t(recv) -> str:
    return recv.s if recv.__class__ is RString else recv


def _b2c(s: str, b: int) -> int:
    """Byte offset -> char index."""
    return len(s.encode("utf-8")[:b].decode("utf-8", errors="ignore"))


def _c2b(s: str, c: int) -> int:
    return len(s[:c].encode("utf-8"))


def _matcher(it, pat):
    """A str pattern (&str, char, [char], closure) -> function(text, start_char) -> (i, len) or None."""
    pat = it.deref_all(pat) if pat.__class__ is Ptr else pat
    c = pat.__class__
    if c is str or c is RString or c is Char:
        p = pat.s if c is RString else str(pat)

        def find(s, start):
            i = s.find(p, start)
            return None if i < 0 else (i, len(p))
        return find, p
    if c is ArrayV or c is SliceV or c is VecV:
        chars = set(pat.items if c is not SliceV else pat.values())

        def find(s, start):
            for i in range(start, len(s)):
                if s[i] in chars:
                    return (i, 1)
            return None
        return find, None
    if c in (ClosureV, FnV, BuiltinV):
        def find(s, start):
            for i in range(start, len(s)):
                if it.call_value(pat, [Char(s[i])]):
                    return (i, 1)
            return None
        return find, None
    raise Unsupported(f"string pattern of type {it.type_key(pat)}")


def _split(it, s, pat, limit=None):
    find, lit = _matcher(it, pat)
    if lit == "":
        parts = [""] + list(s) + [""]
        return parts
    out = []
    start = 0
    while limit is None or len(out) < limit - 1:
        m = find(s, start)
        if m is None:
            break
        out.append(s[start:m[0]])
        start = m[0] + m[1]
    out.append(s[start:])
    return out


@method(S)
def str__len(it, recv, args, e):
    return len(_t(recv).encode("utf-8"))


@method(S)
def str__is_empty(it, recv, args, e):
    return not _t(recv)


@method(S)
def str__as_str(it, recv, args, e):
    return _t(recv)


@method(S)
def str__as_mut_str(it, recv, args, e):
    return _t(recv)


class CharsIter(ValuesIter):
    """`str::chars()`: also knows the rest of the text (`Chars::as_str`)."""

    __slots__ = ()
    type_key = "Chars"


@method("Chars", "as_str")
def chars__as_str(it, recv, args, e):
    return "".join(recv.vals[recv.lo:recv.hi])


@method(S)
def str__chars(it, recv, args, e):
    return CharsIter([Char(c) for c in _t(recv)])


@method(S)
def str__char_indices(it, recv, args, e):
    s = _t(recv)
    out, b = [], 0
    for c in s:
        out.append(TupleV([b, Char(c)]))
        b += len(c.encode("utf-8"))
    return ValuesIter(out)


@method(S)
def str__bytes(it, recv, args, e):
    return ValuesIter(list(_t(recv).encode("utf-8")))


@method(S)
def str__as_bytes(it, recv, args, e):
    data = list(_t(recv).encode("utf-8"))
    return SliceV(data, 0, len(data))


@method(S)
def str__split_whitespace(it, recv, args, e):
    return ValuesIter(_t(recv).split())


@method(S)
def str__split_ascii_whitespace(it, recv, args, e):
    return ValuesIter(_t(recv).split())


@method(S)
def str__lines(it, recv, args, e):
    s = _t(recv)
    parts = s.split("\n")
    if parts and parts[-1] == "":
        parts.pop()
    return ValuesIter([p[:-1] if p.endswith("\r") else p for p in parts])


@method(S)
def str__split(it, recv, args, e):
    return ValuesIter(_split(it, _t(recv), args[0]))


@method(S)
def str__rsplit(it, recv, args, e):
    return ValuesIter(_split(it, _t(recv), args[0])[::-1])


@method(S)
def str__splitn(it, recv, args, e):
    return ValuesIter(_split(it, _t(recv), args[1], args[0]))


@method(S)
def str__rsplitn(it, recv, args, e):
    """Split from the end (searching backwards), at most n parts; the last keeps the rest."""
    s, limit = _t(recv), args[0]
    find, lit = _matcher(it, args[1])
    out, end = [], len(s)
    while limit and len(out) < limit - 1:
        m = _rfind(find, lit, s, end)
        if m is None:
            break
        out.append(s[m[0] + m[1]:end])
        end = m[0]
    if limit:
        out.append(s[:end])
    return ValuesIter(out)


def _rfind(find, lit, s, end):
    """The last match ending at or before `end` (char index)."""
    if lit is not None:
        i = s.rfind(lit, 0, end)
        return None if i < 0 else (i, len(lit))
    for i in range(end - 1, -1, -1):
        m = find(s, i)
        if m is not None and m[0] == i:
            return m
    return None


@method(S)
def str__split_terminator(it, recv, args, e):
    parts = _split(it, _t(recv), args[0])
    if parts and parts[-1] == "":
        parts.pop()
    return ValuesIter(parts)


@method(S)
def str__split_inclusive(it, recv, args, e):
    s = _t(recv)
    find, lit = _matcher(it, args[0])
    if lit == "":
        raise Unsupported("`split_inclusive` with an empty pattern", getattr(e, "span", None))
    out, start = [], 0
    while True:
        m = find(s, start)
        if m is None:
            break
        out.append(s[start:m[0] + m[1]])
        start = m[0] + m[1]
    if start < len(s):
        out.append(s[start:])
    return ValuesIter(out)


@method(S)
def str__split_once(it, recv, args, e):
    s = _t(recv)
    find, _ = _matcher(it, args[0])
    m = find(s, 0)
    if m is None:
        return none()
    return some(TupleV([s[:m[0]], s[m[0] + m[1]:]]))


@method(S)
def str__rsplit_once(it, recv, args, e):
    s = _t(recv)
    p = it.text_of(args[0]) if it.deref_all(args[0]).__class__ is not Char else str(it.deref_all(args[0]))
    i = s.rfind(p)
    if i < 0:
        return none()
    return some(TupleV([s[:i], s[i + len(p):]]))


@method(S)
def str__split_at(it, recv, args, e):
    s = _t(recv)
    data = s.encode("utf-8")
    b = args[0]
    if b > len(data) or (b < len(data) and (data[b] & 0xC0) == 0x80):
        raise RustPanic(f"byte index {b} is not a char boundary", e.method.span)
    return TupleV([data[:b].decode(), data[b:].decode()])


@method(S)
def str__trim(it, recv, args, e):
    return _t(recv).strip()


@method(S)
def str__trim_start(it, recv, args, e):
    return _t(recv).lstrip()


@method(S)
def str__trim_end(it, recv, args, e):
    return _t(recv).rstrip()


def _strip_chars(it, s, pat, left, right):
    p = it.deref_all(pat)
    if p.__class__ is Char:
        chars = str(p)
        if left:
            s = s.lstrip(chars)
        if right:
            s = s.rstrip(chars)
        return s
    if p.__class__ in (str, RString):
        t = it.text_of(p)
        if t:
            while left and s.startswith(t):
                s = s[len(t):]
            while right and s.endswith(t):
                s = s[:-len(t)]
        return s
    find, _ = _matcher(it, p)
    while left and s and find(s[0], 0):
        s = s[1:]
    while right and s and find(s[-1], 0):
        s = s[:-1]
    return s


@method(S)
def str__trim_matches(it, recv, args, e):
    return _strip_chars(it, _t(recv), args[0], True, True)


@method(S)
def str__trim_start_matches(it, recv, args, e):
    return _strip_chars(it, _t(recv), args[0], True, False)


@method(S)
def str__trim_end_matches(it, recv, args, e):
    return _strip_chars(it, _t(recv), args[0], False, True)


@method(S)
def str__strip_prefix(it, recv, args, e):
    s = _t(recv)
    p = it.deref_all(args[0])
    p = str(p) if p.__class__ is Char else it.text_of(p)
    return some(s[len(p):]) if s.startswith(p) else none()


@method(S)
def str__strip_suffix(it, recv, args, e):
    s = _t(recv)
    p = it.deref_all(args[0])
    p = str(p) if p.__class__ is Char else it.text_of(p)
    return some(s[:len(s) - len(p)]) if s.endswith(p) else none()


@method(S)
def str__starts_with(it, recv, args, e):
    s = _t(recv)
    find, lit = _matcher(it, args[0])
    if lit is not None:
        return s.startswith(lit)
    m = find(s[:1], 0) if s else None
    return m is not None


@method(S)
def str__ends_with(it, recv, args, e):
    s = _t(recv)
    find, lit = _matcher(it, args[0])
    if lit is not None:
        return s.endswith(lit)
    return bool(s) and find(s[-1], 0) is not None


@method(S)
def str__contains(it, recv, args, e):
    find, _ = _matcher(it, args[0])
    return find(_t(recv), 0) is not None


@method(S)
def str__find(it, recv, args, e):
    s = _t(recv)
    f, _ = _matcher(it, args[0])
    m = f(s, 0)
    return none() if m is None else some(_c2b(s, m[0]))


@method(S)
def str__rfind(it, recv, args, e):
    s = _t(recv)
    f, lit = _matcher(it, args[0])
    if lit is not None:
        i = s.rfind(lit)
        return none() if i < 0 else some(_c2b(s, i))
    for i in range(len(s) - 1, -1, -1):
        if f(s[i], 0):
            return some(_c2b(s, i))
    return none()


@method(S)
def str__match_indices(it, recv, args, e):
    s = _t(recv)
    return ValuesIter([TupleV([_c2b(s, i), s[i:i + n]]) for i, n in _all_matches(it, s, args[0])])


def _all_matches(it, s, pat):
    """Non-overlapping matches (char index, char length) from the left."""
    find, _ = _matcher(it, pat)
    out, start = [], 0
    while start <= len(s):
        m = find(s, start)
        if m is None:
            break
        out.append(m)
        start = m[0] + max(m[1], 1)
    return out


@method(S)
def str__matches(it, recv, args, e):
    s = _t(recv)
    f, _ = _matcher(it, args[0])
    out, start = [], 0
    while True:
        m = f(s, start)
        if m is None:
            return ValuesIter(out)
        out.append(s[m[0]:m[0] + m[1]])
        start = m[0] + max(1, m[1])


@method(S)
def str__replace(it, recv, args, e):
    s = _t(recv)
    find, lit = _matcher(it, args[0])
    to = it.text_of(args[1])
    if lit is not None:
        return RString(s.replace(lit, to))
    return RString("".join(to if find(c, 0) else c for c in s))


@method(S)
def str__replacen(it, recv, args, e):
    s = _t(recv)
    _, lit = _matcher(it, args[0])
    return RString(s.replace(lit, it.text_of(args[1]), args[2]))


@method(S)
def str__to_uppercase(it, recv, args, e):
    return RString(_t(recv).upper())


@method(S)
def str__to_lowercase(it, recv, args, e):
    return RString(_t(recv).lower())


@method(S)
def str__to_ascii_uppercase(it, recv, args, e):
    return RString("".join(c.upper() if "a" <= c <= "z" else c for c in _t(recv)))


@method(S)
def str__to_ascii_lowercase(it, recv, args, e):
    return RString("".join(c.lower() if "A" <= c <= "Z" else c for c in _t(recv)))


@method(S)
def str__eq_ignore_ascii_case(it, recv, args, e):
    return _t(recv).lower() == it.text_of(args[0]).lower()


@method(S)
def str__repeat(it, recv, args, e):
    return RString(_t(recv) * args[0])


@method(S)
def str__parse(it, recv, args, e):
    target = it.target_of(e)
    if target is not None and target[0] in ("Result", "Option"):
        target = target[1][0] if target[1] else None
    return it.parse_str(_t(recv), target, e)


@method(S)
def str__get(it, recv, args, e):
    s = _t(recv)
    r = args[0]
    if r.__class__ is not RangeV:
        return none()
    data = s.encode("utf-8")
    n = len(data)
    start = r.start if r.start is not None else 0
    end = (r.end + (1 if r.inclusive else 0)) if r.end is not None else n
    if start > end or end > n:
        return none()
    for b in (start, end):
        if b < n and (data[b] & 0xC0) == 0x80:
            return none()
    return some(data[start:end].decode("utf-8"))


@method(S)
def str__is_char_boundary(it, recv, args, e):
    data = _t(recv).encode("utf-8")
    b = args[0]
    if b == len(data):
        return True
    return b < len(data) and (data[b] & 0xC0) != 0x80


@method(S, "to_string")
def str__str_to_string(it, recv, args, e):
    return RString(_t(recv))


@method(S, "into")
def str__str_into(it, recv, args, e):
    target = it.target_of(e)
    if target and target[0] == "Cow":  # a String is owned, a `&str` borrowed
        from .std_cow import cow_from
        return cow_from(recv)
    return it.convert_into(_t(recv), target, e)


@method(S, "to_owned")
def str__str_to_owned(it, recv, args, e):
    return RString(_t(recv))


@method(S, "clone")
def str__str_clone(it, recv, args, e):
    return RString(recv.s) if recv.__class__ is RString else recv


@method(S, "cmp")
def str__str_cmp(it, recv, args, e):
    from .std_enums import ordering
    a, b = _t(recv), it.text_of(args[0])
    return ordering((a > b) - (a < b))


# ── String (owned, mutable) ──

@method("String")
def str__push(it, recv, args, e):
    recv.append(args[0])
    return UNIT


@method("String")
def str__push_str(it, recv, args, e):
    recv.append(it.text_of(args[0]))
    return UNIT


@method("String")
def str__pop(it, recv, args, e):
    if not recv.s:
        return none()
    c = recv.s[-1]
    recv.s = recv.s[:-1]
    return some(Char(c))


@method("String")
def str__insert(it, recv, args, e):
    i = _b2c(recv.s, args[0])
    recv.s = recv.s[:i] + args[1] + recv.s[i:]
    return UNIT


@method("String")
def str__insert_str(it, recv, args, e):
    i = _b2c(recv.s, args[0])
    recv.s = recv.s[:i] + it.text_of(args[1]) + recv.s[i:]
    return UNIT


@method("String")
def str__remove(it, recv, args, e):
    i = _b2c(recv.s, args[0])
    c = recv.s[i]
    recv.s = recv.s[:i] + recv.s[i + 1:]
    return Char(c)


def _byte_range(s: str, r):
    n = len(s.encode("utf-8"))
    start = r.start if r.start is not None else 0
    end = (r.end + (1 if r.inclusive else 0)) if r.end is not None else n
    return start, end


@method("String")
def string__replace_range(it, recv, args, e):
    start, end = _byte_range(recv.s, args[0])
    data = recv.s.encode("utf-8")
    recv.s = (data[:start] + it.text_of(args[1]).encode("utf-8") + data[end:]).decode("utf-8")
    return UNIT


@method("String")
def string__split_off(it, recv, args, e):
    data = recv.s.encode("utf-8")
    recv.s, tail = data[:args[0]].decode("utf-8"), data[args[0]:].decode("utf-8")
    return RString(tail)


@method("String")
def str__make_ascii_uppercase(it, recv, args, e):
    recv.s = "".join(c.upper() if "a" <= c <= "z" else c for c in recv.s)
    return UNIT


@method("String")
def str__make_ascii_lowercase(it, recv, args, e):
    recv.s = "".join(c.lower() if "A" <= c <= "Z" else c for c in recv.s)
    return UNIT


@method("String")
def str__clear(it, recv, args, e):
    recv.s = ""
    return UNIT


@method("String")
def str__truncate(it, recv, args, e):
    recv.s = recv.s.encode("utf-8")[:args[0]].decode("utf-8")
    return UNIT


@method("String")
def str__retain(it, recv, args, e):
    recv.s = "".join(c for c in recv.s if it.call_value(args[0], [Char(c)]))
    return UNIT


@method("String")
def str__capacity(it, recv, args, e):
    return len(recv.s.encode("utf-8"))


@method("String")
def str__reserve(it, recv, args, e):
    return UNIT


@method("String")
def str__extend(it, recv, args, e):
    src = it.into_iter(args[0], e)
    parts = []
    while True:
        x = src.nxt()
        if x is it.STOP:
            break
        parts.append(it.text_of(x) if it.deref_all(x).__class__ is not Char else str(it.deref_all(x)))
    recv.s += "".join(parts)
    return UNIT


@method("String")
def str__into_bytes(it, recv, args, e):
    return VecV(list(recv.s.encode("utf-8")))


@method("String", "drain")
def str__string_drain(it, recv, args, e):
    r = args[0]
    data = recv.s.encode("utf-8")
    start = r.start or 0
    end = (r.end + (1 if r.inclusive else 0)) if r.end is not None else len(data)
    out = data[start:end].decode("utf-8")
    recv.s = (data[:start] + data[end:]).decode("utf-8")
    return ValuesIter([Char(c) for c in out])


@method("String", "into_boxed_str")
def str__into_boxed_str(it, recv, args, e):
    return recv


@assoc("String", "new")
def string_new(it, args, e):
    return RString("")


@assoc("String", "with_capacity")
def string_with_capacity(it, args, e):
    return RString("")


@assoc("String", "from")
def string_from(it, args, e):
    v = it.deref_all(args[0])
    return RString(str(v) if v.__class__ is Char else it.text_of(v))


class Utf8Error:
    """`std::str::Utf8Error` / `string::FromUtf8Error`: Display and Debug text like std's."""

    __slots__ = ("display_text", "debug_name")

    def __init__(self, err: UnicodeDecodeError, data: bytes | None):
        length = None if err.reason == "unexpected end of data" else err.end - err.start
        self.display_text = (f"invalid utf-8 sequence of {length} bytes from index {err.start}"
                             if length is not None else f"incomplete utf-8 byte sequence from index {err.start}")
        inner = f"Utf8Error {{ valid_up_to: {err.start}, error_len: {'None' if length is None else f'Some({length})'} }}"
        self.debug_name = inner if data is None else f"FromUtf8Error {{ bytes: {list(data)}, error: {inner} }}"


def _decode_utf8(data: bytes, owned: bool):
    from .std_enums import err, ok
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as x:
        return err(Utf8Error(x, data if owned else None))
    return ok(RString(text) if owned else text)


@assoc("String", "from_utf8")
def string_from_utf8(it, args, e):
    return _decode_utf8(bytes(args[0].items), True)


@assoc("String", "from_utf8_lossy")
def string_from_utf8_lossy(it, args, e):
    v = it.deref_all(args[0])
    data = v.items if v.__class__ is not SliceV else v.values()
    return RString(bytes(data).decode("utf-8", errors="replace"))


@assoc("str", "from_utf8")
def str_from_utf8(it, args, e):
    v = it.deref_all(args[0])
    data = v.items if v.__class__ is not SliceV else v.values()
    return _decode_utf8(bytes(data), False)
