# Program: FizzBuzz three ways and a summary count.
for i in range(1, 31):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
words = [("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0)) or str(i) for i in range(1, 16)]
print(" ".join(words))
rules = [(3, "Fizz"), (5, "Buzz"), (7, "Bazz")]
def fb(n):
    s = "".join([w for d, w in rules if n % d == 0])
    return s if s else str(n)
counts = {}
for i in range(1, 106):
    k = fb(i) if not fb(i).isdigit() else "number"
    counts[k] = counts.get(k, 0) + 1
print(counts)
