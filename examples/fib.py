# Recursive Fibonacci numbers fib(1) .. fib(25).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

for i in range(1, 26):
    print(f"fib({i}) = {fib(i)}")
