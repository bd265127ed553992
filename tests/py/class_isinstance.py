# isinstance/issubclass with classes, built-in types and tuples of types.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, B)), issubclass(A, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, float)), isinstance("s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, object))
print(issubclass(bool, int), issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(type(b) is B, type(b) == A, type(1) is int, type(type(1)))
