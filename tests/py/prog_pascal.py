# Program: Pascal's triangle, centered printing and binomial coefficients with big ints.
def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
    return rows
rows = pascal(10)
width = len("  ".join([str(x) for x in rows[-1]]))
for r in rows:
    print("  ".join([str(x) for x in r]).center(width).rstrip())
def binom(n, k):
    r = 1
    for i in range(1, k + 1):
        r = r * (n - i + 1) // i
    return r
print(binom(100, 50), pascal(101)[100][50] == binom(100, 50))
print([sum(r) for r in rows] == [2 ** i for i in range(10)])
