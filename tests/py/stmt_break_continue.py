# break and continue in nested loops affect only the innermost loop.
for i in range(4):
    for j in range(4):
        if j == i:
            continue
        if j > 2:
            break
        print(i, j, end="; ")
    print()
out = []
for c in "a1b2c3!d":
    if c == "!":
        break
    if c.isdigit():
        continue
    out.append(c)
print(out)
