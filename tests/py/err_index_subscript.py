# Uncaught IndexError from a subscript inside a function.
def third(items):
    return items[2]
print(third([1, 2, 3]))
print(third([1, 2]))
