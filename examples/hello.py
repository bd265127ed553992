# The first program.
print("Hello, world!")
name = "minipy"
print(f"Hello from {name}, a small Python in C++.")
