# Exception args, str() and repr() with zero, one and several arguments.
for exc in (Exception(), Exception("one"), Exception("a", 2), ValueError(42), KeyError("k"),
            KeyError(), IndexError("i", "j"), RuntimeError(None)):
    print(repr(exc), "|", str(exc), "|", exc.args)
e = ValueError("x")
print(isinstance(e, Exception), isinstance(e, BaseException), type(e).__mro__)
