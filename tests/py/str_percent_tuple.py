# % with a tuple argument vs a single non-tuple argument; repr of values through %r.
t = (1, 2)
print("%s" % (t,), "%r" % ("it's",), "%s-%s" % t)
print("%s" % None, "%d items" % 3, "%r" % 3.5, "%s" % True)
print("%d" % 3.99, "%s" % 'q"uote', "%r" % 'q"uote')
name, n = "widgets", 7
print("There are %d %s costing %.2f each" % (n, name, 1.5))
