# Nested loops of integer arithmetic: measures the eval loop, locals, range iteration and the
# small-int fast paths (no calls inside the hot loop).
# Run by bench/run.sh and bench/jit.sh (make bench) against python3; prints one checksum.
# Read next: bench/run.sh.
def kernel(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += (i * j) % 7 - (i ^ j) + (j << 1)
    return total

print(kernel(2500))
