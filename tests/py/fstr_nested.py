# Nested replacement fields in f-string format specs: {v:{w}.{p}f}.
v = 3.14159
for w in (6, 8, 10):
    for p in (1, 2, 3):
        print(f"[{v:{w}.{p}f}]", end=" ")
    print()
align, fill, width = "^", "*", 9
print(f"[{'mid':{fill}{align}{width}}]", f"[{42:>{width}}]")
