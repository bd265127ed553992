# input() reads lines from stdin (tests/py/builtin_input.in), with and without a prompt.
name = input("Your name: ")
age = int(input("Age: "))
print(f"Hello {name}, next year you will be {age + 1}.")
total = 0
while True:
    line = input()
    if line == "end":
        break
    total += int(line)
print("total", total)
try:
    input()
except EOFError as e:
    print("EOFError", repr(e))
