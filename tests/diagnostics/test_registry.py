"""The message registry: codes from keys, formatting, duplicate keys rejected."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from borrowck.diagnostics import registry
from borrowck.diagnostics.message import Message
from borrowck.source.span import Span


def test_codes_come_from_keys():
    assert registry.code_of_key("E0382.borrow") == "E0382"
    assert registry.code_of_key("erroneous_constant") is None


def test_error_builds_primary_label_and_code():
    diag = registry.error("E0080", Span(3, 9), "evaluation of `X` failed here", message="boom")
    assert (diag.level, diag.code, diag.message) == ("error", "E0080", "boom")
    assert diag.labels[0].primary and diag.labels[0].message == "evaluation of `X` failed here"


def test_lint_messages_keep_the_lint_name_as_code():
    assert registry.message("overflowing_literals").code == "overflowing_literals"
    assert registry.text("E0004", pats="`None`") == "non-exhaustive patterns: `None` not covered"


def test_unsupported_has_its_own_code():
    diag = registry.unsupported(Span(0, 1), "trait objects with generic methods")
    assert (diag.code, diag.message) == ("unsupported", "unsupported: trait objects with generic methods")


def test_duplicate_keys_are_rejected():
    a = SimpleNamespace(__name__="a", MESSAGES={"E0001": "x"})
    b = SimpleNamespace(__name__="b", MESSAGES={"E0001": Message("E0001", "y")})
    with pytest.raises(AssertionError):
        registry._merge((a, b))


def test_unknown_key_is_a_bug():
    with pytest.raises(KeyError):
        registry.message("E9999.nothing")
