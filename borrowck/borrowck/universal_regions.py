"""Universal regions: the lifetimes a body is generic over, and what it knows about them.

For a fn, vid 0 is `'static` and vids 1..k are the signature's lifetimes in FnInfo order
(named `'a` and elided `'_elided0`, ...). Each contains every point of the body plus its
own `end` element; inference may add `end('b)` to `'a`, which is an error unless `'a: 'b`
is known from:
- `'static: 'a` for every 'a, and `'a: 'a`;
- the declared bounds (`'a: 'b`, FnInfo.outlives);
- implied bounds of the argument and return types: `&'a T` implies every region of T
  outlives 'a (`&'a &'b T` gives `'b: 'a`);
closed transitively.

Closure bodies treat every region of their environment, parameters and return type as
an "external" universal region with no known relations; what the body requires between
them is propagated to the creator (closure_requirements.py).
"""
from __future__ import annotations

from dataclasses import field

from ..syntax.node_class import node_class
from ..types import ty as T
from .renumber import RegionVars, component_types, regions_in

STATIC_VID = 0


@node_class(slots=True)
class UniversalRegions:
    vars: RegionVars
    names: dict  # name ("'a", "'_elided0") -> vid
    known: list = field(default_factory=list)  # vid -> bitset of universal vids it outlives
    count: int = 0  # universal vids are 0..count-1
    fn_info: object = None  # FnInfo, None for closures/consts
    check_errors: bool = True  # False for closures
    display: dict = field(default_factory=dict)  # vid -> "'a"; anonymous ones named on demand
    anon_count: int = 0
    # closures: regions of parameters written `&T`, valid only in the body (vid -> LocalDecl)
    closure_locals: dict = field(default_factory=dict)

    def region_name(self, vid: int) -> str:
        """How messages name a universal region: `'a`, or `'1`, `'2`, ... for elided ones,
        numbered in the order errors first mention them (as rustc does)."""
        name = self.display.get(vid)
        if name is None:
            self.anon_count += 1
            name = self.display[vid] = f"'{self.anon_count}"
        return name

    def is_universal(self, vid: int) -> bool:
        return vid < self.count

    def outlives(self, longer: int, shorter: int) -> bool:
        return (self.known[longer] >> shorter) & 1 == 1


def build_universal_regions(fn_info, extra_region_count: int = 0,
                            opaque_captures: tuple | None = None) -> UniversalRegions:
    """fn_info: the body's FnInfo (or None). extra_region_count: closures only, how many
    external regions to create (one per region of the environment/params/return).
    opaque_captures: for a fn returning `impl Trait` that captures none or several of its
    lifetimes, their names: the result's region is then a universal region of its own
    (OPAQUE_NAME) that exactly those lifetimes (and 'static) are known to outlive, so a
    hidden type holding any other lifetime is an error (E0700)."""
    vars = RegionVars()
    vars.fresh("static", "'static")
    names = {"'static": STATIC_VID}
    display = {STATIC_VID: "'static"}
    if fn_info is not None:
        for name in fn_info.lifetimes:
            vid = vars.fresh("universal", name).index
            names[name] = vid
            if not name.startswith("'_"):
                display[vid] = name
    if opaque_captures is not None:
        names[OPAQUE_NAME] = vars.fresh("universal", OPAQUE_NAME).index
    for _ in range(extra_region_count):
        vars.fresh("universal", "'_external")
    count = len(vars)
    uni = UniversalRegions(vars, names, [0] * count, count, fn_info,
                           check_errors=fn_info is not None, display=display)
    _compute_known(uni)
    if opaque_captures is not None:
        _know_opaque_captures(uni, opaque_captures)
    return uni


OPAQUE_NAME = "'_opaque"


def _know_opaque_captures(uni: UniversalRegions, captured: tuple) -> None:
    """Each captured lifetime, and whatever outlives it, outlives the opaque region."""
    opaque = uni.names[OPAQUE_NAME]
    bit = 1 << opaque
    for name in captured:
        vid = uni.names.get(name)
        if vid is None:
            continue
        for v in range(uni.count):
            if (uni.known[v] >> vid) & 1:
                uni.known[v] |= bit


def _compute_known(uni: UniversalRegions) -> None:
    everything = (1 << uni.count) - 1
    known = [1 << v for v in range(uni.count)]
    known[STATIC_VID] = everything
    fn_info = uni.fn_info
    if fn_info is not None:
        for longer, shorter in fn_info.outlives:
            if longer in uni.names and shorter in uni.names:
                known[uni.names[longer]] |= 1 << uni.names[shorter]
        for sig_ty in tuple(fn_info.params) + (fn_info.ret,):
            for longer, shorter in implied_bounds(sig_ty):
                lv, sv = uni.names.get(longer), uni.names.get(shorter)
                if lv is not None and sv is not None:
                    known[lv] |= 1 << sv
    changed = True
    while changed:  # transitive closure; a handful of regions
        changed = False
        for v in range(uni.count):
            acc = known[v]
            for w in range(uni.count):
                if (acc >> w) & 1:
                    acc |= known[w]
            if acc != known[v]:
                known[v] = acc
                changed = True
    uni.known = known


def implied_bounds(ty) -> list:
    """(longer, shorter) name pairs implied by a well-formed signature type."""
    out: list = []

    def walk(t):
        if isinstance(t, T.Ref):
            if t.region.kind == "param":
                for inner in regions_in(t.inner):
                    if inner.kind == "param":
                        out.append((inner.name, t.region.name))
            walk(t.inner)
        else:
            for child in component_types(t):
                walk(child)
    walk(ty)
    del walk  # a recursive closure is a cycle: it would keep the crate alive until a GC
    return out
