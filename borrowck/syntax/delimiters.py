"""Delimiter balance, checked on a light lexing of the raw text before tree-sitter parses it.

tree-sitter turns an unclosed `{` into one file-wide ERROR node; rustc instead reports
"this file contains an unclosed delimiter" (or a mismatched/unexpected closing one).
Comments, strings, raw strings and char literals are skipped so their brackets don't count;
an unterminated string or block comment is reported as rustc's lexer does.
"""
from __future__ import annotations

import re

from ..diagnostics.diagnostic import Diagnostic
from ..source.span import Span
from . import messages

# One alternation, tried at each interesting position; identifiers are not matched, the
# look-behind keeps a `r"`/`b"` prefix from starting in the middle of one.
TOKEN = re.compile(
    r"""(?P<line>//[^\n]*)
      | (?P<block>/\*)
      | (?<![A-Za-z0-9_])(?P<raw>(?:br|cr|r)(?P<hashes>\#*)")
      | (?<![A-Za-z0-9_])(?P<str>[bc]?")
      | (?<![A-Za-z0-9_])(?P<char>b?'(?:[^'\\\n\r]|\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F_]{1,8}\}|[^\n]))')
      | (?P<tick>')
      | (?P<open>[(\[{])
      | (?P<close>[)\]}])
    """,
    re.VERBOSE,
)
STRING_BODY = re.compile(rb'(?:[^"\\]|\\.)*"', re.DOTALL)
BLOCK_PART = re.compile(rb"/\*|\*/")
MATCHING = {ord("("): ord(")"), ord("["): ord("]"), ord("{"): ord("}")}
NAMES = {ord("("): "parenthesis", ord("["): "bracket", ord("{"): "brace"}


def check_delimiters(data: bytes) -> list[Diagnostic]:
    """rustc's token-tree errors for the file, or [] when every delimiter is balanced."""
    stack: list[int] = []  # byte offsets of open delimiters
    errors: list[Diagnostic] = []
    text = data.decode("latin-1")  # 1 char per byte: regex positions are byte offsets
    pos = 0
    n = len(data)
    while pos < n:
        m = TOKEN.search(text, pos)
        if m is None:
            break
        kind = m.lastgroup if m.lastgroup != "hashes" else "raw"
        start = m.start()
        pos = m.end()
        if kind in ("line", "char", "tick"):
            continue
        if kind == "block":
            end = _block_comment_end(data, start)
            if end < 0:
                errors.append(Diagnostic("error", "E0758", "unterminated block comment").primary(Span(start, n)))
                return errors
            pos = end
        elif kind == "str":
            body = STRING_BODY.match(data, pos)
            if body is None:
                errors.append(Diagnostic("error", "E0765", "unterminated double quote string")
                              .primary(Span(start, n)))
                return errors
            pos = body.end()
        elif kind == "raw":
            closing = b'"' + b"#" * len(m.group("hashes"))
            end = data.find(closing, pos)
            if end < 0:
                errors.append(Diagnostic("error", "E0748", "unterminated raw string").primary(Span(start, n)))
                return errors
            pos = end + len(closing)
        elif kind == "open":
            stack.append(start)
        else:
            _close(data, start, stack, errors)
            if len(errors) >= 3:
                return errors
    if stack:
        diag = Diagnostic("error", None, messages.UNCLOSED_DELIMITER).primary(Span(n, n))
        for opener in stack:
            diag.label(Span(opener, opener + 1), "unclosed delimiter")
        errors.append(diag)
    return errors


def _block_comment_end(data: bytes, start: int) -> int:
    depth = 0
    for m in BLOCK_PART.finditer(data, start):
        depth += 1 if m.group() == b"/*" else -1
        if depth == 0:
            return m.end()
    return -1


def _close(data: bytes, at: int, stack: list[int], errors: list[Diagnostic]) -> None:
    close = data[at]
    delim = chr(close)
    if not stack:
        errors.append(Diagnostic("error", None, messages.UNEXPECTED_CLOSING.format(delim=delim))
                      .primary(Span(at, at + 1), "unexpected closing delimiter"))
        return
    top = stack[-1]
    if MATCHING[data[top]] == close:
        stack.pop()
        return
    # Mismatch (rustc's recovery): if an outer opener matches, the inner ones are unclosed
    # and the closer closes that outer one; otherwise the closer closes the innermost opener.
    diag = Diagnostic("error", None, messages.MISMATCHED_CLOSING.format(delim=delim))
    diag.primary(Span(at, at + 1), "mismatched closing delimiter")
    outer = next((i for i in range(len(stack) - 1, -1, -1) if MATCHING[data[stack[i]]] == close), None)
    if outer is not None:
        diag.label(Span(stack[outer], stack[outer] + 1), "closing delimiter possibly meant for this")
    diag.primary(Span(top, top + 1), "unclosed delimiter")
    errors.append(diag)
    del stack[outer if outer is not None else len(stack) - 1:]
