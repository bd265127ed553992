# Closures capture variables, not values; each call makes a fresh cell.
def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
c1, c2 = make_counter(0), make_counter(100)
print(c1(), c1(), c2(), c1(5), c2(-50))
def make_adders():
    adders = []
    for i in range(3):
        def add(x):
            return x + i
        adders.append(add)
    return adders
print([f(10) for f in make_adders()])
def outer():
    val = "before"
    def get():
        return val
    val = "after"
    return get
print(outer()())
