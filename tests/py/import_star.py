# from m import *: the names in m.__all__, or every public name; only at module level.
from stardemo.with_all import *
print(visible, also)
try:
    hidden
except NameError as e:
    print(e)
from stardemo.plain import *
print(a, f())
try:
    _b
except NameError as e:
    print(e)
from math import *
print(floor(2.5), pi > 3)
