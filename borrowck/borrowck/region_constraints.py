"""Outlives constraints from type-checking the MIR (rustc's MIR type check, NLL flavour).

Every assignment relates the rvalue's type to the place's type by subtyping
(`&'a T <: &'b T` iff `'a: 'b`), with variance: `&mut T` and cell types are invariant in
T, fn-pointer parameters contravariant, everything else covariant. A borrow `&'L place`
adds reborrow constraints: for each Deref of a reference `&'r` on the path to the place,
`'r: 'L` (stopping after a shared reference, which is Copy). A call instantiates the
callee's signature with fresh regions per call and relates arguments to parameters and
the result to the destination; the callee's outlives bounds (`F: 'static`) become
constraints too.
"""
from __future__ import annotations

from ..mir import ir
from ..types import ty as T
from .region_inference import OutlivesConstraint
from .renumber import REGION_HOLDERS, ClosureEnv, map_regions, regions_in, std_field, substitute

COVARIANT = "covariant"
CONTRAVARIANT = "contravariant"
INVARIANT = "invariant"

INVARIANT_STD_ADTS = frozenset((
    "std::cell::Cell", "std::cell::RefCell", "std::cell::UnsafeCell", "std::cell::OnceCell",
    "std::sync::Mutex", "std::sync::RwLock", "std::sync::OnceLock",
    "std::thread::Scope",  # invariant in 'scope and 'env (PhantomData<&'scope mut &'scope ()>)
))

# constraint categories, most interesting first (used to pick the constraint to blame)
CATEGORY_ORDER = ("return", "closure_return", "call_argument", "type_annotation", "closure_upvar", "assignment",
                  "usage", "boring")


def _flip(variance: str) -> str:
    return {COVARIANT: CONTRAVARIANT, CONTRAVARIANT: COVARIANT}.get(variance, INVARIANT)


_FN_TRAITS = ("std::ops::Fn", "std::ops::FnMut", "std::ops::FnOnce")


def _dyn_signature_regions(ty) -> list:
    """The regions of a trait object's arguments and associated types (not its own bound)."""
    out = [r for a in ty.args if not isinstance(a, int) for r in
           ((a,) if isinstance(a, T.Region) else regions_in(a))]
    return out + [r for _, t in ty.assoc for r in regions_in(t)]


def _compose(outer: str, inner: str) -> str:
    if outer == INVARIANT or inner == INVARIANT:
        return INVARIANT
    return outer if inner == COVARIANT else _flip(outer)


_CONSTRAINED = (ir.Assign, ir.AscribeUserType)  # the statements visit_statement handles


class ConstraintGeneration:
    """Walks one body and collects OutlivesConstraints and the region of every borrow."""

    def __init__(self, body: ir.Body, ctx, locations):
        self.body = body
        self.ctx = ctx  # BodyContext: renumberer, place_types, adts, typed, items, universal
        self.locations = locations
        self.constraints: list = []
        self.loan_regions: dict = {}  # Location -> vid of the borrow's region
        self.type_tests: list = []  # TypeTest: `T: 'r` to check after inference
        self._variances: dict = {}

    # ── constraint primitives ──
    def outlives(self, longer: T.Region, shorter: T.Region, point, span, category):
        if longer.kind != "var" or shorter.kind != "var" or longer.index == shorter.index:
            return
        self.constraints.append(OutlivesConstraint(longer.index, shorter.index, point, span, category))

    def relate(self, sub, sup, variance, point, span, category):
        """Require sub <: sup (under variance)."""
        if sub is sup or sub.__class__ not in REGION_HOLDERS or sup.__class__ not in REGION_HOLDERS:
            return  # no region on one side (scalars), or the very same regions on both
        if variance == CONTRAVARIANT:
            sub, sup, variance = sup, sub, COVARIANT
        if isinstance(sub, T.Ref) and isinstance(sup, T.Ref):
            self._relate_regions(sub.region, sup.region, variance, point, span, category)
            inner = INVARIANT if (sub.mutable and sup.mutable) else variance
            self.relate(sub.inner, sup.inner, inner, point, span, category)
        elif isinstance(sub, T.Adt) and isinstance(sup, T.Adt) and sub.def_id == sup.def_id \
                and len(sub.args) == len(sup.args):
            variances = self.adt_variances(sub.def_id, len(sub.args))
            for a, b, v in zip(sub.args, sup.args, variances):
                v = _compose(variance, v)
                if isinstance(a, T.Region) and isinstance(b, T.Region):
                    self._relate_regions(a, b, v, point, span, category)
                elif not isinstance(a, (T.Region, int)) and not isinstance(b, (T.Region, int)):
                    self.relate(a, b, v, point, span, category)
        elif isinstance(sub, T.Tuple) and isinstance(sup, T.Tuple) and len(sub.elems) == len(sup.elems):
            for a, b in zip(sub.elems, sup.elems):
                self.relate(a, b, variance, point, span, category)
        elif isinstance(sub, (T.Array, T.Slice)) and type(sub) is type(sup):
            self.relate(sub.elem, sup.elem, variance, point, span, category)
        elif isinstance(sub, T.Ptr) and isinstance(sup, T.Ptr):
            self.relate(sub.inner, sup.inner, INVARIANT if sub.mutable else variance, point, span, category)
        elif isinstance(sub, ClosureEnv) and isinstance(sup, ClosureEnv) and len(sub.upvars) == len(sup.upvars):
            for a, b in zip(sub.upvars, sup.upvars):
                self.relate(a, b, variance, point, span, category)
            if len(sub.sig) == len(sup.sig):
                # the same closure type: its signature regions are one and the same
                for a, b in zip(sub.sig, sup.sig):
                    self.relate(a, b, INVARIANT, point, span, category)
        elif isinstance(sub, T.FnPtr) and isinstance(sup, T.FnPtr) and len(sub.params) == len(sup.params):
            for a, b in zip(sub.params, sup.params):
                self.relate(a, b, _flip(variance), point, span, category)
            self.relate(sub.ret, sup.ret, variance, point, span, category)
        elif isinstance(sub, T.Dyn) and isinstance(sup, T.Dyn):
            self._relate_regions(sub.region, sup.region, variance, point, span, category)
            # a trait object is invariant in its trait's arguments and associated types
            a, b = _dyn_signature_regions(sub), _dyn_signature_regions(sup)
            if len(a) == len(b):
                for x, y in zip(a, b):
                    self._relate_regions(x, y, INVARIANT, point, span, category)
        else:
            self.relate_loosely(sub, sup, point, span, category)

    def _relate_regions(self, a, b, variance, point, span, category):
        if variance in (COVARIANT, INVARIANT):
            self.outlives(a, b, point, span, category)
        if variance in (CONTRAVARIANT, INVARIANT):
            self.outlives(b, a, point, span, category)

    def relate_unsize(self, sub, sup, point, span, category):
        """`&'a T` into `&'b (dyn Trait + 'r)` (or Box, Rc, ...): the pointers relate as
        usual and T's regions outlive 'r; nothing ties 'a to 'r (`&'a T` to `&'a dyn Any`).
        Into `dyn Fn(A) -> R`: a closure's (or fn pointer's) signature implements the
        object's, so A <: its parameters and its result <: R (regions the object leaves
        late-bound are fresh there; the closure body checks it is general enough)."""
        if isinstance(sup, T.Dyn) and isinstance(sub, T.Dyn):
            self.relate(sub, sup, COVARIANT, point, span, category)
        elif isinstance(sup, T.Dyn):
            holds = sub.upvars if isinstance(sub, ClosureEnv) else () if isinstance(sub, (T.FnPtr, T.FnDef)) \
                else (sub,)
            for x in (r for t in holds for r in regions_in(t)):
                self.outlives(x, sup.region, point, span, category)
            if not self._relate_fn_signature(sub, sup, point, span, category):
                # another trait's arguments / associated types (`Iterator<Item = &'a T>`):
                # what the impl names comes from sub, so sub's regions outlive them (conservative)
                named = _dyn_signature_regions(sup)
                for x in (regions_in(sub) if named else ()):
                    for y in named:
                        self.outlives(x, y, point, span, category)
        elif isinstance(sub, T.Ref) and isinstance(sup, T.Ref):
            self.outlives(sub.region, sup.region, point, span, category)
            self.relate_unsize(sub.inner, sup.inner, point, span, category)
        elif isinstance(sub, T.Adt) and isinstance(sup, T.Adt) and sub.def_id == sup.def_id \
                and len(sub.args) == len(sup.args):  # Box, Rc, Arc, Pin<Box<_>>
            for a, b in zip(sub.args, sup.args):
                if isinstance(a, T.Region) and isinstance(b, T.Region):
                    self._relate_regions(a, b, INVARIANT, point, span, category)  # conservative
                elif not isinstance(a, (T.Region, int)) and a is not None and b is not None:
                    self.relate_unsize(a, b, point, span, category)
        else:
            self.relate_loosely(sub, sup, point, span, category)

    def _relate_fn_signature(self, sub, sup, point, span, category):
        """`sub` (closure or fn pointer) unsized into `dyn Fn*(A..) -> R`; False when
        it is no such pair."""
        if sup.trait_id not in _FN_TRAITS or not sup.args or not isinstance(sup.args[0], T.Tuple):
            return False
        if isinstance(sub, ClosureEnv) and sub.sig:
            params, ret = sub.sig_params, sub.sig_ret
        elif isinstance(sub, T.FnPtr):
            params, ret = sub.params, sub.ret
        else:
            return False
        inputs = sup.args[0].elems
        if len(inputs) != len(params):
            return False
        for a, p in zip(inputs, params):
            self.relate(a, p, COVARIANT, point, span, category)
        output = dict(sup.assoc).get("Output")
        if output is not None:
            self.relate(ret, output, COVARIANT, point, span, category)
        return True

    def relate_loosely(self, sub, sup, point, span, category):
        """Shapes differ (coercions, unknown types): positionally when the region counts
        agree, else every region of sub outlives every region of sup (conservative)."""
        if sub.__class__ not in REGION_HOLDERS or sup.__class__ not in REGION_HOLDERS:
            return  # no region on one side
        a, b = regions_in(sub), regions_in(sup)
        if not a or not b:
            return
        if len(a) == len(b):
            for x, y in zip(a, b):
                self.outlives(x, y, point, span, category)
            return
        for x in a:
            for y in b:
                self.outlives(x, y, point, span, category)

    def adt_variances(self, def_id: str, nargs: int) -> tuple:
        hit = self._variances.get(def_id)
        if hit is not None and len(hit) == nargs:
            return hit
        if def_id in INVARIANT_STD_ADTS:
            result = (INVARIANT,) * nargs
        else:
            result = self._declared_variances(def_id, nargs)
        self._variances[def_id] = result
        return result

    def _declared_variances(self, def_id: str, nargs: int) -> tuple:
        info = self.ctx.adts.get(def_id)
        if info is None or info.is_std:
            return (COVARIANT,) * nargs
        self._variances[def_id] = (COVARIANT,) * nargs  # cycles: assume covariant
        names = list(info.generics.lifetimes) + list(info.generics.types)
        found = {n: COVARIANT for n in names}
        fields = list(info.fields)
        for variant in info.variants:
            fields.extend(variant.fields)

        def mark(name, v):
            if name in found and v != COVARIANT:
                found[name] = INVARIANT

        def walk(t, v):
            if isinstance(t, T.Param):
                mark(t.name, v)
            elif isinstance(t, T.Ref):
                if t.region.kind == "param":
                    mark(t.region.name, v)
                walk(t.inner, INVARIANT if t.mutable else v)
            elif isinstance(t, T.Adt):
                inner = self.adt_variances(t.def_id, len(t.args))
                for a, av in zip(t.args, inner):
                    if isinstance(a, T.Region):
                        if a.kind == "param":
                            mark(a.name, _compose(v, av))
                    elif not isinstance(a, int):
                        walk(a, _compose(v, av))
            elif isinstance(t, T.Tuple):
                for e in t.elems:
                    walk(e, v)
            elif isinstance(t, (T.Array, T.Slice)):
                walk(t.elem, v)
            elif isinstance(t, T.Ptr):
                walk(t.inner, INVARIANT if t.mutable else v)
            elif isinstance(t, T.FnPtr):
                for p in t.params:
                    walk(p, _flip(v))
                walk(t.ret, v)
            elif isinstance(t, T.Dyn):
                if t.region.kind == "param":
                    mark(t.region.name, v)
                for a in t.args:
                    if not isinstance(a, (T.Region, int)):
                        walk(a, INVARIANT)
        for f in fields:
            walk(f.ty, COVARIANT)
        del walk  # a recursive closure is a cycle: it would keep the crate alive until a GC
        result = tuple(found[n] for n in names)
        if len(result) != nargs:
            result = (COVARIANT,) * nargs
        return result

    # ── the MIR walk ──
    def run(self):
        # only assignments, type ascriptions and calls have constraints: the other
        # statements (storage markers, half of a body) cost no Location
        for b, bb in enumerate(self.body.blocks):
            for i, stmt in enumerate(bb.statements):
                if isinstance(stmt, _CONSTRAINED):
                    self.visit_statement(stmt, ir.Location(b, i))
            if isinstance(bb.terminator, ir.Call):
                self.visit_terminator(bb.terminator, ir.Location(b, len(bb.statements)))
        return self

    def assign_category(self, place: ir.Place) -> str:
        if place.local == ir.RETURN_PLACE and not place.projection:
            return "return"
        decl = self.body.local_decls[place.local]
        return "assignment" if decl.is_user_variable else "boring"

    def visit_statement(self, stmt, loc: ir.Location):
        point = self.locations.point(loc)
        if isinstance(stmt, ir.Assign):
            category = self.assign_category(stmt.place)
            place_ty = self.ctx.place_types.ty(stmt.place)
            rv = stmt.rvalue
            if isinstance(rv, ir.Aggregate):
                self.visit_aggregate(rv, place_ty, point, stmt.span, category)
                return
            rv_ty = self.rvalue_ty(rv, loc, point, stmt.span, category)
            if rv_ty is not None:
                self.relate(rv_ty, place_ty, COVARIANT, point, stmt.span, category)
        elif isinstance(stmt, ir.AscribeUserType):
            user = self.ctx.renumberer.universal_type(stmt.ty)
            place_ty = self.ctx.place_types.ty(stmt.place)
            self.relate(place_ty, user, _variance_name(stmt.variance), point, stmt.span, "type_annotation")

    def operand_ty(self, op):
        if isinstance(op, (ir.Copy, ir.Move)):
            return self.ctx.place_types.ty(op.place)
        static = T.Region("var", "", 0)
        return map_regions(self.ctx.renumberer.expand_closures(op.ty), lambda r: static)

    def rvalue_ty(self, rv, loc, point, span, category="boring"):
        if isinstance(rv, ir.Use):
            return self.operand_ty(rv.operand)
        if isinstance(rv, ir.Ref):
            return self.borrow_ty(rv, loc, point, span)
        if isinstance(rv, ir.CopyForDeref):
            return self.ctx.place_types.ty(rv.place)
        if isinstance(rv, ir.Repeat):
            return T.Array(self.operand_ty(rv.operand), rv.count)
        if isinstance(rv, ir.Cast):
            source = self.operand_ty(rv.operand)
            target = self.ctx.renumberer.fresh_type(rv.ty)
            if rv.kind == "unsize":
                self.relate_unsize(source, target, point, span, category)
            else:
                self.relate_loosely(source, target, point, span, category)
            if rv.kind == "unsize":
                self.unsize_type_tests(source, target, span)
            return target
        return None  # scalars: no regions

    def unsize_type_tests(self, source, target, span):
        """`Box<T>` into `Box<dyn Trait + 'r>`: T must outlive 'r."""
        from .type_tests import TypeTest, dyn_regions, params_in
        for region in dyn_regions(target):
            if region.kind == "var":
                for name in params_in(source):
                    self.type_tests.append(TypeTest(name, region.index, span))

    def borrow_ty(self, rv: ir.Ref, loc, point, span):
        loan = self.ctx.renumberer.vars.fresh("loan", span=span)
        self.loan_regions[loc] = loan.index
        place = rv.place
        types = self.ctx.place_types
        for i in range(len(place.projection) - 1, -1, -1):
            if not isinstance(place.projection[i], ir.Deref):
                continue
            base_ty = types.ty(ir.Place(place.local, place.projection[:i]))
            if isinstance(base_ty, T.Ref):
                self.outlives(base_ty.region, loan, point, span, "boring")
                if not base_ty.mutable:
                    break
            elif isinstance(base_ty, T.Ptr):
                break
        return T.Ref(loan, rv.mutable, types.ty(place))

    def visit_aggregate(self, rv: ir.Aggregate, place_ty, point, span, category):
        ops = [self.operand_ty(op) for op in rv.operands]
        if rv.kind == ir.AggregateKind.TUPLE:
            self.relate(T.Tuple(tuple(ops)), place_ty, COVARIANT, point, span, category)
            return
        if rv.kind == ir.AggregateKind.ARRAY:
            elem = place_ty.elem if isinstance(place_ty, (T.Array, T.Slice)) else None
            for op_ty in ops:
                if elem is not None:
                    self.relate(op_ty, elem, COVARIANT, point, span, category)
                else:
                    self.relate_loosely(op_ty, place_ty, point, span, category)
            return
        if rv.kind == ir.AggregateKind.CLOSURE:
            if isinstance(place_ty, ClosureEnv) and len(place_ty.upvars) == len(ops):
                for op_ty, up in zip(ops, place_ty.upvars):
                    self.relate(op_ty, up, COVARIANT, point, span, category)
                from .closure_requirements import apply_requirements
                requirements = self.ctx.closure_requirements(rv.def_id)
                apply_requirements(self, requirements, place_ty, point, span)
            else:
                for op_ty in ops:
                    self.relate_loosely(op_ty, place_ty, point, span, category)
            return
        # ADT: each operand flows into its declared field type
        for index, op_ty in enumerate(ops):
            if rv.active_field is not None:
                index = rv.active_field  # a union literal's one field
            field = self.declared_field(place_ty, rv.variant, index)
            if field is not None:
                self.relate(op_ty, field, COVARIANT, point, span, category)
            else:
                self.relate_loosely(op_ty, place_ty, point, span, category)

    def declared_field(self, adt_ty, variant: int, index: int):
        if not isinstance(adt_ty, T.Adt):
            return None
        info = self.ctx.adts.get(adt_ty.def_id)
        if info is None:
            return std_field(adt_ty, variant, index)
        fields = info.variants[variant].fields if info.kind == "enum" and variant < len(info.variants) \
            else info.fields
        if index >= len(fields):
            return None
        regions = [a for a in adt_ty.args if isinstance(a, T.Region)]
        types = [a for a in adt_ty.args if not isinstance(a, (T.Region, int))]
        declared = substitute(fields[index].ty, dict(zip(info.generics.types, types)),
                              dict(zip(info.generics.lifetimes, regions)))
        return self.ctx.renumberer.fill(declared)

    def visit_terminator(self, term, loc: ir.Location):
        if isinstance(term, ir.Call):
            from .call_signature import relate_call
            relate_call(self, term, loc)


def _variance_name(v: str) -> str:
    return v if v in (COVARIANT, CONTRAVARIANT, INVARIANT) else COVARIANT
