"""The syntax phase's entry point and its named result."""
from __future__ import annotations

import gc
import sys
from dataclasses import field

from ..diagnostics.diagnostic import Diagnostic
from ..source.span import SourceFile, Span
from . import ast, messages
from .cst import new_parser
from .delimiters import check_delimiters
from .lower_base import FRAMES_PER_LEVEL, MAX_NESTING
from .lowering import Lowerer
from .node_class import node_class
from .syntax_errors import collect_syntax_errors


@node_class(frozen=True)
class ParseResult:
    crate: ast.Crate
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return any(d.level == "error" for d in self.diagnostics)


def parse(file: SourceFile, edition: str = "2021") -> ParseResult:
    """Parse one file into an ast.Crate plus its syntax diagnostics.

    1. tree-sitter parse;
    2. if the tree has errors: delimiter balance on the raw bytes (rustc's "unclosed
       delimiter" family) or else the first ERROR/MISSING node as a rustc-like error;
    3. lowering of a clean tree to the AST (macros re-parsed, format strings checked).
    With errors from 1 or 2 the crate is empty: later phases must not run.
    """
    data = file.data
    empty = ast.Crate(Span(0, len(data)), (), ())
    parser = new_parser()
    tree = parser.parse(data)
    root = tree.root_node
    if root.has_error:
        # A clean tree implies balanced delimiters, so the (slower) lexing pass runs only here.
        return ParseResult(empty, check_delimiters(data) or collect_syntax_errors(root, data))
    diagnostics: list[Diagnostic] = []
    gc_was_enabled = gc.isenabled()
    old_limit = sys.getrecursionlimit()
    gc.disable()  # the collector slows building many small nodes about 5x
    sys.setrecursionlimit(max(old_limit, MAX_NESTING * FRAMES_PER_LEVEL))
    try:
        crate = Lowerer(data, 0, parser, diagnostics, edition).crate(root)
    except RecursionError:  # a CST shape the nesting counter does not see
        diagnostics.append(Diagnostic("error", "unsupported", messages.NESTING_TOO_DEEP).primary(Span(0, 0)))
        crate = empty
    finally:
        sys.setrecursionlimit(old_limit)
        if gc_was_enabled:
            gc.enable()
    return ParseResult(crate, diagnostics)
