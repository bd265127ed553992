# operator.length_hint: len() if there is one, else __length_hint__, else the default.
import operator
class L:
    def __length_hint__(self): return 7
class Bad:
    def __length_hint__(self): return -1
print(operator.length_hint(L()), operator.length_hint([1, 2, 3]), operator.length_hint(object(), 4))
it = iter(range(5)); next(it)
print(operator.length_hint(it), operator.length_hint(iter(range(10, 0, -3))), operator.length_hint(iter(range(0))))
try:
    operator.length_hint(Bad())
except ValueError as e:
    print("ValueError:", e)
