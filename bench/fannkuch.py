# bench-repeat: 10   (a copy of tests/programs/fannkuch.py; bench/run.sh runs it 10 times over)
# Fannkuch-redux ("pancake flipping"): for every permutation of 1..n, count the flips of the
# prefix headed by the first element until 1 comes first; report the checksum and the maximum.
# Permutations come from three generators — Heap's algorithm, lexicographic next-permutation and
# the counting order of the benchmark game — which must agree.  Also prints the permutation
# cycle-type statistics.  Exercises list slicing and slice assignment, reversed slices,
# generators, while loops, tuple keys in dicts, integer arithmetic and sorting.


def flips(perm):
    p = list(perm)
    count = 0
    first = p[0]
    while first != 1:
        p[:first] = p[first - 1::-1]
        count += 1
        first = p[0]
    return count


def heap_permutations(n):
    a = list(range(1, n + 1))
    c = [0] * n
    yield tuple(a)
    i = 0
    while i < n:
        if c[i] < i:
            if i % 2 == 0:
                a[0], a[i] = a[i], a[0]
            else:
                a[c[i]], a[i] = a[i], a[c[i]]
            yield tuple(a)
            c[i] += 1
            i = 0
        else:
            c[i] = 0
            i += 1


def lexicographic(n):
    a = list(range(1, n + 1))
    while True:
        yield tuple(a)
        i = n - 2
        while i >= 0 and a[i] >= a[i + 1]:
            i -= 1
        if i < 0:
            return
        j = n - 1
        while a[j] <= a[i]:
            j -= 1
        a[i], a[j] = a[j], a[i]
        a[i + 1:] = reversed(a[i + 1:])


def benchmark_order(n):
    """The benchmark game's rotation order; the sign alternates, giving its checksum."""
    perm = list(range(1, n + 1))
    count = list(range(1, n + 1))
    sign = 1
    while True:
        yield sign, tuple(perm)
        sign = -sign
        r = 1
        while r < n:
            perm[:r + 1] = perm[1:r + 1] + perm[:1]
            count[r] -= 1
            if count[r] > 0:
                break
            count[r] = r + 1
            r += 1
        else:
            return


def fannkuch(n):
    checksum = 0
    max_flips = 0
    witness = None
    for sign, perm in benchmark_order(n):
        f = flips(perm)
        checksum += sign * f
        if f > max_flips:
            max_flips, witness = f, perm
    return checksum, max_flips, witness


def cycle_type(perm):
    seen = [False] * len(perm)
    lengths = []
    for start in range(len(perm)):
        if not seen[start]:
            k, length = start, 0
            while not seen[k]:
                seen[k] = True
                k = perm[k] - 1
                length += 1
            lengths.append(length)
    return tuple(sorted(lengths, reverse=True))


print("flips of (3, 1, 4, 5, 2):", flips((3, 1, 4, 5, 2)), "| (4, 3, 2, 1):", flips((4, 3, 2, 1)))
for n in range(3, 9):
    checksum, max_flips, witness = fannkuch(n)
    print(f"n={n}: checksum {checksum:6d}  Pfannkuchen({n}) = {max_flips:2d}  first worst {witness}")

n = 6
heap = list(heap_permutations(n))
lex = list(lexicographic(n))
bench = [p for _, p in benchmark_order(n)]
print(f"n={n}: {len(heap)} heap, {len(lex)} lexicographic, {len(bench)} benchmark permutations")
print("same sets:", set(heap) == set(lex) == set(bench), "| distinct:", len(set(heap)),
      "| lex sorted:", lex == sorted(lex))
print("heap first 6:", heap[:6])
print("lex  last 3: ", lex[-3:])
print("bench 2..5:  ", bench[1:5])

histogram = {}
for p in lex:
    f = flips(p)
    histogram[f] = histogram.get(f, 0) + 1
print("flip histogram:", dict(sorted(histogram.items())))
print("total flips:", sum(k * v for k, v in histogram.items()),
      "| mean %.4f" % (sum(k * v for k, v in histogram.items()) / len(lex)))

types = {}
for p in heap_permutations(7):
    t = cycle_type(p)
    types[t] = types.get(t, 0) + 1
print("cycle types of S7:", len(types), "(the partitions of 7)")
for t, count in sorted(types.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {'+'.join(map(str, t)):<15} {count:5d}")
print("derangements of 7:", sum(v for t, v in types.items() if 1 not in t),
      "| involutions:", sum(v for t, v in types.items() if max(t) <= 2))
worst = [p for p in lexicographic(7) if flips(p) == 16]
print("permutations of 7 needing 16 flips:", len(worst), worst[:3])
