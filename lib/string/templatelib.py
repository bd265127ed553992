# string.templatelib — the types of t-strings (PEP 750, Python 3.14).
#
# t"Hello {name}" evaluates to a Template: the text parts and one Interpolation per field, kept
# apart (nothing is formatted).  Both types are C++, in templatelib.cpp, because the compiler
# builds them directly (BUILD_INTERPOLATION, BUILD_TEMPLATE); this module only gives them their
# public home.  Read next: templatelib.cpp, examples/tstrings.py.

from _templatelib import Template, Interpolation, convert

__all__ = ["Template", "Interpolation", "convert"]
