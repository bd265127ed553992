# TypeError messages for unsupported operand types and bad comparisons.
tests = [lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (2,), lambda: None + 1,
         lambda: "a" * "b", lambda: 1 < "a", lambda: [] > {}, lambda: -"a", lambda: ~1.5,
         lambda: {} + {}, lambda: "a" - "b", lambda: 2 ** "x", lambda: 1 / "2",
         lambda: "%d" % "x", lambda: len(5), lambda: [1, 2]["a"], lambda: "abc"[1.5]]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
