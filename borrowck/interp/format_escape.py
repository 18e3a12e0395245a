"""Debug escaping of `str` and `char` (Rust's `escape_debug_ext`).

`\\0 \\t \\r \\n \\\\` get backslash escapes; the quote of the literal kind (`"` in strings,
`'` in chars) is escaped; chars that are not printable or are grapheme extenders
(`format_escape_table`) become `\\u{hex}` (lowercase, no leading zeros); everything
else — including non-ASCII letters and emoji — is printed as is.
"""
from __future__ import annotations

from bisect import bisect_right

from .format_escape_table import ENDS, STARTS

_BACKSLASH = {"\0": "\\0", "\t": "\\t", "\r": "\\r", "\n": "\\n", "\\": "\\\\"}


def needs_unicode_escape(c: str) -> bool:
    """True when Debug prints `c` as `\\u{..}`."""
    cp = ord(c)
    if 0xD800 <= cp <= 0xDFFF:  # not a Rust char; never printed raw
        return True
    i = bisect_right(STARTS, cp) - 1
    return i >= 0 and cp <= ENDS[i]


def _escape(c: str, quote: str) -> str:
    if c in _BACKSLASH:
        return _BACKSLASH[c]
    if c == quote:
        return "\\" + c
    if " " <= c <= "~":
        return c
    if needs_unicode_escape(c):
        return f"\\u{{{ord(c):x}}}"
    return c


def escape_debug_str(s: str) -> str:
    """`format!("{:?}", s)` for a str/String: quoted, `"` escaped, `'` not."""
    return '"' + "".join(_escape(c, '"') for c in s) + '"'


def escape_debug_char(c: str) -> str:
    """`format!("{:?}", c)` for a char: quoted, `'` escaped, `"` not."""
    return "'" + _escape(c, "'") + "'"
