"""Where rustc 1.95's std defines the enums it points at in `... defined here` notes.

rustc names its own sources (`/rustc/<commit>/library/core/src/option.rs:600:0`); these are
those locations, as facts about that compiler build, so our notes read the same.
"""
from __future__ import annotations

from ..diagnostics.diagnostic import ExternalSpan

RUSTC_SRC = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src"
OPTION_RS = f"{RUSTC_SRC}/option.rs"
RESULT_RS = f"{RUSTC_SRC}/result.rs"

# def_id -> (the enum's definition, {variant name: the variant's name})
STD_ENUMS = {
    "std::option::Option": (
        ExternalSpan(OPTION_RS, 24142, 24160, 600, 600, 1, 19),
        {"None": ExternalSpan(OPTION_RS, 24256, 24260, 604, 604, 5, 9),
         "Some": ExternalSpan(OPTION_RS, 24369, 24373, 608, 608, 5, 9)},
    ),
    "std::result::Result": (
        ExternalSpan(RESULT_RS, 21221, 21242, 557, 557, 1, 22),
        {"Ok": ExternalSpan(RESULT_RS, 21353, 21355, 561, 561, 5, 7),
         "Err": ExternalSpan(RESULT_RS, 21514, 21517, 566, 566, 5, 8)},
    ),
}
