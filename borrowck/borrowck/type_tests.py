"""Type tests: a type parameter that must outlive a region (`T: 'r`), rustc's E0310/E0309.

They arise where a value whose type mentions `T` must outlive a region: unsizing into
`dyn Trait + 'r` (`Box<T>` -> `Box<dyn Debug>`, implicitly `'static`), or a callee's
bound `F: 'static` / `F: 'scope` on an argument holding a `T` (a `move` closure that owns
one). After inference, the test's region may contain only `end('u)` of universal regions
that `T` is known to outlive:
- the declared bounds (`T: 'a`, `T: 'static` in the item's predicates), and what 'a
  outlives in turn;
- implied bounds: a signature type `&'a ... T ...` means `T: 'a`.
Closure bodies do not check their type tests (their regions are external; a gap).
"""
from __future__ import annotations


from ..syntax.node_class import node_class
from ..diagnostics import registry
from ..types import ty as T
from .renumber import ClosureEnv, component_types
from .universal_regions import STATIC_VID


@node_class(frozen=True, slots=True)
class TypeTest:
    param: str  # the type parameter's name
    region: int  # vid it must outlive
    span: object


def params_in(ty) -> list:
    """Names of the type parameters ty holds (closures: their captures)."""
    out, stack = [], [ty]
    while stack:
        t = stack.pop()
        if isinstance(t, T.Param):
            if t.name not in out:
                out.append(t.name)
        elif isinstance(t, (T.Ref, T.Ptr)):
            stack.append(t.inner)
        elif isinstance(t, (T.Adt, T.Dyn)):
            stack.extend(a for a in t.args if not isinstance(a, (T.Region, int)))
        elif isinstance(t, T.Tuple):
            stack.extend(t.elems)
        elif isinstance(t, (T.Array, T.Slice)):
            stack.append(t.elem)
        elif isinstance(t, ClosureEnv):
            stack.extend(t.upvars)
    return out


def dyn_regions(ty) -> list:
    """Regions of the `dyn Trait + 'r` objects in ty."""
    out, stack = [], [ty]
    while stack:
        t = stack.pop()
        if isinstance(t, T.Dyn):
            out.append(t.region)
        else:
            stack.extend(component_types(t))
    return out


def check_type_tests(facts) -> list:
    tests = getattr(facts, "type_tests", ())
    uni = facts.universal
    if not tests or uni.fn_info is None:
        return []
    known = _known_bounds(facts)
    out, seen = [], set()
    for test in tests:
        if test.region >= len(facts.vars) or (test.param, test.span) in seen:
            continue
        ends = facts.values.ends_of(test.region)
        bad = ends & ~known.get(test.param, 0)
        if not bad or test.span is None:
            continue
        seen.add((test.param, test.span))
        out.append(_report(facts, test, bad))
    return out


def _known_bounds(facts) -> dict:
    """param name -> bitset of universal vids it is known to outlive."""
    uni = facts.universal
    everything = (1 << uni.count) - 1
    bounds: dict = {}

    def add(name, region):
        if region.kind == "static":
            bounds[name] = everything
        elif region.kind == "param" and region.name in uni.names:
            bounds[name] = bounds.get(name, 0) | uni.known[uni.names[region.name]] | (1 << uni.names[region.name])
    preds = ()
    items = facts.items
    if items is not None:
        try:
            preds = tuple(items.predicates_of(uni.fn_info.def_id))
        except Exception:  # an item table without this def
            preds = ()
    for pred in preds:
        ty, region = getattr(pred, "ty", None), getattr(pred, "region", None)
        if type(pred).__name__ == "TypeOutlives" and isinstance(ty, T.Param) and isinstance(region, T.Region):
            add(ty.name, region)
    for sig_ty in tuple(uni.fn_info.params) + (uni.fn_info.ret,):
        for name, region in _implied(sig_ty):
            add(name, region)
    return bounds


def _implied(ty) -> list:
    """(param, region) pairs implied by `&'r ... T ...` in a signature type."""
    out, stack = [], [ty]
    while stack:
        t = stack.pop()
        if isinstance(t, T.Ref):
            out.extend((name, t.region) for name in params_in(t.inner))
        stack.extend(component_types(t))
    return out


def _report(facts, test: TypeTest, bad: int):
    from .region_errors import explicit_bound_help, lifetime_decl_span  # error path only

    uni = facts.universal
    name = f"`{test.param}`"
    if bad & (1 << STATIC_VID):
        diag = registry.error("E0310", test.span, registry.text("E0310.label.static", param=name), param=name)
        diag.label(test.span, registry.text("E0310.label.so_that", param=name))
        explicit_bound_help(facts, diag, test.param, "'static")
        return diag
    region = (bad & -bad).bit_length() - 1
    region_name = uni.region_name(region)
    diag = registry.error("E0309", test.span, registry.text("E0310.label.so_that", param=name), param=name)
    decl = lifetime_decl_span(facts, region_name)
    diag.label(decl if decl is not None else test.span,
               registry.text("E0309.label.region", param=name, region=region_name))
    if decl is not None:
        explicit_bound_help(facts, diag, test.param, region_name)
    return diag
