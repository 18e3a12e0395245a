"""A parsed format string plus the macro's arguments -> ast.FormatArgs and rustc's errors.

Resolution follows rustc: implicit `{}` take the next positional argument (`.*` takes one
for the precision first), `{name}` names a `name = expr` argument or else captures the
variable `name` (a PathExpr spanning the name inside the string literal).
"""
from __future__ import annotations

from typing import Optional

from ..diagnostics.diagnostic import Diagnostic
from ..source.span import Span
from . import ast, messages
from .format_string import FORMAT_TRAITS, Count, Placeholder, parse_template
from .literals import StrContent
from .node_class import node_class


@node_class(frozen=True)
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


@node_class(frozen=True)
class NamedArg:
    ident: ast.Ident
    expr: object  # ast.Expr
    span: Span  # `name = expr`


class _Resolver:
    """Assigns argument indices to the placeholders of one template (one use per instance).

    As in rustc, named arguments also have positions (after the positional ones), so an
    implicit `{}` may take a named argument; captures are appended after all of them."""

    def __init__(self, lit: TemplateLiteral, positional: list, named: list[NamedArg]):
        self.lit = lit
        self.args = list(positional) + [n.expr for n in named]
        self.n_explicit = len(self.args)
        self.names = {n.ident.name: len(positional) + i for i, n in enumerate(named)}
        self.used = [False] * len(self.args)
        self.next_implicit = 0
        self.all_implicit = True  # no `{0}`, `{name}`, `1$`, `name$` anywhere in the template
        self.implicit_spans: list[Span] = []  # every placeholder that took an implicit argument
        self.invalid: list[tuple[int, Span]] = []  # (index, span) of references past the arguments
        self.stars: list[Span] = []  # `.*` counts that took a missing argument

    def _take(self, index: int, span: Span) -> int:
        if index >= self.n_explicit:
            self.invalid.append((index, span))
            return -1
        self.used[index] = True
        return index

    def implicit(self, ph_span: Span) -> int:
        index = self.next_implicit
        self.next_implicit += 1
        if not self.implicit_spans or self.implicit_spans[-1] != ph_span:
            self.implicit_spans.append(ph_span)
        return self._take(index, Span(ph_span.lo + 1, ph_span.lo + 1))

    def explicit(self, index: int, span: Span) -> int:
        self.all_implicit = False
        return self._take(index, span)

    def by_name(self, name: str, span: Span) -> int:
        self.all_implicit = False
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
            index = self.implicit(ph_span)
            if index < 0:
                self.invalid[-1] = (self.invalid[-1][0], span)
                self.stars.append(span)
            return str(index)
        if isinstance(count.value, int):
            return str(self.explicit(count.value, span))
        name_span = self.lit.span_of(count.start + (1 if self.lit.content.text[count.start] == "." else 0),
                                     count.end - 1)
        return str(self.by_name(count.value, name_span))

    def piece(self, ph: Placeholder) -> ast.FormatPiece:
        ph_span = self.lit.span_of(ph.start, ph.end)
        precision = self.count(ph.precision, ph_span)  # `.*` consumes its argument first
        if ph.arg is None:
            arg = self.implicit(ph_span)
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
        _report_references(resolver, lit, positional_spans + [a.expr.span for a in named], diagnostics)
        _report_unused(resolver, lit, positional_spans, named, diagnostics)
    args = tuple(resolver.args)
    end = max([lit.span.hi] + [a.span.hi for a in args if a.span.hi > lit.span.hi and a.span.lo >= lit.span.hi])
    return ast.FormatArgs(Span(lit.span.lo, end), lit.span, tuple(pieces), args,
                          tuple(sorted(resolver.names.items(), key=lambda kv: kv[1])))


def _report_references(r: _Resolver, lit: TemplateLiteral, arg_spans: list[Span],
                       diagnostics: list[Diagnostic]) -> None:
    if not r.invalid:
        return
    if r.all_implicit:
        diag = Diagnostic("error", None, messages.positional_count_mismatch(r.next_implicit, r.n_explicit))
        for span in arg_spans:
            diag.label(span, "")
        for ph_span in r.implicit_spans:  # rustc marks every implicitly numbered placeholder
            diag.primary(ph_span)
        for star in r.stars:
            diag.label(star, "this precision flag adds an extra required argument")
    else:
        indices = sorted({i for i, _ in r.invalid})
        diag = Diagnostic("error", None, messages.invalid_reference(indices, r.n_explicit))
        for _, span in r.invalid:
            diag.primary(span)
        diag.note("positional arguments are zero-based")
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
