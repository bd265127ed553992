# Program: Collatz sequences, longest chain below a bound, with a dict cache.
def collatz(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq
print(collatz(27)[:15], len(collatz(27)), max(collatz(27)))
cache = {1: 1}
def length(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    l = cache[n]
    for m in reversed(path):
        l += 1
        cache[m] = l
    return cache[path[0]] if path else l
best = max(range(1, 20000), key=length)
print("longest below 20000:", best, length(best))
print([length(i) for i in range(1, 16)])
