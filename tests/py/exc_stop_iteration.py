# StopIteration from next() on exhausted iterators, with values, caught explicitly.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
class Once:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("val")
try:
    next(Once())
except StopIteration as e:
    print("StopIteration", e, e.value)
print(list(Once()))
