"""`macro_rules!` by example: a definition's rules, matching an invocation's token trees against
a rule's matcher, and transcribing the rule's body into source text.

Tokens are tree-sitter leaves of token trees (a literal node counts as one token); each
carries the file span it came from, so the expansion's text knows where every byte came from
(`SpanMap`). A fragment is matched the way rustc's follow-set rules allow: `expr` runs to the
next top-level `,` `;` `=>`, `ty`/`path` also stop at `=` `|` `{` `:` `>` `as` `where`
outside angle brackets, `pat` at `=>` `,` `=` `if` `in`. Hygiene is not modelled: names
a macro body introduces are visible to the caller.
"""
from __future__ import annotations

import re
from dataclasses import field
from typing import Optional

from tree_sitter import Node

from .node_class import node_class

GROUP_KINDS = ("token_tree", "token_tree_pattern")
COMMENT_KINDS = ("line_comment", "block_comment")
CLOSE = {"(": ")", "[": "]", "{": "}"}
LITERAL_KINDS = frozenset({"integer_literal", "float_literal", "string_literal", "raw_string_literal",
                           "char_literal", "boolean_literal"})
IDENT_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
STOP = {
    "expr": frozenset({",", ";", "=>"}),
    "stmt": frozenset({";"}),
    "ty": frozenset({",", ";", "=>", "=", "|", "{", "[", ":", ">", "as", "where"}),
    "path": frozenset({",", ";", "=>", "=", "|", "{", "[", ":", ">", "as", "where"}),
    "pat": frozenset({"=>", ",", "=", "if", "in"}),
    "pat_param": frozenset({"=>", ",", "=", "if", "in", "|"}),
}
# operators and keywords that make an `expr` fragment need parentheses when pasted
LOOSE = frozenset({"+", "-", "*", "/", "%", "==", "!=", "<", ">", "<=", ">=", "&&", "||", "..", "..=", "as",
                   "=", "+=", "-=", "*=", "/=", "%=", "&", "|", "^", "<<", ">>", "!", "move", "return",
                   "break", "if", "match", "while", "for", "loop"})


class Frag(tuple):
    """A matched fragment: its tokens and specifier."""

    def __new__(cls, toks, kind: str):
        out = super().__new__(cls, toks)
        out.kind = kind
        return out


# rustc pastes these as plain tokens located at the `$var` in the macro body; the others
# (expr, ty, pat, ...) keep the invocation's spans
PLAIN_FRAGMENTS = frozenset({"ident", "lifetime", "tt"})


class MacroError(Exception):
    """The macro uses something this expander does not support (reported as unsupported)."""


@node_class(frozen=True, eq=False)
class Tok:
    """A leaf token (`delim` None) or a delimited group of tokens."""
    text: str
    kind: str
    lo: Optional[int]  # file offsets, None for synthetic text
    hi: Optional[int]
    delim: Optional[str] = None
    kids: tuple = ()
    close_lo: Optional[int] = None


@node_class(frozen=True)
class Binding:
    name: str
    frag: str


@node_class(frozen=True)
class Repeat:
    elems: tuple
    sep: Optional[str]
    op: str


@node_class(frozen=True)
class Rule:
    matcher: tuple  # of Tok (literal), Binding, Repeat, Tok-with-delim whose kids are matcher elems
    body: tuple  # of Tok, ("var", name, Tok), ("rep", elems, sep, op)


@node_class
class MacroDef:
    name: str
    offset: int
    rules: list = field(default_factory=list)


def tokens_of(group: Node, text, span) -> list:
    """The tokens between a token tree's delimiters (text(node) -> str, span(node) -> (lo, hi))."""
    out = []
    kids = [c for c in group.children if c.type not in COMMENT_KINDS]
    for c in kids[1:-1]:
        out.append(token(c, text, span))
    return out


def token(c: Node, text, span) -> Tok:
    lo, hi = span(c)
    if c.type in GROUP_KINDS:
        kids = [k for k in c.children if k.type not in COMMENT_KINDS]
        close = span(kids[-1])[0] if kids else hi
        return Tok(text(kids[0]), "group", lo, hi, text(kids[0]), tuple(tokens_of(c, text, span)), close)
    return Tok(text(c), c.type, lo, hi)


def macro_def(n: Node, text, span) -> MacroDef:
    name = n.child_by_field_name("name") or next(c for c in n.children if c.type == "identifier")
    out = MacroDef(text(name), n.start_byte)
    for rule in (c for c in n.children if c.type == "macro_rule"):
        left = rule.child_by_field_name("left")
        right = rule.child_by_field_name("right")
        if left is None or right is None:
            raise MacroError("this `macro_rules!` rule")
        out.rules.append(Rule(_matcher(left, text, span), _body(right, text, span)))
    return out


def _matcher(group: Node, text, span) -> tuple:
    out = []
    kids = [c for c in group.children if c.type not in COMMENT_KINDS]
    for c in kids[1:-1]:
        if c.type == "token_binding_pattern":
            frag = c.child_by_field_name("type") or next(k for k in c.children if k.type == "fragment_specifier")
            name = c.child_by_field_name("name") or c.children[0]
            out.append(Binding(text(name)[1:], text(frag)))
        elif c.type == "token_repetition_pattern":
            out.append(_repetition(c, text, span, _matcher))
        elif c.type in GROUP_KINDS:
            lo, hi = span(c)
            out.append(Tok(text(c.children[0]), "group", lo, hi, text(c.children[0]), _matcher(c, text, span)))
        elif c.type == "metavariable":
            raise MacroError("a `$` matcher without a fragment specifier")
        else:
            out.append(token(c, text, span))
    return tuple(out)


def _repetition(c: Node, text, span, inner) -> Repeat:
    kids = [k for k in c.children if k.type not in COMMENT_KINDS]
    close = max(i for i, k in enumerate(kids) if k.type == ")")
    op_node = kids[-1]
    op = text(op_node) if op_node.type in ("+", "*", "?") else "*"
    # tree-sitter keeps the separator as a hidden token: it is the text between `)` and the op
    whole = text(c)
    sep = whole[kids[close].end_byte - c.start_byte:op_node.start_byte - c.start_byte].strip() or None
    fake = _Slice(kids[1:close + 1])
    return Repeat(inner(fake, text, span), sep, op)


class _Slice:
    """The `( ... )` of a repetition seen as a group node (children with their delimiters)."""

    def __init__(self, children):
        self.children = children


def _body(group, text, span) -> tuple:
    out = []
    kids = [c for c in group.children if c.type not in COMMENT_KINDS]
    for c in kids[1:-1]:
        if c.type == "metavariable":
            out.append(("var", text(c)[1:], token(c, text, span)))
        elif c.type == "token_repetition":
            rep = _repetition(c, text, span, _body)
            out.append(("rep", rep.elems, rep.sep, rep.op))
        elif c.type in GROUP_KINDS:
            t = token(c, text, span)
            out.append(("group", t, _body(c, text, span)))
        else:
            out.append(token(c, text, span))
    return tuple(out)


# ── matching ──

def match_rule(matcher: tuple, toks: list) -> Optional[dict]:
    """Bindings (name -> tuple of Tok, or a list with one value per repetition) or None."""
    for end, env in _match(matcher, 0, toks, 0, {}):
        if end == len(toks):
            return env
    return None


def _match(elems, i, toks, j, env):
    if i == len(elems):
        yield j, env
        return
    e = elems[i]
    if isinstance(e, Binding):
        n = _fragment_len(e.frag, toks, j)
        if n or e.frag == "vis":
            yield from _match(elems, i + 1, toks, j + n, {**env, e.name: Frag(toks[j:j + n], e.frag)})
        return
    if isinstance(e, Repeat):
        yield from _repeat(e, elems, i, toks, j, env, [])
        return
    if j >= len(toks):
        return
    t = toks[j]
    if e.delim is not None:
        if t.delim == e.delim:
            inner = match_rule(e.kids, list(t.kids))
            if inner is not None:
                yield from _match(elems, i + 1, toks, j + 1, {**env, **inner})
        return
    if t.delim is None and t.text == e.text:
        yield from _match(elems, i + 1, toks, j + 1, env)


def _repeat(rep: Repeat, elems, i, toks, j, env, done: list):
    """Greedy: one more iteration first, then stop here."""
    if rep.op != "?" or not done:
        start = j
        if done and rep.sep is not None:
            if j < len(toks) and toks[j].delim is None and toks[j].text == rep.sep:
                start = j + 1
            else:
                start = None
        if start is not None:
            for end, inner in _match(rep.elems, 0, toks, start, {}):
                if end > j:
                    yield from _repeat(rep, elems, i, toks, end, env, done + [inner])
    if rep.op == "+" and not done:
        return
    names = _names(rep.elems)
    seqs = {n: [d.get(n) for d in done] for n in names}
    yield from _match(elems, i + 1, toks, j, {**env, **seqs})


def _names(elems) -> list:
    out = []
    for e in elems:
        if isinstance(e, Binding):
            out.append(e.name)
        elif isinstance(e, Repeat):
            out.extend(_names(e.elems))
        elif isinstance(e, Tok) and e.delim is not None:
            out.extend(_names(e.kids))
    return out


def _fragment_len(frag: str, toks: list, j: int) -> int:
    if j >= len(toks):
        return 0
    t = toks[j]
    if frag == "tt":
        return 2 if t.text == "'" and j + 1 < len(toks) else 1
    if frag == "ident":
        return 1 if t.delim is None and IDENT_RE.match(t.text) and t.text != "_" else 0
    if frag == "lifetime":
        return 2 if t.text == "'" and j + 1 < len(toks) and IDENT_RE.match(toks[j + 1].text) else 0
    if frag == "literal":
        if t.text == "-" and j + 1 < len(toks) and toks[j + 1].kind in LITERAL_KINDS:
            return 2
        return 1 if t.kind in LITERAL_KINDS else 0
    if frag == "block":
        return 1 if t.delim == "{" else 0
    if frag == "vis":
        if t.text != "pub":
            return 0
        return 2 if j + 1 < len(toks) and toks[j + 1].delim == "(" else 1
    stop = STOP.get(frag)
    if stop is None:
        raise MacroError(f"`${frag}` fragments")
    depth = 0
    k = j
    while k < len(toks):
        t = toks[k]
        if t.delim is None:
            if depth == 0 and t.text in stop and not (t.text == "[" and k == j):
                break
            if frag in ("ty", "path"):
                depth += {"<": 1, ">": -1, ">>": -2}.get(t.text, 0)
                if depth < 0:
                    break
        elif t.delim == "{" and depth == 0 and frag in ("ty", "path"):
            break
        k += 1
    return k - j


# ── transcription ──

def transcribe(body: tuple, env: dict, out: list) -> None:
    """Append (text, file_lo, file_hi[, mapped_lo, mapped_hi]) pieces for `body` with the
    bindings of `env` (file_lo/hi decide spacing; the mapped span, if any, is where it points)."""
    for e in body:
        if isinstance(e, Tok):
            out.append((e.text, e.lo, e.hi))
        elif e[0] == "var":
            _, name, tok = e
            if name == "crate":
                out.append(("crate", tok.lo, tok.hi))
                continue
            if name not in env:
                out.append((tok.text, tok.lo, tok.hi))  # `$x` that is no binding: rustc errors later
                continue
            value = env[name]
            if not isinstance(value, tuple):
                raise MacroError(f"`${name}` used at the wrong repetition depth")
            _paste(value, out, (tok.lo, tok.hi) if value.kind in PLAIN_FRAGMENTS else None)
        elif e[0] == "group":
            _, tok, inner = e
            out.append((tok.delim, tok.lo, tok.lo + 1))
            transcribe(inner, env, out)
            close = tok.close_lo if tok.close_lo is not None else tok.hi - 1
            out.append((CLOSE[tok.delim], close, close + 1))
        else:
            _, elems, sep, _op = e
            names = [n for n in _body_names(elems) if isinstance(env.get(n), list)]
            if not names:
                raise MacroError("a repetition without a repeated metavariable")
            counts = {len(env[n]) for n in names}
            if len(counts) != 1:
                raise MacroError("metavariables repeating a different number of times")
            for k in range(counts.pop()):
                if k and sep is not None:
                    out.append((sep, None, None))
                transcribe(elems, {**env, **{n: env[n][k] for n in names}}, out)


def _body_names(elems) -> list:
    out = []
    for e in elems:
        if isinstance(e, Tok):
            continue
        if e[0] == "var":
            out.append(e[1])
        elif e[0] == "group":
            out.extend(_body_names(e[2]))
        else:
            out.extend(_body_names(e[1]))
    return out


def _paste(toks: Frag, out: list, at) -> None:
    """A matched fragment; an operator-bearing expression keeps its grouping with parens."""
    loose = toks.kind == "expr" and len(toks) > 1 and any(t.delim is None and t.text in LOOSE for t in toks)
    if loose:
        out.append(("(", None, None))
    for t in toks:
        _emit_tok(t, out, at)
    if loose:
        out.append((")", None, None))


def _emit_tok(t: Tok, out: list, at) -> None:
    extra = at if at is not None else ()
    if t.delim is None:
        out.append((t.text, t.lo, t.hi, *extra))
        return
    out.append((t.delim, t.lo, t.lo + 1 if t.lo is not None else None, *extra))
    for k in t.kids:
        _emit_tok(k, out, at)
    close = t.close_lo
    out.append((CLOSE[t.delim], close, close + 1 if close is not None else None, *extra))


def render(pieces: list) -> tuple:
    """(text bytes, segments[(exp_lo, exp_hi, file_lo, file_hi)]): pieces adjacent in the
    file stay adjacent (`'a`, `x.0`), others are separated by one space."""
    parts = []
    segs = []
    pos = 0
    prev_hi = None
    for text, lo, hi, *mapped in pieces:
        data = text.encode()
        if parts and not (lo is not None and prev_hi is not None and lo == prev_hi):
            parts.append(b" ")
            pos += 1
        mlo, mhi = mapped if mapped else (lo, hi)
        if mlo is not None and mhi is not None:
            segs.append((pos, pos + len(data), mlo, mhi))
        parts.append(data)
        pos += len(data)
        prev_hi = hi
    return b"".join(parts), segs
