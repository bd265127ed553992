# dict.update from dicts, lists of pairs and keywords; dict() constructor forms.
d = {"a": 1}
d.update({"b": 2, "a": 10})
d.update([("c", 3), ("d", 4)])
d.update(e=5, a=0)
print(d)
print(dict(x=1, y=2), dict([(1, "one"), (2, "two")]), dict({"k": "v"}, extra=True), dict())
print(dict(zip(["p", "q"], [1, 2])))
