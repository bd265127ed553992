# Which argument error CPython reports first when a call has several problems.
def f(a, /, b): pass
try:
    f(1, 2, 3, a=3)
except TypeError as e: print(e)
try:
    f(1, 2, 3, b=3)
except TypeError as e: print(e)
def f(a): pass
try:
    f(1, 2, b=3)
except TypeError as e: print(e)
def g(a, *, k): pass
try:
    g(1, 2, k=3)
except TypeError as e: print(e)
try:
    g(1, 2, z=3)
except TypeError as e: print(e)
