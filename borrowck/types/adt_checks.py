"""Well-formedness of the user crate's item definitions that needs no body: duplicate fields
(E0124), generic parameters a struct/enum never uses (E0392), types containing themselves by
value (E0072), repeated enum discriminants (E0081), impl parameters the header does not
constrain (E0207), duplicate inherent methods (E0592) and a generic `main` (E0131).

Scans are syntactic where rustc's rule is about what is written (a parameter named in a
field's type counts as used); recursion follows lowered field types.
"""
from __future__ import annotations

from ..diagnostics import registry
from ..source.span import Span
from ..syntax import ast
from ..syntax.walk import iter_nodes
from . import ty as T
from .type_fold import erase_regions, subst, walk

# std ADTs that hold their type arguments inline (others, like Box/Vec/Rc, are indirection)
_INLINE_STD = frozenset({"std::option::Option", "core::option::Option"})


def check_adts(table, builder, crate_items, diags: list) -> None:
    adts = [table.adts[i] for i in builder.own_adt_ids if i in table.adts]
    adts = [a for a in adts if a.node is not None and not a.is_std]
    for adt in adts:
        _check_duplicate_fields(adt.node, diags)
        _check_unused_params(adt.node, diags)
        _check_default_order(adt.node, diags)
        if adt.kind == "enum":
            _check_discriminants(adt.node, diags)
            _check_empty_repr(adt.node, diags)
    _check_recursion(adts, table, diags)
    _check_copy_fields(adts, builder, table, diags)
    impls = [i for i in builder.own_impls() if not i.is_std and not i.derived and i.node is not None]
    for impl in impls:
        _check_unconstrained(impl.node, diags)
    _check_duplicate_inherent(impls, diags)
    for impl in impls:
        if impl.trait_ref is not None:
            _check_const_fns(impl.node.items, "E0379.adt.impl", diags)
            _check_impl_obligations(impl, table, diags)
    for trait in table.traits.values():
        if not trait.is_std and trait.node is not None:
            _check_const_fns(trait.node.items, "E0379.adt", diags)
    _check_main(crate_items, diags)


def _field_lists(node) -> list:
    if isinstance(node, ast.Enum):
        return [v.fields for v in node.variants]
    return [node.fields]


def _check_duplicate_fields(node, diags) -> None:
    for fields in _field_lists(node):
        seen: dict = {}
        for f in fields:
            if f.ident is None:
                continue
            first = seen.get(f.ident.name)
            if first is None:
                seen[f.ident.name] = f
                continue
            d = registry.error("E0124.adt", f.span, "field already declared", name=f.ident.name)
            d.label(first.span, registry.text("E0124.adt.first", name=f.ident.name))
            diags.append(d)


def _names_in(nodes) -> set:
    names = set()
    for root in nodes:
        for n in iter_nodes(root):
            if type(n) is ast.Ident:
                names.add(n.name)
            elif type(n) is ast.Lifetime:
                names.add("'" + n.name)
    return names


def _check_unused_params(node, diags) -> None:
    used = _names_in([f.ty for fields in _field_lists(node) for f in fields])
    for p in node.generics.params:
        if type(p) is ast.TypeParam and p.ident.name not in used:
            d = registry.error("E0392.adt.type", p.ident.span, "unused type parameter", name=p.ident.name)
            d.help(registry.text("E0392.adt.help", name=p.ident.name))
            d.help(registry.text("E0392.adt.const_help", name=p.ident.name))
            diags.append(d)
        elif type(p) is ast.LifetimeParam and "'" + p.lifetime.name not in used:
            name = "'" + p.lifetime.name
            d = registry.error("E0392.adt.lifetime", p.lifetime.span, "unused lifetime parameter", name=name)
            d.help(registry.text("E0392.adt.help", name=name))
            diags.append(d)


def _check_default_order(node, diags) -> None:
    """E0128: a type parameter's default names a parameter declared after it."""
    params = [p for p in node.generics.params if type(p) is ast.TypeParam]
    for k, p in enumerate(params):
        if p.default is None:
            continue
        later = {q.ident.name for q in params[k:]}
        for n in iter_nodes(p.default):
            if type(n) is ast.Ident and n.name in later:
                diags.append(registry.error("E0128.adt", n.span, f"cannot reference `{n.name}` before it is declared"))
                break


def _check_empty_repr(node: ast.Enum, diags) -> None:
    """E0084: a `#[repr(..)]` on an enum without variants."""
    if node.variants:
        return
    for a in node.attrs:
        if a.name == "repr" and not a.is_inner:
            d = registry.error("E0084.adt", a.span, None)
            d.label(_header(node), "zero-variant enum")
            diags.append(d)
            return


def _literal_int(e):
    if type(e) is ast.Lit and e.kind == "int":
        return e.value
    if type(e) is ast.Unary and e.op == "-" and type(e.operand) is ast.Lit and e.operand.kind == "int":
        return -e.operand.value
    return None


def _check_discriminants(node: ast.Enum, diags) -> None:
    """Only enums whose explicit discriminants are all integer literals are checked."""
    values: dict = {}
    nxt = 0
    for v in node.variants:
        if v.discriminant is not None:
            val = _literal_int(v.discriminant)
            if val is None:
                return
            span = v.discriminant.span
        else:
            val, span = nxt, v.span
        values.setdefault(val, []).append(span)
        nxt = val + 1
    for val, spans in values.items():
        if len(spans) > 1:
            d = registry.error("E0081.adt", _header(node), None, value=val)
            for s in spans:
                d.label(s, registry.text("E0081.adt.label", value=val))
            diags.append(d)
            return


def _header(node) -> Span:
    return Span(node.span.lo, node.ident.span.hi)


def _inline_children(t, table):
    """The types `t` stores by value (with the ADT's type arguments substituted)."""
    cls = type(t)
    if cls is T.Tuple:
        return list(t.elems)
    if cls is T.Array:
        return [t.elem]
    if cls is not T.Adt:
        return []
    adt = table.adts.get(t.def_id)
    if adt is None:
        return []
    if adt.is_std:
        return [a for a in t.args if not isinstance(a, (T.Region, int))] if t.def_id in _INLINE_STD else []
    types = adt.generics.types
    type_args = [a for a in t.args if not isinstance(a, (T.Region, int))]
    mapping = dict(zip(types, type_args)) if len(types) == len(type_args) else {}
    fields = list(adt.fields) + [f for v in adt.variants for f in v.fields]
    return [subst(f.ty, mapping) for f in fields]


def _contains_by_value(start: T.Ty, target: str, table) -> bool:
    seen = set()
    stack = list(_inline_children(start, table))
    while stack:
        t = stack.pop()
        if type(t) is T.Adt and t.def_id == target:
            return True
        key = erase_regions(t)
        if key in seen or len(seen) > 2000:
            continue
        seen.add(key)
        stack.extend(_inline_children(t, table))
    return False


def _check_recursion(adts, table, diags) -> None:
    reported: set = set()
    for adt in adts:
        if adt.def_id in reported:
            continue
        me = T.Adt(adt.def_id, tuple(T.Param(n) for n in adt.generics.types))
        if not _contains_by_value(me, adt.def_id, table):
            continue
        reported.add(adt.def_id)
        d = registry.error("E0072.adt", _header(adt.node), None, name=adt.name)
        d.help(registry.text("E0072.adt.help"))
        diags.append(d)


def _check_copy_fields(adts, builder, table, diags) -> None:
    """E0204: `Copy` (derived or implemented) for an ADT with a field that is not `Copy`.
    Only fields without type parameters are judged (their answer needs no impl bounds)."""
    copy = table.lang("copy")
    explicit = {}
    for impl in builder.own_impls():
        tr = impl.trait_ref
        if tr is None or tr.trait_id != copy or impl.derived or impl.node is None or impl.negative:
            continue
        if type(tr.self_ty) is T.Adt:
            explicit.setdefault(tr.self_ty.def_id, impl.node.self_ty.span)
        elif type(tr.self_ty) is T.Ref and tr.self_ty.mutable:  # `&mut Local` passes the orphan rule
            diags.append(registry.error("E0206.adt", impl.node.self_ty.span, "type is not a structure or enumeration"))
    solver = None
    for adt in adts:
        if adt.kind == "union":
            continue
        span = explicit.get(adt.def_id)
        if span is None and "Copy" in adt.derives:
            span = adt.node.ident.span
        if span is None:
            continue
        bad = []
        for f in list(adt.fields) + [f for v in adt.variants for f in v.fields]:
            if _has_param(f.ty):
                continue
            if solver is None:
                from .infer import InferCtxt
                from .trait_solver import TraitSolver

                solver = TraitSolver(table, InferCtxt())
            if solver.evaluate(copy, f.ty) == "no":
                bad.append(f)
        if bad:
            d = registry.error("E0204.adt", span, None)
            for f in bad:
                d.label(f.span, registry.text("E0204.adt.field"))
            diags.append(d)


def _has_param(t) -> bool:
    return any(type(x) in (T.Param, T.Alias, T.Infer, T.Opaque) for x in walk(t))


def _check_unconstrained(node: ast.Impl, diags) -> None:
    used = _names_in([node.self_ty] + ([node.trait_ref] if node.trait_ref is not None else []))
    params = [p for p in node.generics.params if type(p) is ast.TypeParam]
    for p in params:
        name = p.ident.name
        if name in used:
            continue
        # named in another parameter's bound (an associated type binding may constrain it)
        if name in _names_in([b for q in params if q is not p for b in q.bounds]) or _where_mentions(node, name):
            continue
        diags.append(registry.error("E0207.adt", p.ident.span, "unconstrained type parameter", name=name))


def _where_mentions(node: ast.Impl, name: str) -> bool:
    for w in node.generics.where_clause:
        bounded = _names_in([w.bounded]) if isinstance(w.bounded, ast.Node) else set()
        if bounded != {name} and name in _names_in([w]):
            return True
    return False


def _check_duplicate_inherent(impls, diags) -> None:
    by_self: dict = {}
    for impl in impls:
        if impl.trait_ref is not None:
            continue
        seen = by_self.setdefault(erase_regions(impl.self_ty), {})
        for item in impl.node.items:
            if type(item) is not ast.Fn:
                continue
            first = seen.get(item.ident.name)
            if first is None:
                seen[item.ident.name] = item
                continue
            d = registry.error("E0592.adt", _fn_sig_span(item), registry.text("E0592.adt.label", name=item.ident.name),
                               name=item.ident.name)
            d.label(_fn_sig_span(first), registry.text("E0592.adt.other", name=item.ident.name))
            diags.append(d)


def _fn_sig_span(fn: ast.Fn) -> Span:
    from .item_checks import _sig_span

    return _sig_span(fn)


def _check_impl_obligations(impl, table, diags) -> None:
    """E0277 for a non-generic trait impl whose self type misses a supertrait, or whose
    associated type value misses the trait's bound on it (generic impls need their
    where-clauses as the environment: not judged here)."""
    trait = table.traits.get(impl.trait_ref.trait_id)
    if trait is None or trait.is_std or impl.negative or impl.generics.types or impl.generics.consts:
        return
    self_ty = impl.trait_ref.self_ty
    if _has_param(self_ty):
        return
    from .infer import InferCtxt
    from .trait_solver import TraitSolver

    solver = TraitSolver(table, InferCtxt())
    for pred in trait.supertraits:
        tr = getattr(pred, "trait_ref", None)
        if tr is None or type(tr.self_ty) is not T.Param or tr.args or getattr(pred, "maybe", False):
            continue
        if solver.evaluate(tr.trait_id, self_ty) == "no":
            name = table.traits[tr.trait_id].name if tr.trait_id in table.traits else tr.trait_id
            diags.append(registry.error("E0277.adt.super", impl.node.self_ty.span, None,
                                        ty=_show(self_ty), trait=name))
    values = {it.ident.name: it for it in impl.node.items if type(it) is ast.TypeAlias}
    for a in trait.assoc_types:
        node = values.get(a.name)
        value = impl.assoc_type(a.name)
        if node is None or value is None or _has_param(value) or node.ty is None:
            continue
        for b in a.bounds:
            tr = getattr(b, "trait_ref", None)
            if tr is None or tr.args or getattr(b, "maybe", False):
                continue
            if solver.evaluate(tr.trait_id, value) == "no":
                name = table.traits[tr.trait_id].name if tr.trait_id in table.traits else tr.trait_id
                diags.append(registry.error("E0277.adt.super", node.ty.span, None, ty=_show(value), trait=name))


def _show(t) -> str:
    from .ty_display import ty_str

    return ty_str(erase_regions(t))


def _check_const_fns(items, key, diags) -> None:
    """E0379: `const fn` inside a trait or a trait impl."""
    for item in items:
        if type(item) is ast.Fn and "const" in item.qualifiers:
            span = Span(item.span.lo, item.span.lo + len("const"))
            diags.append(registry.error(key, span, "functions in traits cannot be const"))


def _check_main(items, diags) -> None:
    for item in items:
        if type(item) is ast.Fn and item.ident.name == "main" and item.generics.params:
            span = item.generics.span
            d = registry.error("E0131.adt", span, "`main` cannot have generic parameters")
            diags.append(d)
