# *args collects extra positionals into a tuple; unpacking iterables into calls.
def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)
print(total(), total(1), total(1, 2, 3))
print(total(*range(5)), total(*"", *[1], *(2, 3)))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1, 2, 3), head_tail("x"))
print(max(*[4, 9, 2]), print(*["a", "b"], sep="-"))
