"""E0061's labels, note and fix, as rustc's `report_arg_errors` gives them for a call with
missing or extra arguments (when the arguments present match the leading parameters):

- missing: "argument #2 of type `&str` is missing" (or "two arguments of type `i32` and
  `&str` are missing") under the argument list, "provide the argument(s)" with `/* T */`;
- extra: "unexpected argument #3 of type `u8`" under each, "remove the extra argument(s)";
- "function defined here" (method, associated function) at the fn's name, marking the
  parameters no argument was given for.
"""
from __future__ import annotations

from ..diagnostics.diagnostic import Label, SubDiagnostic, Suggestion
from ..source.span import Span
from .ty_display import erase_for_display, ty_str

_COUNT = {2: "two", 3: "three", 4: "four", 5: "five"}


def arg_count_context(fcx, d, call, fn_id, params, args, method: bool) -> None:
    sig = fcx.items.fns.get(fn_id)
    if sig is None or d is None:
        return
    callee_span = call.method.span if method else call.func.span
    open_paren = fcx.ccx.file.data.find(b"(", callee_span.hi)
    if open_paren < 0 or open_paren >= call.span.hi:
        return
    arg_list = Span(open_paren, call.span.hi)
    shown = [_show(fcx, p) for p in params]
    missing = list(range(len(args), len(params)))
    child_labels = []
    if missing:
        if len(missing) == 1:
            i = missing[0]
            d.label(arg_list, f"argument #{i + 1} of type `{shown[i]}` is missing")
        else:
            tys = [f"`{shown[i]}`" for i in missing]
            listed = " and ".join(tys) if len(tys) == 2 else ", ".join(tys[:-1]) + ", and " + tys[-1]
            d.label(arg_list, f"{_COUNT.get(len(missing), len(missing))} arguments of type {listed} are missing")
        child_labels = missing
    else:
        for i in range(len(params), len(args)):
            number = f" #{i + 1}" if len(args) > 1 else ""
            d.label(args[i].span, f"unexpected argument{number} of type `{_show(fcx, fcx.expr_types.get(args[i]))}`")
    note_fn_defined_here(d, sig, child_labels, method)
    if missing:
        text = ", ".join(f"/* {shown[i]} */" for i in missing)
        at = call.span.hi - 1
        if args:
            text = ", " + text
        child = SubDiagnostic("help", "provide the argument" + ("s" if len(missing) > 1 else ""))
        child.suggestions.append(Suggestion(Span(at, at), text, "HasPlaceholders"))
        d.children.append(child)
        return
    extra = list(range(len(params), len(args)))
    child = SubDiagnostic("help", "remove the extra argument" + ("s" if len(extra) > 1 else ""))
    lo = args[extra[0] - 1].span.hi if extra[0] > 0 else args[0].span.lo
    hi = args[-1].span.hi if extra[0] > 0 else (args[extra[-1] + 1].span.lo if extra[-1] + 1 < len(args)
                                                 else args[-1].span.hi)
    child.suggestions.append(Suggestion(Span(lo, hi), "", "MachineApplicable"))
    d.children.append(child)


def _show(fcx, t) -> str:
    return ty_str(erase_for_display(fcx.resolve(t))) if t is not None else "_"


def note_fn_defined_here(d, sig, arg_indices, method: bool) -> None:
    """rustc's "function defined here" note: the fn's name, and the parameters the call's
    arguments at `arg_indices` belong to (a method call's receiver is no argument; a path
    call of a method passes it as the first)."""
    descr = "function" if sig.container is None else "method" if sig.has_self else "associated function"
    node = sig.node
    if sig.is_std or node is None:
        d.children.append(SubDiagnostic("note", f"{descr} defined here", std_item=sig.def_id))
        return
    child = SubDiagnostic("note", f"{descr} defined here", [Label(node.ident.span, None, True)])
    offset = 1 if node.self_param is not None and not method else 0
    for i in arg_indices:
        j = i - offset
        if 0 <= j < len(node.params):
            child.labels.append(Label(node.params[j].span, None, False))
    d.children.append(child)

