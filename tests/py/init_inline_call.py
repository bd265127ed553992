# C(...) runs a plain __init__ in the eval loop itself: results, errors and bad returns as CPython.
class P:
    def __init__(self, x, y): self.x = x; self.y = y
class Bad:
    def __init__(self): return 5
class Raiser:
    def __init__(self, v):
        if v: raise ValueError("no")
p = P(1, 2); print(p.x, p.y)
try: Bad()
except TypeError as e: print(e)
try: Raiser(1)
except ValueError as e: print(e)
print(type(Raiser(0)).__name__)
try: P(1)
except TypeError as e: print(e)
