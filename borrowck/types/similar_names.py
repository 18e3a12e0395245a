"""rustc's "there is a method `ge` with a similar name" for E0599 (its
probe_for_similar_candidate): among the methods any trait or inherent impl gives the
receiver (traits in scope or not), the first by name within edit distance len/3 (at
least 1) of the name written. Error path only."""
from __future__ import annotations

from ..diagnostics.diagnostic import SubDiagnostic
from . import ty as T
from .autoderef import autoderef_steps
from .method_lookup import _try_candidate, methods_by_name


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def similar_method(fcx, recv_ty, name: str, span):
    """The FnSig of the closest method the receiver has, or None."""
    limit = max(len(name), 3) // 3
    index = fcx.ccx.trait_methods_index
    if index is None:
        methods_by_name(fcx.ccx, name)  # builds the index
        index = fcx.ccx.trait_methods_index
    names = {n for n in index if n != name and abs(len(n) - len(name)) <= limit}
    steps = [fcx.shallow(u) for u, _ in autoderef_steps(fcx, recv_ty)]
    for u in steps:
        if type(u) is T.Infer:
            return None
        for _impl, sig in fcx.items.inherent_methods(u):
            if sig.name != name and abs(len(sig.name) - len(name)) <= limit:
                names.add(sig.name)
    close = sorted((n for n in names if edit_distance(n, name) <= limit), key=lambda n: (edit_distance(n, name), n))
    snap = fcx.icx.snapshot()
    try:
        for cand in close:
            for u in steps:
                for _impl, sig in fcx.items.inherent_methods(u, cand):
                    return sig
                for tid, fid in methods_by_name(fcx.ccx, cand):
                    for autoref in (None, False, True):
                        adjusted = u if autoref is None else T.Ref(T.ERASED, autoref, u)
                        inner = fcx.icx.snapshot()
                        ok = _try_candidate(fcx, (tid, fid), u, adjusted, (), span, True) is not None
                        fcx.icx.rollback_to(inner)
                        if ok:
                            return fcx.items.fns.get(fid)
    finally:
        fcx.icx.rollback_to(snap)
    return None


def similar_method_help(fcx, d, sig, n_args: int, method_span) -> None:
    """The help (or the rename) rustc gives for the similar method it found."""
    what = "method" if sig.has_self else "associated function"
    msg = f"there is {'a' if sig.has_self else 'an'} {what} `{sig.name}` with a similar name"
    if sig.has_self and len(sig.params) - 1 == n_args:
        d.help(msg, method_span, sig.name, "MaybeIncorrect")
        return
    if sig.has_self:
        msg += ", but with different arguments"
    node = sig.node
    if sig.is_std or node is None:
        d.children.append(SubDiagnostic("help", msg, std_item=sig.def_id))
        return
    from .trait_errors import _params_close

    close = _params_close(fcx.ccx.file.data, node.ident.span.hi)
    hi = node.ret.span.hi if node.ret is not None else close
    if hi is not None:
        d.help(msg, type(node.span)(node.span.lo, hi))
