"""A tiny stand-in for the type checker, for MIR/ownership unit tests.

It fills the TypedCrate tables for a small Rust subset (String, Vec<String>, i32, bool,
references, user structs with named fields, free fns, a few std methods) so the MIR
builder and the ownership checks can be tested on source without the real `types`
phase. Unknown constructs raise, so a test never silently runs on wrong tables.
"""
from __future__ import annotations

from borrowck.source.span import SourceFile
from borrowck.syntax import ast, parse
from borrowck.types import ty as T
from borrowck.types.item_defs import AdtInfo, FieldInfo, GenericParams
from borrowck.types.typed_crate import Adjustment, Callee, FnInfo, Res, TypedCrate

STRING = T.Adt("std::string::String")
VEC_STRING = T.Adt("std::vec::Vec", (STRING,))
VEC_I32 = T.Adt("std::vec::Vec", (T.I32,))
STR_REF = T.Ref(T.ERASED, False, T.STR)

# method name -> (receiver mode: "ref" | "mut" | "value", return type given receiver type)
METHODS = {
    "len": ("ref", lambda t: T.USIZE),
    "push": ("mut", lambda t: T.UNIT),
    "clone": ("ref", lambda t: t),
    "into_bytes": ("value", lambda t: T.Adt("std::vec::Vec", (T.Int("u8"),))),
    "push_str": ("mut", lambda t: T.UNIT),
    "is_empty": ("ref", lambda t: T.BOOL),
}


def _adt(def_id, fields, is_std=False, is_copy=False, derives=()):
    return AdtInfo(def_id, def_id.rsplit("::", 1)[-1], "struct", "named", GenericParams(),
                   tuple(FieldInfo(n, t, True, None) for n, t in fields), (), derives, is_copy, False, is_std,
                   None, None)


def type_of_ast(t):
    if t is None:
        return None
    if isinstance(t, ast.RefType):
        return T.Ref(T.ERASED, t.mutable, type_of_ast(t.inner))
    if isinstance(t, ast.PathType):
        name = t.path.segments[-1].ident.name
        args = t.path.segments[-1].generic_args
        if name == "String":
            return STRING
        if name == "Vec":
            inner = type_of_ast(args.args[0]) if args else T.I32
            return T.Adt("std::vec::Vec", (inner,))
        if name in ("i32", "u32", "usize", "u8", "i64"):
            return T.Int(name)
        if name == "bool":
            return T.BOOL
        return T.Adt(f"crate::{name}")
    if isinstance(t, ast.TupleType):
        return T.Tuple(tuple(type_of_ast(e) for e in t.elems))
    raise NotImplementedError(f"toy typer: type {type(t).__name__}")


class ToyTyper:
    def __init__(self, crate):
        self.t = TypedCrate(crate=crate)
        self.fn_sigs = {}
        self.t.adts["std::string::String"] = _adt("std::string::String", (), is_std=True, derives=("Clone",))
        self.t.adts["std::vec::Vec"] = _adt("std::vec::Vec", (), is_std=True, derives=("Clone",))
        for item in crate.items:
            if isinstance(item, ast.Struct):
                fields = tuple((f.ident.name, type_of_ast(f.ty)) for f in item.fields)
                derives = tuple(a for at in item.attrs if at.name == "derive" for a in at.args)
                self.t.adts[f"crate::{item.ident.name}"] = _adt(f"crate::{item.ident.name}", fields,
                                                               is_copy="Copy" in derives, derives=derives)
            elif isinstance(item, ast.Fn):
                params = tuple(type_of_ast(p.ty) for p in item.params)
                ret = type_of_ast(item.ret) if item.ret is not None else T.UNIT
                self.fn_sigs[item.ident.name] = (params, ret)
        for item in crate.items:
            if isinstance(item, ast.Fn):
                self.check_fn(item)

    def check_fn(self, fn):
        params, ret = self.fn_sigs[fn.ident.name]
        self.t.fns[fn] = FnInfo(f"crate::{fn.ident.name}", fn, params, ret)
        scope = [{}]
        for p, ty in zip(fn.params, params):
            self.bind(p.pat, ty, scope)
        self.block(fn.body, scope)

    def bind(self, pat, ty, scope):
        if isinstance(pat, ast.IdentPat):
            scope[-1][pat.ident.name] = pat
            self.t.binding_types[pat] = ty
            self.t.pat_types[pat] = ty
            self.t.binding_modes[pat] = "ref" if pat.by_ref else "move"
            self.t.resolutions[pat] = Res("local", pat)
        elif isinstance(pat, ast.WildPat):
            self.t.pat_types[pat] = ty
        elif isinstance(pat, ast.TuplePat):
            self.t.pat_types[pat] = ty
            for sub, et in zip(pat.elems, ty.elems):
                self.bind(sub, et, scope)
        else:
            raise NotImplementedError(f"toy typer: pattern {type(pat).__name__}")

    def block(self, block, scope):
        scope.append({})
        for stmt in block.stmts:
            if isinstance(stmt, ast.Let):
                ty = type_of_ast(stmt.ty)
                if stmt.init is not None:
                    ity = self.expr(stmt.init, scope)
                    ty = ty or ity
                self.bind(stmt.pat, ty, scope)
            elif isinstance(stmt, ast.ExprStmt):
                self.expr(stmt.expr, scope)
        out = self.expr(block.tail, scope) if block.tail is not None else T.UNIT
        scope.pop()
        return out

    def lookup(self, name, scope):
        for s in reversed(scope):
            if name in s:
                return s[name]
        return None

    def expr(self, e, scope):
        ty = self._expr(e, scope)
        self.t.expr_types[e] = ty
        return ty

    def _expr(self, e, scope):
        t = self.t
        if isinstance(e, ast.Lit):
            return {"int": T.I32, "str": STR_REF, "bool": T.BOOL}[e.kind]
        if isinstance(e, ast.Paren):
            return self.expr(e.expr, scope)
        if isinstance(e, ast.PathExpr):
            segs = [s.ident.name for s in e.path.segments]
            if len(segs) == 1:
                binding = self.lookup(segs[0], scope)
                if binding is not None:
                    t.resolutions[e] = Res("local", binding)
                    return t.binding_types[binding]
                if segs[0] in self.fn_sigs:
                    t.resolutions[e] = Res("fn", f"crate::{segs[0]}")
                    return T.FnDef(f"crate::{segs[0]}")
                if segs[0] == "drop":
                    t.resolutions[e] = Res("std_fn", "std::mem::drop")
                    return T.FnDef("std::mem::drop")
            if segs == ["String", "new"] or segs == ["String", "from"]:
                t.resolutions[e] = Res("assoc_fn", f"std::string::String::{segs[1]}")
                return T.FnDef(f"std::string::String::{segs[1]}")
            if segs == ["Vec", "new"]:
                t.resolutions[e] = Res("assoc_fn", "std::vec::Vec::new")
                return T.FnDef("std::vec::Vec::new")
            raise NotImplementedError(f"toy typer: path {segs}")
        if isinstance(e, ast.Call):
            fty = self.expr(e.func, scope)
            for a in e.args:
                self.expr(a, scope)
            name = fty.def_id
            if name.startswith("crate::"):
                return self.fn_sigs[name[len("crate::"):]][1]
            if name.startswith("std::string::String"):
                return STRING
            if name == "std::vec::Vec::new":
                return VEC_STRING
            return T.UNIT
        if isinstance(e, ast.MethodCall):
            rty = self.expr(e.receiver, scope)
            for a in e.args:
                self.expr(a, scope)
            mode, ret = METHODS[e.method.ident.name] if hasattr(e.method, "ident") else METHODS[e.method.name]
            base = rty
            adjs = []
            while isinstance(base, T.Ref):
                adjs.append(Adjustment("deref", False, base.inner))
                base = base.inner
            if mode in ("ref", "mut"):
                adjs.append(Adjustment("borrow", mode == "mut", T.Ref(T.ERASED, mode == "mut", base)))
            if adjs:
                t.adjustments[e.receiver] = tuple(adjs)
            name = e.method.name
            owner = base.def_id if isinstance(base, T.Adt) else "std::primitive"
            recv_ty = adjs[-1].target if adjs else base
            r = ret(base)
            t.callees[e] = Callee(f"{owner}::{name}", None, (), (recv_ty,), r)
            return r
        if isinstance(e, ast.Field):
            bty = self.expr(e.base, scope)
            base = bty
            adjs = []
            while isinstance(base, T.Ref):
                adjs.append(Adjustment("deref", False, base.inner))
                base = base.inner
            if adjs:
                t.adjustments[e.base] = tuple(adjs)
            info = t.adts[base.def_id]
            for f in info.fields:
                if f.name == e.ident.name:
                    return f.ty
            raise NotImplementedError("toy typer: field")
        if isinstance(e, ast.AddrOf):
            return T.Ref(T.ERASED, e.mutable, self.expr(e.operand, scope))
        if isinstance(e, ast.Unary):
            it = self.expr(e.operand, scope)
            if e.op == "*":
                return it.inner
            return it
        if isinstance(e, ast.Binary):
            lt = self.expr(e.lhs, scope)
            self.expr(e.rhs, scope)
            return T.BOOL if e.op in ("==", "!=", "<", ">", "<=", ">=", "&&", "||") else lt
        if isinstance(e, (ast.Assign, ast.CompoundAssign)):
            self.expr(e.lhs, scope)
            self.expr(e.rhs, scope)
            return T.UNIT
        if isinstance(e, ast.StructLit):
            name = e.path.segments[-1].ident.name
            for f in e.fields:
                self.expr(f.expr, scope)
            t.resolutions[e.path] = Res("struct", f"crate::{name}")
            return T.Adt(f"crate::{name}")
        if isinstance(e, ast.BlockExpr):
            return self.block(e.block, scope)
        if isinstance(e, ast.If):
            self.expr(e.cond, scope)
            self.block(e.then, scope)
            if e.else_ is not None:
                return self.expr(e.else_, scope)
            return T.UNIT
        if isinstance(e, ast.While):
            self.expr(e.cond, scope)
            self.block(e.body, scope)
            return T.UNIT
        if isinstance(e, ast.Loop):
            self.block(e.body, scope)
            return T.UNIT
        if isinstance(e, (ast.Break, ast.Continue)):
            return T.NEVER
        if isinstance(e, ast.Return):
            if e.value is not None:
                self.expr(e.value, scope)
            return T.NEVER
        if isinstance(e, ast.MacroCall):
            for a in e.args:
                self.expr(a, scope)
            if e.fmt is not None:
                for a in e.fmt.args:
                    self.expr(a, scope)
            if e.name == "vec":
                return VEC_STRING
            if e.name == "format":
                return STRING
            return T.NEVER if e.name == "panic" else T.UNIT
        if isinstance(e, ast.Tuple):
            return T.Tuple(tuple(self.expr(x, scope) for x in e.elems))
        raise NotImplementedError(f"toy typer: expression {type(e).__name__}")


def typed_from_source(src: str):
    f = SourceFile.from_text("test.rs", src)
    parsed = parse(f, "2021")
    assert not parsed.diagnostics, parsed.diagnostics
    return ToyTyper(parsed.crate).t, f
