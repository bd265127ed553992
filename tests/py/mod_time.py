# The time module: time.time() returns a float of plausible size (values are not printed).
import time
t = time.time()
print(type(t).__name__, t > 1600000000.0)
t2 = time.time()
print(t2 >= t)
