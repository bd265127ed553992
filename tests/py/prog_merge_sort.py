# Program: merge sort (stable) with a key function and counting inversions.
def merge_sort(a, key=lambda x: x):
    if len(a) <= 1:
        return a[:], 0
    mid = len(a) // 2
    left, inv_l = merge_sort(a[:mid], key)
    right, inv_r = merge_sort(a[mid:], key)
    out, i, j, inv = [], 0, 0, inv_l + inv_r
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
            inv += len(left) - i
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out, inv
print(merge_sort([5, 2, 4, 6, 1, 3]))
print(merge_sort(list(range(10, 0, -1))))
recs = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 3)]
print(merge_sort(recs, key=lambda r: r[1])[0])
words = "the quick brown fox jumps over the lazy dog".split()
print(merge_sort(words)[0], merge_sort(words, key=len)[0])
