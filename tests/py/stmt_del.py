# del of names, list items, dict keys, attributes and several targets at once.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a = [1, 2, 3, 4]
d = {"a": 1, "b": 2}
del a[0], d["a"]
print(a, d)
class C:
    pass
c = C()
c.attr = 5
del c.attr
print(hasattr(c, "attr"))
p, q = 1, 2
del (p, q)
try:
    print(p)
except NameError as e:
    print("NameError:", e)
