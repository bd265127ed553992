// float_internal.h — what float.cpp shares with the formatting code (not part of the contract).
//
// float.cpp owns float objects and their text form; numformat.cpp implements format(x, spec)
// for ints and floats.  They meet at float_short_text(), CPython's format_float_short: it turns
// a double into the digits of repr() ('r'), or of the 'e', 'f', 'g' presentation types with a
// given precision, and decides when to add ".0" and when to switch to exponent notation.
// Read float.cpp first, then numformat.cpp.
#pragma once
#include "minipy.h"
#include <cfloat>

// code: 'r' (shortest round-trip, precision ignored), 'e', 'f', 'g'.  The result has a leading
// '-' for negative values (and -0.0); "inf", "-inf", "nan" for the special values.
// add_dot_0: "1.0" rather than "1" when the digits are a whole number (repr, str, format '').
// alt: the '#' flag (always keep the decimal point, keep trailing zeros for 'g').
std::string float_short_text(double v, char code, int precision, bool add_dot_0, bool alt);
