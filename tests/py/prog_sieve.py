# Program: sieve of Eratosthenes, prime counting and twin primes.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(n + 1) if is_p[k]]
ps = sieve(10000)
print(ps[:20])
print(len(ps), ps[-1], sum(ps))
small = ps[:200]
twins = [(p, p + 2) for p in small if p + 2 in small][:10]
print(twins)
gaps = {}
for a, b in zip(ps, ps[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:8])
