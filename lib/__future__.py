# lib/__future__.py — the `__future__` module: the record of every language change that was once
# switched on per file with `from __future__ import NAME`.
#
# What this step does: `from __future__ import annotations` is two things.  The compiler sees it
# first (compiler.cpp, compile_module): it must come before any other statement but the
# docstring, and the name must be a known feature (else "future feature X is not defined").
# Then, at run time, it is an ordinary import of this module, which binds the name to the
# _Feature describing when the change became optional and when mandatory.
# In minipy every feature is already the behaviour of the language, with one difference:
# `annotations` (PEP 563, annotations kept as strings) is accepted, but annotations stay lazily
# evaluated values, as in a 3.14 file without the import (PEP 649) — minipy keeps no source text
# to make the strings from.
#
# Comes in: `from __future__ import ...` (frozen into the binary by lib/freeze.sh).
# Goes out: the features, all_feature_names, and the CO_* flags CPython's compile() knows.
# Read next: compiler.cpp (compile_module's check of future imports).

all_feature_names = [
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
]
__all__ = ["all_feature_names"] + all_feature_names

# The flags compile() takes for them (CPython's code-object flag values).
CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:
    """One feature: the release that made it available (optional) and the release that made it
    the only behaviour (mandatory; None: not decided), as sys.version_info-like tuples."""

    def __init__(self, optional_release, mandatory_release, compiler_flag):
        self.optional = optional_release
        self.mandatory = mandatory_release
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        return self.optional

    def getMandatoryRelease(self):
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional, self.mandatory, self.compiler_flag))


nested_scopes = _Feature((2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED)
generators = _Feature((2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED)
division = _Feature((2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION)
absolute_import = _Feature((2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), CO_FUTURE_ABSOLUTE_IMPORT)
with_statement = _Feature((2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), CO_FUTURE_WITH_STATEMENT)
print_function = _Feature((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_PRINT_FUNCTION)
unicode_literals = _Feature((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_UNICODE_LITERALS)
barry_as_FLUFL = _Feature((3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), CO_FUTURE_BARRY_AS_BDFL)
generator_stop = _Feature((3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), CO_FUTURE_GENERATOR_STOP)
annotations = _Feature((3, 7, 0, "beta", 1), None, CO_FUTURE_ANNOTATIONS)
