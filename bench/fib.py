# Recursive Fibonacci: measures Python-to-Python calls, small-int arithmetic and comparisons.
# fib(30) (the size the issues name), computed 7 times so that a run lasts about a second.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

for _ in range(7):
    r = fib(30)
print(r)
