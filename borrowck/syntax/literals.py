"""Literal tokens -> values: integers, floats, chars, bytes, strings (escapes, raw, byte, C)."""
from __future__ import annotations

from typing import Optional

from .node_class import node_class

INT_SUFFIXES = ("i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize")
FLOAT_SUFFIXES = ("f32", "f64", "f16", "f128")
SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", "0": "\0", "'": "'", '"': '"'}


class LiteralError(ValueError):
    """A malformed literal (bad escape, unknown suffix); the message is rustc's wording."""


@node_class(frozen=True)
class LitValue:
    kind: str  # "int" | "float" | "str" | "char" | "byte" | "bytestr" | "cstr"
    value: object
    suffix: Optional[str]


@node_class(frozen=True)
class StrContent:
    """An unescaped string body with, for each character, its byte offset in the raw literal."""

    text: str
    offsets: tuple  # len(text) + 1 entries; the last is the closing quote's offset
    is_raw: bool


def parse_number(text: str) -> LitValue:
    """`1_000u32`, `0xffu8`, `0b1010`, `0o17`, `1.5e3f64`, `2f32`, `1.`."""
    digits = text.replace("_", "")
    radix = 10
    if digits[:2] in ("0x", "0o", "0b"):
        radix = {"x": 16, "o": 8, "b": 2}[digits[1]]
        body = digits[2:]
        cut = len(body)
        for i, ch in enumerate(body):
            if ch in "iu" or (radix != 16 and ch.isalpha()):
                cut = i
                break
        suffix = body[cut:] or None
        if suffix is not None and suffix not in INT_SUFFIXES:
            raise LiteralError(f"invalid suffix `{suffix}` for number literal")
        try:
            value = int(body[:cut], radix)
        except ValueError:
            raise LiteralError(f"invalid digit for a base {radix} literal") from None
        return LitValue("int", value, suffix)
    suffix, body = None, digits
    for known in INT_SUFFIXES + FLOAT_SUFFIXES:
        if digits.endswith(known) and digits[: -len(known)][-1:].isdigit():
            suffix, body = known, digits[: -len(known)]
            break
    is_float = suffix in FLOAT_SUFFIXES or any(ch in body for ch in ".eE")
    if not body or not (body[0].isdigit()):
        raise LiteralError(f"invalid number literal `{text}`")
    if suffix is None and not body[-1].isdigit() and body[-1] != ".":
        raise LiteralError(f"invalid suffix `{body.lstrip('0123456789.')}` for number literal")
    if is_float:
        if suffix in INT_SUFFIXES:
            raise LiteralError(f"invalid suffix `{suffix}` for float literal")
        try:
            return LitValue("float", float(body), suffix)
        except ValueError:
            raise LiteralError(f"invalid float literal `{text}`") from None
    return LitValue("int", int(body, 10), suffix)


def _unescape(body: str, start: int, allow_unicode: bool) -> tuple[str, list[int]]:
    """Unescape a string/char body; returns the text and each char's raw offset (+ end)."""
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(body)
    while i < n:
        ch = body[i]
        if ch == "\r" and i + 1 < n and body[i + 1] == "\n":
            i += 1  # rustc normalizes CRLF to LF in source files
            continue
        if ch != "\\":
            out.append(ch)
            offsets.append(start + i)
            i += 1
            continue
        esc_start = i
        if i + 1 >= n:
            raise LiteralError("unterminated escape")
        kind = body[i + 1]
        if kind in SIMPLE_ESCAPES:
            out.append(SIMPLE_ESCAPES[kind])
            offsets.append(start + esc_start)
            i += 2
        elif kind == "x":
            hex_digits = body[i + 2:i + 4]
            try:
                code = int(hex_digits, 16)
            except ValueError:
                raise LiteralError("invalid character in numeric character escape") from None
            if code > 0x7F and allow_unicode:
                raise LiteralError("out of range hex escape")
            out.append(chr(code))
            offsets.append(start + esc_start)
            i += 4
        elif kind == "u":
            close = body.find("}", i)
            if not allow_unicode or body[i + 2:i + 3] != "{" or close == -1:
                raise LiteralError("incorrect unicode escape sequence")
            try:
                out.append(chr(int(body[i + 3:close].replace("_", ""), 16)))
            except ValueError:
                raise LiteralError("invalid unicode character escape") from None
            offsets.append(start + esc_start)
            i = close + 1
        elif kind == "\n" or (kind == "\r" and body[i + 2:i + 3] == "\n"):
            i += 2  # line continuation: skip the newline and following whitespace
            while i < n and body[i] in " \t\n\r":
                i += 1
        else:
            raise LiteralError(f"unknown character escape: `{kind}`")
    return "".join(out), offsets


def string_content(raw: str) -> StrContent:
    """Body of a string literal token (`"..."`, `r#"..."#`, `b"..."`, `br".."`, `c".."`).

    Offsets are in characters of `raw`; callers convert them to bytes."""
    prefix_len = 0
    while raw[prefix_len] in "bcr":
        prefix_len += 1
    is_raw = "r" in raw[:prefix_len]
    if is_raw:
        hashes = 0
        while raw[prefix_len + hashes] == "#":
            hashes += 1
        start = prefix_len + hashes + 1
        end = len(raw) - hashes - 1
        body = raw[start:end].replace("\r\n", "\n")
        offs = []
        j = start
        for ch in raw[start:end]:
            offs.append(j)
            j += 1
        if "\r\n" in raw[start:end]:
            offs = [start + i for i, ch in enumerate(raw[start:end])
                    if not (ch == "\r" and raw[start + i + 1:start + i + 2] == "\n")]
        return StrContent(body, tuple(offs) + (end,), True)
    start = prefix_len + 1
    end = len(raw) - 1
    text, offs = _unescape(raw[start:end], start, allow_unicode=not raw.startswith("b"))
    return StrContent(text, tuple(offs) + (end,), False)


def parse_literal(raw: str, kind: str) -> LitValue:
    """Value of a literal token; kind is the tree-sitter node type."""
    if kind in ("integer_literal", "float_literal"):
        return parse_number(raw)
    if kind == "boolean_literal":
        return LitValue("bool", raw == "true", None)
    if kind == "char_literal":
        is_byte = raw.startswith("b")
        close = raw.rfind("'")
        body = raw[2 if is_byte else 1:close]
        suffix = raw[close + 1:] or None
        text, _ = _unescape(body, 0, allow_unicode=not is_byte)
        if len(text) != 1:
            raise LiteralError("character literal may only contain one codepoint")
        if is_byte:
            return LitValue("byte", ord(text), suffix)
        return LitValue("char", text, suffix)
    # string_literal / raw_string_literal: maybe b/c/r prefixes
    content = string_content(raw)
    prefix = raw[:2]
    if prefix.startswith("b"):
        return LitValue("bytestr", content.text.encode("latin-1", errors="replace"), None)
    if prefix.startswith("c"):
        return LitValue("cstr", content.text.encode("utf-8"), None)
    return LitValue("str", content.text, None)
