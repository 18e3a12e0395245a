"""Names of generic parameters (rustc's resolver): a name declared twice in one parameter
list (E0403; lifetimes have their own namespace, types and consts share one) and a
lifetime parameter named `'static` (E0262)."""
from __future__ import annotations

from ..diagnostics import registry
from ..diagnostics.diagnostic import Diagnostic
from ..syntax import ast


def check_generic_params(nodes) -> list:
    diags = []
    for g in nodes.of(ast.Generics):
        lifetimes: dict = {}
        others: dict = {}
        for p in g.params:
            if type(p) is ast.LifetimeParam:
                name, span, seen = "'" + p.lifetime.name, p.lifetime.span, lifetimes
                if p.lifetime.name == "static":
                    diags.append(Diagnostic("error", "E0262", "invalid lifetime parameter name: `'static`")
                                 .primary(span, "'static is a reserved lifetime name"))
                    continue
            elif type(p) in (ast.TypeParam, ast.ConstParam):
                name, span, seen = p.ident.name, p.ident.span, others
            else:
                continue
            first = seen.get(name)
            if first is None:
                seen[name] = span
                continue
            d = registry.error("E0403.resolve", span, "already used", name=name)
            d.label(first, f"first use of `{name}`")
            diags.append(d)
    return diags
