"""Errors of universal regions: a signature lifetime forced to outlive one it may not.

After inference, universal region 'a containing end('b) requires 'a: 'b. When that is not
known (universal_regions.py), report once per 'a, blaming the most interesting constraint
on the path from 'a to 'b:
- E0521 "borrowed data escapes outside of function" when the blamed constraint is an
  assignment or call argument and 'b is 'static (thread::spawn of a borrowed parameter);
- otherwise "lifetime may not live long enough" (no code).
"""
from __future__ import annotations

from ..diagnostics import registry
from ..syntax import ast
from ..types import ty as T
from ..source.span import Span
from .conflict_errors import CATEGORY_TEXT
from .explanation import best_blame
from .region_inference import constraint_path
from .renumber import regions_in, vids_in
from .universal_regions import OPAQUE_NAME, STATIC_VID


def check_universal_regions(facts) -> list:
    uni = facts.universal
    if not uni.check_errors:
        return check_closure_param_regions(facts)
    out = []
    for fr in range(1, uni.count):
        bad = facts.values.ends_of(fr) & ~uni.known[fr]
        if not bad:
            continue
        outlived = (bad & -bad).bit_length() - 1
        path = constraint_path(facts.constraints, fr, lambda v, o=outlived: v == o)
        blame = best_blame(path or [])
        if blame is None or blame.span is None:
            # an error we cannot explain is still an error: report it at the body
            out.append(registry.error("lifetime_may_not_live_long_enough", facts.body.span, None))
            continue
        out.append(_report(facts, fr, outlived, blame))
    return out


def check_closure_env_region(facts) -> list:
    """The borrow of the closure itself (`&self` / `&mut self` of `Fn::call` /
    `FnMut::call_mut`) is valid only while the body runs: a reference into a captured
    variable that outlives it escapes the closure body."""
    env_ty = facts.local_tys[1] if facts.body.arg_count >= 1 else None
    if not isinstance(env_ty, T.Ref) or env_ty.region.kind != "var":
        return []
    fr = env_ty.region.index
    bad = facts.values.ends_of(fr) & ~(1 << fr)
    if not bad:
        return []
    outlived = (bad & -bad).bit_length() - 1
    path = constraint_path(facts.constraints, fr, lambda v, o=outlived: v == o)
    blame = best_blame(path or [])
    if blame is None or blame.span is None:
        return []
    head = _closure_head(facts)
    if env_ty.mutable:
        diag = registry.error("fnmut_escape", blame.span, registry.text("fnmut_escape.label"))
        upvar = _upvar_named_in(facts, blame.span)
        if upvar is not None and upvar.root is not None:
            diag.label(upvar.root.span, "variable defined here")
            diag.label(upvar.span, "variable captured here")
        if head is not None:
            diag.label(Span(head.hi - 1, head.hi), "inferred to be a `FnMut` closure")
        diag.note(registry.text("fnmut_escape.note"))
        diag.note(registry.text("fnmut_escape.note2"))
        return [diag]
    uni = facts.universal
    label = registry.text("nll.label.requires_outlive", category=CATEGORY_TEXT.get(blame.category, ""),
                          longer=uni.region_name(fr), shorter=uni.region_name(outlived))
    diag = registry.error("lifetime_may_not_live_long_enough", blame.span, label)
    if head is not None:
        diag.label(head, f"lifetime `{uni.region_name(fr)}` represents this closure's body")
    _closure_return_label(facts, diag, head, outlived)
    diag.note(registry.text("fn_escape.note"))
    return [diag]


def _closure_head(facts):
    from .source_context import closure_head

    node = facts.body.source
    return closure_head(node) if isinstance(node, ast.Closure) else None


def _closure_return_label(facts, diag, head, vid: int) -> None:
    """"return type of closure is &'2 str" at the closing `|` of a closure without a
    written return type."""
    from ..types.ty_display import ty_str
    from .renumber import map_regions

    node = facts.body.source
    if head is None or node.ret is not None or vid not in vids_in(facts.local_tys[0]):
        return
    name = facts.universal.region_name(vid)
    shown = map_regions(facts.local_tys[0],
                        lambda r: T.Region("param", name if r.kind == "var" and r.index == vid else "'_", -1))
    diag.label(Span(head.hi - 1, head.hi), f"return type of closure is {ty_str(shown)}")


def _upvar_named_in(facts, span):
    """The captured variable an expression at span names (`&v` -> the upvar `v`)."""
    from .source_context import node_at, walk

    node = node_at(facts.body.source, span) if facts.body.source is not None else None
    if node is None:
        return None
    for n in walk(node):
        if isinstance(n, ast.PathExpr):
            res = facts.typed.resolutions.get(n)
            target = getattr(res, "target", None)
            for upvar in facts.body.upvars:
                if upvar.root is not None and upvar.root is target:
                    return upvar
    return None


def _elided_ref_offset(facts, ty_span):
    """Offset of the `&` a closure parameter's written type starts with, or of its only `&`."""
    file = getattr(facts.typed, "file", None)
    if ty_span is None or file is None:
        return None
    text = file.data[ty_span.lo:ty_span.hi]
    if text[:1] == b"&":
        return 0
    return text.find(b"&") if text.count(b"&") == 1 else None


def check_closure_param_regions(facts) -> list:
    """E0521 when a closure parameter's own region must outlive anything else
    (`|s: &str| v.push(s)` with `v` from outside the closure)."""
    out = check_closure_env_region(facts)
    for fr, decl in facts.universal.closure_locals.items():
        bad = facts.values.ends_of(fr) & ~(1 << fr)
        if not bad:
            continue
        outlived = (bad & -bad).bit_length() - 1
        path = constraint_path(facts.constraints, fr, lambda v, o=outlived: v == o)
        blame = best_blame(path or [])
        if blame is None or blame.span is None:
            continue
        name = decl.name or "value"
        if blame.category == "return":
            uni = facts.universal
            label = registry.text("nll.label.requires_outlive", category=CATEGORY_TEXT["return"],
                                  longer=uni.region_name(fr), shorter=uni.region_name(outlived))
            diag = registry.error("lifetime_may_not_live_long_enough", blame.span, label)
            amp = _elided_ref_offset(facts, decl.ty_span)
            if amp is not None:  # `&str`, or the one `&` of `Vec<&str>`
                diag.label(Span(decl.ty_span.lo + amp, decl.ty_span.lo + amp + 1),
                           registry.text("nll.label.anon_lifetime", name=uni.region_name(fr)))
            elif decl.ty_span is None:
                from .conflict_errors import closure_param_type_labels
                closure_param_type_labels(facts, diag, fr, uni.region_name(fr))  # `has type `&'1 str``
            _closure_return_label(facts, diag, _closure_head(facts), outlived)
            out.append(diag)
            continue
        diag = registry.error("E0521", blame.span, registry.text("E0521.label.escapes", name=name, fn_kind="closure"),
                              fn_kind="closure")
        diag.label(decl.span, registry.text("E0521.label.param", name=name, fn_kind="closure"))
        _outer_variable_labels(facts, diag, outlived)
        out.append(diag)
    return out


def _outer_variable_labels(facts, diag, outlived: int) -> None:
    """The captured variable whose type holds the region the parameter escapes into:
    "`v` declared here, outside of the closure body", and, when it is captured by `&mut`,
    rustc's variance notes (a `&mut T` makes T's regions invariant)."""
    from ..types.ty_display import ty_str
    from .renumber import ClosureEnv

    env = facts.local_tys[1] if facts.body.arg_count >= 1 else None
    env = env.inner if isinstance(env, T.Ref) else env
    if not isinstance(env, ClosureEnv):
        return
    for upvar, ty in zip(facts.body.upvars, env.upvars):
        if outlived not in vids_in(ty) or upvar.root is None or upvar.projections:
            continue
        diag.label(upvar.root.span, f"`{upvar.name}` declared here, outside of the closure body")
        if upvar.mode == "mut_ref":
            diag.note(f"requirement occurs because of a mutable reference to `{ty_str(upvar.ty)}`")
            diag.note("mutable references are invariant over their type parameter")
            diag.help("see <https://doc.rust-lang.org/nomicon/subtyping.html> for more information about variance")
        return


def fn_kind(facts) -> str:
    info = facts.universal.fn_info
    node = getattr(info, "node", None)
    if node is not None and getattr(node, "self_param", None) is not None:
        return "method"
    return "function"


def _report(facts, fr: int, outlived: int, blame):
    uni = facts.universal
    if uni.vars.defs[outlived].name == OPAQUE_NAME:
        return _report_hidden_capture(facts, fr, blame)
    fr_name = uni.region_name(fr)
    outlived_name = uni.region_name(outlived)
    category = blame.category
    kind = fn_kind(facts)
    if category in ("assignment", "call_argument") and outlived == STATIC_VID:
        arg = _arg_with_region(facts, fr)
        name = arg[0] if arg else "value"
        diag = registry.error("E0521", blame.span, registry.text("E0521.label.escapes", name=name, fn_kind=kind),
                              fn_kind=kind)
        diag.label(blame.span, registry.text("nll.label.requires_outlive", category=CATEGORY_TEXT.get(category, ""),
                                             longer=fr_name, shorter=outlived_name))
        if arg is not None:
            diag.label(arg[1], registry.text("E0521.label.param", name=name, fn_kind=kind))
        lifetime_labels(facts, diag, [fr])
        return diag
    arg = _arg_with_region(facts, fr)
    if not _named(fr_name) and _named(outlived_name) and arg is not None:
        # an elided parameter lifetime that must be a named one: rustc's E0621
        diag = registry.error("E0621", blame.span, registry.text("E0621.label", name=outlived_name),
                              param=arg[0])
        info = uni.fn_info
        amp = _anon_lifetime_span(info, info.node, uni.vars.defs[fr].name) \
            if getattr(info, "node", None) is not None else None
        if amp is not None:
            diag.help(registry.text("E0621.help", name=outlived_name, param=arg[0]), amp.shrink_to_hi(),
                      f"{outlived_name} ", "MaybeIncorrect")
        else:
            diag.help(registry.text("E0621.help", name=outlived_name, param=arg[0]))
        return diag
    if category == "return" and outlived != STATIC_VID:
        label = registry.text("nll.label.supposed_to_return", fn_kind=kind, shorter=outlived_name, longer=fr_name)
    else:
        label = registry.text("nll.label.requires_outlive", category=CATEGORY_TEXT.get(category, ""),
                              longer=fr_name, shorter=outlived_name)
    diag = registry.error("lifetime_may_not_live_long_enough", blame.span, label)
    lifetime_labels(facts, diag, [fr, outlived])
    if _named(fr_name) and _named(outlived_name):
        diag.help(registry.text("nll.help.add_bound", longer=fr_name, shorter=outlived_name))
    elif not _named(fr_name) and not _named(outlived_name) and outlived != STATIC_VID:
        _suggest_named_lifetime(facts, diag, (fr, outlived))
    return diag


def _suggest_named_lifetime(facts, diag, vids) -> None:
    """Two elided parameter lifetimes that must be related: rustc offers one named lifetime
    for both `&`s. Modelled for a fn without generics whose `&`s hold no other reference."""
    from ..diagnostics.diagnostic import SubDiagnostic, Suggestion

    uni = facts.universal
    info = uni.fn_info
    node = getattr(info, "node", None)
    if node is None or getattr(node, "self_param", None) is not None or node.generics.params:
        return
    file = getattr(facts.typed, "file", None)
    in_scope = {f"'{p.lifetime.name}" for g in _generics_chain(facts) for p in g.params
                if type(p) is ast.LifetimeParam}
    name = next(n for n in ("'a", "'b", "'c", "'d", "'e") + tuple(f"'a{i}" for i in range(99)) if n not in in_scope)
    amps = []
    for vid in vids:
        whole = _anon_lifetime_span(info, node, uni.vars.defs[vid].name, whole=True)
        if whole is None or file is None or file.data[whole.lo:whole.hi].count(b"&") != 1 \
                or b"'" in file.data[whole.lo:whole.hi]:
            return
        amps.append(whole.lo + 1)
    if len(set(amps)) != len(amps):
        return
    sig = facts.items.fns.get(getattr(info, "def_id", None)) if facts.items is not None else None
    in_impl = sig is not None and sig.container is not None
    child = SubDiagnostic("help", "consider introducing a named lifetime parameter"
                          + (" and update trait if needed" if in_impl else ""))
    at = node.ident.span.hi
    child.suggestions.append(Suggestion(Span(at, at), f"<{name}>", "MaybeIncorrect"))
    for amp in sorted(amps):
        child.suggestions.append(Suggestion(Span(amp, amp), f"{name} ", "MaybeIncorrect"))
    diag.children.append(child)


def _report_hidden_capture(facts, fr: int, blame):
    """E0700: the hidden type of an `impl Trait` result holds lifetime `fr`, which its
    bounds do not name (universal_regions.OPAQUE_NAME; opaque_captures.py)."""
    from ..types.ty_display import ty_str
    from .source_context import node_at

    info = facts.universal.fn_info
    node = info.node
    opaque = ty_str(info.ret)
    diag = registry.error("E0700", blame.span, None, opaque=opaque)
    ret_span = node.ret.span if getattr(node, "ret", None) is not None else None
    if ret_span is not None:
        diag.label(ret_span, registry.text("E0700.label.opaque"))
    returned = node_at(facts.body.source, blame.span) if facts.body.source is not None else None
    hidden_ty = facts.typed.expr_types.get(returned) if returned is not None else None
    from ..types.obligation_cause import closure_namer

    hidden = ty_str(hidden_ty, closure=closure_namer(facts.typed)) if hidden_ty is not None else None
    name = facts.universal.vars.defs[fr].name
    if not name.startswith("'_"):
        for p in getattr(node.generics, "params", ()):
            lt = getattr(p, "lifetime", None)
            if lt is not None and f"'{lt.name}" == name and hidden is not None:
                diag.label(lt.span, registry.text("E0700.label.named", hidden=hidden, name=name))
        shown = name
    else:
        amp = _anon_lifetime_span(info, node, name, whole=True)
        if amp is not None and hidden is not None:
            diag.label(amp, registry.text("E0700.label.anon", hidden=hidden))
        shown = "'_"
    help_text = registry.text("E0700.help", name=shown)
    if ret_span is not None:
        diag.help(help_text, ret_span.shrink_to_hi(), f" + use<{shown}>", "MachineApplicable")
    else:
        diag.help(help_text)
    return diag


def _named(name: str) -> bool:
    return name not in ("'static", "'_") and not name[1:].isdigit()


def _arg_with_region(facts, vid: int):
    body = facts.body
    for local in body.args:
        if vid in vids_in(facts.local_tys[local]):
            decl = body.local_decls[local]
            if decl.name:
                return decl.name, decl.span
    return None


def lifetime_labels(facts, diag, vids) -> None:
    info = facts.universal.fn_info
    node = getattr(info, "node", None)
    if node is None:
        return
    for vid in vids:
        name = facts.universal.vars.defs[vid].name
        if vid == STATIC_VID:
            continue
        display = facts.universal.region_name(vid)
        if not name.startswith("'_"):
            for p in getattr(node.generics, "params", ()):
                lt = getattr(p, "lifetime", None)
                if lt is not None and f"'{lt.name}" == name:
                    diag.label(lt.span, registry.text("nll.label.lifetime_defined", name=name))
            continue
        span = _anon_lifetime_span(info, node, name)
        if span is not None:
            diag.label(span, registry.text("nll.label.anon_lifetime", name=display))


def _anon_lifetime_span(info, node, name, whole: bool = False):
    """The `&` whose elided lifetime is `name`, found by walking each parameter's type
    alongside its syntax."""
    sig_params = list(info.params)
    ast_params = ([node.self_param] if getattr(node, "self_param", None) is not None else []) + list(node.params)
    for sig_ty, param in zip(sig_params, ast_params):
        if isinstance(param, ast.SelfParam):
            if param.is_ref and isinstance(sig_ty, T.Ref) and sig_ty.region.name == name:
                return Span(param.span.lo, param.span.lo + 1)
            continue
        span = _find_ref(sig_ty, getattr(param, "ty", None), name, whole)
        if span is not None:
            return span
    return None


def _find_ref(ty, node, name, whole: bool = False):
    """The `&` (whole: the whole `&T` type) whose elided lifetime is `name`."""
    if node is None:
        return None
    if isinstance(ty, T.Ref) and isinstance(node, ast.RefType):
        if ty.region.kind == "param" and ty.region.name == name:
            return node.span if whole else Span(node.span.lo, node.span.lo + 1)
        return _find_ref(ty.inner, node.inner, name, whole)
    if isinstance(ty, T.Tuple) and isinstance(node, ast.TupleType):
        for t, n in zip(ty.elems, node.elems):
            found = _find_ref(t, n, name, whole)
            if found is not None:
                return found
        return None
    if isinstance(ty, (T.Slice, T.Array)) and isinstance(node, (ast.SliceType, ast.ArrayType)):
        return _find_ref(ty.elem, node.elem, name, whole)
    if isinstance(ty, T.Adt) and isinstance(node, ast.PathType) and node.path.segments:
        args = node.path.segments[-1].generic_args
        type_nodes = [a for a in (args.args if args is not None else ()) if not isinstance(a, ast.Lifetime)]
        type_tys = [a for a in ty.args if not isinstance(a, (T.Region, int))]
        for t, n in zip(type_tys, type_nodes):
            found = _find_ref(t, n, name, whole)
            if found is not None:
                return found
    return None


def _regions(ty):
    return regions_in(ty)


def _generics_chain(facts) -> tuple:
    """The ast.Generics in scope of the fn body (its impl's/trait's first), else ()."""
    info = facts.universal.fn_info
    items = facts.items
    def_id = getattr(info, "def_id", None)
    if items is None or def_id is None:
        return ()
    return tuple(g.node for g in items.all_generics(def_id) if getattr(g, "node", None) is not None)


def lifetime_decl_span(facts, name: str):
    """Where the named lifetime `'a` is declared (fn, impl or trait generics), else None."""
    for generics in _generics_chain(facts):
        for p in generics.params:
            lt = getattr(p, "lifetime", None)
            if type(p) is ast.LifetimeParam and f"'{lt.name}" == name:
                return lt.span
    return None


def explicit_bound_help(facts, diag, param: str, region: str) -> None:
    """E0309/E0310: rustc suggests `T: 'r`, appended to T's bounds where T is declared
    (`T: Debug + 'r`, or `T: 'r` when unbounded); a where-clause bound is not modelled."""
    for generics in reversed(_generics_chain(facts)):
        decl = next((p for p in generics.params if type(p) is ast.TypeParam and p.ident.name == param), None)
        if decl is None:
            continue
        for w in generics.where_clause:
            segs = w.bounded.path.segments if type(w.bounded) is ast.PathType else ()
            if len(segs) == 1 and segs[0].ident.name == param:
                return
        if decl.bounds:
            at, text = decl.bounds[-1].span.hi, f" + {region}"
        else:
            at, text = decl.ident.span.hi, f": {region}"
        diag.help("consider adding an explicit lifetime bound", Span(at, at), text, "MaybeIncorrect")
        return
