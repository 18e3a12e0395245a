"""E0004 (non-exhaustive `match`) and E0005 (refutable pattern in `let`), with rustc's
witness patterns (`None`, `Shape::Square(_)`, `101_u8..=u8::MAX`, `&[_, ..]`).

1. For every `match`, lower the unguarded arms' patterns against the scrutinee's type and
   ask usefulness for the values they miss; for every plain `let`, the same with one row.
2. Print up to three witnesses (`A`, `B` and 2 more) in the message and the label, then
   rustc's notes: where a user type is defined (missing variants labeled), the matched type.
"""
from __future__ import annotations

from typing import Optional

from ..diagnostics import registry
from ..diagnostics.diagnostic import Diagnostic, Label, SubDiagnostic
from ..source.span import DUMMY_SPAN, SourceFile, Span
from ..syntax import ast
from ..syntax.walk import iter_nodes
from .crate_nodes import CrateNodes
from ..types import ty as T
from ..types.ty_display import ty_str as show_ty
from ..types.type_fold import erase_regions
from .int_values import show as show_int
from .pattern_space import Pat, PatternSpace, peel_refs
from .std_locations import STD_ENUMS
from .usefulness import missing

PRELUDE_VARIANTS = ("std::option::Option", "std::result::Result", "core::option::Option", "core::result::Result")


def known_type(t) -> bool:
    """Whether t is fully known (no inference variables or errors left in it)."""
    if t is None or isinstance(t, (T.Infer, T.Error)):
        return False
    for name in getattr(t, "__slots__", ()):
        value = getattr(t, name)
        parts = value if isinstance(value, tuple) else (value,)
        if any(not isinstance(p, (str, int, bool, type(None), T.Region)) and not known_type(p) for p in parts):
            return False
    return True


class WitnessPrinter:
    def __init__(self, space: PatternSpace):
        self.space = space

    def show(self, p: Pat) -> str:
        c, t = p.ctor, p.ty
        kind = c[0]
        if kind in ("wild", "opaque"):
            return "_"
        if kind == "bool":
            return "true" if c[1] else "false"
        if kind == "range":
            return self.show_range(c[1], c[2], t)
        if kind == "slice":
            items = [self.show(f) for f in p.fields] + ([".."] if c[3] else [])
            return "[" + ", ".join(items) + "]"
        if kind == "variant":
            info = self.space.adt(t)
            variant = info.variants[c[1]]
            path = variant.name if info.def_id in PRELUDE_VARIANTS else f"{info.name}::{variant.name}"
            return path + self.show_fields(variant.kind, [f.name for f in variant.fields], p.fields)
        # single constructors
        if isinstance(t, T.Tuple):
            inner = [self.show(f) for f in p.fields]
            return "(" + inner[0] + ",)" if len(inner) == 1 else "(" + ", ".join(inner) + ")"
        if isinstance(t, T.Ref):
            return "&" + self.show(p.fields[0])
        if isinstance(t, T.Array):
            return "[" + ", ".join(self.show(f) for f in p.fields) + "]"
        info = self.space.adt(t)
        if info is not None:
            return info.name + self.show_fields(info.ctor_kind, [f.name for f in info.fields], p.fields)
        return "box " + self.show(p.fields[0]) if p.fields else "_"

    def show_fields(self, kind: str, names: list, fields: tuple) -> str:
        if kind == "unit" or (not fields and kind != "named"):
            return ""
        if kind == "tuple":
            return "(" + ", ".join(self.show(f) for f in fields) + ")"
        shown = [f"{n}: {self.show(f)}" for n, f in zip(names, fields) if f.ctor[0] != "wild"]
        if len(shown) < len(names):
            shown.append("..")
        return " { " + ", ".join(shown) + " }"

    def show_range(self, lo: int, hi: int, t) -> str:
        if isinstance(t, T.Char):
            return char_lit(lo) if lo == hi else f"{char_lit(lo)}..={char_lit(hi)}"
        name = t.name
        return show_int(lo, name) if lo == hi else f"{show_int(lo, name)}..={show_int(hi, name)}"


CHAR_ESCAPES = {0: "\\0", 9: "\\t", 10: "\\n", 13: "\\r", 39: "\\'", 92: "\\\\"}
MAX_VARIANT_LABELS = 5  # rustc points at no more missing variants than this


def char_lit(v: int) -> str:
    """A char as Rust's `{:?}` writes it: `'a'`, `'\\0'`, `'\\u{d7ff}'`."""
    if v in CHAR_ESCAPES:
        return f"'{CHAR_ESCAPES[v]}'"
    c = chr(v)
    return f"'{c}'" if c.isprintable() else f"'\\u{{{v:x}}}'"


def ty_str(t) -> str:
    """Types in these notes print with regions erased (`&str`, not `&'static str`)."""
    return show_ty(erase_regions(t))


def covers_variant(witness: str, variant: str, prefix: str) -> bool:
    """Whether a printed witness is (a pattern of) that variant."""
    path = prefix + variant
    return witness == path or witness.startswith((path + "(", path + " {"))


def joined(items: list) -> str:
    quoted = [f"`{w}`" for w in items]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) <= 3:
        return ", ".join(quoted[:-1]) + " and " + quoted[-1]
    return ", ".join(quoted[:3]) + f" and {len(quoted) - 3} more"


class MatchCheck:
    def __init__(self, typed, file: SourceFile):
        self.typed = typed
        self.file = file
        self.space = PatternSpace(typed)
        self.printer = WitnessPrinter(self.space)

    def run(self, crate: ast.Crate, nodes: Optional[CrateNodes] = None) -> list[Diagnostic]:
        nodes = nodes if nodes is not None else CrateNodes(crate)
        diags = []
        for n in nodes.of(ast.Match, ast.Let, ast.For, ast.Fn, ast.Closure):
            if isinstance(n, ast.Match):
                d = self.check_match(n)
            elif isinstance(n, ast.Let) and n.else_block is None:
                d = self.check_let(n)
            elif isinstance(n, ast.For):
                d = self.check_binding(n.pat, "E0005.for")
            elif isinstance(n, ast.Fn):
                found = [self.check_binding(p.pat, "E0005.fn_arg") for p in n.params]
                diags += [f for f in found if f is not None]
                continue
            elif isinstance(n, ast.Closure):
                found = [self.check_binding(p.pat, "E0005.closure_arg") for p in n.params]
                diags += [f for f in found if f is not None]
                continue
            else:
                continue
            if d is not None:
                diags.append(d)
        return diags

    def witnesses(self, pats: list, t, guarded=()) -> list[str]:
        guarded = guarded or [False] * len(pats)
        rows = [(g, (self.space.lower(p, t),)) for p, g in zip(pats, guarded)]
        return [self.printer.show(w[0]) for w in missing(self.space, rows, (t,), top=True)]

    def check_match(self, m: ast.Match) -> Optional[Diagnostic]:
        t = self.typed.expr_types.get(m.scrutinee)
        if not known_type(t):
            return None
        found = self.witnesses([arm.pat for arm in m.arms], t, [arm.guard is not None for arm in m.arms])
        if not found:
            return None
        text = joined(found)
        label = registry.text("E0004.label", s="s" if len(found) > 1 else "", pats=text)
        diag = registry.error("E0004", m.scrutinee.span, label, pats=text)
        self.defined_here(diag, t, found)
        diag.note(registry.text("E0004.matched_type", ty=ty_str(t)))
        if isinstance(t, T.Ref) and isinstance(t.inner, T.Str):
            diag.note(registry.text("E0004.str_needs_wildcard"))
        self.arm_suggestion(diag, m, found)
        return diag

    def check_let(self, let: ast.Let) -> Optional[Diagnostic]:
        if isinstance(let.pat, (ast.IdentPat, ast.WildPat)) and getattr(let.pat, "subpat", None) is None:
            return None
        t = self.typed.pat_types.get(let.pat)
        if not known_type(t) and let.init is not None:
            t = self.typed.expr_types.get(let.init)
        if not known_type(t):
            return None
        found = self.witnesses([let.pat], t)
        if not found:
            return None
        text = joined(found)
        label = registry.text("E0004.label", s="s" if len(found) > 1 else "", pats=text)
        diag = registry.error("E0005", let.pat.span, label)
        diag.note(registry.text("E0005.irrefutable"))
        diag.note(registry.text("E0005.book"))
        self.defined_here(diag, t, found, include_std=False)
        diag.note(registry.text("E0004.matched_type", ty=ty_str(t)))
        binds = any(isinstance(n, ast.IdentPat) and self.typed.resolutions.get(n) is None
                    for n in iter_nodes(let.pat))
        if binds and let.init is not None:
            which = "variants that aren't" if len(found) > 1 else "variant that isn't"
            diag.help(registry.text("E0005.let_else", which=which), let.init.span.shrink_to_hi(),
                      " else { todo!() }", "HasPlaceholders")
        return diag

    def check_binding(self, pat: ast.Node, key: str) -> Optional[Diagnostic]:
        """A refutable pattern where only irrefutable ones are allowed (argument, `for`)."""
        if isinstance(pat, (ast.IdentPat, ast.WildPat)) and getattr(pat, "subpat", None) is None:
            return None
        t = self.typed.pat_types.get(pat)
        if not known_type(t):
            return None
        found = self.witnesses([pat], t)
        if not found:
            return None
        text = joined(found)
        label = registry.text("E0004.label", s="s" if len(found) > 1 else "", pats=text)
        diag = registry.error(key, pat.span, label)
        self.defined_here(diag, t, found, include_std=False)
        return diag.note(registry.text("E0004.matched_type", ty=ty_str(t)))

    def defined_here(self, diag: Diagnostic, t, found: list, include_std: bool = True) -> None:
        """`note: `Shape` defined here` for an enum or struct, labeling the variants not covered
        (std's Option and Result at rustc's own source locations)."""
        inner = peel_refs(t)
        info = self.space.adt(inner)
        if info is None:
            return
        shown = [w.lstrip("&") for w in found[:MAX_VARIANT_LABELS]]
        note = registry.text("E0004.defined_here", ty=ty_str(inner))
        if info.def_id in STD_ENUMS and include_std:
            where, variants = STD_ENUMS[info.def_id]
            labels = [Label(DUMMY_SPAN, "", True, where)]
            for v in info.variants:
                if v.name in variants and any(covers_variant(w, v.name, "") for w in shown):
                    labels.append(Label(DUMMY_SPAN, registry.text("E0004.not_covered"), False, variants[v.name]))
            diag.children.append(SubDiagnostic("note", note, labels))
            return
        if info.is_std or info.node is None:
            return
        diag.note(note, info.node.ident.span)
        child = diag.children[-1]
        if info.kind == "enum":
            for v in info.node.variants:
                if any(covers_variant(w, v.ident.name, f"{info.name}::") for w in shown):
                    child.labels.append(Label(v.ident.span, registry.text("E0004.not_covered"), False))

    def arm_suggestion(self, diag: Diagnostic, m: ast.Match, found: list) -> None:
        """The `help:` with a new arm; rustc's edit is shown only for one-line matches."""
        if len(found) == 1:
            key, pats = "E0004.help_one", found[0]
        elif len(found) <= 3:
            key, pats = "E0004.help_many", " | ".join(found)
        else:
            key, pats = "E0004.help_wild", "_"
        if not m.arms:
            self.empty_match_suggestion(diag, m, key, pats)
            return
        last = m.arms[-1]
        end = last.span.hi
        if self.file.data[end - 1:end] == b",":
            end -= 1  # the new arm goes before the last arm's comma, which then ends it
        one_line = self.file.line_col(m.span.lo)[0] == self.file.line_col(m.span.hi)[0]
        if one_line:
            text = f", {pats} => todo!()"
        else:
            line = self.file.line_text(self.file.line_col(last.span.lo)[0])
            text = f",\n{line[:len(line) - len(line.lstrip())]}{pats} => todo!()"
        diag.help(registry.text(key), Span(end, end), text, "HasPlaceholders")

    def empty_match_suggestion(self, diag: Diagnostic, m: ast.Match, key: str, pats: str) -> None:
        """`match x {}`: a new arm goes between the braces."""
        open_brace = self.file.data.find(b"{", m.scrutinee.span.hi, m.span.hi)
        if open_brace < 0:
            diag.help(registry.text(key))
            return
        line = self.file.line_text(self.file.line_col(m.span.lo)[0])
        indent = line[:len(line) - len(line.lstrip())]
        at = Span(open_brace + 1, open_brace + 1)
        diag.help(registry.text(key), at, f"\n{indent}    {pats} => todo!(),\n{indent}", "HasPlaceholders")


def check_matches(typed, file: SourceFile, crate: ast.Crate, nodes: Optional[CrateNodes] = None) -> list[Diagnostic]:
    return MatchCheck(typed, file).run(crate, nodes)
