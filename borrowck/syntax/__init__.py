"""Rust source -> AST (see README.md)."""
from .parse_result import ParseResult, parse

__all__ = ["ParseResult", "parse"]
