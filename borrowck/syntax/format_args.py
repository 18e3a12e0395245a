"""A parsed format string plus the macro's arguments -> ast.FormatArgs and rustc's errors.

Resolution follows rustc: implicit `{}` take the next positional argument (`.*` takes one
for the precision first), `{name}` names a `name = expr` argument or else captures the
variable `name` (a PathExpr spanning the name inside the string literal).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..diagnostics.diagnostic import Diagnostic
from ..source.span import Span
from . import ast, messages
from .format_string import FORMAT_TRAITS, Count, Placeholder, parse_template
from .literals import StrContent


@dataclass(frozen=True)
class TemplateLiteral:
    """The format string literal: its raw token text, its file span and its unescaped body."""

    raw: str
    span: Span
    content: StrContent

    def byte_at(self, index: int) -> int:
        """File byte offset of character `index` of the unescaped body."""
        offsets = self.content.offsets
        raw_off = offsets[min(index, len(offsets) - 1)]
        return self.span.lo + len(self.raw[:raw_off].encode("utf-8"))

    def span_of(self, start: int, end: int) -> Span:
        return Span(self.byte_at(start), self.byte_at(end))


@dataclass(frozen=True)
class NamedArg:
    ident: ast.Ident
    expr: object  # ast.Expr
    span: Span  # `name = expr`


class _Resolver:
    """Assigns argument indices to the placeholders of one template (one use per instance)."""

    def __init__(self, lit: TemplateLiteral, positional: list, named: list[NamedArg]):
        self.lit = lit
        self.args = list(positional) + [n.expr for n in named]
        self.n_positional = len(positional)
        self.names = {n.ident.name: len(positional) + i for i, n in enumerate(named)}
        self.used = [False] * len(self.args)
        self.next_implicit = 0
        self.implicit_missing: list[tuple[Span, Optional[Span]]] = []  # (placeholder, `.*` span)
        self.explicit_missing: list[tuple[int, Span]] = []

    def implicit(self, ph_span: Span, star: Optional[Span]) -> int:
        index = self.next_implicit
        self.next_implicit += 1
        if index >= self.n_positional:
            self.implicit_missing.append((ph_span, star))
            return -1
        self.used[index] = True
        return index

    def explicit(self, index: int, span: Span) -> int:
        if index >= self.n_positional:
            self.explicit_missing.append((index, span))
            return -1
        self.used[index] = True
        return index

    def by_name(self, name: str, span: Span) -> int:
        index = self.names.get(name)
        if index is None:
            ident = ast.Ident(span, name)
            self.args.append(ast.PathExpr(span, ast.Path(span, (ast.PathSegment(span, ident, None),))))
            self.used.append(True)
            index = len(self.args) - 1
            self.names[name] = index
        self.used[index] = True
        return index

    def count(self, count: Optional[Count], ph_span: Span) -> object:
        """A width/precision: int literal, or the resolved argument index as a decimal string."""
        if count is None:
            return None
        if not count.is_arg:
            return count.value
        span = self.lit.span_of(count.start, count.end)
        if count.value == "*":
            return str(self.implicit(ph_span, span))
        if isinstance(count.value, int):
            return str(self.explicit(count.value, span))
        name_span = self.lit.span_of(count.start + (1 if self.lit.content.text[count.start] == "." else 0),
                                     count.end - 1)
        return str(self.by_name(count.value, name_span))

    def piece(self, ph: Placeholder) -> ast.FormatPiece:
        ph_span = self.lit.span_of(ph.start, ph.end)
        precision = self.count(ph.precision, ph_span)  # `.*` consumes its argument first
        if ph.arg is None:
            arg = self.implicit(ph_span, None)
        elif isinstance(ph.arg, int):
            arg = self.explicit(ph.arg, self.lit.span_of(ph.arg_start, ph.arg_end))
        else:
            arg = self.by_name(ph.arg, self.lit.span_of(ph.arg_start, ph.arg_end))
        width = self.count(ph.width, ph_span)
        spec = ast.FormatSpec(ph_span, ph.fill, ph.align, ph.sign, ph.alternate, ph.zero_pad,
                              width, precision, ph.kind)
        return ast.FormatPiece(ph_span, arg, spec)


def build_format_args(lit: TemplateLiteral, positional: list, named: list[NamedArg],
                      positional_spans: list[Span], diagnostics: list[Diagnostic]) -> ast.FormatArgs:
    template = parse_template(lit.content.text)
    if template.error is not None:
        err = template.error
        diag = messages.syntax_error(err.message, lit.span_of(err.start, err.end), err.label)
        if err.secondary is not None:
            diag.label(lit.span_of(err.secondary[0], err.secondary[1]), err.secondary[2])
        if err.note:
            diag.note(err.note)
        diagnostics.append(diag)
    resolver = _Resolver(lit, positional, named)
    pieces = []
    for piece in template.pieces:
        if isinstance(piece, str):
            pieces.append(piece)
            continue
        pieces.append(resolver.piece(piece))
        if piece.kind not in FORMAT_TRAITS:
            diagnostics.append(messages.syntax_error(messages.UNKNOWN_TRAIT.format(kind=piece.kind),
                                                     lit.span_of(piece.kind_start, piece.kind_end)))
    if template.error is None:
        _report_references(resolver, lit, positional_spans, diagnostics)
        _report_unused(resolver, lit, positional_spans, named, diagnostics)
    args = tuple(resolver.args)
    end = max([lit.span.hi] + [a.span.hi for a in args if a.span.hi > lit.span.hi and a.span.lo >= lit.span.hi])
    return ast.FormatArgs(Span(lit.span.lo, end), lit.span, tuple(pieces), args,
                          tuple(sorted(resolver.names.items(), key=lambda kv: kv[1])))


def _report_references(r: _Resolver, lit: TemplateLiteral, arg_spans: list[Span],
                       diagnostics: list[Diagnostic]) -> None:
    if r.explicit_missing:
        indices = sorted({i for i, _ in r.explicit_missing})
        diag = Diagnostic("error", None, messages.invalid_reference(indices, r.n_positional))
        for _, span in r.explicit_missing:
            diag.primary(span)
        diag.note("positional arguments are zero-based")
        diagnostics.append(diag)
    elif r.implicit_missing:
        diag = Diagnostic("error", None, messages.positional_count_mismatch(r.next_implicit, r.n_positional))
        for span in arg_spans:
            diag.label(span, "")
        for ph_span, star in r.implicit_missing:
            diag.primary(ph_span)
            if star is not None:
                diag.label(star, "this precision flag adds an extra required argument")
        diagnostics.append(diag)


def _report_unused(r: _Resolver, lit: TemplateLiteral, arg_spans: list[Span], named: list[NamedArg],
                   diagnostics: list[Diagnostic]) -> None:
    unused = []
    for i in range(len(arg_spans) + len(named)):
        if not r.used[i]:
            if i < len(arg_spans):
                unused.append((arg_spans[i], messages.ARG_NEVER_USED))
            else:
                unused.append((named[i - len(arg_spans)].expr.span, messages.NAMED_ARG_NEVER_USED))
    if not unused:
        return
    if len(unused) == 1:
        diag = Diagnostic("error", None, unused[0][1]).primary(unused[0][0], unused[0][1])
        diag.label(lit.span, "formatting specifier missing")
    else:
        diag = Diagnostic("error", None, messages.MULTIPLE_UNUSED)
        diag.label(lit.span, "multiple missing formatting specifiers")
        for span, label in unused:
            diag.primary(span, label)
    diagnostics.append(diag)
