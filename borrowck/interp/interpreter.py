"""The Interpreter: state of one program run, and the calls of fns and closures.

Evaluation is split by concern into mixins (one `eval_<Node>` / `place_<Node>` /
`exec_<Stmt>` / `match_<Pat>` per node class); this class wires their dispatch tables
once and owns the run state (frames, output, limits).
"""
from __future__ import annotations

import os

from ..syntax import ast
from ..types import ty as T
from ..mir.type_props import TypeProps
from .compare import Compare
from .closures import Closures
from .compile_block import CompileBlocks
from .compile_call import CompileCalls
from .compile_control import CompileControl
from .compile_expr import CompileExprs
from .compile_fn import CompileFns
from .compile_place import CompilePlaces
from .compiler import Compiler
from .scalar_source import ScalarSource
from .control_flow import ControlFlow
from .conversions import Conversions, Defaults
from .display import Display
from .drops import Drops
from .exprs import Exprs, Promotion
from .frame import Frame
from .int_types import IntTypes, prim_int
from .macros import Macros
from .methods import Methods
from .moves import clone_value, take
from .patterns import Patterns
from .places import Places
from .program import Program
from . import std_any
from .run import Runner
from .signals import LimitExceeded, ReturnSignal, StackOverflow, UNWINDING
from .std_registry import build_registry
from .stmts import Stmts
from .values import MOVED, ClosureV, FnV, UNIT


class Interpreter(Exprs, ControlFlow, Closures, Places, Stmts, Patterns, Methods, Drops, Compare, Display, Macros,
                  Conversions, Defaults, Runner, IntTypes, Compiler, CompileExprs, CompilePlaces, CompileBlocks,
                  CompileControl, CompileCalls, CompileFns, ScalarSource, Promotion):
    def __init__(self, typed, file, stdout, stderr, args=(), limits=None):
        self.typed = typed
        self.file = file
        self.out = stdout
        self.err = stderr
        self.args = tuple(args)
        self.limits = limits
        self.step_limit = limits.max_steps if limits else 50_000_000
        self.memory_limit = limits.max_memory if limits else None
        self.max_depth = limits.max_call_depth if limits else 3_000
        self.steps = 0
        # hot loops compare `steps` with this checkpoint only; `step()` does the slow checks
        self.max_steps = self.next_checkpoint()
        self.depth = 0
        self.program = Program(typed.crate)
        # trait-impl methods by the DefId the type checker names in `callees` (program.ambiguous)
        self.impl_fns = ({info.def_id: fn for fn, info in typed.fns.items() if fn in self.program.impl_of}
                         if self.program.ambiguous else {})
        self.expr_types = typed.expr_types
        self.std_methods, self.std_assoc = build_registry()
        self.frame = Frame()
        self.path_cache = {}
        self.const_cache = {}
        self.int_ty_cache = {}
        self.local_names = {}
        self.block_scope_cache = {}
        self.method_cache = {}  # (value class, type key, method name) -> Method | std fn | None
        self.lit_cache = {}
        self.fns_by_def_id = None  # DefId -> ast.Fn of the crate's fns, built on first use
        self.for_loops = {}  # a `for` loop's iterable expr -> the loop (compile_For)
        self.promoted_cache = {}  # expr -> whether `&expr` is a promoted static
        self.type_props = TypeProps(typed.adts)
        self.hints = {}  # expr -> target type (see conversions.py)
        self.hinted = set()  # lets / fns whose hints are recorded
        self.threads = None  # the scheduler, made by std_thread on first spawn
        self.eval_table = self.build_table("eval_")
        self.any_coercions = self.find_any_coercions()
        self.match_table = self.build_table("match_")
        self.macro_table = self.build_macro_table()
        self.user_deref_coercions = self.find_user_deref_coercions()
        self.init_compiler()  # routes eval_table through compiled closures
        self.panicked = False  # the backtrace note is printed after the first panic only

    def find_any_coercions(self) -> dict:
        """expr -> `dyn Any` target type, for the coercions to `&dyn Any`/`Box<dyn Any>`:
        compiled code tags those values with their static source type (std_any,
        Compiler.tagging); programs without such coercions pay nothing."""
        return {e: a.target for e, adj in self.typed.adjustments.items() for a in adj
                if a.kind == "unsize" and e in self.expr_types and std_any.is_any_target(a.target)}

    def build_table(self, prefix: str) -> dict:
        """node class -> bound method `prefix + class name`, built once."""
        table = {}
        for name in dir(ast):
            cls = getattr(ast, name)
            if isinstance(cls, type) and issubclass(cls, ast.Node):
                meth = getattr(self, prefix + name, None)
                if meth is not None:
                    table[cls] = meth
        return table

    # ── the small operations every module uses ──
    def take(self, lst, idx):
        return take(lst, idx)

    def clone(self, v):
        return clone_value(self, v)

    def step(self) -> None:
        """Count one step (a call or a loop iteration); at a checkpoint, enforce the limits."""
        self.steps += 1
        if self.steps > self.max_steps:
            self.checkpoint()

    def checkpoint(self) -> None:
        """`steps` passed the checkpoint (hot loops count inline and call this)."""
        if self.steps > self.max_steps:
            if self.steps > self.step_limit:
                raise LimitExceeded(f"the program exceeded the step limit of {self.step_limit} steps "
                                    f"(a step is a call or a loop iteration; raise it with --max-steps)")
            self.check_memory()
            self.max_steps = self.next_checkpoint()

    def next_checkpoint(self) -> int:
        if self.memory_limit is None:
            return self.step_limit
        return min(self.step_limit, self.steps + MEMORY_CHECK_STEPS)

    def check_memory(self, extra: int = 0) -> None:
        """Raise LimitExceeded when the process's resident memory (plus `extra` bytes about to
        be allocated) is above --max-memory."""
        if self.memory_limit is None:
            return
        used = resident_bytes() + extra
        if used > self.memory_limit:
            raise LimitExceeded(f"the program exceeded the memory limit of {self.memory_limit} bytes "
                                f"(the interpreter's resident memory {'would reach' if extra else 'reached'} {used} bytes; "
                                f"raise it with --max-memory)")

    def int_ty(self, expr):
        """The integer type name of expr's value (type checker first, then int_types.py)."""
        cache = self.int_ty_cache
        t = cache.get(expr, cache)
        if t is cache:
            t = cache[expr] = self.compute_int_ty(expr)
        return t

    def compute_int_ty(self, expr):
        if expr.__class__ is ast.CompoundAssign:  # typed `()`: the operands carry the width
            return self.int_ty(expr.lhs) or self.int_ty(expr.rhs)
        t = self.expr_types.get(expr)
        if t.__class__ is T.Int:
            return t.name
        if t.__class__ is T.Ref and t.inner.__class__ is T.Int:
            return t.inner.name
        if t is None:
            return self.guess_int_ty(expr)
        return None

    # ── calls ──
    def call_fn(self, fn: ast.Fn, args: list, owner=None, self_value=MOVED, tyargs=None):
        """Call a user fn: bind `self` and params in a fresh frame, run the body, drop
        temporaries and params, return the value (the fn's compiled entry, compile_fn.py)."""
        f = self.entries.get(fn)
        if f is None:
            f = self.fn_entry(fn)
        return f(args, owner, self_value, tyargs)

    def call_closure(self, c: ClosureV, args: list):
        depth = self.depth = self.depth + 1
        if depth > self.max_depth:
            raise StackOverflow()
        self.steps += 1
        if self.steps > self.max_steps:
            self.checkpoint()
        caller = self.frame
        frame = self.frame = Frame(c.owner, c.env, None)
        frame.tyargs = c.tyargs
        params = frame.push_scope()
        node = c.node
        try:
            names = self.simple_params(node)
            if names is not None and len(names) == len(args):
                for name, arg in zip(names, args):
                    params.declare(name, [arg])
            else:
                if len(node.params) != len(args) and len(node.params) == 1:
                    args = [self.tuple_of(args)]
                for param, arg in zip(node.params, args):
                    self.bind_pattern(param.pat, [arg], 0, "move", params, True)
            body = node.body
            code = self.code.get(body)
            if code is None:
                code = self.compile_expr(body)
            try:
                value = code(frame)
            except ReturnSignal as r:
                value = r.value
            if frame.temps:
                self.drop_temps(frame.temps)
            self.pop_scope(params)
            return value
        except UNWINDING:
            self.drop_temps(frame.temps)
            if frame.scopes:
                self.pop_scope(params)
            raise
        finally:
            self.frame = caller
            self.depth -= 1

    def plan_params(self, fn):
        """((name, declared int type), ...) if every parameter is a plain binding, else None."""
        names = self.simple_params_of(tuple(p.pat for p in fn.params))
        if names is None:
            return None
        return tuple((n, prim_int(p.ty)) for n, p in zip(names, fn.params))

    def simple_params(self, closure):
        """The parameter names when every parameter is a plain binding (`|a, mut b|`)."""
        return self.simple_params_of(tuple(p.pat for p in closure.params))

    def simple_params_of(self, pats: tuple):
        cache = self.block_scope_cache
        key = ("params",) + pats
        names = cache.get(key, cache)
        if names is cache:
            ok = all(p.__class__ is ast.IdentPat and not p.by_ref and p.subpat is None
                     and self.ident_pat_constant(p) is None for p in pats)
            names = cache[key] = tuple(p.ident.name for p in pats) if ok else None
        return names

    def call_value(self, f, args: list, node=None):
        """Call anything callable at run time: fn items, closures, std fns, via pointers."""
        c = f.__class__
        if c is ClosureV:
            return self.call_closure(f, args)
        if c is FnV:
            if f.fn.self_param is not None:
                recv, rest = args[0], args[1:]
                return self.call_fn(f.fn, rest, f.owner, recv)
            return self.call_fn(f.fn, args, f.owner)
        if hasattr(f, "call"):
            return f.call(self, args, node)
        target = self.deref_value(f)
        if target is not f:
            return self.call_value(target, args, node)
        raise AssertionError(f"interpreter bug: calling a non-callable {f!r}")

    def tuple_of(self, items: list):
        from .values import TupleV
        return TupleV(list(items)) if items else UNIT


MEMORY_CHECK_STEPS = 20_000  # steps between two resident-memory readings


def resident_bytes() -> int:
    """The process's resident set size (Linux /proc; elsewhere the peak from getrusage)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * PAGE_BYTES
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

_INT_SUFFIX = frozenset(("i8", "i16", "i32", "i64", "i128", "isize",
                         "u8", "u16", "u32", "u64", "u128", "usize"))
