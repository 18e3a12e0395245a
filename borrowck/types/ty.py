"""The semantic type representation, with region (lifetime) variables.

Types are immutable values (eq by value, hashable). `DefId` is a canonical path string:
user items are `crate::Name`, `crate::Name::method`, `crate::m::Name`; std items are
`std::...` as declared in the std model (`std::string::String`, `std::vec::Vec`,
`std::option::Option`, ...). Regions appear in references, `dyn` objects and as generic
arguments of ADTs (`Ref<'a, T>`, user structs with lifetime parameters).
"""
from __future__ import annotations

from typing import Optional, Union

from ..syntax.node_class import node_class

DefId = str

ty = node_class(frozen=True, slots=True)  # dataclass's twin, cheaper to define


# ───────────────────────────── regions ─────────────────────────────


@ty
class Region:
    """kind: "static" | "param" (a named/elided universal region of the enclosing fn or
    impl: name "'a" or "'_elided0") | "var" (an inference variable, `index`) | "erased"."""

    kind: str
    name: str = ""
    index: int = -1

    def __str__(self) -> str:
        if self.kind == "static":
            return "'static"
        if self.kind == "param":
            return self.name
        if self.kind == "var":
            return f"'?{self.index}"
        return "'_"


STATIC = Region("static")
ERASED = Region("erased")


# ───────────────────────────── types ─────────────────────────────


@ty
class Int:
    name: str  # "i8" ... "i128", "isize", "u8" ... "u128", "usize"

    @property
    def signed(self) -> bool:
        return self.name[0] == "i"

    @property
    def bits(self) -> int:
        rest = self.name[1:]
        return 64 if rest == "size" else int(rest)


@ty
class Float:
    name: str  # "f32" | "f64"


@ty
class Bool:
    pass


@ty
class Char:
    pass


@ty
class Str:
    """The unsized `str`; `&str` is Ref(region, False, Str())."""


@ty
class Never:
    pass


@ty
class Tuple:
    elems: tuple  # of Ty; () is unit


@ty
class Array:
    elem: "Ty"
    length: Optional[int]  # None while unknown; a const parameter `N` is Param("N") (an Infer while inferred)


@ty
class Slice:
    elem: "Ty"


@ty
class Ref:
    region: Region
    mutable: bool
    inner: "Ty"


@ty
class Ptr:
    mutable: bool
    inner: "Ty"


@ty
class Adt:
    """A struct, enum or union, user-defined or from the std model.
    args: generic arguments in declaration order (lifetimes first, as Region; then
    types; then consts as ints)."""

    def_id: DefId
    args: tuple = ()


@ty
class FnDef:
    """The zero-sized type of a named function or method item, with its generic args
    (type args, then const args: `generic_subst.generic_arg_names`)."""

    def_id: DefId
    args: tuple = ()


@ty
class FnPtr:
    params: tuple
    ret: "Ty"


@ty
class Closure:
    """A closure's type. def_id names the closure expression (`crate::f::{closure#0}`);
    params/ret are its inferred signature; kind is "Fn" | "FnMut" | "FnOnce"."""

    def_id: DefId
    params: tuple
    ret: "Ty"
    kind: str = "Fn"


@ty
class Param:
    """A generic type parameter in scope (`T`, or `Self` inside traits)."""

    name: str


@ty
class Dyn:
    """`dyn Trait + Send + 'a`: principal trait def_id with its args, auto traits, region."""

    trait_id: DefId
    args: tuple = ()
    auto_traits: tuple = ()
    region: Region = ERASED
    assoc: tuple = ()  # ((name, Ty), ...) e.g. (("Output", i32),) for dyn Fn(..) -> i32


@ty
class Alias:
    """A projection not normalized yet: `<self_ty as trait_id<args>>::name`."""

    trait_id: DefId
    name: str
    self_ty: "Ty"
    args: tuple = ()


@ty
class Opaque:
    """`impl Trait` in return position, identified by its defining fn."""

    def_id: DefId
    bounds: tuple = ()  # textual or structured bounds, for diagnostics and method lookup


@ty
class Infer:
    """An inference variable; kind "ty" | "int" | "float" (integer/float literal vars)."""

    index: int
    kind: str = "ty"


@ty
class Error:
    """A type that could not be determined; already reported, suppress cascades."""


Ty = Union[Int, Float, Bool, Char, Str, Never, Tuple, Array, Slice, Ref, Ptr, Adt, FnDef,
           FnPtr, Closure, Param, Dyn, Alias, Opaque, Infer, Error]

UNIT = Tuple(())
BOOL = Bool()
CHAR = Char()
STR = Str()
NEVER = Never()
I32 = Int("i32")
USIZE = Int("usize")
F64 = Float("f64")
ERROR = Error()
