# types.GenericAlias(origin, args), as a class written in Python uses it in __class_getitem__.
GA = type(list[int])
print(GA(dict, str), GA(list, (int,)), GA(tuple, (int, str)) == tuple[int, str])
class Box:
    def __class_getitem__(cls, item): return GA(cls, item)
print(Box[int], Box[int].__origin__ is Box, Box[int, str].__args__)
try: GA(list)
except TypeError as e: print(e)
