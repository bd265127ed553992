# dict.fromkeys is a classmethod: a subclass gets an instance of itself.
class D(dict):
    pass
d = D.fromkeys("ab", 0)
print(type(d).__name__, d)
print(dict.fromkeys([1, 2]))
print({}.fromkeys("x", 5))
from collections import OrderedDict, defaultdict
print(OrderedDict.fromkeys("ab"))
class E(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)
print(E.fromkeys("xy", 1))
try:
    dict.fromkeys()
except TypeError as e:
    print(e)
