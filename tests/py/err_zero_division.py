# Uncaught ZeroDivisionError raised three calls deep: traceback with frames and carets.
def ratio(a, b):
    return a / b
def average(values):
    return ratio(sum(values), len(values))
def report(data):
    print("computing")
    result = average(data)
    print(result)
report([1, 2, 3])
report([])
