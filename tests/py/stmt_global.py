# global statement: rebinding module names from functions; reading without global.
counter = 0
def increment():
    global counter
    counter += 1
def read():
    return counter
for _ in range(3):
    increment()
print(counter, read())
def make_new():
    global created
    created = "made inside"
make_new()
print(created)
