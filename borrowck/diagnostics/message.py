"""Message: one registry entry, a code plus a message template (str.format fields)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True, slots=True)
class Message:
    code: Optional[str]  # "E0382", a lint name, "unsupported", or None (rustc gives no code)
    template: str  # `str.format` text: "borrow of moved value: `{name}`"
    level: str = "error"  # "error" | "warning" (deny lints are errors)

    def format(self, **fields) -> str:
        return self.template.format(**fields) if fields else self.template
