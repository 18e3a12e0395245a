"""Test helper: parse the text after `:` in a placeholder (`*^+#010.3x?`) into a Spec."""
import re

from borrowck.interp.format_spec import TRAIT_OF_KIND, Spec

_SPEC_RE = re.compile(
    r"(?:(?P<fill>.)?(?P<align>[<>^]))?(?P<sign>[+-])?(?P<alt>#)?(?P<zero>0)?(?P<width>[0-9]+)?"
    r"(?:\.(?P<prec>[0-9]+))?(?P<kind>x\?|X\?|[?xXobeE])?\Z"
)


def parse_spec(text: str) -> Spec:
    m = _SPEC_RE.match(text)
    assert m, text
    kind = m.group("kind") or ""
    return Spec(
        fill=m.group("fill") or " ",
        align=m.group("align"),
        sign=m.group("sign"),
        alternate=bool(m.group("alt")),
        zero_pad=bool(m.group("zero")),
        width=int(m.group("width")) if m.group("width") else None,
        precision=int(m.group("prec")) if m.group("prec") else None,
        debug_hex=kind[0] if kind in ("x?", "X?") else None,
        trait=TRAIT_OF_KIND[kind],
    )
