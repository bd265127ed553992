# oracle: native   (hash values: 64-bit)
# Regressions: a negative float to a fractional power is complex; __hash__'s int is the hash;
# a subclass that inherits the reflected method does not go first; bytes(array) is its bytes.
print((-8.0) ** 0.5, (-2) ** 0.5, (-8.0) ** 1.5, (-1.0) ** 2.0, (-8) ** (1/3))
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for h in (-5808556873153909620, 2**62, -1, 0, 12345):
    print(hash(H(h)))
print(hash(H(2**64 + 3)) == hash(2**64 + 3), hash(H(hash("abc"))) == hash("abc"))
class A:
    def __truediv__(self, o): return "A.truediv"
    def __rtruediv__(self, o): return "A.rtruediv"
class B(A): pass
class C(A):
    def __rtruediv__(self, o): return "C.rtruediv"
print(A() / B(), A() / C(), B() / A())
import array
print(bytes(array.array('i', [1, 2])), bytearray(array.array('h', [-1])), b'-'.join([array.array('b', [65, 66])]))
