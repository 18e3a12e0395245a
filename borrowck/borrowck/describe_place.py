"""How diagnostics name a place: `x`, `x.field`, `*r`, `v[_]`, `self.name` (rustc's describe_place).

A Deref of a reference followed by a field prints like auto-deref (`p.name`, not
`(*p).name`); an enum downcast prints nothing; an index prints `[_]`. Inside a closure
body, fields of the environment print as the captured variable's name.
"""
from __future__ import annotations

from typing import Optional

from ..mir import ir


def describe_place(body: ir.Body, place: ir.Place) -> Optional[str]:
    proj = place.projection
    start = 0
    if body.kind == ir.BodyKind.CLOSURE and place.local == 1 and body.upvars:
        # (*env).i or env.i, possibly followed by a deref of a by-ref capture
        i = 0
        if i < len(proj) and isinstance(proj[i], ir.Deref):
            i += 1
        if i < len(proj) and isinstance(proj[i], ir.Field) and proj[i].index < len(body.upvars):
            upvar = body.upvars[proj[i].index]
            text = upvar.name
            i += 1
            if upvar.by_ref and i < len(proj) and isinstance(proj[i], ir.Deref):
                i += 1
            return _describe_rest(text, proj[i:])
        return None
    decl = body.local_decls[place.local]
    if decl.name is None or decl.internal:
        return None
    return _describe_rest(decl.name, proj[start:])


def _describe_rest(text: str, proj: tuple) -> str:
    pending_deref = False
    for elem in proj:
        if isinstance(elem, ir.Deref):
            if pending_deref:
                text = f"*{text}"
            pending_deref = True
            continue
        if isinstance(elem, ir.Field):
            pending_deref = False
            text = f"{text}.{elem.name}"
        elif isinstance(elem, ir.Index):
            if pending_deref:
                pending_deref = False
            text = f"{text}[_]"
        elif isinstance(elem, ir.ConstantIndex):
            pending_deref = False
            text = f"{text}[{'-' if elem.from_end else ''}{elem.offset}]"
        elif isinstance(elem, ir.Subslice):
            pending_deref = False
            text = f"{text}[{elem.start}..]"
    if pending_deref:
        text = f"*{text}"
    return text
