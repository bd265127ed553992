# Recursive Fibonacci: measures Python-to-Python calls, small-int arithmetic and comparisons.
# fib(30) (the size the issues name), computed 7 times so that a run lasts about a second.
# Run by bench/run.sh and bench/jit.sh (make bench), which time it against python3; it prints
# one number, which they compare with python3's.  Read next: bench/run.sh.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

for _ in range(7):
    r = fib(30)
print(r)
