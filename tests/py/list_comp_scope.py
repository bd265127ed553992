# Comprehension variables do not leak; comprehensions see enclosing function variables.
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
def f(n):
    k = 10
    return [k + i for i in range(n)]
print(f(3))
def g():
    base = [1, 2]
    return [[b * m for b in base] for m in range(3)]
print(g())
fs = [lambda: i for i in range(3)]
print([h() for h in fs])
