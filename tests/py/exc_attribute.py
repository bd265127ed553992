# AttributeError messages for None, built-in types, user instances and classes.
class Foo:
    pass
tests = [lambda: None.x, lambda: Foo().bar, lambda: (5).foo, lambda: "s".nope, lambda: [].push,
         lambda: Foo.missing, lambda: {}.x]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print("AttributeError", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError", e)
