# Program: permutations, combinations and subsets by recursion.
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out
def combinations(items, k):
    if k == 0:
        return [[]]
    if not items:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)
def subsets(items):
    if not items:
        return [[]]
    smaller = subsets(items[1:])
    return smaller + [[items[0]] + s for s in smaller]
print(permutations([1, 2, 3]))
print(len(permutations(list(range(6)))))
print(["".join(p) for p in permutations(list("abc"))])
print(combinations([1, 2, 3, 4], 2), len(combinations(list(range(10)), 4)))
print(subsets(["x", "y", "z"]))
