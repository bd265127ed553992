# map with one and several iterables, filter with a function and with None.
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", [], [0]])))
print(list(map(int, "123")), list(map(len, ["a", "bb"])), sum(map(abs, [-1, -2])))
m = map(lambda x: x * 2, [1, 2])
print(next(m), next(m), next(m, "exhausted"))
