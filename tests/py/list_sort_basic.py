# list.sort and sorted: numbers, strings, reverse, in-place returns None.
a = [5, 2, 9, 1, 5, 6, -3, 0]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
w = ["pear", "fig", "apple", "Banana"]
print(sorted(w), sorted(w, reverse=True), w)
print(sorted([3.5, 1, 2.25, -7]), sorted([]), sorted([[2, 1], [1, 9], [1, 2]]))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
