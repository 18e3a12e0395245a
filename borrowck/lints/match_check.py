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
from ..diagnostics.diagnostic import Diagnostic
from ..source.span import SourceFile, Span
from ..syntax import ast
from ..syntax.walk import iter_nodes
from ..types import ty as T
from ..types.ty_display import ty_str
from .int_values import show as show_int
from .pattern_space import Pat, PatternSpace, peel_refs
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
            def ch(v):
                return "'" + chr(v).encode("unicode_escape").decode().replace("\\x", "\\u{") + "'" \
                    if v < 32 or 0xD800 <= v <= 0xDFFF else f"'{chr(v)}'"
            return ch(lo) if lo == hi else f"{ch(lo)}..={ch(hi)}"
        name = t.name
        return show_int(lo, name) if lo == hi else f"{show_int(lo, name)}..={show_int(hi, name)}"


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

    def run(self, crate: ast.Crate) -> list[Diagnostic]:
        diags = []
        for n in iter_nodes(crate):
            if isinstance(n, ast.Match):
                d = self.check_match(n)
            elif isinstance(n, ast.Let) and n.else_block is None:
                d = self.check_let(n)
            else:
                continue
            if d is not None:
                diags.append(d)
        return diags

    def witnesses(self, pats: list, t) -> list[str]:
        rows = [(self.space.lower(p, t),) for p in pats]
        return [self.printer.show(w[0]) for w in missing(self.space, rows, (t,), top=True)]

    def check_match(self, m: ast.Match) -> Optional[Diagnostic]:
        t = self.typed.expr_types.get(m.scrutinee)
        if not known_type(t):
            return None
        found = self.witnesses([arm.pat for arm in m.arms if arm.guard is None], t)
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
        self.defined_here(diag, t, found)
        diag.note(registry.text("E0004.matched_type", ty=ty_str(t)))
        binds = any(isinstance(n, ast.IdentPat) and self.typed.resolutions.get(n) is None
                    for n in iter_nodes(let.pat))
        if binds and let.init is not None:
            which = "variants that aren't" if len(found) > 1 else "variant that isn't"
            diag.help(registry.text("E0005.let_else", which=which), let.init.span.shrink_to_hi(),
                      " else { todo!() }", "HasPlaceholders")
        return diag

    def defined_here(self, diag: Diagnostic, t, found: list) -> None:
        """`note: `Shape` defined here` for a user type, labeling the variants not covered."""
        info = self.space.adt(peel_refs(t))
        if info is None or info.is_std or info.node is None:
            return
        ident = info.node.ident.span
        note = registry.text("E0004.defined_here", ty=ty_str(peel_refs(t)))
        diag.note(note, ident)
        child = diag.children[-1]
        if info.kind == "enum":
            prefix = f"{info.name}::"
            for v in info.node.variants:
                if any(w == prefix + v.ident.name or w.startswith((prefix + v.ident.name + "(",
                                                                   prefix + v.ident.name + " {"))
                       for w in (x.lstrip("&") for x in found)):
                    child.labels.append(type(child.labels[0])(v.ident.span, registry.text("E0004.not_covered"), False))

    def arm_suggestion(self, diag: Diagnostic, m: ast.Match, found: list) -> None:
        """The `help:` with a new arm; rustc's edit is shown only for one-line matches."""
        if len(found) == 1:
            key, pats = "E0004.help_one", found[0]
        elif len(found) <= 3:
            key, pats = "E0004.help_many", " | ".join(found)
        else:
            key, pats = "E0004.help_wild", "_"
        one_line = self.file.line_col(m.span.lo)[0] == self.file.line_col(m.span.hi)[0]
        if m.arms and one_line:
            last = m.arms[-1]
            end = last.span.hi
            comma = self.file.data[end:end + 1] == b","
            at = Span(end + 1, end + 1) if comma else Span(end, end)
            text = f" {pats} => todo!()," if comma else f", {pats} => todo!()"
            diag.help(registry.text(key), at, text, "HasPlaceholders")
        else:
            diag.help(registry.text(key))


def check_matches(typed, file: SourceFile, crate: ast.Crate) -> list[Diagnostic]:
    return MatchCheck(typed, file).run(crate)
