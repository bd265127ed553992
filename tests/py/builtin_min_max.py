# min/max over arguments and iterables, with key and default; ties keep the first.
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min((2.5, 1)))
words = ["kiwi", "fig", "banana", "apple", "date"]
print(min(words, key=len), max(words, key=len), max(words), min(words))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max([(1, "b"), (1, "a")], key=lambda t: t[0]), min("aA", key=str.lower))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
