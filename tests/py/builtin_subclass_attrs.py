# Instances of str and tuple subclasses have a __dict__ too; for these variable-size types the
# dict pointer lives after the characters or items (typeobject.cpp, instance_dict_slot).
class S(str):
    pass

class T(tuple):
    pass

for text in ["", "a", "hello world, a longer string", "é" * 9]:
    s = S(text)
    s.tag = len(text)
    s.more = [text]
    print(repr(s), s.tag, s.more, s.__dict__ == {"tag": len(text), "more": [text]})

for items in [(), (1,), tuple(range(10))]:
    t = T(items)
    t.name = "t%d" % len(items)
    print(t, t.name, len(t), t == items)

class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

p = Pair({1, 2}, [3])
p.note = "n"
print(p, p.note, vars(p))
del p
print("done")
