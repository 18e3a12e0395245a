"""The resolver facade the ItemTable hands to body checking: paths and types in a Scope."""
from __future__ import annotations

from typing import Callable, Optional

from ..types import ty as T
from ..types.lower_ty import LowerCx
from .path_res import PathResolution, PathResolver


class Resolver:
    def __init__(self, paths: PathResolver, lowerer):
        self.paths = paths
        self.lowerer = lowerer

    def resolve_path(self, path, scope, ns: str, what: Optional[str] = None) -> PathResolution:
        return self.paths.resolve_path(path, scope, ns, what)

    def lower_type(self, t, scope, diags: list, fresh_region: Optional[Callable] = None,
                   fresh_ty: Optional[Callable] = None) -> T.Ty:
        elided = fresh_region if fresh_region is not None else (lambda node: T.ERASED)
        cx = LowerCx(scope, diags, elided, fresh_ty, None, "types")
        return self.lowerer.lower(t, cx)

    def traits_in_scope(self, scope) -> set:
        """Traits whose methods may be called by method syntax at scope: traits named in
        the module (and enclosing blocks), imported `as _`, and the prelude's."""
        tree = self.paths.tree
        out = set()
        cur = scope.module
        while cur is not None:
            data = tree.modules[cur]
            out.update(b.target for b in data.ns.types.values() if b.kind == "trait")
            out.update(data.anon_traits)
            if data.kind != "block":
                break
            cur = data.parent
        prelude = tree.modules.get("std::prelude")
        if prelude is not None:
            out.update(b.target for b in prelude.ns.types.values() if b.kind == "trait")
        return out
