# Assignment expressions (walrus) in if, while and comprehensions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (v := data[i]) != 9:
    print("v", v)
    i += 1
print("stopped at", v, i)
print([y for x in data if (y := x * 2) > 6], y)
print((z := 5) + z, z)
