# Mixed float arithmetic accumulation and sums of float lists.
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10))
print(sum([1, 2.5, 3]), sum([0.5, 0.25], 1))
x = 1.0
for i in range(20):
    x = x * 1.5 - 0.25
print(x)
vals = [1.5, -2.25, 3.125]
print([v * 2 for v in vals], [v / 4 for v in vals], [-v for v in vals])
print(abs(-2.5), abs(3.0), -(-1.5))
