# UnboundLocalError when a local is read before assignment; it is a NameError subclass.
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def g(flag):
    if flag:
        y = 1
    return y
print(g(True))
try:
    g(False)
except NameError as e:
    print(type(e).__name__, e, issubclass(UnboundLocalError, NameError))
def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
