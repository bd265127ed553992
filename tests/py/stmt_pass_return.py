# pass in blocks, return with no value, multiple return values, early return.
def nothing():
    pass
def early(x):
    if x < 0:
        return
    return x * 2
def pair():
    return 1, "two"
class Empty:
    pass
print(nothing(), early(-1), early(4), pair(), type(Empty()).__name__)
for i in range(2):
    pass
print(i)
