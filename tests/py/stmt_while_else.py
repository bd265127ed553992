# while/else: else runs when the condition becomes false, not after break.
n = 0
while n < 3:
    n += 1
else:
    print("done counting", n)
n = 10
while n > 0:
    if n == 7:
        print("break at", n)
        break
    n -= 1
else:
    print("never printed")
while False:
    pass
else:
    print("else of a loop that never ran")
i, total = 0, 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 10:
        break
    total += i
print("total", total)
