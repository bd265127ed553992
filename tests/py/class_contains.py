# __contains__ drives the in operator; falls back to __iter__ when absent.
class Evens:
    def __contains__(self, n):
        print("checking", n)
        return n % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e)
class Letters:
    def __iter__(self):
        return iter("abc")
print("b" in Letters(), "z" in Letters())
