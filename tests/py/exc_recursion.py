# RecursionError is raised for runaway recursion and can be caught; the program continues.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(400))
print(issubclass(RecursionError, RuntimeError))
