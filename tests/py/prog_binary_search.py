# Program: iterative and recursive binary search, insertion points.
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid, steps
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def bsearch_rec(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    if lo >= hi:
        return lo
    mid = (lo + hi) // 2
    if a[mid] < x:
        return bsearch_rec(a, x, mid + 1, hi)
    return bsearch_rec(a, x, lo, mid)
data = [x * 3 for x in range(100)]
for target in (0, 3, 150, 297, 298, -1, 1000):
    print(target, bsearch(data, target), bsearch_rec(data, target))
