# NotImplemented from __eq__/__lt__ makes Python try the reflected method, then fall back.
class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return True
    def __gt__(self, o):
        print("B.__gt__")
        return True
a, b = A(), B()
print(a == b)
print(a < b)
print(a == A(), a != a)
try:
    A() < A()
except TypeError as e:
    print("TypeError:", e)
print(NotImplemented)
