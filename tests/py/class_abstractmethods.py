# A class whose __abstractmethods__ is non-empty cannot be instantiated (abc.ABCMeta sets it).
class U: pass
U.__abstractmethods__ = frozenset({'b', 'a'})
try: U()
except TypeError as e: print(e)
U.__abstractmethods__ = frozenset()
print(type(U()).__name__)
class V: pass
V.__abstractmethods__ = frozenset({'only'})
try: V()
except TypeError as e: print(e)
