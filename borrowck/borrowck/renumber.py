"""Region variables of one body and the types of its locals and places in terms of them.

rustc's `renumber`: every region in a body's types is replaced by a fresh region variable
(`Region("var", vid)`), so region inference decides what each one means. Universal regions
(the signature's lifetimes and `'static`) get the first vids (see universal_regions.py).

A closure's type carries no regions in `ty.Closure`; for borrow checking it stands for its
captured upvars (a closure holding `&x` holds a borrow of `x`), so renumbering turns it into
`ClosureEnv(def_id, upvar types)` in these side tables. An `impl Trait` type (`Opaque`)
becomes a ClosureEnv with a single region standing for everything it may capture.
"""
from __future__ import annotations

from typing import Optional

from ..syntax.node_class import node_class
from ..mir import ir
from ..types import ty as T

STD_OPTION = "std::option::Option"
STD_RESULT = "std::result::Result"
STD_BOX = "std::boxed::Box"


@node_class(frozen=True, slots=True)
class ClosureEnv:
    """The region-bearing view of a closure type: its upvars' types (by-ref ones as refs),
    then its signature (parameter types, return type), whose regions carry the closure's
    requirements on its arguments and result to the creator (closure_requirements.py)."""

    def_id: str
    upvars: tuple
    sig: tuple = ()

    @property
    def sig_params(self) -> tuple:
        return self.sig[:-1]

    @property
    def sig_ret(self):
        return self.sig[-1] if self.sig else None


@node_class(slots=True)
class RegionDef:
    """origin: "static" | "universal" | "local" (a local's type) | "loan" (a borrow) |
    "call" (a callee signature instance) | "fresh" (anything else)."""

    origin: str
    name: str = ""  # universal regions: "'a", "'_elided0", "'static"
    span: object = None


class RegionVars:
    """The region variable definitions of one body; vids index `defs`."""

    def __init__(self):
        self.defs: list = []

    def fresh(self, origin: str, name: str = "", span=None) -> T.Region:
        self.defs.append(RegionDef(origin, name, span))
        return T.Region("var", "", len(self.defs) - 1)

    def __len__(self) -> int:
        return len(self.defs)


def map_regions(ty, f):
    """ty with every region r replaced by f(r) (closures stay as they are). f is called on
    the regions in regions_in's order; a type holding no region is returned as it is."""
    mapper = _MAPPERS.get(ty.__class__)
    return ty if mapper is None else mapper(ty, f)


def _map_arg(arg, f):
    if isinstance(arg, T.Region):
        return f(arg)
    if isinstance(arg, int):
        return arg
    return map_regions(arg, f)


def _map_ref(ty, f):
    return T.Ref(f(ty.region), ty.mutable, map_regions(ty.inner, f))


def _map_adt(ty, f):
    return T.Adt(ty.def_id, tuple([_map_arg(a, f) for a in ty.args])) if ty.args else ty


def _map_tuple(ty, f):
    return T.Tuple(tuple([map_regions(e, f) for e in ty.elems])) if ty.elems else ty


def _map_dyn(ty, f):
    return T.Dyn(ty.trait_id, tuple([_map_arg(a, f) for a in ty.args]), ty.auto_traits,
                 f(ty.region), tuple([(n, map_regions(t, f)) for n, t in ty.assoc]))


def _map_closure_env(ty, f):
    return ClosureEnv(ty.def_id, tuple([map_regions(u, f) for u in ty.upvars]),
                      tuple([map_regions(t, f) for t in ty.sig]))


# map_regions by class (no class here has subclasses): one lookup instead of a chain of
# isinstance tests, most of which fail for the common scalar and ADT types
_MAPPERS = {
    T.Ref: _map_ref,
    T.Adt: _map_adt,
    T.Tuple: _map_tuple,
    T.Array: lambda ty, f: T.Array(map_regions(ty.elem, f), ty.length),
    T.Slice: lambda ty, f: T.Slice(map_regions(ty.elem, f)),
    T.Ptr: lambda ty, f: T.Ptr(ty.mutable, map_regions(ty.inner, f)),
    T.Dyn: _map_dyn,
    T.FnPtr: lambda ty, f: T.FnPtr(tuple([map_regions(p, f) for p in ty.params]), map_regions(ty.ret, f)),
    T.FnDef: lambda ty, f: T.FnDef(ty.def_id, tuple([_map_arg(a, f) for a in ty.args])),
    ClosureEnv: _map_closure_env,
}


def component_types(t) -> list:
    """The types t is built from that a signature walk descends into: a reference's or raw
    pointer's pointee, an ADT's type arguments, tuple elements, an array's or slice's element."""
    if isinstance(t, (T.Ref, T.Ptr)):
        return [t.inner]
    if isinstance(t, T.Adt):
        return [a for a in t.args if not isinstance(a, (T.Region, int))]
    if isinstance(t, T.Tuple):
        return list(t.elems)
    if isinstance(t, (T.Array, T.Slice)):
        return [t.elem]
    return []


def regions_in(ty) -> list:
    """Every region occurrence of ty, outermost first (map_regions' order, nothing rebuilt)."""
    out: list = []
    _collect_regions(ty, out)
    return out


def _collect_regions(ty, out: list) -> None:
    if ty.__class__ not in REGION_HOLDERS:
        return  # scalars, parameters, ...: the common case, without the chain below
    if isinstance(ty, T.Ref):
        out.append(ty.region)
        _collect_regions(ty.inner, out)
    elif isinstance(ty, (T.Adt, T.FnDef)):
        for a in ty.args:
            if isinstance(a, T.Region):
                out.append(a)
            elif not isinstance(a, int):
                _collect_regions(a, out)
    elif isinstance(ty, T.Tuple):
        for e in ty.elems:
            _collect_regions(e, out)
    elif isinstance(ty, (T.Array, T.Slice)):
        _collect_regions(ty.elem, out)
    elif isinstance(ty, T.Ptr):
        _collect_regions(ty.inner, out)
    elif isinstance(ty, T.Dyn):
        for a in ty.args:
            if isinstance(a, T.Region):
                out.append(a)
            elif not isinstance(a, int):
                _collect_regions(a, out)
        out.append(ty.region)
        for _, t in ty.assoc:
            _collect_regions(t, out)
    elif isinstance(ty, T.FnPtr):
        for p in ty.params:
            _collect_regions(p, out)
        _collect_regions(ty.ret, out)
    elif isinstance(ty, ClosureEnv):
        for u in ty.upvars:
            _collect_regions(u, out)
        for t in ty.sig:
            _collect_regions(t, out)


# the classes _collect_regions looks into: a value of any other class holds no region
REGION_HOLDERS = frozenset((T.Ref, T.Adt, T.FnDef, T.Tuple, T.Array, T.Slice, T.Ptr, T.Dyn, T.FnPtr,
                            ClosureEnv))


def vids_in(ty) -> list:
    return [r.index for r in regions_in(ty) if r.kind == "var"]


class Renumberer:
    """Turns types from type checking into types over this body's region variables."""

    def __init__(self, vars: RegionVars, mir, static_vid: int, universal: dict, projections=None):
        self.vars = vars
        self.mir = mir  # the MirCrate, for closure upvars
        self.static_vid = static_vid
        self.universal = universal  # universal region name -> vid
        self.projections = projections  # the crate's normalize.Projections

    def fresh_type(self, ty, origin: str = "fresh", span=None, keep_static: bool = True):
        """ty with closures expanded and every region a new variable ('static kept unless
        keep_static is False: a local's inferred `'static` is no requirement, its user type
        annotation is, through AscribeUserType)."""
        ty = self.expand_closures(ty)

        def fresh(r):
            if r.kind == "static" and keep_static:
                return T.Region("var", "", self.static_vid)
            return self.vars.fresh(origin, span=span)
        return map_regions(ty, fresh)

    def fill(self, ty):
        """ty with region variables kept, 'static mapped and any other region fresh."""
        def keep(r):
            if r.kind == "var":
                return r
            if r.kind == "static":
                return T.Region("var", "", self.static_vid)
            return self.vars.fresh("fresh")
        return map_regions(self.expand_closures(ty), keep)

    def universal_type(self, ty):
        """ty of a signature position: named regions become their universal vids."""
        ty = self.expand_closures(ty)

        def univ(r):
            if r.kind == "static":
                return T.Region("var", "", self.static_vid)
            if r.kind == "param" and r.name in self.universal:
                return T.Region("var", "", self.universal[r.name])
            if r.kind == "param" and r.name.startswith("'_hr"):
                # bound inside `dyn Fn(&T)` / `fn(&T)` (calls instantiate them afresh): no
                # free region of the signature, so no liveness either (rustc skips such locals)
                return T.Region("var", "", self.static_vid)
            return self.vars.fresh("fresh")
        return map_regions(ty, univ)

    def expand_closures(self, ty, depth: int = 0):
        if depth > 8:
            return ty
        if isinstance(ty, T.Closure):
            body = self.mir.body(ty.def_id) if self.mir is not None else None
            upvars = body.upvars if body is not None else ()
            sig = tuple(self.expand_closures(t, depth + 1) for t in tuple(ty.params) + (ty.ret,))
            return ClosureEnv(ty.def_id, tuple(
                self.expand_closures(_upvar_field_ty(u), depth + 1) for u in upvars), sig)
        if isinstance(ty, T.Alias):
            value = self.projections.normalize(ty) if self.projections is not None else None
            if value is not None:
                return self.expand_closures(value, depth + 1)
            # unknown: it may hold references; one region stands for them
            return ClosureEnv(f"alias:{ty.trait_id}::{ty.name}", (T.Ref(T.ERASED, False, T.UNIT),))
        if isinstance(ty, T.Opaque):
            # `impl Trait` may capture the regions of its defining fn's inputs: one region
            # stands for them (linked to the arguments at each call, call_signature.py)
            return ClosureEnv(f"opaque:{ty.def_id}", (T.Ref(T.ERASED, False, T.UNIT),))
        if isinstance(ty, T.Ref):
            inner = self.expand_closures(ty.inner, depth + 1)
            return ty if inner is ty.inner else T.Ref(ty.region, ty.mutable, inner)
        # an ADT or tuple with nothing to expand is returned as it is (not an equal copy)
        if isinstance(ty, T.Adt) and ty.args:
            args = tuple([a if isinstance(a, (T.Region, int)) else self.expand_closures(a, depth + 1)
                          for a in ty.args])
            return ty if all(a is b for a, b in zip(args, ty.args)) else T.Adt(ty.def_id, args)
        if isinstance(ty, T.Tuple) and ty.elems:
            elems = tuple([self.expand_closures(e, depth + 1) for e in ty.elems])
            return ty if all(a is b for a, b in zip(elems, ty.elems)) else T.Tuple(elems)
        return ty


def _upvar_field_ty(upvar: ir.Upvar):
    if upvar.mode == "ref":
        return T.Ref(T.ERASED, False, upvar.ty)
    if upvar.mode == "mut_ref":
        return T.Ref(T.ERASED, True, upvar.ty)
    return upvar.ty


def substitute(ty, type_args: dict, region_args: dict):
    """Replace Param(name) by type_args[name] and param regions by region_args[name]."""
    if isinstance(ty, T.Param):
        return type_args.get(ty.name, ty)
    if isinstance(ty, T.Ref):
        return T.Ref(region_args.get(ty.region.name, ty.region) if ty.region.kind == "param"
                     else ty.region, ty.mutable, substitute(ty.inner, type_args, region_args))
    if isinstance(ty, T.Adt):
        return T.Adt(ty.def_id, tuple(_subst_arg(a, type_args, region_args) for a in ty.args))
    if isinstance(ty, T.Tuple):
        return T.Tuple(tuple(substitute(e, type_args, region_args) for e in ty.elems))
    if isinstance(ty, T.Array):
        return T.Array(substitute(ty.elem, type_args, region_args), ty.length)
    if isinstance(ty, T.Slice):
        return T.Slice(substitute(ty.elem, type_args, region_args))
    if isinstance(ty, T.Ptr):
        return T.Ptr(ty.mutable, substitute(ty.inner, type_args, region_args))
    if isinstance(ty, T.Dyn):
        r = ty.region
        if r.kind == "param":
            r = region_args.get(r.name, r)
        return T.Dyn(ty.trait_id, tuple(_subst_arg(a, type_args, region_args) for a in ty.args),
                     ty.auto_traits, r, ty.assoc)
    if isinstance(ty, T.FnPtr):
        return T.FnPtr(tuple(substitute(p, type_args, region_args) for p in ty.params),
                       substitute(ty.ret, type_args, region_args))
    if isinstance(ty, T.Alias):
        return T.Alias(ty.trait_id, ty.name, substitute(ty.self_ty, type_args, region_args),
                       tuple(_subst_arg(a, type_args, region_args) for a in ty.args))
    return ty


def _subst_arg(arg, type_args, region_args):
    if isinstance(arg, T.Region):
        return region_args.get(arg.name, arg) if arg.kind == "param" else arg
    if isinstance(arg, int):
        return arg
    return substitute(arg, type_args, region_args)


class PlaceTypes:
    """Types of places over the body's region variables (rustc's `Place::ty`)."""

    def __init__(self, local_tys: list, adts: dict, renumberer: Renumberer):
        self.local_tys = local_tys
        self.adts = adts  # DefId -> AdtInfo
        self.renumberer = renumberer
        self._cache: dict = {}
        # the same Place objects (the MIR's own) are asked for again and again: by identity
        # first, before hashing the place (its projection hashes the field types in it).
        # Each entry keeps its place alive, so its id cannot be reused while cached.
        self._by_id: dict = {}

    def ty(self, place: ir.Place):
        """The type of place; a Downcast leaves (enum_ty, variant) internally."""
        if not place.projection:
            return self.local_tys[place.local]  # what _ty_and_variant gives (local_tys is final)
        hit = self._by_id.get(id(place))
        if hit is not None and hit[0] is place:
            return hit[1][0]
        result = self._ty_and_variant(place)
        self._by_id[id(place)] = (place, result)
        return result[0]

    def _ty_and_variant(self, place: ir.Place):
        hit = self._cache.get(place)
        if hit is not None:
            return hit
        if not place.projection:
            result = (self.local_tys[place.local], None)
        else:
            base_ty, variant = self._ty_and_variant(ir.Place(place.local, place.projection[:-1]))
            result = self._project(base_ty, variant, place.projection[-1])
        self._cache[place] = result
        return result

    def _project(self, base, variant, elem):
        if isinstance(elem, ir.Deref):
            if isinstance(base, (T.Ref, T.Ptr)):
                return base.inner, None
            if isinstance(base, T.Adt) and base.def_id == STD_BOX and base.args:
                return base.args[0], None
            return self.renumberer.fresh_type(T.ERROR), None
        if isinstance(elem, ir.Downcast):
            return base, elem.variant
        if isinstance(elem, ir.Field):
            return self.field_ty(base, variant, elem), None
        if isinstance(elem, (ir.Index, ir.ConstantIndex)):
            if isinstance(base, (T.Array, T.Slice)):
                return base.elem, None
        if isinstance(elem, ir.Subslice):
            return base, None
        return self.renumberer.fresh_type(T.ERROR), None

    def field_ty(self, base, variant, elem: ir.Field):
        if isinstance(base, T.Tuple) and elem.index < len(base.elems):
            return base.elems[elem.index]
        if isinstance(base, ClosureEnv) and elem.index < len(base.upvars):
            return base.upvars[elem.index]
        if isinstance(base, T.Adt):
            declared = self._declared_field(base, variant, elem)
            if declared is not None:
                return declared
        fallback = elem.ty if elem.ty is not None else T.ERROR
        return self.renumberer.fresh_type(fallback)

    def _declared_field(self, base: T.Adt, variant, elem: ir.Field):
        info = self.adts.get(base.def_id)
        if info is None:
            return std_field(base, variant, elem.index)
        if info.kind == "enum":
            if variant is None or variant >= len(info.variants):
                return None
            fields = info.variants[variant].fields
        else:
            fields = info.fields
        if elem.index >= len(fields):
            return None
        generics = info.generics
        regions = [a for a in base.args if isinstance(a, T.Region)]
        types = [a for a in base.args if not isinstance(a, (T.Region, int))]
        region_args = dict(zip(generics.lifetimes, regions))
        type_args = dict(zip(generics.types, types))
        declared = substitute(fields[elem.index].ty, type_args, region_args)
        # a region the declaration names but the args lack (or 'static) is handled by renumbering
        return self.renumberer.fill(declared) if _has_unmapped(declared) else declared

    # ── queries for places_conflict ──
    def deref_kind(self, base: ir.Place) -> str:
        ty = self.ty(base)
        if isinstance(ty, T.Ref):
            return "mut" if ty.mutable else "shared"
        if isinstance(ty, T.Ptr):
            return "raw"
        return "box"

    def has_dtor(self, base: ir.Place) -> bool:
        ty = self.ty(base)
        if isinstance(ty, T.Adt):
            info = self.adts.get(ty.def_id)
            return bool(info is not None and info.has_drop_impl)
        return False

    def is_union(self, base: ir.Place) -> bool:
        ty = self.ty(base)
        if isinstance(ty, T.Adt):
            info = self.adts.get(ty.def_id)
            return bool(info is not None and info.kind == "union")
        return False


def _has_unmapped(ty) -> bool:
    return any(r.kind != "var" for r in regions_in(ty))


def std_field(base: T.Adt, variant: Optional[int], index: int):
    """Payload types of Option/Result when the std model gives no field list."""
    types = [a for a in base.args if not isinstance(a, (T.Region, int))]
    if base.def_id == STD_OPTION and variant == 1 and types:
        return types[0]
    if base.def_id == STD_RESULT and variant in (0, 1) and len(types) > variant:
        return types[variant]
    return None
