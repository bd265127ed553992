# NameError messages for undefined globals, including inside functions.
try:
    undefined_thing
except NameError as e:
    print("NameError", e)
def f():
    return also_missing + 1
try:
    f()
except NameError as e:
    print("NameError", e, e.name)
try:
    del never_defined
except NameError as e:
    print("NameError", e)
