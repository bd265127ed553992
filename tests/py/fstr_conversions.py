# f-string conversions !r and !s, combined with format specs.
x = "héllo"
n = 42
lst = [1, "two"]
print(f"{x}|{x!r}|{x!s}|{n!r}|{lst}|{lst!r}")
print(f"{x!r:>10}|{x!r:<10}|{x:^9}|")
print(f"{'quote' + chr(39)!r}", f"{None!r}", f"{1.5!s:>6}")
