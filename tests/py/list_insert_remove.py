# list.insert at various positions including negative and out-of-range; list.remove.
a = [1, 2, 3]
a.insert(0, "first")
a.insert(2, "mid")
a.insert(-1, "beforelast")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
a.remove("mid")
a.remove(1)
print(a)
b = [1, 2, 1, 2]
b.remove(2)
print(b)
try:
    b.remove(99)
except ValueError as e:
    print("ValueError:", e)
