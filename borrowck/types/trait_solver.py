"""Trait solving: does `self_ty: Trait<args>` hold, through which candidate, and what do
associated types normalize to.

Candidates, in rustc's preference order:
  1. where-clauses of the body's parameter environment (`T: PartialOrd`), elaborated with
     supertraits (`T: Ord` gives `T: PartialOrd`);
  2. builtin impls: `Sized`; `Copy`/`Clone` of primitives, tuples, arrays, closures, fn
     items; the `Fn*` traits of closures, fn items and fn pointers; auto traits
     (`Send`/`Sync`), computed structurally over fields / captures unless an impl (positive
     with where-clauses, or negative `impl !Send`) in the std model or the crate decides;
  3. impls (user and std): instantiate the impl with fresh variables and unify its header.
     One header that unifies is selected (its where-clauses become nested obligations);
     several are winnowed by evaluating their where-clauses, else the answer is "maybe".

Answers are YES / NO / MAYBE (an unresolved inference variable blocks the decision).
`evaluate` never leaves a trace in the inference table; `select` commits the unifications
of the selected candidate. Recursion through auto traits of recursive types is
coinductive (assumed to hold), others stop at a depth limit with MAYBE.
"""
from __future__ import annotations

import operator
from dataclasses import field
from typing import Optional

from ..syntax.node_class import node_class
from . import ty as T
from .generic_subst import fresh_substs, fn_sig_types
from .impl_index import ImplIndex, args_may_match, extra_head, may_match
from .infer import InferCtxt
from .item_defs import ProjectionPred, TraitPred, TraitRef
from .items import head_key
from .type_fold import fold, has_infer, mentions, subst, walk
from .unify import can_unify, unify

YES, NO, MAYBE = "yes", "no", "maybe"

SIZED = "std::marker::Sized"
COPY = "std::marker::Copy"
CLONE = "std::clone::Clone"
SEND = "std::marker::Send"
SYNC = "std::marker::Sync"
FN = "std::ops::Fn"
FN_MUT = "std::ops::FnMut"
FN_ONCE = "std::ops::FnOnce"
FN_TRAITS = (FN, FN_MUT, FN_ONCE)
FN_RANK = {FN: 0, FN_MUT: 1, FN_ONCE: 2, "Fn": 0, "FnMut": 1, "FnOnce": 2}
# derivable traits a tuple / array has when its elements have them
STRUCTURAL = {COPY, CLONE, "std::fmt::Debug", "std::cmp::PartialEq", "std::cmp::Eq",
              "std::cmp::PartialOrd", "std::cmp::Ord", "std::hash::Hash", "std::default::Default"}
_PRIMS = (T.Int, T.Float, T.Bool, T.Char, T.Never)
_MAX_DEPTH = 24
_INT_TYPES = tuple(T.Int(n) for n in ("i32", "usize", "u8", "u16", "u32", "u64", "u128", "i8", "i16",
                                      "i64", "i128", "isize"))
_FLOAT_TYPES = (T.F64, T.Float("f32"))


@node_class(frozen=True, slots=True)
class Selection:
    """How an obligation holds: kind "impl" (impl_id, substs of the impl's params),
    "param" (a where-clause), "builtin"; nested: predicates that must hold as well."""

    kind: str
    impl_id: Optional[str] = None
    substs: Optional[dict] = None
    nested: tuple = ()


@node_class(slots=True)
class SolverCache:
    """Answers on ground types for one parameter environment, shared by the bodies of a
    crate: `evaluate` results (with the failure they recorded) by (trait, self type, args),
    normalized projections with the nested predicates their impl requires, selections."""

    evaluations: dict = field(default_factory=dict)
    normalizations: dict = field(default_factory=dict)
    selections: dict = field(default_factory=dict)  # ground query -> nested preds or NO
    impl_picks: dict = field(default_factory=dict)  # ground query -> impl DefId or None
    # method probes on ground receivers -> the winning step/candidate (method_lookup)
    method_picks: dict = field(default_factory=dict)
    autoderef: dict = field(default_factory=dict)  # ground type -> its autoderef steps after itself


@node_class(frozen=True, slots=True)
class Failure:
    """The innermost obligation found not to hold (for `Rc<..>` cannot be sent ...)."""

    trait_id: str
    self_ty: T.Ty
    # "not_general": a closure whose signature was fixed where it was written meets a
    # higher-ranked `Fn*` bound (rustc's "implementation of `Fn` is not general enough")
    reason: str = ""


class TraitSolver:
    def __init__(self, items, icx: InferCtxt, env: tuple = (), closures=None, impl_index=None,
                 shared: Optional[dict] = None) -> None:
        self.items = items
        # trait DefId -> ImplIndex (impls by self-type head), per crate
        self.impl_index = impl_index if impl_index is not None else {}
        self.icx = icx
        self.env = elaborate(items, env)  # TraitPreds and ProjectionPreds in scope
        # closure def_id -> object with .captured_types() (None until capture analysis) and .kind
        self.closures = closures if closures is not None else {}
        self._stack: list = []
        self.norm_cache: dict = {}  # projections without inference variables -> their type
        self.last_failure: Optional[Failure] = None
        # answers on ground types (no inference variables, closures or opaque types) depend
        # only on the crate and the parameter environment: bodies with equal environments
        # share them (`shared`: env -> SolverCache, per crate)
        if shared is None:
            self.cache = SolverCache()
        else:
            self.cache = shared.get(self.env)
            if self.cache is None:
                self.cache = shared[self.env] = SolverCache()
        # outside where-clauses, answers on std-only queries hold in every crate whose impls
        # cannot change them: shared by all crates of the process (`ItemTable.std_answers`)
        self.std_answers = getattr(items, "std_answers", None) if not self.env else None

    # ── public entry points ──

    def evaluate(self, trait_id: str, self_ty: T.Ty, args: tuple = ()) -> str:
        key = self._ground_key(trait_id, self_ty, args)
        std = None
        if key is not None:
            hit = self.cache.evaluations.get(key)
            if hit is None and (std := self._std_cache(key)) is not None:
                hit = std.evaluations.get(key)
            if hit is not None:
                self.last_failure = hit[1]
                return hit[0]
        else:
            key = self.closure_key(trait_id, self_ty, args)
            hit = self.cache.evaluations.get(key) if key is not None else None
            if hit is not None:
                self.last_failure = hit[1]
                return hit[0]
        snap = self.icx.snapshot()
        try:
            self.last_failure = None
            result = self._eval(trait_id, self_ty, args, 0)
        finally:
            self.icx.rollback_to(snap)
        failure = self.last_failure
        if key is not None and (failure is None or ground(failure.self_ty)):
            self.cache.evaluations[key] = (result, failure)
            if std is not None:
                std.evaluations[key] = (result, failure)
        return result

    def closure_key(self, trait_id: str, self_ty: T.Ty, args: tuple):
        """A cache key for a query whose types have no variables or opaque types but do
        have closures whose captures are not analysed yet; else None. Until then the solver
        sees of a closure only its signature (in its type) and its kind (`ClosureInfo.kind`,
        None or from an expected bound): each closure is replaced by a stand-in carrying
        just those, so bodies with same-shaped closures share the answer."""
        icx = self.icx
        self_ty = icx.resolve(self_ty)
        args = tuple(a if isinstance(a, (T.Region, int)) else icx.resolve(a) for a in args)
        tys = [self_ty] + [a for a in args if not isinstance(a, (T.Region, int))]
        if any(mentions(t, _NOT_CANONICAL) for t in tys):
            return None
        closures = self.closures
        stale = []

        def leaf(x):
            if type(x) is T.Closure:
                info = closures.get(x.def_id)
                if info is None or info.captures is not None:
                    stale.append(x)
                    return x
                return T.Closure(f"{{closure}}:{info.kind}:{info.fixed_params}", tuple(fold(p, leaf) for p in x.params),
                                 fold(x.ret, leaf), x.kind)
            return None

        try:
            canon = (fold(self_ty, leaf),) + tuple(a if isinstance(a, (T.Region, int)) else fold(a, leaf)
                                                  for a in args)
        finally:
            del leaf  # a recursive closure is a cycle
        return None if stale else ("closures", trait_id, canon)

    def _std_cache(self, key) -> Optional[SolverCache]:
        """The process-wide cache, for a ground query on std traits and types only."""
        std = self.std_answers
        if std is None or not key[0].startswith("std::") or not std_only(key[1], key[2]):
            return None
        return std

    def _ground_key(self, trait_id: str, self_ty: T.Ty, args: tuple):
        """(trait_id, self_ty, args) resolved, if every type in it is ground; else None."""
        icx = self.icx
        self_ty = icx.resolve(self_ty)
        if not ground(self_ty):
            return None
        if args:
            args = tuple(a if isinstance(a, (T.Region, int)) else icx.resolve(a) for a in args)
            if not all(isinstance(a, (T.Region, int)) or ground(a) for a in args):
                return None
        return trait_id, self_ty, args

    def select(self, trait_id: str, self_ty: T.Ty, args: tuple = ()):
        """A Selection (unifications committed), NO, or MAYBE."""
        self_ty = self.icx.shallow(self_ty)
        if type(self_ty) is T.Infer and self_ty.kind == "ty":
            return MAYBE
        cands = self._candidates(trait_id, self_ty, args)
        if cands in (NO, MAYBE):
            return cands
        if len(cands) > 1:
            cands = [c for c in cands if self._nested_may_hold(c, trait_id, self_ty, args)]
            if len(cands) != 1:
                return MAYBE if cands else NO
        cand = cands[0]
        return self._confirm(cand, trait_id, self_ty, args)

    def select_nested(self, trait_id: str, self_ty: T.Ty, args: tuple = ()):
        """`select`, answering only with the selection's nested predicates (a tuple), NO or
        MAYBE; shared between bodies when the query and the nested predicates are ground."""
        key = self._ground_key(trait_id, self_ty, args)
        std = None
        if key is not None:
            hit = self.cache.selections.get(key)
            if hit is None and (std := self._std_cache(key)) is not None:
                hit = std.selections.get(key)
            if hit is not None:
                return hit
        sel = self.select(trait_id, self_ty, args)
        if not isinstance(sel, Selection):
            if key is not None and sel == NO:
                self.cache.selections[key] = NO
                if std is not None:
                    std.selections[key] = NO
            return sel
        if key is not None:
            nested = tuple(_resolve_pred(self.icx, p) for p in sel.nested)
            if all(_ground_pred(p) for p in nested):
                self.cache.selections[key] = nested
                if std is not None:
                    std.selections[key] = nested
        return sel.nested

    def selected_impl(self, trait_id: str, self_ty: T.Ty, args: tuple = ()) -> Optional[str]:
        """The DefId of the impl `select` would pick (None: no impl candidate), leaving no
        trace in the inference table; shared between bodies for ground queries."""
        key = self._ground_key(trait_id, self_ty, args)
        if key is not None:
            hit = self.cache.impl_picks.get(key, False)
            if hit is not False:
                return hit
        snap = self.icx.snapshot()
        sel = self.select(trait_id, self_ty, args)
        self.icx.rollback_to(snap)
        impl_id = sel.impl_id if isinstance(sel, Selection) and sel.kind == "impl" else None
        if key is not None:
            self.cache.impl_picks[key] = impl_id
        return impl_id

    def normalize(self, alias: T.Alias) -> Optional[T.Ty]:
        """The type `<self_ty as trait>::name` stands for; None when not known yet.
        A rigid projection on a type parameter stays an Alias."""
        return self.normalize_with_nested(alias)[0]

    def normalize_with_nested(self, alias: T.Alias):
        """(type or None, nested predicates of the impl that was selected): a caller that
        keeps the unifications must also require the nested predicates, since they may
        determine impl parameters the associated type mentions (`Map<I, F>::Item = B`
        with `F: FnMut(I::Item) -> B`)."""
        key = self.icx.resolve(alias)
        known = not _has_infer(key)
        if known:
            hit = self.norm_cache.get(key)
            if hit is not None:
                return hit, ()  # its nested predicates were required the first time
            if ground(key):
                shared = self.cache.normalizations.get(key)
                if shared is not None:  # found in another body: require its nested here too
                    self.norm_cache[key] = shared[0]
                    return shared
        got, nested = self._normalize_uncached(alias)
        if known and got is not None:
            got_r = self.icx.resolve(got)
            if not _has_infer(got_r):
                self.norm_cache[key] = got_r
                if ground(key) and ground(got_r):
                    nested_r = tuple(_resolve_pred(self.icx, p) for p in nested)
                    if all(_ground_pred(p) for p in nested_r):
                        self.cache.normalizations[key] = (got_r, nested_r)
        return got, nested

    def _normalize_uncached(self, alias: T.Alias):
        icx = self.icx
        self_ty = icx.shallow(alias.self_ty)
        if type(self_ty) is T.Infer and self_ty.kind == "ty":
            return None, ()
        name = alias.name
        if alias.trait_id in FN_TRAITS and name == "Output":
            sig = self.fn_like_sig(self_ty)
            if sig is not None:
                return sig[1], ()
        if type(self_ty) is T.Dyn:
            for n, t in self_ty.assoc:
                if n == name:
                    return t, ()
        if type(self_ty) is T.Opaque:
            for b in self_ty.bounds:
                if type(b) is ProjectionPred and b.name == name:
                    return b.ty, ()
        for pred in self.env:
            if (type(pred) is ProjectionPred and pred.name == name
                    and self._trait_matches_env(pred.trait_ref, alias.trait_id, self_ty, alias.args)):
                return pred.ty, ()
        if type(self_ty) is T.Alias:
            for b in self.alias_bounds(self_ty):
                if type(b) is ProjectionPred and b.name == name and b.trait_ref.trait_id == alias.trait_id:
                    return b.ty, ()
        if type(self_ty) in (T.Param, T.Alias, T.Opaque):
            if self._param_env_holds(alias.trait_id, self_ty, alias.args) or type(self_ty) is not T.Param:
                return T.Alias(alias.trait_id, name, self_ty, alias.args), ()
        sel = self.select(alias.trait_id, self_ty, alias.args)
        if not isinstance(sel, Selection):
            return (None if sel == MAYBE else T.ERROR), ()
        if sel.kind == "impl":
            impl = self.items.impls[sel.impl_id]
            t = impl.assoc_type(name)
            if t is None:
                t = self._trait_default_assoc(alias.trait_id, name)
            if t is not None:
                return self.icx.resolve(subst(subst(t, sel.substs), {"Self": self_ty})), sel.nested
        return T.Alias(alias.trait_id, name, self_ty, alias.args), sel.nested

    def fn_like_sig(self, t: T.Ty):
        """(params, ret) of a callable type: closure, fn item, fn pointer, a reference to
        one, `impl Fn` / `F: Fn` (from bounds); else None."""
        cls = type(t)
        if cls is T.Ref:
            return self.fn_like_sig(self.icx.shallow(t.inner))
        if cls is T.Opaque or cls is T.Param:
            return self._bound_fn_sig(t)
        if cls is T.Closure or cls is T.FnPtr:
            return t.params, t.ret
        if cls is T.FnDef:
            if t.def_id in self.items.fns:
                return fn_sig_types(self.items, t.def_id, t.args)
            return ctor_sig(self.items, t)
        return None

    # ── evaluation ──

    def _eval(self, trait_id: str, self_ty: T.Ty, args: tuple, depth: int) -> str:
        icx = self.icx
        self_ty = icx.shallow(self_ty)
        if depth > _MAX_DEPTH:
            return MAYBE
        if type(self_ty) is T.Infer:
            if self_ty.kind == "ty":
                return MAYBE
            # an integer/float literal: may hold if it holds for some type of that kind
            probes = _INT_TYPES if self_ty.kind == "int" else _FLOAT_TYPES
            results = [self._eval(trait_id, p, args, depth + 1) for p in probes]
            if all(r == NO for r in results):
                return NO
            return MAYBE
        if type(self_ty) is T.Error:
            return YES
        key = (trait_id, self_ty, args)
        if key in self._stack:
            return YES  # coinduction (auto traits of recursive types)
        self._stack.append(key)
        try:
            return self._eval_inner(trait_id, self_ty, args, depth)
        finally:
            self._stack.pop()

    def _eval_inner(self, trait_id, self_ty, args, depth) -> str:
        traits = self.items.traits
        info = traits.get(trait_id)
        if info is not None and info.is_auto:
            return self._eval_auto(trait_id, self_ty, depth)
        cands = self._candidates(trait_id, self_ty, args)
        if cands == NO:
            self.last_failure = self.last_failure or Failure(trait_id, self_ty)
            return NO
        if cands == MAYBE:
            return MAYBE
        best = NO
        for cand in cands:
            snap = self.icx.snapshot()
            r = self._eval_candidate(cand, trait_id, self_ty, args, depth)
            self.icx.rollback_to(snap)
            if r == YES:
                return YES
            if r == MAYBE:
                best = MAYBE
        if best == NO:
            self.last_failure = self.last_failure or Failure(trait_id, self_ty)
        return best

    def _eval_candidate(self, cand, trait_id, self_ty, args, depth) -> str:
        sel = self._confirm(cand, trait_id, self_ty, args)
        if not isinstance(sel, Selection):
            return sel
        result = YES
        for pred in sel.nested:
            r = self._eval_pred(pred, depth + 1)
            if r == NO:
                return NO
            if r == MAYBE:
                result = MAYBE
        return result

    def normalize_deep(self, t: T.Ty) -> T.Ty:
        """t with every projection that can be normalized now replaced (others stay)."""

        def leaf(x):
            if type(x) is T.Alias:
                inner = self.icx.resolve(fold(x.self_ty, leaf))
                alias = T.Alias(x.trait_id, x.name, inner, x.args)
                got = self.normalize(alias)
                if got is None or type(got) is T.Error:
                    return alias
                if type(got) is T.Alias and got == alias:
                    return got  # rigid
                return fold(got, leaf)
            return None

        try:
            return fold(t, leaf)
        finally:
            del leaf  # a recursive closure is a cycle: it would keep the crate alive until a GC

    def _eval_pred(self, pred, depth) -> str:
        if type(pred) is TraitPred:
            if pred.maybe:
                return YES
            tr = pred.trait_ref
            args = tuple(a if isinstance(a, (T.Region, int)) else self.normalize_deep(a) for a in tr.args)
            return self._eval(tr.trait_id, self.normalize_deep(tr.self_ty), args, depth)
        if type(pred) is ProjectionPred:
            tr = pred.trait_ref
            got = self.normalize(T.Alias(tr.trait_id, pred.name, tr.self_ty, tr.args))
            if got is None:
                return MAYBE
            return YES if unify(self.icx, self.normalize_deep(got), self.normalize_deep(pred.ty)) else NO
        return YES  # region predicates are the borrow checker's

    def _nested_may_hold(self, cand, trait_id, self_ty, args) -> bool:
        snap = self.icx.snapshot()
        try:
            return self._eval_candidate(cand, trait_id, self_ty, args, 1) != NO
        finally:
            self.icx.rollback_to(snap)

    # ── candidate assembly ──

    def _candidates(self, trait_id, self_ty, args):
        """A list of candidates ("param", pred) / ("builtin", nested) / ("impl", ImplInfo),
        or NO / MAYBE."""
        icx = self.icx
        self_ty = icx.shallow(self_ty)
        if type(self_ty) is T.Infer and self_ty.kind == "ty":
            return MAYBE
        env = [p for p in self.env if type(p) is TraitPred and not p.maybe
               and self._trait_matches_env(p.trait_ref, trait_id, self_ty, args, unify_args=False)]
        if env:
            return [("param", p) for p in env]
        builtin = self._builtin(trait_id, self_ty, args)
        if builtin is not None and not (args and builtin != NO and builtin != MAYBE
                                        and builtin[0][0] == "derive"):
            return builtin
        # a derived `PartialEq` compares with Self only: impls for other Rhs types stay candidates
        out = list(builtin) if builtin is not None else []
        for impl in self.impls_for_head(trait_id, self_ty):
            if impl.negative or not may_match(icx, impl.trait_ref.self_ty, self_ty) or (
                    args and len(impl.trait_ref.args) == len(args)
                    and not args_may_match(icx, impl.trait_ref.args, args)):
                continue  # cannot unify: spare the instantiation
            snap = icx.snapshot()
            substs = fresh_substs(icx, self.items, impl.def_id)
            ok = unify(icx, subst(impl.trait_ref.self_ty, substs), self_ty) and \
                self._unify_args(self.impl_trait_args(impl, substs), args)
            icx.rollback_to(snap)
            if ok:
                out.append(("impl", impl))
        if out:
            return out
        if type(self_ty) in (T.Param, T.Alias, T.Opaque):
            return self._opaque_bounds(trait_id, self_ty)
        return NO

    def impls_for_head(self, trait_id: str, self_ty: T.Ty) -> list:
        """Impls of trait_id whose self type may match self_ty (same head, or generic), in
        one fixed order per query kind (candidate order decides which failure is reported)."""
        index = self.impl_index.get(trait_id)
        if index is None:
            index = self.impl_index[trait_id] = self._impl_index(trait_id)
        st = self.icx.shallow(self_ty)
        key = head_key(st)
        if key is not None:
            return index.keyed(key)
        cls = type(st)
        if cls is T.Param:
            return index.generic  # only a blanket impl's header unifies with a type parameter
        key = extra_head(st)
        if key is not None:
            return index.extra_keyed(key)
        return index.all

    def _impl_index(self, trait_id: str) -> ImplIndex:
        """The trait's ImplIndex; std's own when the crate adds no impl of the trait (its
        impl id list is then still the very list of the std table)."""
        shared = getattr(self.items, "shared_impl_indexes", None)
        ids = self.items.trait_impl_index.get(trait_id)
        if shared is None or ids is None:
            return ImplIndex(self.items.trait_impls(trait_id))
        hit = shared.get(trait_id)
        if hit is not None and hit[0] is ids:
            return hit[1]
        index = ImplIndex(self.items.trait_impls(trait_id))
        if hit is None and not any(self.items.impls[i].is_std is False for i in ids):
            shared[trait_id] = (ids, index)
        return index

    def _opaque_bounds(self, trait_id, self_ty):
        """`impl Trait` return types satisfy their bounds (TraitPred/TraitRef items of
        Opaque.bounds) and the bounds' supertraits."""
        if type(self_ty) is T.Opaque:
            for b in self_ty.bounds:
                tr = b.trait_ref if type(b) is TraitPred else b
                if isinstance(tr, TraitRef) and (tr.trait_id == trait_id
                                                 or trait_id in supertrait_ids(self.items, tr.trait_id)):
                    return [("builtin", ())]
        if type(self_ty) is T.Alias:
            for b in self.alias_bounds(self_ty):
                if type(b) is TraitPred and (b.trait_ref.trait_id == trait_id
                                             or trait_id in supertrait_ids(self.items, b.trait_ref.trait_id)):
                    return [("builtin", ())]
        return NO

    def alias_bounds(self, alias: T.Alias) -> tuple:
        """The bounds the trait declares on its associated type (`type IntoIter:
        Iterator<Item = Self::Item>`), for this projection: rustc's alias-bound candidates."""
        info = self.items.traits.get(alias.trait_id)
        at = next((a for a in info.assoc_types if a.name == alias.name), None) if info else None
        if at is None or not at.bounds:
            return ()
        m = {"Self": alias.self_ty}
        m.update(zip(info.generics.types[1:], [a for a in alias.args if not isinstance(a, (T.Region, int))]))
        out = []
        for b in at.bounds:
            b = instantiate_pred(b, m)
            tr = b.trait_ref
            if type(b) is TraitPred:
                b = TraitPred(TraitRef(tr.trait_id, alias, tr.args), b.maybe, b.span)
            elif type(b) is ProjectionPred:
                b = ProjectionPred(TraitRef(tr.trait_id, alias, tr.args), b.name, b.ty, b.span)
            out.append(b)
        return tuple(out)

    def impl_trait_args(self, impl, substs: dict) -> tuple:
        """The impl's trait args instantiated, with defaulted ones (`Rhs = Self`) filled in."""
        args = subst_args(impl.trait_ref.args, substs)
        return self.complete_args(impl.trait_ref.trait_id, subst(impl.trait_ref.self_ty, substs), args)

    def complete_args(self, trait_id: str, self_ty: T.Ty, args: tuple) -> tuple:
        info = self.items.traits.get(trait_id)
        if info is None:
            return args
        names = info.generics.types[1:]
        if len(args) >= len(names):
            return args
        defaults = dict(info.generics.defaults)
        out = list(args)
        for n in names[len(args):]:
            d = defaults.get(n)
            if d is None:
                return args
            out.append(subst(d, {"Self": self_ty}))
        return tuple(out)

    def _unify_args(self, xs: tuple, ys: tuple) -> bool:
        if len(xs) != len(ys):
            return len(ys) == 0  # defaulted args (`Rhs = Self`) not spelled by the caller
        for x, y in zip(xs, ys):
            if isinstance(x, T.Region) or isinstance(y, T.Region):
                continue
            if not unify(self.icx, x, y):
                return False
        return True

    def _trait_matches_env(self, tr: TraitRef, trait_id, self_ty, args, unify_args=True) -> bool:
        if tr.trait_id != trait_id:
            return False
        st = self.icx.resolve(self_ty)
        if self.icx.resolve(tr.self_ty) != st:
            return False
        if not args or not tr.args:
            return True
        return all(isinstance(a, T.Region) or can_unify(self.icx, a, b) for a, b in zip(tr.args, args))

    def _param_env_holds(self, trait_id, self_ty, args) -> bool:
        return any(type(p) is TraitPred and self._trait_matches_env(p.trait_ref, trait_id, self_ty, args)
                   for p in self.env)

    def _declared_maybe_sized(self, param) -> bool:
        """`T: ?Sized` in scope and no `T: Sized` bound."""
        relaxed = False
        for p in self.env:
            if type(p) is TraitPred and p.trait_ref.trait_id == SIZED and p.trait_ref.self_ty == param:
                if not p.maybe:
                    return False
                relaxed = True
        return relaxed

    def _builtin(self, trait_id, self_ty, args):
        """Builtin candidates as a list, NO, or None (look at impls)."""
        cls = type(self_ty)
        if trait_id == SIZED:
            if cls in (T.Str, T.Slice, T.Dyn):
                return NO
            if cls is T.Param and self_ty.name == "Self" and not self._param_env_holds(SIZED, self_ty, ()):
                return NO  # a trait's `Self` is `?Sized` unless bounded
            if cls is T.Param and self._declared_maybe_sized(self_ty):
                return NO
            return [("builtin", ())]
        if trait_id in FN_TRAITS:
            if cls is T.Closure:
                return [("closure", ())]
            if cls is T.FnDef or cls is T.FnPtr:
                return [("fnlike", ())]
            if cls is T.Ref and type(self.icx.shallow(self_ty.inner)) in (T.Closure, T.FnDef, T.FnPtr):
                return [("fnlike_ref", ())]
            if cls is T.Ref and type(self.icx.shallow(self_ty.inner)) is not T.Infer:
                # `&F: Fn*` when `F: Fn` (`&mut F: FnMut/FnOnce` when `F: FnMut`)
                need = FN_MUT if (self_ty.mutable and trait_id != FN) else FN
                return [("builtin", (_pred(need, self_ty.inner, args),))]
            if cls is T.Dyn:
                return None
        if trait_id in (COPY, CLONE):
            if cls in _PRIMS or cls is T.FnDef or cls is T.FnPtr or cls is T.Ptr:
                return [("builtin", ())]
            if cls is T.Ref:
                return [("builtin", ())] if not self_ty.mutable else NO
            if cls is T.Closure:
                return [("closure_copy", ())]
        if trait_id in STRUCTURAL:
            if cls is T.Tuple:
                if args and not _rhs_may_be(self.icx, args[0], self_ty):
                    return NO  # tuples compare with their own type only (`(1, 2) == "x"`)
                return [("builtin", tuple(_pred(trait_id, e, args_for_elem(args, i))
                                          for i, e in enumerate(self_ty.elems)))]
            if cls is T.Array and not (args and not _rhs_may_be(self.icx, args[0], self_ty)):
                return [("builtin", (_pred(trait_id, self_ty.elem, _elem_args(args)),))]
            # an array against a slice / Vec / other length: the std model's impls decide
        if cls is T.Dyn:
            # a trait object implements its trait, the supertraits, and its auto traits
            if trait_id == self_ty.trait_id or trait_id in self_ty.auto_traits \
                    or trait_id in supertrait_ids(self.items, self_ty.trait_id):
                if args and self_ty.trait_id == trait_id:
                    return [("dyn", ())]
                return [("builtin", ())]
        if cls is T.Adt and trait_id != SIZED:
            adt = self.items.adts.get(self_ty.def_id)
            if adt is not None and not adt.is_std and _short(trait_id) in adt.derives:
                if trait_id == COPY or trait_id in STRUCTURAL or _short(trait_id) in ("Debug", "Hash"):
                    return [("derive", adt)]
        return None

    # ── confirmation ──

    def _confirm(self, cand, trait_id, self_ty, args):
        kind, data = cand
        icx = self.icx
        if kind == "param":
            tr = data.trait_ref
            env_args = self.complete_args(trait_id, tr.self_ty, tr.args)
            if args and not self._unify_args(env_args, args):
                return NO
            return Selection("param")
        if kind == "builtin":
            return Selection("builtin", nested=data)
        if kind == "dyn":
            return Selection("builtin") if self._unify_args(self_ty.args, args) else NO
        if kind == "derive":
            if args and not unify(icx, args[0], self_ty):
                return NO  # a derived `PartialEq` compares a type with itself only
            params = [a for a in self_ty.args if not isinstance(a, (T.Region, int))]
            return Selection("builtin", nested=tuple(_pred(trait_id, p, ()) for p in params))
        if kind in ("closure", "fnlike", "fnlike_ref"):
            t = icx.shallow(self_ty.inner) if kind == "fnlike_ref" else self_ty
            sig = self.fn_like_sig(t)
            if sig is None:
                return MAYBE
            if args:
                a0 = icx.shallow(args[0])
                if type(a0) is T.Tuple:
                    if len(a0.elems) != len(sig[0]):
                        return NO
                    if kind == "closure" and _not_general(self.closures.get(t.def_id), a0.elems, icx):
                        self.last_failure = Failure(trait_id, t, "not_general")
                        return NO
                    for x, y in zip(sig[0], a0.elems):
                        if not unify(icx, x, y):
                            return NO
                elif not unify(icx, T.Tuple(tuple(sig[0])), a0):
                    return NO
            if kind == "closure":
                info = self.closures.get(t.def_id)
                kind_now = getattr(info, "kind", None)
                if kind_now is not None and FN_RANK[kind_now] > FN_RANK[trait_id]:
                    self.last_failure = Failure(trait_id, t)
                    return NO
            return Selection("builtin")
        if kind == "closure_copy":
            info = self.closures.get(self_ty.def_id)
            tys = info.captured_types() if info is not None else None
            if tys is None:
                return MAYBE
            if any(type(icx.shallow(x)) is T.Ref and icx.shallow(x).mutable for x in tys):
                return NO
            return Selection("builtin", nested=tuple(_pred(trait_id, x, ()) for x in tys))
        # an impl
        impl = data
        substs = fresh_substs(icx, self.items, impl.def_id)
        if not unify(icx, subst(impl.trait_ref.self_ty, substs), self_ty):
            return NO
        if not self._unify_args(self.impl_trait_args(impl, substs), args):
            return NO
        nested = tuple(instantiate_pred(p, substs) for p in self.items.predicates_of(impl.def_id))
        return Selection("impl", impl.def_id, substs, nested)

    # ── auto traits ──

    def _eval_auto(self, trait_id, self_ty, depth) -> str:
        icx = self.icx
        cls = type(self_ty)
        # explicit impls (negative first) decide for the types they cover
        positive = []
        for impl in self.impls_for_head(trait_id, self_ty):
            if not may_match(icx, impl.trait_ref.self_ty, self_ty):
                continue
            snap = icx.snapshot()
            substs = fresh_substs(icx, self.items, impl.def_id)
            ok = unify(icx, subst(impl.trait_ref.self_ty, substs), self_ty)
            icx.rollback_to(snap)
            if ok:
                if impl.negative:
                    self.last_failure = self.last_failure or Failure(trait_id, self_ty)
                    return NO
                positive.append(impl)
        if positive:
            result = YES
            for impl in positive:
                snap = icx.snapshot()
                r = self._eval_candidate(("impl", impl), trait_id, self_ty, (), depth)
                icx.rollback_to(snap)
                if r == NO:
                    return NO
                if r == MAYBE:
                    result = MAYBE
            return result
        parts = self._auto_components(self_ty, trait_id)
        if parts is None:
            return MAYBE
        if parts is NO:
            self.last_failure = self.last_failure or Failure(trait_id, self_ty)
            return NO
        result = YES
        for tid, part in parts:
            r = self._eval(tid, part, (), depth + 1)
            if r == NO:
                return NO
            if r == MAYBE:
                result = MAYBE
        return result

    def _auto_components(self, t, trait_id):
        """(trait, type) pairs an auto trait of t depends on; NO; or None (unknown yet)."""
        cls = type(t)
        if cls in _PRIMS or cls is T.Str or cls is T.FnDef or cls is T.FnPtr:
            return []
        if cls is T.Tuple:
            return [(trait_id, e) for e in t.elems]
        if cls is T.Array or cls is T.Slice:
            return [(trait_id, t.elem)]
        if cls is T.Ref:
            # &T: Send iff T: Sync; &T: Sync iff T: Sync; &mut T follows T
            if not t.mutable and trait_id == SEND:
                return [(SYNC, t.inner)]
            return [(trait_id, t.inner)]
        if cls is T.Ptr:
            return NO
        if cls is T.Adt:
            adt = self.items.adts.get(t.def_id)
            if adt is None:
                return NO
            m = _adt_substs(self.items, t)
            fields = list(adt.fields) + [f for v in adt.variants for f in v.fields]
            if adt.is_std and not fields:
                return [(trait_id, a) for a in t.args if not isinstance(a, (T.Region, int))]
            return [(trait_id, subst(f.ty, m)) for f in fields]
        if cls is T.Closure:
            info = self.closures.get(t.def_id)
            tys = info.captured_types() if info is not None else None
            if tys is None:
                return None
            return [(trait_id, x) for x in tys]
        if cls is T.Dyn:
            return [] if trait_id in t.auto_traits else NO
        if cls is T.Param or cls is T.Alias or cls is T.Opaque:
            if self._param_env_holds(trait_id, t, ()):
                return []
            if cls is T.Opaque and self._opaque_bounds(trait_id, t) != NO:
                return []
            return NO
        if cls is T.Never or cls is T.Error:
            return []
        return None

    def _bound_fn_sig(self, t):
        preds = list(self.env)
        if type(t) is T.Opaque:
            preds += [instantiate_pred(b, {"Self": t}) for b in t.bounds if type(b) in (TraitPred, ProjectionPred)]
        args = ret = None
        for p in preds:
            tr = getattr(p, "trait_ref", None)  # region predicates have none
            if tr is None or tr.trait_id not in FN_TRAITS or self.icx.resolve(tr.self_ty) != t:
                continue
            if type(p) is TraitPred and tr.args:
                a = self.icx.shallow(tr.args[0])
                args = tuple(a.elems) if type(a) is T.Tuple else None
            elif type(p) is ProjectionPred and p.name == "Output":
                ret = p.ty
        if args is None:
            return None
        return args, (ret if ret is not None else T.UNIT)

    def _trait_default_assoc(self, trait_id, name):
        info = self.items.traits.get(trait_id)
        if info is None:
            return None
        for a in info.assoc_types:
            if a.name == name:
                return a.ty
        return None


# ───────────────────────── helpers on predicates ─────────────────────────


def _not_general(info, expected: tuple, icx, bound_names=()) -> bool:
    """The closure's signature was fixed where it was written, and a parameter whose type was
    neither written nor deduced there is asked to take a bound region of the bound ('_hrN,
    or a `for<'a>` name of a where-clause: `bound_names`)."""
    fixed = getattr(info, "fixed_params", ())
    for i in fixed:
        if i < len(expected) and any(_bound_region(x, bound_names) for x in walk(icx.resolve(expected[i]))):
            return True
    return False


def _bound_region(x, bound_names=()) -> bool:
    r = x.region if type(x) is T.Ref else x
    return type(r) is T.Region and r.kind == "param" and (r.name.startswith("'_hr") or r.name in bound_names)


def closure_not_general(solver, pred) -> bool:
    """`closure: for<'a> Fn(&'a T)` from a where-clause (its bound names kept on the
    obligation) for a closure whose signature was fixed where it was written."""
    tr = pred.trait_ref
    t = solver.icx.shallow(tr.self_ty)
    if type(t) is not T.Closure or not tr.args:
        return False
    a0 = solver.icx.shallow(tr.args[0])
    if type(a0) is not T.Tuple or not _not_general(solver.closures.get(t.def_id), a0.elems, solver.icx,
                                                    pred.bound_regions):
        return False
    solver.last_failure = Failure(tr.trait_id, t, "not_general")
    return True


def _has_infer(t) -> bool:
    return has_infer(t)


def ground(t) -> bool:
    """No inference variable, closure or opaque type in t: answers about it are the same in
    every body (closures change as captures are analysed; opaque bounds are not walked)."""
    return not mentions(t, _NOT_GROUND)


_NOT_GROUND = frozenset({T.Infer, T.Closure, T.Opaque})
_NOT_CANONICAL = frozenset({T.Infer, T.Opaque, T.Error})  # closure_key: closures are replaced


def std_only(self_ty, args: tuple) -> bool:
    """Whether the types name only std ADTs and primitives (no parameter, fn item, closure,
    trait object, projection, opaque type, variable or error): what a crate's impls cannot
    change, the orphan rules holding."""
    for t in (self_ty, *args):
        if isinstance(t, (T.Region, int)):
            continue
        for x in walk(t):
            cls = type(x)
            if cls is T.Adt:
                if not x.def_id.startswith("std::"):
                    return False
            elif cls not in _STD_ONLY:
                return False
    return True


_STD_ONLY = frozenset({T.Int, T.Float, T.Bool, T.Char, T.Str, T.Never, T.Tuple, T.Array, T.Slice, T.Ref, T.Ptr})


def _ground_pred(p) -> bool:
    tr = getattr(p, "trait_ref", None)
    if tr is None:
        return True  # region predicates
    tys = [tr.self_ty] + [a for a in tr.args if not isinstance(a, (T.Region, int))]
    if type(p) is ProjectionPred:
        tys.append(p.ty)
    return all(ground(t) for t in tys)


def _resolve_pred(icx, p):
    if type(p) is TraitPred:
        tr = p.trait_ref
        return TraitPred(TraitRef(tr.trait_id, icx.resolve(tr.self_ty), _resolve_args(icx, tr.args)),
                         p.maybe, p.span, p.bound_regions)
    if type(p) is ProjectionPred:
        tr = p.trait_ref
        return ProjectionPred(TraitRef(tr.trait_id, icx.resolve(tr.self_ty), _resolve_args(icx, tr.args)),
                              p.name, icx.resolve(p.ty), p.span, p.bound_regions)
    return p


def _resolve_args(icx, args: tuple) -> tuple:
    return tuple(a if isinstance(a, (T.Region, int)) else icx.resolve(a) for a in args)


def _short(def_id: str) -> str:
    return def_id.rsplit("::", 1)[-1]


def _pred(trait_id, self_ty, args) -> TraitPred:
    return TraitPred(TraitRef(trait_id, self_ty, args))


def _rhs_may_be(icx, rhs, self_ty) -> bool:
    """The Rhs of a structural `PartialEq`/`PartialOrd` may be self_ty itself."""
    from .unify import can_unify

    return can_unify(icx, rhs, self_ty)


def args_for_elem(args, i):
    return _elem_args(args)


def _elem_args(args):
    # PartialEq<Rhs> on tuples/arrays: the element-wise Rhs is not tracked; use Self
    return ()


def subst_args(args: tuple, m: dict) -> tuple:
    """args substituted (the very tuple when nothing changes)."""
    out = tuple(a if isinstance(a, (T.Region, int)) else subst(a, m) for a in args)
    return args if all(map(operator.is_, out, args)) else out


def instantiate_pred(pred, m: dict):
    # a predicate the substitution leaves unchanged is returned itself (it would be rebuilt
    # equal: the rebuilt one has no bound regions either)
    if type(pred) is TraitPred:
        tr = pred.trait_ref
        self_ty = subst(tr.self_ty, m)
        args = subst_args(tr.args, m)
        if self_ty is tr.self_ty and args is tr.args and not pred.bound_regions:
            return pred
        return TraitPred(TraitRef(tr.trait_id, self_ty, args), pred.maybe, pred.span)
    if type(pred) is ProjectionPred:
        tr = pred.trait_ref
        self_ty = subst(tr.self_ty, m)
        args = subst_args(tr.args, m)
        ty = subst(pred.ty, m)
        if self_ty is tr.self_ty and args is tr.args and ty is pred.ty and not pred.bound_regions:
            return pred
        return ProjectionPred(TraitRef(tr.trait_id, self_ty, args), pred.name, ty, pred.span)
    return pred


def ctor_sig(items, t: T.FnDef):
    """(params, ret) of a tuple struct / tuple variant constructor used as a function."""
    adt = items.adts.get(t.def_id)
    fields = None
    if adt is not None:
        fields = adt.fields
    else:
        adt = items.adts.get(t.def_id.rsplit("::", 1)[0])
        if adt is None:
            return None
        for v in adt.variants:
            if v.def_id == t.def_id:
                fields = v.fields
    if fields is None:
        return None
    m = dict(zip(adt.generics.types + tuple(n for n, _ in adt.generics.consts), t.args))  # consts follow types
    ret = T.Adt(adt.def_id, tuple(T.ERASED for _ in adt.generics.lifetimes) + tuple(t.args))
    return tuple(subst(f.ty, m) for f in fields), ret


def _adt_substs(items, t: T.Adt) -> dict:
    adt = items.adts[t.def_id]
    names = adt.generics.types + tuple(n for n, _ in adt.generics.consts)
    tys = [a for a in t.args if not isinstance(a, T.Region)]  # types, then const args
    return dict(zip(names, tys))


def supertrait_ids(items, trait_id: str, seen=None) -> set:
    seen = set() if seen is None else seen
    info = items.traits.get(trait_id)
    if info is None:
        return seen
    for p in info.supertraits:
        if type(p) is TraitPred and p.trait_ref.trait_id not in seen:
            seen.add(p.trait_ref.trait_id)
            supertrait_ids(items, p.trait_ref.trait_id, seen)
    return seen


def elaborate(items, preds) -> tuple:
    """preds plus every supertrait predicate they imply (`T: Ord` => `T: PartialOrd`...)."""
    out = list(preds)
    seen = set()
    i = 0
    while i < len(out):
        p = out[i]
        i += 1
        if type(p) is not TraitPred:
            continue
        tr = p.trait_ref
        key = (tr.trait_id, tr.self_ty)
        if key in seen:
            continue
        seen.add(key)
        info = items.traits.get(tr.trait_id)
        if info is None:
            continue
        m = {"Self": tr.self_ty}
        m.update(zip(info.generics.types[1:], [a for a in tr.args if not isinstance(a, T.Region)]))
        for sp in info.supertraits:
            if type(sp) in (TraitPred, ProjectionPred):
                out.append(instantiate_pred(sp, m))
    return tuple(out)
