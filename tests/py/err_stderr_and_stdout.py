# Output printed before an uncaught error is kept; the traceback goes to stderr.
for i in range(3):
    print("line", i)
numbers = [1, 2, 0, 4]
print([10 // n for n in numbers])
