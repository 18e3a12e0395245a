"""Constraints of a Call: the callee's signature instantiated with fresh regions per call.

Signature, best first: the declaration (FnSig of the item table, or FnInfo of a user fn),
whose lifetime names are consistent (the impl's and the method's own); else the call's
`Callee` record from type checking; else the fn-pointer type of the callee operand.
Type parameters are bound by matching the declared parameter types against the actual
argument types. Arguments flow into parameters (`arg <: param`, "call_argument"), the
result into the destination. A result region the parameters do not determine (a
projection like `Self::Item`, an unbound `B` of `collect`, an `impl Trait`) is outlived
by what the arguments hold (`_link_loose_result`). Declared bounds `F: 'static` make every
region of the argument of type `F` outlive 'static (thread::spawn).
"""
from __future__ import annotations

from ..mir import ir
from ..types import ty as T
from .region_constraints import COVARIANT
from .renumber import ClosureEnv, component_types, map_regions, regions_in, substitute, vids_in


ALL_ARGUMENTS = "all arguments"  # loose sources: every region of every argument


class _Instance:
    """One call's instantiation: typeck/declared regions -> fresh vids; type params bound lazily."""

    def __init__(self, gen):
        self.gen = gen
        self.regions: dict = {}
        self.types: dict = {}
        self.preds: tuple = ()  # the callee's declared predicates

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


def _bind_fn_outputs(inst) -> None:
    """A type parameter named only by a bound `F: FnMut(..) -> B` (the `B` of `Map`'s
    impl) is the result type of the closure F is bound to (its very regions)."""
    for pred in inst.preds:
        trait_ref = getattr(pred, "trait_ref", None)
        if type(pred).__name__ != "ProjectionPred" or pred.name != "Output" or trait_ref is None \
                or trait_ref.trait_id not in FN_TRAITS or not isinstance(pred.ty, T.Param) \
                or not isinstance(trait_ref.self_ty, T.Param) or _param_key(pred.ty) in inst.types:
            continue
        callee = inst.types.get(_param_key(trait_ref.self_ty))
        if isinstance(callee, ClosureEnv) and callee.sig:
            inst.types[_param_key(pred.ty)] = callee.sig_ret
    # `F: FnOnce(T) -> Option<U>` (`and_then`, `filter_map`): U matched inside the result
    from .normalize import _match
    for pred in inst.preds:
        trait_ref = getattr(pred, "trait_ref", None)
        if type(pred).__name__ != "ProjectionPred" or pred.name != "Output" or trait_ref is None \
                or trait_ref.trait_id not in FN_TRAITS or isinstance(pred.ty, T.Param) \
                or not isinstance(trait_ref.self_ty, T.Param):
            continue
        callee = inst.types.get(_param_key(trait_ref.self_ty))
        free = [t for t in _type_params_in(pred.ty) if _param_key(t) not in inst.types]
        if not free or not isinstance(callee, ClosureEnv) or not callee.sig:
            continue
        types: dict = {}
        if _match(pred.ty, callee.sig_ret, types, {}):
            for t in free:
                if t.name in types:
                    inst.types[_param_key(t)] = types[t.name]


def _bind_projections(inst) -> None:
    """A type parameter named only by a bound `I: Iterator<Item = &'a T>` (the `T` of
    `Copied`'s impl, in `next(&mut self) -> Option<T>`) is bound, with its very regions,
    by matching `&'a T` against `<I as Iterator>::Item` normalized for this call."""
    from .normalize import _match
    for pred in inst.preds:
        trait_ref = getattr(pred, "trait_ref", None)
        if type(pred).__name__ != "ProjectionPred" or trait_ref is None or trait_ref.trait_id in FN_TRAITS \
                or not isinstance(trait_ref.self_ty, T.Param) or _param_key(trait_ref.self_ty) not in inst.types:
            continue
        free = [t for t in _type_params_in(pred.ty) if _param_key(t) not in inst.types]
        if not free or any(not isinstance(a, (T.Region, int)) for a in trait_ref.args):
            continue
        value = inst.gen.ctx.projections.normalize(T.Alias(trait_ref.trait_id, pred.name,
                                                      inst.types[_param_key(trait_ref.self_ty)], trait_ref.args))
        if value is None:
            continue
        types: dict = {}
        if _match(pred.ty, inst.gen.ctx.renumberer.fill(value), types, {}):
            for t in free:
                if t.name in types:
                    inst.types[_param_key(t)] = types[t.name]


def _type_params_in(ty) -> list:
    out, stack = [], [ty]
    while stack:
        t = stack.pop()
        if isinstance(t, T.Param):
            out.append(t)
        else:
            stack.extend(component_types(t))
    return out


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
    if term.callee in FORMAT_SINKS:
        _format_dyn_impls(gen, arg_tys, point, span)
    closure = _called_closure(term, arg_tys)
    if closure is not None:
        args = arg_tys[1:]  # MIR passes the call's arguments as one tuple (the trait's `Args`)
        if len(args) == 1 and isinstance(args[0], T.Tuple):
            args = list(args[0].elems)
        _call_closure(gen, closure, args, dest_ty, point, span, dest_category)
        if ctx.closure_calls_summarized(closure.def_id):
            return
        for source in arg_tys:  # the result may borrow from the closure and the args
            gen.relate_loosely(source, dest_ty, point, span, dest_category)
        return
    if term.callee in CALL_METHODS:
        if _call_through_fn_bound(gen, callee, arg_tys, dest_ty, point, span, dest_category):
            return
        # a signature we cannot place: the result may borrow from the callee and the arguments
        for source in arg_tys:
            gen.relate_loosely(source, dest_ty, point, span, dest_category)
    declared = declared_signature(ctx, term.callee)
    if declared is not None and len(declared[0]) == len(arg_tys):
        # the declaration names its lifetimes consistently (impl's and method's own)
        params, ret = declared[0], declared[1]
    elif callee is not None and len(callee.sig_params) == len(arg_tys):
        params, ret = tuple(callee.sig_params), callee.sig_ret
    else:
        func_ty = gen.operand_ty(term.func)
        if isinstance(func_ty, T.Ref):
            func_ty = func_ty.inner
        if isinstance(func_ty, T.FnPtr):
            params, ret = tuple(func_ty.params), func_ty.ret
        else:
            # a closure or unknown callee: the result may borrow from the callee and the args
            for source in [func_ty] + arg_tys:
                gen.relate_loosely(source, dest_ty, point, span, dest_category)
            return
    inst = _Instance(gen)
    inst.preds = tuple(declared[2]) if declared is not None and len(declared[0]) == len(arg_tys) else ()
    for sig_ty, actual in zip(params, arg_tys):
        inst.bind(sig_ty, actual)
    _bind_fn_outputs(inst)
    _bind_projections(inst)
    inst_params = [inst.instantiate(p) for p in params]
    for actual, param in zip(arg_tys, inst_params):
        gen.relate(actual, param, COVARIANT, point, span, "call_argument")
    shape = callee.sig_ret if callee is not None else dest_ty
    loose: list = []
    inst_ret = _instantiate_result(gen, inst, ret, shape, loose)
    grouped = {r.index for regions, _ in loose for r in regions}
    loose.append(([r for r in _unlinked(inst_params, inst_ret) if r.index not in grouped], None))
    gen.relate(inst_ret, dest_ty, COVARIANT, point, span, dest_category)
    _link_loose_result(gen, loose, params, arg_tys, point, span, declared is not None)
    _bounds(gen, inst, callee, declared, arg_tys, point, span, params)
    _impl_header_regions(gen, inst, point, span)
    sig = ctx.items.fns.get(term.callee) if ctx.items is not None and term.callee is not None else None
    by_ref_receiver = sig is not None and sig.has_self and sig.self_kind in ("ref", "ref_mut")
    _closure_arguments(gen, inst, params, arg_tys, dest_ty, point, span, by_ref_receiver)


CALL_METHODS = ("std::ops::Fn::call", "std::ops::FnMut::call_mut", "std::ops::FnOnce::call_once")
# the calls formatting macros lower to: their arguments are `&arg` for each format argument
FORMAT_SINKS = frozenset(("std::fmt::format", "std::io::_print", "std::io::_eprint",
                          "std::fmt::Write::write_fmt", "std::io::Write::write_fmt"))
FMT_TRAITS = ("std::fmt::Display", "std::fmt::Debug", "std::fmt::LowerHex", "std::fmt::UpperHex",
              "std::fmt::Binary", "std::fmt::Octal", "std::fmt::LowerExp", "std::fmt::UpperExp")


def _format_dyn_impls(gen, arg_tys, point, span):
    """Formatting a `&'a (dyn Shape + 'a)` when every formatting impl for `dyn Shape` is
    for `dyn Shape + 'static` (`impl Display for dyn Shape`): the impl needs 'a: 'static."""
    items = gen.ctx.items
    if items is None:
        return
    for t in arg_tys:
        while isinstance(t, T.Ref):
            t = t.inner
        if not isinstance(t, T.Dyn) or t.region.kind != "var" or t.region.index == 0:
            continue
        regions = [impl.trait_ref.self_ty.region for tid in FMT_TRAITS for impl in items.trait_impls(tid)
                   if not impl.is_std and isinstance(impl.trait_ref.self_ty, T.Dyn)
                   and impl.trait_ref.self_ty.trait_id == t.trait_id]
        if regions and all(r.kind == "static" for r in regions):
            gen.outlives(t.region, T.Region("var", "", 0), point, span, "call_argument")


def _called_closure(term, arg_tys):
    """The closure a call invokes: `Fn*::call*(&closure, args...)` (MIR passes the
    closure, or a reference to it, first), or None."""
    if term.callee not in CALL_METHODS or not arg_tys:
        return None
    first = arg_tys[0]
    if isinstance(first, T.Ref):
        first = first.inner
    return first if isinstance(first, ClosureEnv) and first.sig else None


def _call_closure(gen, closure: ClosureEnv, arg_tys, dest_ty, point, span, dest_category="call_argument"):
    """A direct call of a closure: the arguments flow into its parameters, its result
    into the destination (what its body requires of them is on its type's regions)."""
    params = closure.sig_params
    if len(params) == len(arg_tys):
        for actual, param in zip(arg_tys, params):
            gen.relate_loosely(actual, param, point, span, "call_argument")
    else:
        for actual in arg_tys:
            for param in params:
                gen.relate_loosely(actual, param, point, span, "call_argument")
    if closure.sig_ret is not None:
        gen.relate_loosely(closure.sig_ret, dest_ty, point, span, dest_category)


FN_TRAITS = ("std::ops::Fn", "std::ops::FnMut", "std::ops::FnOnce")


def _call_through_fn_bound(gen, callee, arg_tys, dest_ty, point, span, dest_category) -> bool:
    """A call through `dyn Fn*`, `F: Fn*` or `impl Fn*` (`Fn*::call*(callee, (args..))`): the
    signature is the bound's, with its late-bound regions (elided '_hrN, `for<'a>`) fresh
    for this call and its other regions those of the callee's type; the arguments flow into
    its parameters, its output into the destination (so `Fn(&T) -> &U` ties the result to
    the argument). False when the signature's regions cannot all be placed."""
    if callee is None or len(arg_tys) != 2 or len(callee.sig_params) != 2 or callee.sig_ret is None:
        return False
    sig = _fn_bound_signature(gen, callee.sig_params[0], arg_tys[0], callee.sig_ret)
    if sig is None:
        return False
    params, output = sig
    actual = arg_tys[1]
    if not isinstance(actual, T.Tuple) or not isinstance(params, T.Tuple) \
            or len(actual.elems) != len(params.elems):
        return False
    gen.relate(actual, params, COVARIANT, point, span, "call_argument")
    gen.relate(output, dest_ty, COVARIANT, point, span, dest_category)
    return True


def _fn_bound_signature(gen, fn_ty, operand_ty, ret):
    """(argument tuple, output) of the `Fn*` signature of a callee of type fn_ty (type
    checking's, region names kept) whose MIR operand has type operand_ty (this body's
    regions), instantiated for one call; None when unknown."""
    fresh: dict = {}
    vars = gen.ctx.renumberer.vars

    def late_bound(r):
        hit = fresh.get(r.name)
        if hit is None:
            hit = fresh[r.name] = vars.fresh("call")
        return hit

    def is_bound(r, names) -> bool:
        return r.kind == "param" and (r.name.startswith("'_hr") or r.name in names)

    fn_ty = _peel_pointers(fn_ty)
    operand = _peel_pointers(operand_ty)
    if isinstance(fn_ty, T.Dyn) and fn_ty.trait_id in FN_TRAITS and isinstance(operand, T.Dyn) and fn_ty.args:
        written, renumbered = regions_in(fn_ty), regions_in(operand)
        if len(written) != len(renumbered):
            return None
        placed = iter([late_bound(w) if is_bound(w, ()) else v for w, v in zip(written, renumbered)])
        inst = map_regions(fn_ty, lambda r: next(placed))
        return inst.args[0], dict(inst.assoc).get("Output", T.UNIT)
    if isinstance(fn_ty, T.Opaque) and isinstance(operand, ClosureEnv):
        bound = {n for p in fn_ty.bounds for n in (getattr(p, "bound_regions", ()) or ())}
        captured = regions_in(operand)  # one region stands for what the opaque type captures
        return _bound_signature(fn_ty.bounds, T.Param("Self"), ret, lambda r: late_bound(r) if is_bound(r, bound)
                                else _static_or(r, captured[0] if captured else None))
    if isinstance(fn_ty, T.Param):
        preds = _param_env(gen)
        bound = {n for p in preds if getattr(getattr(p, "trait_ref", None), "self_ty", None) == fn_ty
                 for n in (getattr(p, "bound_regions", ()) or ())}
        names = gen.ctx.universal.names
        return _bound_signature(preds, fn_ty, ret, lambda r: late_bound(r) if is_bound(r, bound)
                                else _static_or(r, _universal(names, r)))
    return None


class _Unplaced(Exception):
    """A region of a bound's signature that no region of this body stands for."""


def _bound_signature(preds, self_ty, ret, place):
    """(argument tuple, output) of the `Fn*` bound on self_ty among preds, regions placed."""
    args = output = None
    for pred in preds:
        trait_ref = getattr(pred, "trait_ref", None)
        if trait_ref is None or trait_ref.self_ty != self_ty or trait_ref.trait_id not in FN_TRAITS \
                or len(trait_ref.args) != 1:
            continue
        if type(pred).__name__ == "TraitPred":
            args = trait_ref.args[0]
        elif type(pred).__name__ == "ProjectionPred" and pred.name == "Output":
            output = pred.ty
    if args is None:
        return None
    if output is None:
        output = T.UNIT

    def placed(r):
        got = place(r)
        if got is None:
            raise _Unplaced
        return got
    try:
        return map_regions(args, placed), map_regions(output, placed)
    except _Unplaced:
        return None


def _static_or(r, other):
    return T.Region("var", "", 0) if r.kind == "static" else other


def _universal(names: dict, r):
    vid = names.get(r.name) if r.kind == "param" else None
    return T.Region("var", "", vid) if vid is not None else None


def _param_env(gen) -> tuple:
    """The where-clauses of the fn whose body this is (closures: of the fn around them)."""
    items = gen.ctx.items
    def_id = getattr(gen.ctx.body, "def_id", None)
    while def_id:
        cut = def_id.rfind("::{closure#")
        if cut > 0 and def_id.endswith("}"):  # a closure: its fn's where-clauses
            def_id = def_id[:cut]
            continue
        try:
            return tuple(items.predicates_of(def_id))
        except Exception:  # not an item of the table
            return ()
    return ()


def _peel_pointers(ty):
    """The callee behind references and boxes (`&Box<dyn Fn(..)>` -> `dyn Fn(..)`)."""
    while True:
        if isinstance(ty, T.Ref):
            ty = ty.inner
        elif isinstance(ty, T.Adt) and ty.def_id == "std::boxed::Box" and ty.args \
                and not isinstance(ty.args[0], (T.Region, int)):
            ty = ty.args[0]
        else:
            return ty


def _closure_arguments(gen, inst, params, arg_tys, dest_ty, point, span, by_ref_receiver=False):
    """A closure passed to a function is called there as its `Fn*` bound says: the
    bound's argument types flow into the closure's parameters, its result into the bound's
    `Output`. Without a usable bound: every region of the other arguments outlives the
    closure's parameter regions and its result regions outlive the destination's."""
    for i, actual in enumerate(arg_tys):
        closures = _closures_in(actual)
        if not closures:
            continue
        declared = params[i] if i < len(params) else None
        if isinstance(declared, T.Ref) and (declared.inner == T.Param("Self") or i == 0 and by_ref_receiver) and \
                not (isinstance(actual, T.Ref) and isinstance(actual.inner, ClosureEnv)):
            # closures inside a borrowed receiver (`&mut FilterMap<I, F>` of `find`): their
            # signatures were related when they were passed in; this call adds nothing
            continue
        if len(closures) == 1 and isinstance(declared, T.Param) and \
                _relate_fn_bound(gen, inst, declared, closures[0], point, span):
            continue
        for closure in closures:
            sig_params = [r for p in closure.sig_params for r in regions_in(p) if r.index != 0]
            for j, other in enumerate(arg_tys):
                if j != i:
                    for a in regions_in(other):
                        for p in sig_params:
                            gen.outlives(a, p, point, span, "call_argument")
            if closure.sig_ret is not None:
                for r in regions_in(closure.sig_ret):
                    for d in regions_in(dest_ty):
                        gen.outlives(r, d, point, span, "call_argument")


def _relate_fn_bound(gen, inst, param: T.Param, closure: ClosureEnv, point, span) -> bool:
    """`F: FnMut(A, B) -> R` for the parameter F the closure is passed as: A <: the
    closure's first parameter, ..., its result <: R. False when there is no such bound or
    a type in it is not determined by the arguments."""
    fn_args, output = None, None
    for pred in inst.preds:
        trait_ref = getattr(pred, "trait_ref", None)
        if trait_ref is None or trait_ref.self_ty != param or trait_ref.trait_id not in FN_TRAITS \
                or len(trait_ref.args) != 1 or not isinstance(trait_ref.args[0], T.Tuple):
            continue
        if type(pred).__name__ == "TraitPred":
            fn_args = trait_ref.args[0].elems
        elif type(pred).__name__ == "ProjectionPred" and pred.name == "Output":
            output = pred.ty
    if fn_args is None or len(fn_args) != len(closure.sig_params):
        return False
    bound = [_bound_ty(gen, inst, a) for a in fn_args]
    if any(b is None for b in bound):
        return False
    if isinstance(output, T.Param) and _param_key(output) not in inst.types and closure.sig_ret is not None:
        inst.bind(output, closure.sig_ret)  # `F: FnMut(A) -> B` with B otherwise unbound (map)
    ret = _bound_ty(gen, inst, output) if output is not None else None
    if ret is None and closure.sig_ret is not None and regions_in(closure.sig_ret):
        return False
    for b, p in zip(bound, closure.sig_params):
        gen.relate(b, p, COVARIANT, point, span, "call_argument")
    if ret is not None:
        gen.relate(closure.sig_ret, ret, COVARIANT, point, span, "call_argument")
    return True


def _bound_ty(gen, inst, ty):
    """ty of a callee's bound instantiated for this call (projections normalized), or
    None when the arguments do not determine it."""
    if isinstance(ty, T.Alias):
        if not _bound_enough(ty, inst):
            return None
        value = gen.ctx.projections.normalize(T.Alias(ty.trait_id, ty.name, inst.instantiate(ty.self_ty),
                                                 tuple(a if isinstance(a, (T.Region, int)) else inst.instantiate(a)
                                                       for a in ty.args)))
        return gen.ctx.renumberer.fill(value) if value is not None else None
    if isinstance(ty, T.Ref):
        inner = _bound_ty(gen, inst, ty.inner)
        return T.Ref(inst.region(ty.region), ty.mutable, inner) if inner is not None else None
    if isinstance(ty, T.Tuple):
        elems = [_bound_ty(gen, inst, e) for e in ty.elems]
        return None if any(e is None for e in elems) else T.Tuple(tuple(elems))
    if not _determined_type(ty, inst):
        return None
    return inst.instantiate(ty)


def _closures_in(ty) -> list:
    """The closure types ty holds (not looking into closures' own captures)."""
    out, stack = [], [ty]
    while stack:
        t = stack.pop()
        if isinstance(t, ClosureEnv):
            if t.sig:
                out.append(t)
        else:
            stack.extend(component_types(t))
    return out


def _instantiate_result(gen, inst, ret, shape, loose: list):
    """The declared result type instantiated; a part the arguments do not determine (a
    projection like `Self::Target`, a type parameter only the result mentions, as in
    `collect::<B>`) takes its shape from type checking with fresh regions, added to loose."""
    if isinstance(ret, T.Opaque):
        # `impl Trait (+ '_)` may capture any lifetime of the inputs, references included
        hidden = inst.instantiate(ret)
        loose.append(([r for r in regions_in(hidden) if r.kind == "var" and r.index != 0], ALL_ARGUMENTS))
        return hidden
    if isinstance(ret, T.Alias) and _bound_enough(ret, inst):
        value = gen.ctx.projections.normalize(T.Alias(ret.trait_id, ret.name, inst.instantiate(ret.self_ty),
                                                 tuple(a if isinstance(a, (T.Region, int)) else inst.instantiate(a)
                                                       for a in ret.args)))
        if value is not None:
            return gen.ctx.renumberer.fill(value)
    if isinstance(ret, (T.Alias, T.Infer, T.Error)) or \
            (isinstance(ret, T.Param) and _param_key(ret) not in inst.types):
        # a `'static` in the checked shape was inferred from the destination, not required by
        # the callee: keeping it would cut the result loose from its sources (`-> Vec<&'static T>`)
        fresh = gen.ctx.renumberer.fresh_type(shape if shape is not None else T.ERROR, "call", keep_static=False)
        regions = [r for r in regions_in(fresh) if r.kind == "var" and r.index != 0]
        sources = None  # unknown: whatever the arguments hold
        if isinstance(ret, T.Param):
            sources = _sources_from_bounds(gen, inst, ret)
        if isinstance(ret, T.Alias) and _bound_enough(ret, inst):
            # an associated type's regions come from its self type and trait arguments
            sources = regions_in(inst.instantiate(ret.self_ty))
            for a in ret.args:
                if not isinstance(a, (T.Region, int)):
                    sources.extend(regions_in(inst.instantiate(a)))
        loose.append((regions, sources))
        return fresh
    if isinstance(ret, T.Ref):
        inner_shape = shape.inner if isinstance(shape, T.Ref) else None
        return T.Ref(inst.region(ret.region), ret.mutable,
                     _instantiate_result(gen, inst, ret.inner, inner_shape, loose))
    if isinstance(ret, T.Adt):
        shape_args = shape.args if isinstance(shape, T.Adt) and shape.def_id == ret.def_id \
            and len(shape.args) == len(ret.args) else (None,) * len(ret.args)
        args = []
        for a, sa in zip(ret.args, shape_args):
            if isinstance(a, T.Region):
                args.append(inst.region(a))
            elif isinstance(a, int):
                args.append(a)
            else:
                args.append(_instantiate_result(gen, inst, a, sa, loose))
        return T.Adt(ret.def_id, tuple(args))
    if isinstance(ret, T.Tuple):
        shapes = shape.elems if isinstance(shape, T.Tuple) and len(shape.elems) == len(ret.elems) \
            else (None,) * len(ret.elems)
        return T.Tuple(tuple(_instantiate_result(gen, inst, e, se, loose) for e, se in zip(ret.elems, shapes)))
    if isinstance(ret, (T.Slice, T.Array)):
        elem_shape = shape.elem if type(shape) is type(ret) else None
        elem = _instantiate_result(gen, inst, ret.elem, elem_shape, loose)
        return T.Slice(elem) if isinstance(ret, T.Slice) else T.Array(elem, ret.length)
    return inst.instantiate(ret)


def _unlinked(inst_params, inst_ret) -> list:
    """Result regions that no parameter mentions (erased by type checking, `impl Trait`)."""
    param_vids = set()
    for p in inst_params:
        param_vids.update(vids_in(p))
    return [r for r in regions_in(inst_ret) if r.kind == "var" and r.index not in param_vids
            and r.index != 0]


def _sources_from_bounds(gen, inst, param: T.Param):
    """For a result type parameter only bounded by the arguments, like `collect`'s
    `B: FromIterator<Self::Item>`: the regions of the bound's (normalized) arguments, or
    None when they are not known."""
    sources = []
    for pred in inst.preds:
        trait_ref = getattr(pred, "trait_ref", None)
        if trait_ref is None or trait_ref.self_ty != param or type(pred).__name__ != "TraitPred":
            continue
        for arg in trait_ref.args:
            if isinstance(arg, (T.Region, int)):
                continue
            if isinstance(arg, T.Alias):
                if not _bound_enough(arg, inst):
                    return None
                value = gen.ctx.projections.normalize(T.Alias(arg.trait_id, arg.name, inst.instantiate(arg.self_ty),
                                                         tuple(a if isinstance(a, (T.Region, int)) else inst.instantiate(a)
                                                               for a in arg.args)))
                if value is None:
                    return None
                sources.extend(regions_in(gen.ctx.renumberer.fill(value)))
            elif _determined_type(arg, inst):
                sources.extend(regions_in(inst.instantiate(arg)))
            else:
                return None
    return sources if inst.preds and sources is not None and _has_bound(inst.preds, param) else None


def _has_bound(preds, param) -> bool:
    return any(getattr(getattr(p, "trait_ref", None), "self_ty", None) == param and
               type(p).__name__ == "TraitPred" and p.trait_ref.args for p in preds)


def _determined_type(ty, inst) -> bool:
    return _bound_enough(T.Alias("", "", ty), inst)


def _bound_enough(alias, inst) -> bool:
    """The alias's self type and args mention no unbound type parameter."""
    stack = [alias.self_ty] + [a for a in alias.args if not isinstance(a, (T.Region, int))]
    while stack:
        t = stack.pop()
        if isinstance(t, (T.Param, T.Infer)) and _param_key(t) not in inst.types:
            return False
        if isinstance(t, (T.Alias, T.Error)):
            return False
        stack.extend(component_types(t))
    return True


def _link_loose_result(gen, loose, params, arg_tys, point, span, from_declaration: bool):
    """Each group of loose result regions with known sources is outlived by those; the
    others by what the arguments hold (see _argument_contents), or, when the signature
    is type checking's rather than the declaration's (its lifetime names are not
    reliable), by every region of every argument."""
    contents = None
    for regions, sources in loose:
        if not regions:
            continue
        if sources is ALL_ARGUMENTS:
            sources = [r for a in arg_tys for r in regions_in(a)]
        elif sources is None:
            if contents is None:
                contents = _argument_contents(params, arg_tys) if from_declaration \
                    else [r for a in arg_tys for r in regions_in(a)]
            sources = contents
        if len(sources) == len(regions):
            # same number of regions on both sides: they correspond in order (outermost
            # first), as in `Iter<'a, &'b T>` yielding `&'a &'b T`
            for a, r in zip(sources, regions):
                gen.outlives(a, r, point, span, "call_argument")
            continue
        for a in sources:
            for r in regions:
                gen.outlives(a, r, point, span, "call_argument")


def _argument_contents(params, arg_tys) -> list:
    """What the arguments hold: for a parameter declared as a reference (`&self`), the
    regions behind the reference; for a by-value parameter, all of its regions. (Items
    returned by `next(&mut self)` borrow from the iterator's contents, not from the `&mut`
    borrow of the iterator itself.)"""
    out = []
    for i, actual in enumerate(arg_tys):
        declared = params[i] if i < len(params) else None
        if isinstance(declared, T.Ref) and isinstance(actual, T.Ref):
            out.extend(regions_in(actual.inner))
        else:
            out.extend(regions_in(actual))
    return out


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
        if not isinstance(ty, T.Param) or not isinstance(region, T.Region):
            continue
        # `F: 'static` (thread::spawn) or `F: 'scope` (Scope::spawn, tied to `&'scope self`)
        target = static if region.kind == "static" else inst.region(region)
        for r in _subject_regions(inst, ty, decl_params, arg_tys):
            gen.outlives(r, target, point, span, "call_argument")
        _type_tests(gen, ty, target, decl_params, arg_tys, span)


def _impl_header_regions(gen, inst, point, span):
    """`T: Show` met by the one `impl Show for &'static str`: selecting that impl makes
    the 'static of its header a requirement on the type T is bound to, as rustc's impl
    match does. Only for bounds without trait arguments (a blanket impl for other
    arguments might be the one chosen) and when exactly one non-blanket impl matches."""
    from ..types.items import head_key
    projections = gen.ctx.projections
    if projections is None:
        return
    for pred in inst.preds:
        trait_ref = getattr(pred, "trait_ref", None)
        if type(pred).__name__ != "TraitPred" or not isinstance(trait_ref.self_ty, T.Param) \
                or any(not isinstance(a, (T.Region, int)) for a in trait_ref.args):
            continue
        if _param_key(trait_ref.self_ty) not in inst.types:
            continue
        actual = inst.instantiate(trait_ref.self_ty)  # with the regions the parameters got
        if not isinstance(actual, (T.Ref, T.Adt, T.Dyn)):
            continue
        found = None
        for impl in projections.candidates(trait_ref.trait_id, head_key(actual)) or ():
            statics: list = []
            if isinstance(impl.trait_ref.self_ty, T.Param) or not _header_statics(impl.trait_ref.self_ty, actual, statics):
                continue
            if found is not None:
                found = None
                break
            found = statics
        for r in found or ():
            gen.outlives(r, T.Region("var", "", 0), point, span, "call_argument")


def _header_statics(pattern, actual, out: list) -> bool:
    """Does an impl's self type match `actual` (regions aside)? Collects the regions of
    `actual` where the impl writes `'static`."""
    if isinstance(pattern, T.Param):
        return True
    if isinstance(pattern, T.Ref):
        if not isinstance(actual, T.Ref) or actual.mutable != pattern.mutable:
            return False
        if pattern.region.kind == "static":
            out.append(actual.region)
        return _header_statics(pattern.inner, actual.inner, out)
    if isinstance(pattern, T.Dyn):
        if not isinstance(actual, T.Dyn) or actual.trait_id != pattern.trait_id:
            return False
        if pattern.region.kind == "static":
            out.append(actual.region)
        return True
    if isinstance(pattern, T.Adt):
        if not isinstance(actual, T.Adt) or actual.def_id != pattern.def_id or len(actual.args) != len(pattern.args):
            return False
        for p, a in zip(pattern.args, actual.args):
            if isinstance(p, T.Region):
                if p.kind == "static" and isinstance(a, T.Region):
                    out.append(a)
            elif not isinstance(p, int) and not isinstance(a, (T.Region, int)) and not _header_statics(p, a, out):
                return False
        return True
    if isinstance(pattern, T.Tuple):
        return isinstance(actual, T.Tuple) and len(actual.elems) == len(pattern.elems) and \
            all(_header_statics(p, a, out) for p, a in zip(pattern.elems, actual.elems))
    if isinstance(pattern, (T.Slice, T.Array)):
        return type(actual) is type(pattern) and _header_statics(pattern.elem, actual.elem, out)
    return pattern == actual


def _type_tests(gen, subject, target, params, arg_tys, span):
    """`F: 'r` on an argument whose type holds the caller's type parameters (a `move`
    closure owning a `T`): each of them must outlive 'r too."""
    from .type_tests import TypeTest, params_in
    for i, p in enumerate(params):
        if p == subject and i < len(arg_tys) and target.kind == "var":
            for name in params_in(arg_tys[i]):
                gen.type_tests.append(TypeTest(name, target.index, span))


def _subject_regions(inst, subject, params, arg_tys) -> list:
    for i, p in enumerate(params):
        if p == subject and i < len(arg_tys):
            return regions_in(arg_tys[i])
    if isinstance(subject, T.Param):
        return []
    return regions_in(inst.instantiate(subject))
