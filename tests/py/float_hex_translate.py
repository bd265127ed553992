# float.hex() and float.fromhex(): exact round trips, subnormals and rounding of long hex digits.
for v in [0.5, 1.0, 3.0, -2.5, 0.1, 1e308, 5e-324, 2.2250738585072014e-308, 0.0, -0.0, float("inf"), float("nan"), 123456.789]:
    h = v.hex(); print(h, float.fromhex(h) == v or v != v)
for s in ["0x1.8p1", "0X1P-2", "1.0", "-0x.8", " 0x10 ", "inf", "-Infinity", "nan", "0x1.fffffffffffff8p1023", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1p-1074", "0x1p-1075", "0x3p-1076"]:
    try: print(s, float.fromhex(s))
    except (ValueError, OverflowError) as e: print(s, type(e).__name__, e)
for s in ["", "0x", "x1", "0x1p", "1e3"]:
    try: print(float.fromhex(s))
    except ValueError as e: print(repr(s), e)
print("hello".translate({ord("l"): "L", ord("o"): None}), "abc".translate(str.maketrans("ab", "xy", "c")))
print(str.maketrans({"a": "b", 99: None}), str.maketrans("ab", "cd"), "héllo".translate({ord("é"): "e"}))
print("a-b_c".translate(str.maketrans("-_", "  ")), "abc".translate({97: 98}), "xyz".translate([]))
try: str.maketrans("ab", "c")
except ValueError as e: print(e)
try: "a".translate({97: 1.5})
except TypeError as e: print(e)
