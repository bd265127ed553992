# exec() and eval(): source strings run with the caller's globals or with given dicts.
x = 10
print(eval("x + 1"), eval("  2 * 3"), eval("y", {"y": 5}), eval("a + b", {"a": 1}, {"b": 2}))
exec("z = x * 2")
print(z)
g = {}
exec("def f(n):\n    return n * n\nw = f(7)", g)
print(g["w"], "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
code = compile("1 + 2", "<expr>", "eval")
print(type(code).__name__, eval(code))
c2 = compile("print('from exec', q)", "<s>", "exec")
exec(c2, {"q": 42})
def inner():
    local_v = 3
    return eval("local_v + x")
print(inner())
ns = {}
exec("class K:\n    v = 1\n", ns)
print(ns["K"].v)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
try:
    exec(5)
except TypeError as e:
    print(e)
try:
    compile("x", "f", "bad")
except ValueError as e:
    print(e)
try:
    eval("1", [])
except TypeError as e:
    print(e)
print(eval(b"40 + 2"), eval("[i * i for i in range(4)]"))
import collections
Point = collections.namedtuple("Point", "x y")
print(eval("Point(1, 2)"))
try:
    exec("1", [])
except TypeError as e:
    print(e)
