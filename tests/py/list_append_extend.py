# list.append, extend (list, tuple, str, range), += and aliasing effects.
a = []
a.append(1)
a.append([2, 3])
a.extend([4, 5])
a.extend((6,))
a.extend("ab")
a.extend(range(2))
print(a, len(a))
b = a
b += [9]
print(a is b, a[-1])
c = [1]
c = c + [2]
print(c)
x = [0]
x.append(x[0] + 1)
x.extend(x)
print(x)
