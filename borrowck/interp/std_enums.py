"""The std enums the runtime builds values of: Option, Result, Ordering (constants)."""
from __future__ import annotations

from .program import AdtDef, VariantDef
from .values import EnumV


def _enum(name: str, variants, copy: bool = False) -> AdtDef:
    adt = AdtDef(name, True, derives=frozenset(("Debug", "Clone", "PartialEq", "PartialOrd", "Eq",
                                                "Ord", "Hash")), is_copy=copy, is_generic=not copy)
    for i, (vname, nfields, disc) in enumerate(variants):
        vd = VariantDef(vname, i, "tuple" if nfields else "unit", tuple(str(j) for j in range(nfields)),
                        disc, adt)
        adt.variants[vname] = vd
        adt.variant_list.append(vd)
    return adt


OPTION = _enum("Option", (("None", 0, 0), ("Some", 1, 1)))
RESULT = _enum("Result", (("Ok", 1, 0), ("Err", 1, 1)))
ORDERING = _enum("Ordering", (("Less", 0, -1), ("Equal", 0, 0), ("Greater", 0, 1)), copy=True)
NONE_V = OPTION.variants["None"]
SOME_V = OPTION.variants["Some"]
OK_V = RESULT.variants["Ok"]
ERR_V = RESULT.variants["Err"]
NONE = EnumV(OPTION, NONE_V, [])
ORDERINGS = {-1: EnumV(ORDERING, ORDERING.variants["Less"], []),
             0: EnumV(ORDERING, ORDERING.variants["Equal"], []),
             1: EnumV(ORDERING, ORDERING.variants["Greater"], [])}
REVERSE = AdtDef("Reverse", False, "tuple", ("0",), {"0": 0},
                 derives=frozenset(("Debug", "Clone", "Copy", "PartialEq", "Eq", "Hash")), is_copy=True,
                 is_generic=True)
STD_STRUCTS = {"Reverse": REVERSE}  # std::cmp::Reverse: Ord reversed (compare.py)
PRELUDE_VARIANTS = {"Some": SOME_V, "None": NONE_V, "Ok": OK_V, "Err": ERR_V}
TRY_RECV_ERROR = _enum("TryRecvError", (("Empty", 0, 0), ("Disconnected", 0, 1)), copy=True)  # std_thread
RECV_TIMEOUT_ERROR = _enum("RecvTimeoutError", (("Timeout", 0, 0), ("Disconnected", 0, 1)), copy=True)
COW = _enum("Cow", (("Borrowed", 1, 0), ("Owned", 1, 1)))  # std_cow: formatted as its content
COW_OWNED = COW.variants["Owned"]
STD_ENUMS = {"Option": OPTION, "Result": RESULT, "Ordering": ORDERING, "TryRecvError": TRY_RECV_ERROR,
             "RecvTimeoutError": RECV_TIMEOUT_ERROR, "Cow": COW}


def some(v) -> EnumV:
    return EnumV(OPTION, SOME_V, [v])


def none() -> EnumV:
    return EnumV(OPTION, NONE_V, [])


def ok(v) -> EnumV:
    return EnumV(RESULT, OK_V, [v])


def err(v) -> EnumV:
    return EnumV(RESULT, ERR_V, [v])


def ordering(c: int) -> EnumV:
    return ORDERINGS[c]


def option(v, present: bool) -> EnumV:
    return some(v) if present else none()
