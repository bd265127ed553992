# Self-documenting f-string expressions {x=}, with spaces, specs and conversions.
x = 10
name = "Ann"
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=}", f"{name=!s}", f"{x=:>5}")
items = [1, 2]
print(f"{items=}", f"{len(items)=}", f"{3.5=:.2f}")
