"""Name resolution: modules, `use`, the prelude, and paths (see README.md)."""
from .path_res import PathResolution, PathResolver
from .resolver import Resolver

__all__ = ["PathResolution", "PathResolver", "Resolver"]
