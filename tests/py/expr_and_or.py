# and/or return one of their operands; not returns a bool; short-circuiting.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and 5, None or 0)
print(not 0, not 1, not "", not [1], not None)
def side(x):
    print("side", x)
    return x
print(0 and side(1))
print(1 or side(2))
print(side(0) or side(3))
print(side(1) and side(0) and side(5))
x = [] or {} or "last"
print(x)
