# The match statement: literal, capture, class, sequence, mapping and guard patterns.
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def m(v):
    match v:
        case {"k": x, **rest}: return ("map", x, rest)
        case [1, *others]: return ("seq", others)
        case int() | float() as n if n > 10: return ("big", n)
        case str(s): return ("str", s)
        case P(0, y=yy): return ("P0", yy)
        case P(x, y) if x == y: return ("diag", x)
        case P(x=xx): return ("P", xx)
        case (a, b, c): return ("triple", a, b, c)
        case []: return "empty"
        case None: return "none"
        case True: return "true"
        case -1 | 0: return "small"
        case 2.5: return "two and a half"
        case {}: return "some dict"
        case _: return "other"
for v in [{"k": 1, "z": 2}, [1, 2, 3], 20, 5, "hi", P(0, 7), P(3, 3), P(1, 2), (4, 5, 6), [], None, True, -1, 0, 2.5, {"a": 1}, object, [1]]:
    print(m(v))
match 1, 2:
    case a, b:
        print("open sequence", a, b)
import_name = "x"
match {"action": "go", "dir": "north"}:
    case {"action": "go", "dir": ("north" | "south") as d}:
        print("going", d)
class Color:
    RED = 1
    GREEN = 2
match 2:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]: print(a + b + c + d)
def f(cmd):
    match cmd.split():
        case ["quit"]: return "bye"
        case ["go", direction]: return "go " + direction
        case ["drop", *objs]: return "drop " + ",".join(objs)
        case _: return "?"
print(f("quit"), f("go east"), f("drop a b c"), f("dance"))
try:
    match 5:
        case P(1, 2, 3): pass
except TypeError as e: print(e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e: print(e)
match range(3):
    case [0, *r]: print("range", r)
match "abc":
    case [*chars]: print("no")
    case str(): print("str is not a sequence")
x = 0
match 3:
    case x: print("captured", x)
print(x)
