"""Compiling calls and method calls (the closures of methods.py's `call_expr` and
`method_call`): arguments and receivers compiled once; the impl the type checker chose
among ambiguous ones looked up once; the method probe itself stays dynamic (it depends on
the receiver's runtime type) and is cached per (class, type, name) by `find_method`.
"""
from __future__ import annotations

from ..syntax import ast
from .methods import _PRIMS
from .program import Method
from .program import type_key as program_type_key
from .std_any import ANY_METHODS, any_call
from .std_enums import COW
from .std_iter import BorrowedIter, as_iter
from .values import MOVED, ArrayV, BoxV, EnumV, FnV, GuardV, Ptr, RangeV, RcV, RString, SliceV, StructV, VecV


class CompileCalls:
    def compile_Call(self, e):
        func = e.func
        args = tuple(self.compile_expr(a) for a in e.args)
        call_value = self.call_value
        if func.__class__ is not ast.PathExpr:
            place = self.compile_place(func)

            def call_place(fr):
                lst, idx = place(fr)
                callee = lst[idx]
                return call_value(callee, [a(fr) for a in args], e)
            return call_place
        chosen = self.chosen_path_impl(e)
        call_fn = self.call_fn
        if chosen is not None:
            fn, owner = chosen
            if fn.self_param is not None:
                def call_chosen_method(fr):
                    vals = [a(fr) for a in args]
                    return call_fn(fn, vals[1:], owner, vals[0])
                return call_chosen_method
            return lambda fr: call_fn(fn, [a(fr) for a in args], owner)
        name = self.local_name(func)
        res = self.typed.resolutions.get(func)
        if name is not None and res is not None and res.kind == "fn":
            return self.compile_fn_call(e, func, args)  # never a local: the callee is static
        path_value = self.path_value
        instantiate = self.instantiate
        arg_list = _arg_list(args)
        generic_impl_fns = self.program.generic_impl_fns

        def call_path(fr):
            if name is not None:
                slot = fr.vars.get(name)
                if slot is not None:
                    return call_value(slot[0], arg_list(fr), e)
            callee = path_value(func)
            if callee.__class__ is FnV:
                fn = callee.fn
                tyargs = instantiate(fn, e) if fn.generics.params or fn in generic_impl_fns else None
                vals = arg_list(fr)
                if fn.self_param is not None:
                    return call_fn(fn, vals[1:], callee.owner, vals[0], tyargs)
                return call_fn(fn, vals, callee.owner, MOVED, tyargs)
            return call_value(callee, arg_list(fr), e)
        return call_path

    def compile_fn_call(self, e, func, args):
        """A call of a fn item named by one identifier: the FnV `path_value` gives is the
        same at every execution (it caches it), so its compiled entry is looked up once."""
        path_value = self.path_value
        call_value = self.call_value
        instantiate = self.instantiate
        generic_impl_fns = self.program.generic_impl_fns
        fn_entry = self.fn_entry
        arg_list = _arg_list(args)
        known = None  # the entry, once the callee is known to be a plain fn (no generics, no self)

        def first_call(fr):
            nonlocal known
            callee = path_value(func)
            if callee.__class__ is not FnV:
                return call_value(callee, arg_list(fr), e)
            fn = callee.fn
            entry = fn_entry(fn)
            if fn.generics.params or fn.self_param is not None or callee.owner is not None:
                tyargs = instantiate(fn, e) if fn.generics.params or fn in generic_impl_fns else None
                vals = arg_list(fr)
                if fn.self_param is not None:
                    return entry(vals[1:], callee.owner, vals[0], tyargs)
                return entry(vals, callee.owner, MOVED, tyargs)
            known = entry
            return entry(arg_list(fr), None, MOVED, None)
        if len(args) == 1:
            a0, = args

            def call_fn_item1(fr):
                if known is not None:
                    return known([a0(fr)], None, MOVED, None)
                return first_call(fr)
            return call_fn_item1
        if len(args) == 2:
            a0, a1 = args

            def call_fn_item2(fr):
                if known is not None:
                    return known([a0(fr), a1(fr)], None, MOVED, None)
                return first_call(fr)
            return call_fn_item2

        def call_fn_item(fr):
            if known is not None:
                return known(arg_list(fr), None, MOVED, None)
            return first_call(fr)
        return call_fn_item

    def chosen_path_impl(self, e):
        """(fn, owner) when `e` calls one of several impls of a generic trait for one type
        (`<P as Convert<String>>::convert(&p)`): the one the type checker chose; else None."""
        if not self.impl_fns:
            return None
        callee = self.typed.callees.get(e)
        fn = self.impl_fns.get(callee.def_id) if callee is not None else None
        if fn is None:
            return None
        owner = program_type_key(self.program.impl_of[fn].self_ty)
        return (fn, owner) if (owner, fn.ident.name) in self.program.ambiguous else None

    def compile_MethodCall(self, e):
        name = e.method.name
        receiver = self.compile_place(e.receiver)
        arg_list = _arg_list(tuple(self.compile_expr(a) for a in e.args))
        find_method = self.find_method
        call_method = self.call_method
        program = self.program
        rest = self.method_call_derefs
        any_method = name in ANY_METHODS
        take = self.take
        # receiver class -> what find_method found, for classes whose type key is the
        # class itself (`_PRIMS`: String, str, ints, slices...): one probe per call site
        site = {}
        has_consts = bool(self.const_args(e))  # the callee's `N` must reach its frame
        generic_fns = program.generic_impl_fns

        def method_call(fr):
            lst, idx = receiver(fr)
            lst0 = lst  # the receiver's own place: a `consume` method moves out of it only
            for _ in range(16):
                v = lst[idx]
                c = v.__class__
                if c is Ptr:
                    if any_method and getattr(v, "any_ty", None) is not None:
                        return any_call(self, v, name, e)
                    lst, idx = v.lst, v.idx
                    continue
                found = site.get(c)
                if found is None:
                    found = find_method(v, name)
                    if found is not None and c in _PRIMS:
                        site[c] = found
                if found is not None:
                    if found.__class__ is Method:
                        if program.ambiguous and (found.owner, name) in program.ambiguous:
                            found = self.chosen_impl(e, found)
                        if has_consts:
                            return call_method(found, lst, idx, arg_list(fr), self.const_args(e))
                        if found.fn in generic_fns:  # `type_name::<T>()`, `PhantomData<T>` need T
                            return call_method(found, lst, idx, arg_list(fr), self.instantiate(found.fn, e))
                        return call_method(found, lst, idx, arg_list(fr))
                    args = arg_list(fr)  # Methods.call_std inlined: arguments first
                    mode = found.std_method[2]
                    if mode == "ref":
                        return found(self, lst[idx], args, e)
                    if mode == "value":
                        return found(self, take(lst, idx), args, e)
                    if mode == "consume":  # `self` by value; through a `&mut` it is `by_ref`
                        if lst is lst0:
                            return found(self, take(lst, idx), args, e)
                        return found(self, BorrowedIter(as_iter(self, lst[idx])), args, e)
                    if mode == "spend":  # `self` by value, dropped when the method returns
                        if lst is not lst0:
                            return found(self, lst[idx], args, e)
                        owned = take(lst, idx)
                        try:
                            return found(self, owned, args, e)
                        finally:
                            self.drop_value(owned)
                    return found(self, (lst, idx), args, e)
                step = rest(e, name, lst, idx, v, c)
                if step.__class__ is not tuple:
                    return step
                lst, idx = step
            raise self.no_method(e, name, lst, idx)
        return method_call

    def method_call_derefs(self, e, name, lst, idx, v, c):
        """One autoderef step of `method_call` when no method was found on v: the next
        receiver place, or the result (a `dyn Any` method); raises when none is left."""
        if c is RangeV and ("Iterator", name) in self.std_methods:
            lst[idx] = self.into_iter(v, e)  # a Range is its own iterator
            return lst, idx
        if c is BoxV:
            if name in ANY_METHODS and getattr(v, "any_ty", None) is not None:
                return any_call(self, v, name, e)
            return v.items, 0
        if c is RcV:
            return v.alloc.items, 0
        if c is GuardV:
            return v.cell.items, 0
        if c is RString:
            return [v.s], 0
        if c is VecV or c is ArrayV:
            return [SliceV(v.items, 0, len(v.items), True)], 0
        if c is StructV and self.program.method(v.adt.name, "deref") is not None:
            return self.deref_place(lst, idx)
        if c is EnumV and v.adt is COW:  # `Cow<str>` derefs to its content
            return v.items, 0
        m = self.typed_impl_method(e)  # `impl Show for dyn Shape` on the value behind the dyn
        if m is not None:
            return self.call_method(m, lst, idx, [self.compile_expr(a)(self.frame) for a in e.args])
        raise self.no_method(e, name, lst, idx)

    def typed_impl_method(self, e):
        """The crate impl method the type checker resolved call `e` to, as a `Method`."""
        callee = self.typed.callees.get(e)
        hit = self.crate_impl_fn(callee.def_id) if callee is not None else None
        if hit is None:
            return None
        impl = self.program.impl_of[hit[0]]
        return Method(hit[0], hit[1], impl.trait_ref.segments[-1].ident.name if impl.trait_ref else None)

    def no_method(self, e, name, lst, idx):
        from .signals import Unsupported
        return Unsupported(f"method `{name}` on `{self.type_key(lst[idx])}`", e.method.span)


def _arg_list(args: tuple):
    """`f(frame) -> [argument values]`, in order (small arities without a comprehension)."""
    n = len(args)
    if n == 0:
        return lambda fr: []
    if n == 1:
        a0, = args
        return lambda fr: [a0(fr)]
    if n == 2:
        a0, a1 = args
        return lambda fr: [a0(fr), a1(fr)]
    if n == 3:
        a0, a1, a2 = args
        return lambda fr: [a0(fr), a1(fr), a2(fr)]
    return lambda fr: [a(fr) for a in args]
