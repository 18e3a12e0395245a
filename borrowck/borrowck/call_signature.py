"""Constraints of a Call: the callee's signature instantiated with fresh regions per call.

Sources, best first: the call's `Callee` record (instantiated by type checking, regions
shared where the declaration shares a lifetime), else the declared signature (FnSig of
the item table, or FnInfo of a user fn), else the fn-pointer type of the callee operand.
Arguments flow into parameters (`arg <: param`, category "call_argument"), the result
into the destination. A result region that no parameter mentions (type checking did not
link it) is outlived by every argument region: the result may borrow from any argument. Declared bounds `F: 'static` make every region of the argument
whose declared type is `F` outlive 'static (thread::spawn).
"""
from __future__ import annotations

from ..mir import ir
from ..types import ty as T
from .region_constraints import COVARIANT
from .renumber import map_regions, regions_in, substitute, vids_in


class _Instance:
    """One call's instantiation: typeck/declared regions -> fresh vids; type params bound lazily."""

    def __init__(self, gen):
        self.gen = gen
        self.regions: dict = {}
        self.types: dict = {}

    def region(self, r: T.Region) -> T.Region:
        if r.kind == "static":
            return T.Region("var", "", 0)
        if r.kind == "erased":
            return self.gen.ctx.renumberer.vars.fresh("call")
        key = (r.kind, r.name, r.index)
        hit = self.regions.get(key)
        if hit is None:
            hit = self.regions[key] = self.gen.ctx.renumberer.vars.fresh("call")
        return hit

    def bind(self, sig_ty, actual):
        """Bind type params of sig_ty to fresh copies of the matching parts of actual."""
        if isinstance(sig_ty, (T.Param, T.Infer)):
            key = _param_key(sig_ty)
            if key not in self.types:
                vars = self.gen.ctx.renumberer.vars
                self.types[key] = map_regions(actual, lambda r: vars.fresh("call"))
            return
        if isinstance(sig_ty, T.Ref) and isinstance(actual, T.Ref):
            self.bind(sig_ty.inner, actual.inner)
        elif isinstance(sig_ty, T.Adt) and isinstance(actual, T.Adt) and len(sig_ty.args) == len(actual.args):
            for a, b in zip(sig_ty.args, actual.args):
                if not isinstance(a, (T.Region, int)) and not isinstance(b, (T.Region, int)):
                    self.bind(a, b)
        elif isinstance(sig_ty, T.Tuple) and isinstance(actual, T.Tuple) and len(sig_ty.elems) == len(actual.elems):
            for a, b in zip(sig_ty.elems, actual.elems):
                self.bind(a, b)
        elif isinstance(sig_ty, (T.Slice, T.Array)) and type(sig_ty) is type(actual):
            self.bind(sig_ty.elem, actual.elem)

    def instantiate(self, sig_ty):
        ty = _subst_infer(sig_ty, self.types)
        ty = self.gen.ctx.renumberer.expand_closures(ty)
        return map_regions(ty, self.region)


def _param_key(t):
    return ("param", t.name) if isinstance(t, T.Param) else ("infer", t.index)


def _subst_infer(ty, types: dict):
    params = {k[1]: v for k, v in types.items() if k[0] == "param"}
    ty = substitute(ty, params, {})
    infers = {k[1]: v for k, v in types.items() if k[0] == "infer"}
    if not infers:
        return ty
    return _replace_infer(ty, infers)


def _replace_infer(ty, infers):
    if isinstance(ty, T.Infer):
        return infers.get(ty.index, ty)
    if isinstance(ty, T.Ref):
        return T.Ref(ty.region, ty.mutable, _replace_infer(ty.inner, infers))
    if isinstance(ty, T.Adt):
        return T.Adt(ty.def_id, tuple(a if isinstance(a, (T.Region, int)) else _replace_infer(a, infers)
                                      for a in ty.args))
    if isinstance(ty, T.Tuple):
        return T.Tuple(tuple(_replace_infer(e, infers) for e in ty.elems))
    if isinstance(ty, T.Slice):
        return T.Slice(_replace_infer(ty.elem, infers))
    if isinstance(ty, T.Array):
        return T.Array(_replace_infer(ty.elem, infers), ty.length)
    return ty


def declared_signature(ctx, def_id):
    """(params, ret, preds) of a declaration, or None."""
    items = ctx.items
    if items is not None and def_id is not None:
        sig = items.fns.get(def_id)
        if sig is not None:
            preds = ()
            try:
                preds = tuple(items.predicates_of(def_id))
            except Exception:  # the table may not know every def
                preds = tuple(getattr(sig.generics, "preds", ()))
            return tuple(sig.params), sig.ret, preds
    info = ctx.fn_infos.get(def_id) if def_id is not None else None
    if info is not None:
        return tuple(info.params), info.ret, ()
    return None


def relate_call(gen, term: ir.Call, loc: ir.Location):
    ctx = gen.ctx
    point = gen.locations.point(loc)
    span = term.span
    arg_tys = [gen.operand_ty(a) for a in term.args]
    dest_ty = ctx.place_types.ty(term.destination)
    dest_category = gen.assign_category(term.destination)
    callee = term.callee_info if hasattr(term.callee_info, "sig_params") else None
    declared = declared_signature(ctx, term.callee)
    if callee is not None:
        params, ret = tuple(callee.sig_params), callee.sig_ret
    elif declared is not None:
        params, ret = declared[0], declared[1]
    else:
        func_ty = gen.operand_ty(term.func)
        if isinstance(func_ty, T.Ref):
            func_ty = func_ty.inner
        if isinstance(func_ty, T.FnPtr):
            params, ret = tuple(func_ty.params), func_ty.ret
            params = tuple(ctx.renumberer.fill(p) for p in params)
        else:
            # a closure or unknown callee: the result may borrow from the callee and the args
            for source in [func_ty] + arg_tys:
                gen.relate_loosely(source, dest_ty, point, span, dest_category)
            return
    inst = _Instance(gen)
    for sig_ty, actual in zip(params, arg_tys):
        inst.bind(sig_ty, actual)
    inst_params = [inst.instantiate(p) for p in params]
    for actual, param in zip(arg_tys, inst_params):
        gen.relate(actual, param, COVARIANT, point, span, "call_argument")
    inst.bind(ret, dest_ty)
    inst_ret = inst.instantiate(ret)
    gen.relate(inst_ret, dest_ty, COVARIANT, point, span, dest_category)
    _link_unlinked_result(gen, inst_params, inst_ret, arg_tys, point, span)
    _bounds(gen, inst, callee, declared, arg_tys, point, span, params)


def _link_unlinked_result(gen, inst_params, inst_ret, arg_tys, point, span):
    """Result regions no parameter mentions: every argument region outlives them."""
    param_vids = set()
    for p in inst_params:
        param_vids.update(vids_in(p))
    loose = [r for r in regions_in(inst_ret) if r.kind == "var" and r.index not in param_vids
             and r.index != 0]
    if not loose:
        return
    for actual in arg_tys:
        for a in regions_in(actual):
            for r in loose:
                gen.outlives(a, r, point, span, "call_argument")


def _bounds(gen, inst, callee, declared, arg_tys, point, span, params):
    """Outlives bounds of the callee. A bound on a type that is exactly a parameter's type
    (`f: F` with `F: 'static`) constrains that argument's own regions."""
    static = T.Region("var", "", 0)
    callee_bounds = tuple(getattr(callee, "bounds", ()) or ())
    for subject, region in callee_bounds:
        if not isinstance(region, T.Region):
            continue
        target = inst.region(region)
        if isinstance(subject, T.Region):
            gen.outlives(inst.region(subject), target, point, span, "call_argument")
            continue
        for r in _subject_regions(inst, subject, params, arg_tys):
            gen.outlives(r, target, point, span, "call_argument")
    if declared is None or callee_bounds:
        return
    decl_params, _, preds = declared
    for pred in preds:
        ty = getattr(pred, "ty", None)
        region = getattr(pred, "region", None)
        if not isinstance(ty, T.Param) or not isinstance(region, T.Region) or region.kind != "static":
            continue
        for r in _subject_regions(inst, ty, decl_params, arg_tys):
            gen.outlives(r, static, point, span, "call_argument")


def _subject_regions(inst, subject, params, arg_tys) -> list:
    for i, p in enumerate(params):
        if p == subject and i < len(arg_tys):
            return regions_in(arg_tys[i])
    if isinstance(subject, T.Param):
        return []
    return regions_in(inst.instantiate(subject))
