# Which built-in bases can be combined: those that add nothing to their own base's layout.
class E(OSError, ValueError): pass
print(E.__mro__)
for bases in [(int, str), (dict, list), (Exception, int), (KeyError, IndexError), (OSError, KeyError)]:
    try:
        C = type("C", bases, {}); print("ok", [b.__name__ for b in C.__mro__])
    except TypeError as e: print("TypeError", e)
