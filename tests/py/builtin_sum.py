# sum of ints, floats, big ints, with start values, over ranges and comprehensions.
print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(1001)), sum([0.5, 0.25]))
print(sum([2 ** 64, 2 ** 64]), sum([1, 2.5]), sum([[1], [2]], []), sum((1, 2), start=3))
print(sum([x * x for x in range(10)]), sum([True, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
