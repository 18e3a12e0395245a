"""Diagnostic messages of the borrowck phase, merged by `registry.py`.

Key: the code itself ("E0382") for a code's main message, "CODE.variant" for further
variants or label texts ("E0382.borrow", "E0382.label.moved"), or a snake_case name for
codeless messages. A value is a Message, or a plain str meaning Message(<key's code>, str).
"""
from __future__ import annotations

from .message import Message

MESSAGES: dict = {
}
