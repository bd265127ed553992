# bool is an int subclass: arithmetic, repr, comparisons, bool() of values.
print(True + True, True * 3, False - 1, True / 2, True // 1, -True, ~True)
print(True == 1, False == 0, True is True, isinstance(True, int))
print(repr(True), str(False), int(True), float(False))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("a"), bool([]), bool([0]))
print(bool(()), bool({}), bool({1: 2}), bool(None), bool(range(0)), bool(range(1)))
print(True & False, True | False, True ^ True, True and 5, False or 0)
print(sum([True, True, False, True]), max(True, 2), True < 2)
print(type(True).__name__, type(True + 1).__name__, type(True & True).__name__)
