# None: repr, truthiness, identity, default return value, comparisons with ==.
def f():
    pass
r = f()
print(r, repr(None), str(None), type(None).__name__)
print(r is None, r is not None, None == None, None != 0, not None, bool(None))
x = None
print(x or "default", x and "never")
print([None, None], (None,), {None: 1}[None])
