# sorted() returns a new list from any iterable, with key and reverse.
print(sorted("python"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted(range(5), reverse=True))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True), sorted([-3, 2, -1], key=abs))
orig = [3, 1, 2]
new = sorted(orig)
print(orig, new, new is orig)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
