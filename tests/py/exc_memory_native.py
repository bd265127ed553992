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
try:
    x = list(range(2 ** 60))  # its length is known before any item is made
except MemoryError as e:
    print("MemoryError", repr(e))
try:
    x = list(range(10 ** 20))  # not even an index-sized length
except OverflowError as e:
    print("OverflowError", e)
print(len(list(range(3, 30000, 7))), list(range(5, -5, -3)))
print("still running")
