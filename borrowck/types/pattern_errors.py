"""E0023's spans as rustc draws them: every subpattern marked, the definition's fields
labelled ("tuple variant has 2 fields"), and `_` for each missing field as the fix."""
from __future__ import annotations

from ..diagnostics.diagnostic import Label
from ..source.span import Span


def arity_labels(fcx, d, subpats, pat_span, adt, variant, descr: str) -> None:
    """Rewrite the E0023 `d` (one primary over the subpatterns) into rustc's shape."""
    if d is None or not subpats:
        return
    label = d.labels[0].message if d.labels else None
    d.labels = [Label(p.span, None, True) for p in subpats]
    d.labels[-1].message = label
    fields = _field_defs(adt, variant)
    if fields is None:
        return
    node, idents = fields
    file = fcx.ccx.file
    spans = [f.span for f in idents] or [node.span]
    if file.line_col(node.ident.span.hi)[0] != file.line_col(spans[-1].lo)[0]:
        d.label(node.ident.span, f"{descr} defined here")
    for sp in spans[:-1]:
        d.label(sp, None)
    n = len(idents)
    d.label(spans[-1], f"{descr} has {n} field{'s' if n != 1 else ''}")
    missing = n - len(subpats)
    if missing > 0 and pat_span is not None:
        at = Span(pat_span.hi - 1, pat_span.hi - 1)
        d.help("use `_` to explicitly ignore each field", at, ", " + ", ".join(["_"] * missing), "MaybeIncorrect")
        if missing > 1:
            d.help("use `..` to ignore the rest of the fields", at, ", ..", "MaybeIncorrect")


def _field_defs(adt, variant):
    """(the struct or variant node, its field definitions), when the item is in the crate."""
    node = getattr(adt, "node", None) if adt is not None and not adt.is_std else None
    if node is None:
        return None
    if variant is not None and hasattr(node, "variants"):
        for v in node.variants:
            if v.ident.name == variant.name:
                return v, list(v.fields)
        return None
    if hasattr(node, "fields"):
        return node, list(node.fields)
    return None


def missing_fields(fcx, d, pat_span, last_field_span, missing) -> None:
    """E0027: "missing field `y`", and the three ways rustc offers to write the pattern."""
    if d is None:
        return
    names = ", ".join(f"`{n}`" for n in missing)
    what = f"field {names}" if len(missing) == 1 else f"fields {names}"
    if d.labels:
        d.labels[0].message = f"missing {what}"
    data = fcx.ccx.file.data
    if last_field_span is None or data[last_field_span.hi:pat_span.hi].strip() != b"}":
        return  # a trailing comma or no field: rustc's edit differs
    at = Span(last_field_span.hi, last_field_span.hi)
    n = len(missing)
    fields = [f"{m}: _" if m.isdigit() else m for m in missing]
    d.help(f"include the missing field{'s' if n > 1 else ''} in the pattern", at, ", " + ", ".join(fields),
           "MachineApplicable")
    d.help(f"if you don't care about {'this' if n == 1 else 'these'} missing field{'s' if n > 1 else ''}, "
           f"you can explicitly ignore {'it' if n == 1 else 'them'}", at,
           ", " + ", ".join(f"{m}: _" for m in missing), "MachineApplicable")
    d.help("or always ignore missing fields here", at, ", ..", "MachineApplicable")
