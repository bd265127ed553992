# iter() and next() on lists, strings, dicts and ranges; next with a default; StopIteration.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
s = iter("hé")
print(next(s), next(s))
r = iter(range(2))
print(next(r), next(r), next(r, None))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
it = iter([1, 2, 3])
print(iter(it) is it, list(it), list(it))
