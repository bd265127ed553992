# type() of values and classes prints like CPython: <class 'int'>, <class '__main__.Foo'>.
class Foo:
    def method(self):
        return 1
for v in (1, 1.5, "s", [], (), {}, None, True, range(1), Foo(), Foo, len, print, ValueError("x")):
    print(type(v))
print(type(Foo.method), type(lambda: 0), type(Foo().method))
print(int, str, Foo, object, type, ZeroDivisionError)
print(repr(int), Foo.__name__, Foo.__qualname__, Foo.__module__)
