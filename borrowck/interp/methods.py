"""Calls, method dispatch and path resolution.

Method lookup follows rustc's autoderef probe: at each step the receiver's type key is
tried for a user method (inherent, trait impl, trait default), then a std method, then the
std methods every type has (`clone`, `to_string`, iterator adapters for iterators); then
the receiver is dereferenced (`&T`, Box, Rc, guards, user Deref) and the probe repeats.
"""
from __future__ import annotations

from ..syntax import ast
from ..types import ty as T
from ..types.generic_subst import const_param_names
from . import std_enums as E
from .program import FLOAT_NAMES, INT_NAMES, Method
from .signals import Unsupported
from .std_fmt import FMT_TRAITS, fmt_with_trait
from .std_iter import RIter
from .std_type_name import crate_name, rust_type_name
from .values import (PHANTOM, PhantomV, MOVED, ArrayV, BoxV, BuiltinV, CellV, Char, ClosureV, EnumV, F32, FnV, GuardV, MapV,
                     Ptr, RangeV, RcV, RString, SliceV, StructV, TupleV, VecV, WeakV)

_PRIMS = {int: "{int}", float: "{float}", F32: "{float}", bool: "bool", Char: "char", str: "str",
          RString: "String", ArrayV: "[array]", SliceV: "[slice]", TupleV: "(tuple)", BoxV: "Box",
          WeakV: "Weak", GuardV: "Guard", ClosureV: "fn", FnV: "fn", BuiltinV: "fn",
          RangeV: "Range", Ptr: "&"}
_STD_DEFAULTS = frozenset(("String", "Vec", "VecDeque", "HashMap", "HashSet", "BTreeMap", "BTreeSet",
                           "bool", "char", "Option"))
_STD_ROOTS = frozenset(("std", "core", "alloc", "crate", "self", "super"))


class Methods:
    def type_key(self, v) -> str:
        c = v.__class__
        k = _PRIMS.get(c)
        if k is not None:
            return k
        if c is StructV or c is EnumV:
            return v.adt.name
        if c is VecV or c is MapV or c is RcV or c is CellV:
            return v.kind
        return getattr(v, "type_key", None) or c.__name__

    # ── method calls ──
    def find_method(self, v, name: str):
        """The method `name` for a (non-reference) receiver value, in rustc's probe order
        for one autoderef step: inherent methods (the user's, then std's), then trait
        methods (user impls and defaults, Iterator's provided methods, std's blanket
        traits such as Clone/ToString/Ord, user blanket impls). A `Method` or a std fn."""
        c = v.__class__
        key = _PRIMS.get(c)
        if key is None:
            key = self.type_key(v)
        cache_key = (c, key, name)
        cache = self.method_cache
        found = cache.get(cache_key, cache)
        if found is cache:
            found = cache[cache_key] = self.probe_method(v, key, name)
        return found

    def probe_method(self, v, key: str, name: str):
        program = self.program
        std = self.std_methods
        inherent = program.inherent.get(key)
        if inherent is not None and name in inherent:
            return inherent[name]
        f = std.get((key, name))
        if f is not None:
            return f
        m = program.method(key, name)
        if m is not None:
            return m
        if isinstance(v, RIter) or (key in program.impl_traits and "Iterator" in program.impl_traits[key]):
            f = std.get(("Iterator", name))
            if f is not None:
                return f
        f = std.get(("*", name))
        if f is not None:
            return f
        return program.blanket.get(name)

    def crate_impl_fn(self, def_id: str):
        """(fn, owner key) of the crate's impl fn with this DefId (a callee the type checker
        chose), or None."""
        by_id = self.fns_by_def_id
        if by_id is None:
            by_id = self.fns_by_def_id = {info.def_id: fn for fn, info in self.typed.fns.items()}
        fn = by_id.get(def_id)
        impl = self.program.impl_of.get(fn)
        return None if impl is None else (fn, self.program.impl_key(impl))

    def chosen_impl(self, e, m):
        """Among several impls of one generic trait for a type, the one the type checker
        chose for call `e` (its callee's DefId); `m` when it named none (generic code)."""
        callee = self.typed.callees.get(e)
        fn = self.impl_fns.get(callee.def_id) if callee is not None else None
        if fn is None or fn.ident.name != m.fn.ident.name:
            return m
        return Method(fn, m.owner, m.trait)

    def call_method(self, m, lst, idx, args: list, tyargs=None):
        sp = m.fn.self_param
        len_param = self.program.array_len_params.get(m.fn)
        if len_param is not None and sp is not None:  # `impl<const N: usize> Tr for [T; N]`
            v = lst[idx]
            while v.__class__ is Ptr:
                v = v.lst[v.idx]
            if v.__class__ is ArrayV:
                tyargs = dict(tyargs or ())
                tyargs[len_param] = len(v.items)
        if sp is None:
            return self.call_fn(m.fn, args, m.owner, MOVED, tyargs)
        if sp.is_ref:
            recv = Ptr(lst, idx, sp.ref_mutable)
        else:
            impl = self.program.impl_of.get(m.fn)
            if impl is not None and impl.self_ty.__class__ is ast.RefType:  # `impl Tr for &T`
                recv = Ptr(lst, idx, impl.self_ty.mutable)
            else:
                recv = self.take(lst, idx)
        return self.call_fn(m.fn, args, m.owner, recv, tyargs)

    def call_std(self, f, lst, idx, args, e):
        mode = f.std_method[2]
        if mode == "ref" or mode == "consume" or mode == "spend":  # std code's receivers are never temporaries
            return f(self, lst[idx], args, e)
        if mode == "value":
            return f(self, self.take(lst, idx), args, e)
        return f(self, (lst, idx), args, e)

    def call_method_by_name(self, recv_place, name: str, args: list, node):
        """Dispatch `recv.name(args)` from std code (e.g. `Trait::m(&x)`, iterator `next`)."""
        lst, idx = recv_place
        for _ in range(16):
            v = lst[idx]
            if v.__class__ is Ptr:
                lst, idx = v.lst, v.idx
                continue
            found = self.find_method(v, name)
            if found is not None:
                if found.__class__ is Method:
                    return self.call_method(found, lst, idx, args)
                return self.call_std(found, lst, idx, args, node)
            nxt = self.deref_value(v)
            if nxt is v:
                break
            lst, idx = [nxt], 0
        raise Unsupported(f"method `{name}` on `{self.type_key(lst[idx])}`", getattr(node, "span", None))

    # ── calls of paths and values ──
    def instantiate(self, fn, e) -> dict:
        """The type arguments of a generic fn call (type checker's callee args, with the
        caller's own type parameters substituted): {"T": Ty}. Empty if unknown."""
        callee = self.typed.callees.get(e)
        if callee is None or not callee.args:
            return {}
        names = [p.ident.name for p in fn.generics.params if p.__class__ is ast.TypeParam]
        args = [a for a in callee.args if not isinstance(a, T.Region)]
        consts = self.const_args(e, callee)
        if consts:  # const args follow the type args
            args = args[:len(args) - len(consts)]
        if len(args) != len(names):
            impl = self.program.impl_of.get(fn)  # the impl's own parameters come first
            if impl is None:
                return consts
            names = [p.ident.name for p in impl.generics.params if p.__class__ is ast.TypeParam] + names
            if len(args) != len(names):
                return consts
        outer = self.frame.tyargs
        out = {n: (outer.get(a.name, a) if a.__class__ is T.Param and outer else a) for n, a in zip(names, args)}
        out.update(consts)
        return out

    def const_args(self, e, callee=None) -> dict:
        """The values of the callee's const params at call e (`N` -> 3), the caller's own
        const params substituted: {} when it has none."""
        callee = callee or self.typed.callees.get(e)
        items = self.typed.items
        if callee is None or items is None or callee.def_id not in items.fns:
            return {}
        names = const_param_names(items, callee.def_id)
        if not names:
            return {}
        args = [a for a in callee.args if not isinstance(a, T.Region)][-len(names):]
        frame = self.frame
        outer = (frame.tyargs if frame is not None else None) or {}
        return {n: outer.get(a.name) if a.__class__ is T.Param else a for n, a in zip(names, args)}

    def const_param_value(self, name: str, e):
        """A const parameter used as a value: its instantiation in the running frame."""
        v = (self.frame.tyargs or {}).get(name)
        if v.__class__ is not int and v.__class__ is not bool:
            raise Unsupported(f"the value of const parameter `{name}` here", e.span)
        return v

    def type_param_key(self, name: str):
        """The concrete type a type parameter of the running fn stands for, as a path name
        (`Sq`, `i32`, `Vec`), or None."""
        tyargs = self.frame.tyargs
        if not tyargs or name not in tyargs:
            return self.type_param_from_values(name)
        t = tyargs[name]
        c = t.__class__
        if c is T.Adt:
            return t.def_id.split("::")[-1]
        if c is T.Int or c is T.Float:
            return t.name
        if c is T.Bool:
            return "bool"
        if c is T.Char:
            return "char"
        return None

    def type_param_from_values(self, name: str):
        """Without the call's instantiation: the runtime type of a value whose declared
        type is this parameter (a fn parameter `x: T` / `xs: &[T]`, or a field of `self`)."""
        frame = self.frame
        fn = frame.fn
        if fn is None or not self.is_type_param(name, fn):
            return None
        for param in fn.params:
            if param.pat.__class__ is ast.IdentPat:
                slot = frame.vars.get(param.pat.ident.name)
                key = _key_through(self, param.ty, name, slot[0] if slot else None)
                if key is not None:
                    return key
        slot = frame.vars.get("self")
        if slot is not None:
            me = self.deref_all(slot[0])
            if me.__class__ is StructV and me.adt.node is not None:
                for fd, value in zip(me.adt.node.fields, me.items):
                    key = _key_through(self, fd.ty, name, value)
                    if key is not None:
                        return key
        return None

    def is_type_param(self, name: str, fn) -> bool:
        """Whether `name` is a type parameter of fn or of the impl it belongs to."""
        if any(p.__class__ is ast.TypeParam and p.ident.name == name for p in fn.generics.params):
            return True
        impl = self.program.impl_of.get(fn)
        return impl is not None and any(p.__class__ is ast.TypeParam and p.ident.name == name
                                        for p in impl.generics.params)

    # ── paths ──
    def path_value(self, e):
        """The value a non-local path denotes: fn item, ctor, const, std fn (cached)."""
        cache = self.path_cache
        v = cache.get(e)
        if v is None:
            names = [s.ident.name for s in e.path.segments]
            concrete = self.type_param_key(names[0]) if len(names) > 1 else None
            if concrete is not None:  # `T::new()` in a generic fn: depends on the call
                v = self.path_value_by_names([concrete] + names[1:], e)
                return self.copy_const(v.value) if v.__class__ is _Const else v
            v = self.resolved_item(e) if len(names) > 1 else None
            if v is not None:  # `store::get` re-exported, `helpers::Pair` in a fn body's module
                if v.__class__ is not StructV:  # a unit struct is a fresh value each time
                    cache[e] = v
                return v
            qself = e.path.qself
            if qself is not None and qself.ty.__class__ is not ast.PathType:
                qself = None
            own = [qself.ty.path.segments[-1].ident.name] + names[qself.trait_len:] if qself else None
            try:
                if own is not None and len(own) == 2 and self.is_trait_const(names[-2], own[-1]):
                    v = self.path_value_by_names(own, e)  # `<Tri as Shape>::SIDES`: Tri's
                else:
                    v = self.path_value_by_names(names, e)
            except Unsupported:
                if own is None:
                    raise
                # `<u8 as FromStr>::from_str`: the self type's own item of that name
                v = self.path_value_by_names(own, e)
            if v.__class__ is _Const:
                cache[e] = v
            elif v.__class__ in (FnV, BuiltinV) or (v.__class__ is EnumV and not v.items):
                cache[e] = v
            else:
                return v
        if v.__class__ is _Const:
            return self.copy_const(v.value)
        if v.__class__ is EnumV:
            return EnumV(v.adt, v.variant, [])
        return v

    def resolved_item(self, e):
        """A crate fn item or struct ctor by the resolver's DefId (re-exports, globs, modules
        in fn bodies), or None."""
        res = self.typed.resolutions.get(e)
        if res is None or not isinstance(res.target, str) or not res.target.startswith("crate::"):
            return None
        if res.kind == "fn":
            by_id = self.fns_by_def_id
            if by_id is None:
                by_id = self.fns_by_def_id = {info.def_id: fn for fn, info in self.typed.fns.items()}
            fn = by_id.get(res.target)
            return FnV(fn) if fn is not None and fn not in self.program.impl_of else None
        if res.kind in ("tuple_struct", "unit_struct"):
            adt = self.program.adts.get(res.target.rsplit("::", 1)[-1])
            return self.struct_ctor(adt) if adt is not None and not adt.is_enum else None
        return None

    def is_trait_const(self, trait: str, name: str) -> bool:
        node = self.program.traits.get(trait)
        return node is not None and any(it.__class__ is ast.Const and it.ident.name == name for it in node.items)

    def copy_const(self, v):
        from .moves import copy_value
        return copy_value(v) if v.__class__ in (TupleV, ArrayV, StructV, EnumV) else (
            self.clone(v) if v.__class__ in (RString, VecV) else v)

    def expand_alias(self, names: list) -> list:
        first = names[0]
        alias = self.program.aliases.get(first)
        if alias is not None:
            names = list(alias) + names[1:]
        while names and names[0] in _STD_ROOTS and len(names) > 1:
            names = names[1:]
        if names and names[0] == "Self" and self.frame.owner is not None:
            names = [self.frame.owner] + names[1:]
        return names

    def phantom_of(self, e):
        """A `PhantomData` value that knows its type argument's name (for Debug)."""
        ty = self.expr_types.get(e) if e is not None else None
        if ty is None or ty.__class__ is not T.Adt or len(ty.args) != 1:
            return PHANTOM
        return PhantomV(rust_type_name(ty.args[0], crate_name(self.file.name), self.frame.tyargs))

    def path_value_by_names(self, names: list, e):
        names = self.expand_alias(names)
        program = self.program
        name = names[-1]
        if name == "PhantomData" and name not in program.adts:
            return self.phantom_of(e)
        if len(names) == 1:
            fn = program.fns.get(name)
            if fn is not None:
                return FnV(fn)
            variant = self.unit_variant_named(name) or E.PRELUDE_VARIANTS.get(name) or self.glob_variant(name)
            if variant is not None:
                return self.variant_value(variant)
            adt = program.adts.get(name) or E.STD_STRUCTS.get(name)
            if adt is not None and not adt.is_enum:
                return self.struct_ctor(adt)
            item = program.consts.get(name)
            if item is not None:
                return _Const(self.const_value(item))
            f = self.std_assoc.get(("", name))
            if f is not None:
                return BuiltinV(name, f)
            res = self.typed.resolutions.get(e) if e is not None else None
            if res is not None and res.kind == "const_param":  # `N` reached by another route (format args)
                return self.const_param_value(name, e)  # per call: never cached
            raise Unsupported(f"path `{name}`", e.span if e else None)
        owner = names[-2]
        adt = program.adts.get(owner) or E.STD_ENUMS.get(owner)
        if adt is not None:
            if adt.is_enum and name in adt.variants:
                return self.variant_value(adt.variants[name])
            if name == "from" and program.implements(owner, "From"):
                return BuiltinV(f"{owner}::from", _FromCall(owner))
            if name == "default" and "Default" in adt.derives:
                return BuiltinV(f"{owner}::default", lambda it, args, node: it.default_for(
                    _own_target(it, owner, node), node))
            m = program.method(owner, name)
            if m is not None:
                return FnV(m.fn, owner, m.trait)
            c = program.assoc_consts.get((owner, name))
            if c is not None:
                return _Const(self.eval(c))
            for trait in program.impl_traits.get(owner, ()):
                c = program.assoc_consts.get(("trait:" + trait, name))
                if c is not None:
                    return _Const(self.eval(c))
        if name == "fmt" and owner in FMT_TRAITS and owner not in program.traits:
            return BuiltinV(f"{owner}::fmt", lambda it, args, node: fmt_with_trait(it, owner, args[0], args[1]))
        if _STD_CONVERSIONS.get(owner) == name and owner not in program.traits:
            return BuiltinV(f"{owner}::{name}", _ConversionCall(name))
        if owner in program.traits:
            decl = program.trait_fn(owner, name)
            if decl is not None and decl.self_param is None:
                return BuiltinV(f"{owner}::{name}", _StaticTraitCall(name))
            return BuiltinV(f"{owner}::{name}", _TraitCall(name))
        if name in E.STD_STRUCTS:
            return self.struct_ctor(E.STD_STRUCTS[name])
        fn = program.fns.get("::".join(names))
        if fn is not None:
            return FnV(fn)
        if name == "default" and (owner in INT_NAMES or owner in FLOAT_NAMES or owner in _STD_DEFAULTS):
            return BuiltinV(f"{owner}::default", lambda it, args, node: it.default_for((owner, ()), node))
        if owner in INT_NAMES or owner in FLOAT_NAMES:
            key = "{int}" if owner in INT_NAMES else "{float}"  # program.py's key of every int/float
            m = program.method(key, name)  # a user trait implemented for the primitive
            if m is not None:
                return FnV(m.fn, key, m.trait)
            c = program.assoc_consts.get((key, name))  # `impl Num for i64 { const ZERO: .. }`
            if c is not None:
                return _Const(self.eval(c))
            return _typed_num_fn(owner, name, self.std_assoc[("{num}", "*")], self)
        if owner == "consts":
            return _typed_num_fn(names[-3] if len(names) > 2 else "f64", name,
                                 self.std_assoc[("consts", "*")], self)
        f = self.std_assoc.get((owner, name))
        if f is not None:
            return BuiltinV(f"{owner}::{name}", _AssocCall(f, e) if e.__class__ is ast.PathExpr else f)
        m = program.method(owner, name)  # a user trait implemented for a std type
        if m is not None:
            return FnV(m.fn, owner, m.trait)
        if owner in program.adts or owner in program.traits:
            pass
        fn = program.fns.get(name) if owner in self.module_names() else None
        if fn is not None:
            return FnV(fn)
        item = program.consts.get("::".join(names)) or (
            program.consts.get(name) if owner in program.modules else None)
        if item is not None:  # `self::grill::NAME`, `m::LIMIT`
            return _Const(self.const_value(item))
        if any(key[1] == name for key in self.std_methods) or program.blanket.get(name):
            return BuiltinV(f"{owner}::{name}", _TraitCall(name))  # `String::len` as a fn value
        raise Unsupported(f"path `{'::'.join(names)}`", e.span if e else None)

    def module_names(self) -> set:
        return {k.split("::")[-2] for k in self.program.fns if "::" in k}

    def variant_value(self, vd):
        if vd.kind == "unit":
            return EnumV(vd.adt, vd, [])
        if vd.kind == "tuple":
            return BuiltinV(vd.name, _VariantCtor(vd))
        raise Unsupported(f"struct variant `{vd.name}` used as a value")

    def struct_ctor(self, adt):
        if adt.kind == "unit":
            return StructV(adt, [])
        return BuiltinV(adt.name, _StructCtor(adt))

    def unit_variant_named(self, name: str):
        """A variant named by a single identifier: the prelude's, or imported by `use`."""
        if name in E.PRELUDE_VARIANTS:
            return E.PRELUDE_VARIANTS[name]
        alias = self.program.aliases.get(name)
        if alias is not None and len(alias) >= 2:
            adt = self.program.adts.get(alias[-2]) or E.STD_ENUMS.get(alias[-2])
            if adt is not None and adt.is_enum:
                return adt.variants.get(alias[-1])
        return self.glob_variant(name)

    def glob_variant(self, name: str):
        for enum_name in self.program.glob_enums:
            adt = self.program.adts.get(enum_name) or E.STD_ENUMS.get(enum_name)
            if adt is not None and name in adt.variants:
                return adt.variants[name]
        return None

    def resolve_struct_path(self, path, e):
        """The AdtDef (struct) or VariantDef (enum struct variant) a struct literal names."""
        names = self.expand_alias([s.ident.name for s in path.segments])
        if len(names) >= 2:
            adt = self.program.adts.get(names[-2])
            if adt is not None and adt.is_enum:
                return adt.variants[names[-1]]
        adt = self.program.adts.get(names[-1])
        if adt is not None:
            return adt
        v = self.unit_variant_named(names[-1])
        if v is not None:
            return v
        raise Unsupported(f"struct `{'::'.join(names)}`", e.span)

    def path_pattern_target(self, path, pat):
        cache = self.path_cache
        t = cache.get(pat)
        if t is not None:
            return t
        names = self.expand_alias([s.ident.name for s in path.segments])
        t = None
        if len(names) >= 2:
            adt = self.program.adts.get(names[-2]) or E.STD_ENUMS.get(names[-2])
            if adt is not None and adt.is_enum:
                t = adt.variants.get(names[-1])
            elif adt is not None:
                c = self.program.assoc_consts.get((names[-2], names[-1]))
                t = self.eval(c) if c is not None else None
            elif names[-2] in INT_NAMES or names[-2] in FLOAT_NAMES:
                t = self.path_value_by_names(names, pat)
            else:
                item = self.program.consts.get("::".join(names)) or (
                    self.program.consts.get(names[-1]) if names[-2] in self.program.modules else None)
                t = self.const_value(item) if item is not None else None  # `m::LIMIT =>`
        if t is None and len(names) == 1:
            t = self.unit_variant_named(names[0]) or self.program.adts.get(names[0])
            if t is None and names[0] in self.program.consts:
                t = self.const_value(self.program.consts[names[0]])
        if t is None:
            t = self.program.adts.get(names[-1]) or E.STD_STRUCTS.get(names[-1])
        if t is None:
            raise Unsupported(f"pattern path `{'::'.join(names)}`", pat.span)
        cache[pat] = t
        return t

    def const_value(self, item):
        v = self.const_cache.get(item)
        if v is None:
            v = self.const_cache[item] = [self.eval(item.value)]
        return v[0]


def _key_through(interp, ty, name: str, value):
    """Follow the AST type `ty` down to the parameter `name` through `&`, slices, arrays and
    generic containers, in step with the runtime value; the type key found there, or None."""
    if value is None or value is MOVED:
        return None
    c = ty.__class__
    if c is ast.RefType:
        return _key_through(interp, ty.inner, name, interp.deref_refs(value))
    if c is ast.TupleType:
        v = interp.deref_refs(value)
        for elem, part in zip(ty.elems, getattr(v, "items", ())):
            key = _key_through(interp, elem, name, part)
            if key is not None:
                return key
        return None
    if c is ast.SliceType or c is ast.ArrayType:
        v = interp.deref_refs(value)
        items = v.values() if v.__class__ is SliceV else getattr(v, "items", None)
        return _key_through(interp, ty.elem, name, items[0]) if items else None
    if c is ast.PathType:
        seg = ty.path.segments[-1]
        if len(ty.path.segments) == 1 and seg.ident.name == name and seg.generic_args is None:
            v = interp.deref_refs(value)
            return v.adt.name if v.__class__ in (StructV, EnumV) else _VALUE_PATH_NAMES.get(v.__class__)
        if seg.generic_args is not None:
            v = interp.deref_refs(value)
            if v.__class__ is MapV:  # `BTreeMap<K, (T, u32)>`: K and V from the first entry
                entry = next(iter(v.d.values()), None)
                for arg, part in zip(seg.generic_args.args, entry or ()):
                    key = _key_through(interp, arg, name, part)
                    if key is not None:
                        return key
                return None
            if v.__class__ is StructV and v.adt.node is not None:  # `Vector<T>`: through its fields
                params = [p.ident.name for p in v.adt.node.generics.params if p.__class__ is ast.TypeParam]
                types = [a for a in seg.generic_args.args if not isinstance(a, (ast.Lifetime, ast.AssocBinding))]
                for param, arg in zip(params, types):
                    if arg.__class__ is ast.PathType and len(arg.path.segments) == 1 \
                            and arg.path.segments[0].ident.name == name:
                        for fd, part in zip(v.adt.node.fields, v.items):
                            key = _key_through(interp, fd.ty, param, part)
                            if key is not None:
                                return key
                return None
            items = getattr(v, "items", None)
            if v.__class__ is SliceV:
                items = v.values()
            for arg in seg.generic_args.args:
                if isinstance(arg, (ast.PathType, ast.RefType, ast.SliceType, ast.ArrayType)) and items:
                    key = _key_through(interp, arg, name, items[0])
                    if key is not None:
                        return key
    return None


_VALUE_PATH_NAMES = {int: "i32", float: "f64", F32: "f32", bool: "bool", Char: "char", str: "str",
                     RString: "String", VecV: "Vec"}


class _Const:
    """A cached const item's value (copied at each use)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class _VariantCtor:
    __slots__ = ("vd",)

    def __init__(self, vd):
        self.vd = vd

    def __call__(self, interp, args, node):
        return EnumV(self.vd.adt, self.vd, list(args))


class _StructCtor:
    __slots__ = ("adt",)

    def __init__(self, adt):
        self.adt = adt

    def __call__(self, interp, args, node):
        return StructV(self.adt, list(args))


class _AssocCall:
    """A std associated fn: called through its path (`Cell::new(1)`) it gets that call;
    used as a value (`.map(Cell::new)`) it gets a call of its path, since std fns read
    the owner (`Cell`, `Rc`, `Vec`...) from the callee path."""

    __slots__ = ("f", "path", "call")

    def __init__(self, f, path):
        self.f = f
        self.path = path
        self.call = ast.Call(span=path.span, func=path, args=())

    def __call__(self, interp, args, node):
        if node is None or node.__class__ is not ast.Call or node.func is not self.path:
            node = self.call
        return self.f(interp, args, node)


class _FromCall:
    """`Target::from(x)`: the `impl From<X> for Target` matching x's type."""

    __slots__ = ("owner",)

    def __init__(self, owner):
        self.owner = owner

    def __call__(self, interp, args, node):
        m = interp.from_impl(self.owner, args[0])
        return interp.call_fn(m.fn, list(args), m.owner)


class _StaticTraitCall:
    """`Trait::new(args)` without a receiver: the impl of the type the call must produce."""

    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __call__(self, interp, args, node):
        callee = interp.typed.callees.get(node) if node is not None else None
        found = interp.crate_impl_fn(callee.def_id) if callee is not None else None
        if found is not None:  # `<Crow as Pilot>::rank()`: the impl the type checker chose
            return interp.call_fn(found[0], list(args), found[1])
        target = interp.target_of(node) if node is not None else None
        m = interp.program.method(target[0], self.name) if target else None
        if m is None:
            raise Unsupported(f"trait function `{self.name}` whose Self type is not known here",
                              getattr(node, "span", None))
        return interp.call_fn(m.fn, list(args), m.owner)


def _own_target(it, owner: str, node):
    """`Owner::default()`: the call's type with its type arguments when known, else `Owner`."""
    t = it.target_of(node) if node is not None else None
    return t if t is not None and t[0] == owner else (owner, ())


_STD_CONVERSIONS = {"From": "from", "TryFrom": "try_from", "Into": "into", "TryInto": "try_into"}


class _ConversionCall:
    """`From::from(x)`, `TryFrom::try_from(x)` (the target type is the call's type, or its
    `Ok` type) and `Into::into(x)`, `TryInto::try_into(x)` (a method call on x)."""

    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __call__(self, interp, args, node):
        if self.name in ("into", "try_into"):
            return interp.call_method_by_name(([args[0]], 0), self.name, list(args[1:]), node)
        target = interp.target_of(node) if node is not None else None
        if target is not None and self.name == "try_from":
            target = target[1][0] if target[0] == "Result" and target[1] else None
        if target is None or target[0] == "?":
            raise Unsupported(f"`{self.name}` whose target type is not known here", getattr(node, "span", None))
        f = interp.path_value_by_names([target[0], self.name], node)
        return interp.call_value(f, list(args), node)


class _TraitCall:
    """`Trait::method(recv, args)`: dispatch on the first argument."""

    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __call__(self, interp, args, node):
        if not args:
            raise Unsupported(f"static trait method `{self.name}` without a receiver",
                              getattr(node, "span", None))
        return interp.call_method_by_name(([args[0]], 0), self.name, list(args[1:]), node)


def _typed_num_fn(ty: str, name: str, f, interp):
    """`u8::MAX`, `i32::from_str_radix`, `f64::sqrt`...: std fns parametrized by the type."""
    result = f(interp, ty, name)
    if result.__class__ is tuple and result and result[0] == "const":
        return _Const(result[1])
    return BuiltinV(f"{ty}::{name}", result)
