# list[int] and int | None at run time (genericalias.cpp).
print(list[int], dict[str, list[int]], tuple[()], tuple[int, ...], type[int])
print(int | None, None | int, int | str | int, list[int] | None)
class P: pass
print(list[P], P | int)
Vector = list[float]
v = Vector([1.0, 2.0])
print(v, type(v), Vector.__origin__, Vector.__args__, Vector.__name__)
print(list[int] == list[int], list[int] == list[str], (int | str) == (str | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str))
print(int | int)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    None | None
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
print(hash(int | str) == hash(str | int), hash(list[int]) == hash(list[int]))
print(type(list[int]).__name__, type(int | str).__name__)
print(repr((int | str).__args__))
d = {list[int]: 1}
print(d[list[int]])
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
