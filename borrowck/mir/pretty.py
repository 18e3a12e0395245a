"""Textual MIR in the style of rustc's `-Zunpretty=mir` (for `borrowck mir FILE.rs` and tests)."""
from __future__ import annotations

from ..types import ty as T
from . import ir

_BINOPS = {"+": "Add", "-": "Sub", "*": "Mul", "/": "Div", "%": "Rem", "&": "BitAnd",
           "|": "BitOr", "^": "BitXor", "<<": "Shl", ">>": "Shr", "==": "Eq", "!=": "Ne",
           "<": "Lt", "<=": "Le", ">": "Gt", ">=": "Ge"}


def pretty(mir: ir.MirCrate) -> str:
    return "\n".join(pretty_body(body) for body in mir.bodies)


def pretty_body(body: ir.Body) -> str:
    decls = body.local_decls
    params = ", ".join(f"_{i}: {fmt_ty(decls[i].ty)}" for i in body.args)
    out = [f"fn {body.def_id}({params}) -> {fmt_ty(body.return_ty)} {{"]
    for up in body.upvars:
        out.append(f"    // upvar .{up.index}: {up.name} by {up.mode}")
    for i, decl in enumerate(decls):
        if i <= body.arg_count:
            continue
        mut = "mut " if decl.mutable else ""
        note = f"    // {decl.name}" if decl.name else (f"    // {decl.info}" if decl.info else "")
        out.append(f"    let {mut}_{i}: {fmt_ty(decl.ty)};{note}")
    for b, bb in enumerate(body.blocks):
        cleanup = " (cleanup)" if bb.is_cleanup else ""
        out.append("")
        out.append(f"    bb{b}{cleanup}: {{")
        for stmt in bb.statements:
            out.append(f"        {fmt_statement(stmt)};")
        out.append(f"        {fmt_terminator(bb.terminator)};")
        out.append("    }")
    out.append("}")
    return "\n".join(out) + "\n"


# ───────────────────────────── pieces ─────────────────────────────


def fmt_place(place: ir.Place) -> str:
    text = f"_{place.local}"
    for elem in place.projection:
        if isinstance(elem, ir.Deref):
            text = f"(*{text})"
        elif isinstance(elem, ir.Field):
            text = f"({text}.{elem.index}: {fmt_ty(elem.ty)})" if elem.ty is not None else f"{text}.{elem.index}"
        elif isinstance(elem, ir.Index):
            text = f"{text}[_{elem.local}]"
        elif isinstance(elem, ir.ConstantIndex):
            minus = "-" if elem.from_end else ""
            text = f"{text}[{minus}{elem.offset} of {elem.min_length}]"
        elif isinstance(elem, ir.Subslice):
            end = f"-{elem.end}" if elem.from_end else str(elem.end)
            text = f"{text}[{elem.start}:{end}]"
        elif isinstance(elem, ir.Downcast):
            text = f"({text} as {elem.name})"
    return text


def fmt_operand(op: ir.Operand) -> str:
    if isinstance(op, ir.Copy):
        return f"copy {fmt_place(op.place)}"
    if isinstance(op, ir.Move):
        return f"move {fmt_place(op.place)}"
    return fmt_constant(op)


def fmt_constant(c: ir.Constant) -> str:
    if c.kind in ("fn", "const"):
        return f"const {c.def_id}"
    if c.kind == "str":
        return f"const {c.value!r}"
    if c.kind == "unit":
        return "const ()"
    if c.kind == "bool":
        return "const true" if c.value else "const false"
    if c.kind == "int":
        return f"const {c.value}_{fmt_ty(c.ty)}"
    return f"const {c.value!r}"


def fmt_rvalue(rv: ir.Rvalue) -> str:
    if isinstance(rv, ir.Use):
        return fmt_operand(rv.operand)
    if isinstance(rv, ir.Ref):
        prefix = {"shared": "&", "mut": "&mut ", "two_phase_mut": "&mut ", "unique": "&uniq ",
                  "shallow": "&fake shallow ", "fake": "&fake deep "}[rv.kind]
        return f"{prefix}{fmt_place(rv.place)}"
    if isinstance(rv, ir.AddressOf):
        return f"&raw {'mut' if rv.mutable else 'const'} {fmt_place(rv.place)}"
    if isinstance(rv, ir.Repeat):
        return f"[{fmt_operand(rv.operand)}; {rv.count}]"
    if isinstance(rv, ir.Len):
        return f"Len({fmt_place(rv.place)})"
    if isinstance(rv, ir.Cast):
        return f"{fmt_operand(rv.operand)} as {fmt_ty(rv.ty)} ({rv.kind})"
    if isinstance(rv, ir.BinaryOp):
        return f"{_BINOPS.get(rv.op, rv.op)}({fmt_operand(rv.lhs)}, {fmt_operand(rv.rhs)})"
    if isinstance(rv, ir.CheckedBinaryOp):
        return f"{_BINOPS.get(rv.op, rv.op)}WithOverflow({fmt_operand(rv.lhs)}, {fmt_operand(rv.rhs)})"
    if isinstance(rv, ir.UnaryOp):
        return f"{'Neg' if rv.op == '-' else 'Not'}({fmt_operand(rv.operand)})"
    if isinstance(rv, ir.Discriminant):
        return f"discriminant({fmt_place(rv.place)})"
    if isinstance(rv, ir.CopyForDeref):
        return f"deref_copy {fmt_place(rv.place)}"
    if isinstance(rv, ir.Aggregate):
        ops = ", ".join(fmt_operand(o) for o in rv.operands)
        if rv.kind == ir.AggregateKind.TUPLE:
            return f"({ops}{',' if len(rv.operands) == 1 else ''})"
        if rv.kind == ir.AggregateKind.ARRAY:
            return f"[{ops}]"
        if rv.kind == ir.AggregateKind.CLOSURE:
            return f"{{closure {rv.def_id}}} {{ {ops} }}"
        name = rv.def_id or "?"
        if rv.variant_name:
            name = f"{name}::{rv.variant_name}"
        if rv.field_names and not rv.field_names[0].isdigit():
            fields = ", ".join(f"{n}: {fmt_operand(o)}" for n, o in zip(rv.field_names, rv.operands))
            return f"{name} {{ {fields} }}"
        return f"{name}({ops})" if rv.operands else name
    return repr(rv)


def fmt_statement(stmt: ir.Statement) -> str:
    if isinstance(stmt, ir.Assign):
        return f"{fmt_place(stmt.place)} = {fmt_rvalue(stmt.rvalue)}"
    if isinstance(stmt, ir.StorageLive):
        return f"StorageLive(_{stmt.local})"
    if isinstance(stmt, ir.StorageDead):
        return f"StorageDead(_{stmt.local})"
    if isinstance(stmt, ir.FakeRead):
        return f"FakeRead({stmt.cause}, {fmt_place(stmt.place)})"
    if isinstance(stmt, ir.PlaceMention):
        return f"PlaceMention({fmt_place(stmt.place)})"
    if isinstance(stmt, ir.SetDiscriminant):
        return f"discriminant({fmt_place(stmt.place)}) = {stmt.variant}"
    if isinstance(stmt, ir.AscribeUserType):
        return f"AscribeUserType({fmt_place(stmt.place)}, {stmt.variance}, {fmt_ty(stmt.ty)})"
    return "nop"


def _unwind(unwind) -> str:
    return "" if unwind is None else f", unwind: bb{unwind}"


def fmt_terminator(term: ir.Terminator) -> str:
    if isinstance(term, ir.Goto):
        return f"goto -> bb{term.target}"
    if isinstance(term, ir.SwitchInt):
        arms = ", ".join(f"{v}: bb{t}" for v, t in zip(term.values, term.targets))
        sep = ", " if arms else ""
        return f"switchInt({fmt_operand(term.discr)}) -> [{arms}{sep}otherwise: bb{term.otherwise}]"
    if isinstance(term, ir.Return):
        return "return"
    if isinstance(term, ir.Unreachable):
        return "unreachable"
    if isinstance(term, ir.UnwindResume):
        return "resume"
    if isinstance(term, ir.Drop):
        kind = "replace" if term.replace else "drop"
        return f"{kind}({fmt_place(term.place)}) -> [return: bb{term.target}{_unwind(term.unwind)}]"
    if isinstance(term, ir.Call):
        args = ", ".join(fmt_operand(a) for a in term.args)
        ret = "" if term.target is None else f"return: bb{term.target}"
        uw = _unwind(term.unwind)
        if not ret:
            uw = uw[2:]
        return f"{fmt_place(term.destination)} = {fmt_operand(term.func)}({args}) -> [{ret}{uw}]"
    if isinstance(term, ir.Assert):
        bang = "" if term.expected else "!"
        return f"assert({bang}{fmt_operand(term.cond)}, {term.msg.kind}) -> [success: bb{term.target}{_unwind(term.unwind)}]"
    if isinstance(term, ir.FalseEdge):
        return f"falseEdge -> [real: bb{term.real_target}, imaginary: bb{term.imaginary_target}]"
    if isinstance(term, ir.FalseUnwind):
        return f"falseUnwind -> [real: bb{term.real_target}{_unwind(term.unwind)}]"
    return repr(term)


def fmt_ty(t) -> str:
    """Types in Rust syntax (regions omitted when erased)."""
    if t is None:
        return "?"
    if isinstance(t, T.Int):
        return t.name
    if isinstance(t, T.Float):
        return t.name
    if isinstance(t, T.Bool):
        return "bool"
    if isinstance(t, T.Char):
        return "char"
    if isinstance(t, T.Str):
        return "str"
    if isinstance(t, T.Never):
        return "!"
    if isinstance(t, T.Tuple):
        inner = ", ".join(fmt_ty(e) for e in t.elems)
        return f"({inner}{',' if len(t.elems) == 1 else ''})"
    if isinstance(t, T.Array):
        return f"[{fmt_ty(t.elem)}; {t.length if t.length is not None else '_'}]"
    if isinstance(t, T.Slice):
        return f"[{fmt_ty(t.elem)}]"
    if isinstance(t, T.Ref):
        region = "" if t.region.kind == "erased" else f"{t.region} "
        return f"&{region}{'mut ' if t.mutable else ''}{fmt_ty(t.inner)}"
    if isinstance(t, T.Ptr):
        return f"*{'mut' if t.mutable else 'const'} {fmt_ty(t.inner)}"
    if isinstance(t, T.Adt):
        name = t.def_id.rsplit("::", 1)[-1]
        if t.args:
            args = ", ".join(str(a) if isinstance(a, T.Region) else fmt_ty(a) if not isinstance(a, int) else str(a)
                             for a in t.args)
            return f"{name}<{args}>"
        return name
    if isinstance(t, T.FnDef):
        return f"fn item {t.def_id}"
    if isinstance(t, T.FnPtr):
        return f"fn({', '.join(fmt_ty(p) for p in t.params)}) -> {fmt_ty(t.ret)}"
    if isinstance(t, T.Closure):
        return f"{{closure {t.def_id}}}"
    if isinstance(t, T.Param):
        return t.name
    if isinstance(t, T.Dyn):
        return f"dyn {t.trait_id.rsplit('::', 1)[-1]}"
    if isinstance(t, T.Opaque):
        return f"impl {t.def_id}"
    if isinstance(t, T.Infer):
        return "_"
    if isinstance(t, T.Error):
        return "{error}"
    return str(t)
