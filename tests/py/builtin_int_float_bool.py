# int(), float(), bool() constructors with no argument, numbers and strings.
print(int(), float(), bool(), str(), list(), tuple(), dict())
print(int(7.9), int("-12"), int("101", 2), int("z", 36), int(True), int("  8 "))
print(float(3), float("2.5"), float(" -1e3 "), float("inf"), float(True))
print(bool(3), bool(0.0), bool("0"), bool([None]), bool({}))
print(int(-0.0), float(-0), str(2.0), str(-5))
