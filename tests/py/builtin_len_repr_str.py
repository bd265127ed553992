# len, repr, str over the built-in types.
for v in ("abc", [1, 2], (1,), {"a": 1}, range(7), "日本"):
    print(len(v), repr(v), str(v))
print(repr(1.0), str(1.0), repr("a'b"), str("a'b"), repr(None), repr(print))
print(repr(len), repr(int), repr(ValueError("x")))
