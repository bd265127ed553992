# hex, oct, bin of positive, negative and big integers; ord/chr round trips.
for n in (0, 1, 10, 255, -255, 2 ** 70):
    print(hex(n), oct(n), bin(n))
print(ord("A"), chr(65), ord("€"), chr(8364), ord("😀"))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
