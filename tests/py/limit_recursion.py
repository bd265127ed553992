# sys.setrecursionlimit bounds the depth; RecursionError is catchable and depth recovers.
import sys
sys.setrecursionlimit(200)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(150 < d <= 200)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
try:
    fact(1000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(2000)
print(len(str(fact(1500))))
