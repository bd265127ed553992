# nonlocal rebinding in nested functions, several levels deep.
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc()
    inc()
    return x, inc
v, inc = outer()
print(v, inc(), inc())
def a():
    n = "a"
    def b():
        def c():
            nonlocal n
            n = "c changed it"
        c()
    b()
    return n
print(a())
