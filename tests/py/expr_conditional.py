# Conditional expressions, nested and in comprehensions and arguments.
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 7
print("odd" if x % 2 else "even", [i if i % 2 else -i for i in range(5)])
print(max(1, 2) if True else None, (lambda t: "big" if t > 5 else "small")(x))
