# f-strings: literal braces, expressions, method calls, nested quotes, concatenation.
a, b = 3, 4
print(f"{{}} {{a}} {a + b} {a * b:>4} {'yes' if a < b else 'no'}")
d = {"k": [1, 2, 3]}
print(f"{d['k'][1]} {d} {len(d['k'])} {'-'.join(['x', 'y'])}")
print(f"a" f"b{a}" "c", f"{a}" + f"{b}", f"""{a}
{b}""")
w = "world"
print(f"hello {w.upper()}! {w[::-1]} {w!r:^12}|")
print(f"{'日本':>4}|{'😀'}|{a:{b}}|")
