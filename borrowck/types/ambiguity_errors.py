"""E0282/E0283 at a binding whose type inference left open, in rustc's words (its
emit_inference_failure_err): the type with `_` for the unknowns, where it had to be known,
the undecided bound, and the annotation to write."""
from __future__ import annotations

from ..source.span import Span
from . import ty as T
from .obligation_cause import Leaf, add_chain_notes
from .trait_errors import _tys, shower
from .ty_display import erase_for_display, short_name, ty_str


def report_ambiguous_binding(fcx, node, t, code: str) -> None:
    """E0282/E0283 at a binding whose type inference left open (rustc's
    emit_inference_failure_err for a let binding or closure parameter): the type with `_`
    for the unknowns, where it had to be known, and the annotation to write."""
    from ..syntax import ast
    from ..syntax.walk import iter_nodes
    from .type_fold import walk

    shown = ty_str(erase_for_display(t))
    bare = type(t) is T.Infer
    d = fcx.error(code + ".tc_ambiguous", node.span)
    if not bare and code == "E0282":
        d.message = f"type annotations needed for `{shown}`"
    body = fcx.fn_node if fcx.fn_node is not None else fcx.fn_body
    where = _needed_at(fcx, body, node, t, code)
    if where is not None and not (node.span.lo <= where.lo and where.hi <= node.span.hi):
        d.label(where, "type must be known at this point")
    param = next((n for n in iter_nodes(body) if type(n) is ast.ClosureParam and n.pat is node), None) \
        if body is not None else None
    at = Span(node.span.hi, node.span.hi)
    if param is not None:
        d.help("consider giving this closure parameter an explicit type", at, ": /* Type */", "HasPlaceholders")
        return
    name = getattr(getattr(node, "ident", None), "name", None)
    if code == "E0283":
        _undecided_bound(fcx, d, t, name, at)
        return
    if name is None or code != "E0282":
        return
    if type(t) is T.Adt and not bare:
        adt = fcx.items.adts.get(t.def_id)
        names = list(getattr(getattr(adt, "generics", None), "types", ()) or ())
        targs = [a for a in t.args if not isinstance(a, (T.Region, int))]
        if adt is not None and len(names) == len(targs):
            open_ = [n for n, a in zip(names, targs) if any(type(x) is T.Infer for x in walk(a))]
            filled = [n if any(type(x) is T.Infer for x in walk(a)) else ty_str(erase_for_display(a))
                      for n, a in zip(names, targs)]
            if len(open_) == 1:
                where = f", where the type for type parameter `{open_[0]}` is specified"
            else:
                where = ", where the types for type parameters " + \
                    " and ".join(f"`{n}`" for n in open_) + " are specified"
            d.help(f"consider giving `{name}` an explicit type{where}", at,
                   f": {short_name(t.def_id)}<{', '.join(filled)}>", "HasPlaceholders")
            return
    d.help(f"consider giving `{name}` an explicit type", at, ": /* Type */", "HasPlaceholders")


def _undecided_bound(fcx, d, t, name, at) -> None:
    """E0283: the bound nothing decided ("cannot satisfy `_: FromIterator<usize>`"), where it
    comes from, and for a `collect` target rustc's usual answer, `Vec<_>`."""
    from .type_fold import walk

    roots = {x.index for x in walk(t) if type(x) is T.Infer}
    ob = next((o for o in fcx.pending if type(o.pred).__name__ == "TraitPred"
               and roots & set(fcx._vars_in(o.pred))), None)
    if ob is None:
        return
    tr = ob.pred.trait_ref
    show = shower(fcx)
    targs = _tys(tr.args)
    pred = f"{show(tr.self_ty)}: {short_name(tr.trait_id)}" + (f"<{', '.join(show(a) for a in targs)}>" if targs else "")
    d.note(f"cannot satisfy `{pred}`")
    add_chain_notes(fcx, d, Leaf(tr.trait_id, tr.self_ty, ()), ob, show)
    if name is not None and tr.trait_id == "std::iter::FromIterator":
        d.help(f"consider giving `{name}` an explicit type", at, ": Vec<_>", "HasPlaceholders")


def _needed_at(fcx, body, node, t, code):
    """Where rustc says the type "must be known": the undecided obligation (E0283), else the
    binding's initializer when its own type is the open one."""
    from ..syntax import ast
    from ..syntax.walk import iter_nodes
    from .type_fold import walk

    roots = {x.index for x in walk(t) if type(x) is T.Infer}
    if code != "E0282":
        for ob in fcx.pending:
            if roots & set(fcx._vars_in(ob.pred)):
                return ob.span
        return None
    if body is None:
        return None
    let = next((n for n in iter_nodes(body) if type(n) is ast.Let and n.pat is node), None)
    init = let.init if let is not None else None
    if init is not None and init in fcx.expr_types and fcx.icx.has_unresolved(fcx.expr_types[init]):
        return init.span
    return None
