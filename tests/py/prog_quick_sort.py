# Program: quicksort, in place (Lomuto) and functional, plus quickselect.
def quicksort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return (quicksort([x for x in a if x < pivot]) + [x for x in a if x == pivot]
            + quicksort([x for x in a if x > pivot]))
def qs_inplace(a, lo, hi):
    if lo >= hi:
        return
    pivot, i = a[hi], lo
    for j in range(lo, hi):
        if a[j] <= pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    qs_inplace(a, lo, i - 1)
    qs_inplace(a, i + 1, hi)
def select(a, k):
    pivot = a[0]
    lows = [x for x in a if x < pivot]
    highs = [x for x in a if x > pivot]
    pivots = [x for x in a if x == pivot]
    if k < len(lows):
        return select(lows, k)
    if k < len(lows) + len(pivots):
        return pivot
    return select(highs, k - len(lows) - len(pivots))
data = [(i * 37 + 11) % 101 for i in range(40)]
print(quicksort(data))
b = data[:]
qs_inplace(b, 0, len(b) - 1)
print(b == sorted(data), select(data, 0), select(data, 20), select(data, 39))
print(quicksort(["pear", "fig", "apple"]), quicksort([3.5, -1.0, 2.25]))
