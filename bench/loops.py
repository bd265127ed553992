# Nested loops of integer arithmetic: measures the eval loop, locals, range iteration and the
# small-int fast paths (no calls inside the hot loop).
def kernel(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += (i * j) % 7 - (i ^ j) + (j << 1)
    return total

print(kernel(2500))
