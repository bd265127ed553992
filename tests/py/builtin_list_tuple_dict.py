# list(), tuple(), dict() constructors from various iterables; copies are new objects.
print(list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({"a": 1}.items()))
print(tuple([1, 2]), tuple("hi"), tuple(range(0)), dict([("a", 1), ["b", 2]]), dict(a=1))
a = [1, 2]
print(list(a) is a, tuple(a), list(map(list, ["ab", "c"])))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
