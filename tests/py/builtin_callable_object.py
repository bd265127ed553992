# callable() on functions, classes, instances; object() instances and attributes.
class C:
    def m(self):
        pass
print(callable(len), callable(C), callable(C()), callable(C().m), callable(None), callable("s"))
o = object()
print(type(o), isinstance(o, object), o == o, o == object(), str(o).startswith("<object object at"))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
