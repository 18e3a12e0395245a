"""Shared fixtures for the syntax tests: parse a snippet, find nodes of a class."""
from __future__ import annotations

import pytest

from borrowck.source.span import SourceFile
from borrowck.syntax import ast, parse
from borrowck.syntax.walk import iter_nodes


class Parsed:
    """A parsed snippet with helpers to look at its nodes by class and by source text."""

    def __init__(self, src: str, edition: str = "2021"):
        self.file = SourceFile.from_text("test.rs", src)
        self.result = parse(self.file, edition)
        self.crate = self.result.crate
        self.diagnostics = self.result.diagnostics

    def nodes(self, cls) -> list:
        return [n for n in iter_nodes(self.crate) if isinstance(n, cls)]

    def one(self, cls):
        found = self.nodes(cls)
        assert len(found) == 1, f"expected one {cls.__name__}, found {len(found)}"
        return found[0]

    def text(self, node) -> str:
        span = node.span if hasattr(node, "span") else node
        return self.file.snippet(span)

    def line_col(self, span) -> tuple[int, int]:
        return self.file.line_col(span.lo)

    def unsupported(self) -> list:
        return self.nodes(ast.Unsupported)


    def body(self, name: str = "main") -> ast.Block:
        for fn in self.nodes(ast.Fn):
            if fn.ident.name == name:
                return fn.body
        raise AssertionError(f"no fn {name}")

    def clean(self) -> "Parsed":
        """Assert there are no diagnostics and no Unsupported nodes; returns self."""
        assert self.diagnostics == [], [d.message for d in self.diagnostics]
        assert self.unsupported() == [], [u.what for u in self.unsupported()]
        return self


@pytest.fixture
def rs():
    """rs(src, edition="2021") -> Parsed"""
    return Parsed
