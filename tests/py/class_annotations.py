# A class's annotations (PEP 649, Python 3.14): the class body makes __annotate__, which runs on
# the first read of C.__annotations__; so an annotation may name a class defined later.
class C:
    x: int
    y: "str" = 1
    if True:
        z: list[int]
print(C.__annotations__, C.y, "x" in C.__dict__)
print(C.__annotations__ is C.__annotations__, C.__annotate__.__qualname__, C.__annotate__(1))
class D(C): pass
print(D.__annotations__, D.__annotate__)
class E:
    n: Later
    m: "Later | None"
class Later: pass
print(E.__annotations__)
class F:
    def __init__(self): pass
print(F.__annotations__, F.__annotate__)
class G:
    __private: int
print(G.__annotations__)
class H:
    a: undefined_name
try:
    H.__annotations__
except NameError as e:
    print("NameError:", e)
H.__annotations__ = {"b": bool}
print(H.__annotations__)
def make(T):
    class Local:
        v: T
    return Local
print(make(float).__annotations__)
x: int = 5  # module level: the value is bound; 3.14 keeps no __annotations__ name
print(x)
