"""Closure region requirements: what a closure body needs of the regions its creator chose.

A closure body is checked with every region of its environment, parameters and result as
an external region it knows nothing about. What the body forces between them (a captured
`&mut Vec<&'1 T>` receiving a captured `&'2 T` needs `'2: '1`) is checked by the creator:
1. After inference in the closure, each external region's value names the external
   regions (and 'static) it must outlive.
2. Each pair is written as positions among the closure type's regions (ClosureEnv:
   upvars, then signature), which are the same positions in the creator's closure type.
3. The creator adds them as outlives constraints where it builds the closure, blaming the
   closure body's constraint (its span and category).
Regions of parameters written `&T` are the closure's own and checked in its body.
"""
from __future__ import annotations


from ..syntax.node_class import node_class
from ..types import ty as T
from .region_inference import constraint_path
from .renumber import ClosureEnv, component_types, regions_in
from .universal_regions import STATIC_VID

STATIC = -1  # Requirement.shorter: 'static


@node_class(frozen=True, slots=True)
class Requirement:
    longer: int  # position among the closure type's regions
    shorter: int  # position, or STATIC
    span: object  # the blamed constraint in the closure body
    category: str


FN_TRAITS = ("std::ops::Fn", "std::ops::FnMut", "std::ops::FnOnce")


def higher_ranked_names(facts) -> set:
    """Region names a closure's signature takes from a higher-ranked bound it is passed
    to in its creator (`F: for<'a> FnMut(&'a T)`): found by scanning the creator's calls
    for an argument of this closure's type whose parameter has such a bound."""
    return higher_ranked_bound_names(facts)[0]


def higher_ranked_bound_names(facts) -> tuple:
    """(names, output names): higher_ranked_names, and those of them the bound's output
    names (`for<'a> Fn(&'a T) -> &'a U`). A bound name in the closure's inferred result
    that the output does not name (`for<'s> FnOnce(&'s Scope<'s>) -> T` with T holding
    's) is no bound region there: the result region is the creator's, outside the body."""
    from ..mir import ir
    def_id = facts.body.def_id
    cut = def_id.rfind("::{closure#")
    mir = facts.mir
    creator = mir.body(def_id[:cut]) if cut > 0 and mir is not None else None
    if creator is None or facts.items is None:
        return set(), set()
    names: set = set()
    output: set = set()
    for bb in creator.blocks:
        term = bb.terminator
        if not isinstance(term, ir.Call) or term.callee is None:
            continue
        sig = facts.items.fns.get(term.callee)
        if sig is None:
            continue
        for i, op in enumerate(term.args):
            place = ir.operand_place(op)
            if place is None or i >= len(sig.params) or not isinstance(sig.params[i], T.Param):
                continue
            ty = creator.local_decls[place.local].ty if place.is_local else None
            if isinstance(ty, T.Ref):
                ty = ty.inner
            if not isinstance(ty, T.Closure) or ty.def_id != def_id:
                continue
            try:
                preds = facts.items.predicates_of(term.callee)
            except Exception:  # an item table without this def
                continue
            for pred in preds:
                trait_ref = getattr(pred, "trait_ref", None)
                if trait_ref is not None and trait_ref.trait_id in FN_TRAITS \
                        and trait_ref.self_ty == sig.params[i]:
                    bound = getattr(pred, "bound_regions", ()) or ()
                    names.update(bound)
                    if getattr(pred, "name", None) == "Output":
                        named = {r.name for r in regions_in(pred.ty) if r.kind == "param"}
                        output.update(n for n in bound if n in named)
    return names, output


def closure_env(ty):
    """The ClosureEnv of a closure body's environment local (`&C`, `&mut C` or `C`)."""
    if isinstance(ty, T.Ref):
        ty = ty.inner
    return ty if isinstance(ty, ClosureEnv) else None


def region_positions(facts) -> dict:
    """Closure-body vid -> position among the closure type's regions."""
    body = facts.body
    tys = facts.local_tys
    env = closure_env(tys[1]) if body.arg_count >= 1 else None
    if env is None:
        return {}
    upvar_vids = [r.index for u in env.upvars for r in regions_in(u)]
    positions = {vid: i for i, vid in enumerate(upvar_vids)}
    base = len(upvar_vids)
    # the signature as the body sees it: its parameter locals, then the return place
    sig_vids = [r.index for local in range(2, body.arg_count + 1) for r in regions_in(tys[local])]
    sig_vids += [r.index for r in regions_in(tys[0])]
    declared = [r for t in env.sig for r in regions_in(t)]
    if len(sig_vids) == len(declared):
        for i, vid in enumerate(sig_vids):
            if vid not in facts.universal.closure_locals and vid not in positions:
                positions[vid] = base + i
    return positions


def calls_summarized(facts) -> bool:
    """A call of this closure is described by its signature's regions and requirements:
    every signature region has its position, and the borrow of the closure itself
    (`&self` of `Fn::call`) flows into nothing outside the body."""
    body = facts.body
    env_ty = facts.local_tys[1] if body.arg_count >= 1 else None
    env = closure_env(env_ty)
    if env is None:
        return False
    positions = region_positions(facts)
    sig_vids = [r.index for local in range(2, body.arg_count + 1) for r in regions_in(facts.local_tys[local])]
    sig_vids += [r.index for r in regions_in(facts.local_tys[0])]
    if any(v not in positions and v not in facts.universal.closure_locals and v != STATIC_VID for v in sig_vids):
        return False
    if isinstance(env_ty, T.Ref) and env_ty.region.kind == "var":
        own = env_ty.region.index
        if facts.values.ends_of(own) & ~(1 << own):
            return False
    return True


def requirements_of(facts) -> tuple:
    """The outlives requirements a closure body puts on its creator's regions."""
    positions = region_positions(facts)
    out = []
    for vid, pos in positions.items():
        bad = facts.values.ends_of(vid) & ~(1 << vid)
        while bad:
            low = bad & -bad
            bad ^= low
            other = low.bit_length() - 1
            if other == STATIC_VID:
                shorter = STATIC
            elif other in positions:
                shorter = positions[other]
            else:
                continue
            if shorter == pos:
                continue
            out.append(_requirement(facts, pos, shorter, vid, other))
    # outliving a region of the closure's own (from a higher-ranked bound, which may be
    # any region) means outliving every region: 'static
    for own in facts.universal.closure_locals:
        uppers = [positions[u] for u in _implied_upper_bounds(facts, own) if u in positions]
        for vid, pos in positions.items():
            if (facts.values.ends_of(vid) >> own) & 1:
                for upper in uppers or [STATIC]:
                    if upper != pos:
                        out.append(_requirement(facts, pos, upper, vid, own))
    return tuple(out)


def _implied_upper_bounds(facts, own: int) -> list:
    """External regions known to outlive the closure's own region `own`: those inside a
    parameter type `&'own X<'e>` ('e: 'own, as `thread::scope`'s `&'scope Scope<'scope,
    'env>` gives 'env: 'scope). Outliving one of them is enough to outlive 'own."""
    out = []
    body = facts.body
    for local in range(2, body.arg_count + 1):
        stack = [facts.local_tys[local]]
        while stack:
            t = stack.pop()
            if isinstance(t, T.Ref) and t.region.kind == "var" and t.region.index == own:
                out.extend(r.index for r in regions_in(t.inner) if r.kind == "var" and r.index != own)
            stack.extend(component_types(t))
    return out


def _requirement(facts, longer_pos, shorter_pos, longer, shorter) -> Requirement:
    from .explanation import best_blame
    path = constraint_path(facts.constraints, longer, lambda v: v == shorter)
    blame = best_blame(path or [])
    return Requirement(longer_pos, shorter_pos, blame.span if blame else None,
                       blame.category if blame else "closure_bounds")


def apply_requirements(gen, requirements, closure_ty, point, span) -> None:
    """The creator's side: the requirements over its own regions of the closure type."""
    regions = regions_in(closure_ty)
    static = T.Region("var", "", STATIC_VID)
    for req in requirements:
        if req.longer >= len(regions) or req.shorter >= len(regions):
            continue
        shorter = static if req.shorter == STATIC else regions[req.shorter]
        # the closure's own `return` is no return of the creator's (no E0515 there), but it
        # is still blamed as "returning this value" (rustc's `from_closure`)
        category = "closure_return" if req.category == "return" else req.category
        gen.outlives(regions[req.longer], shorter, point, req.span or span, category)
