# oracle: native
# A huge allocation raises MemoryError (a 64-bit build; 32-bit gives OverflowError instead).
try:
    x = [0] * 10 ** 12
except MemoryError as e:
    print("MemoryError", repr(e))
try:
    s = "ab" * (10 ** 12)
except MemoryError as e:
    print("MemoryError", repr(e))
print("still running")
