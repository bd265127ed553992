# factorial(60) by a loop and math.factorial; digit sums and trailing zeros of big results.
import math
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(60))
print(math.factorial(60))
print(fact(60) == math.factorial(60))
print(fact(100))
s = 0
for ch in str(fact(100)):
    s += int(ch)
print("digit sum", s)
n = fact(100)
zeros = 0
while n % 10 == 0:
    n //= 10
    zeros += 1
print("trailing zeros", zeros)
print(math.factorial(0), math.factorial(1), math.factorial(20))
