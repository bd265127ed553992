# list.pop with and without index, pop from empty, clear.
a = list(range(6))
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1), a)
a.clear()
print(a, len(a))
try:
    a.pop()
except IndexError as e:
    print("IndexError:", e)
b = [1, 2]
try:
    b.pop(5)
except IndexError as e:
    print("IndexError:", e)
