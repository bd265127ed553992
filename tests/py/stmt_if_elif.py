# if/elif/else chains with truthiness of different values.
def classify(x):
    if x is None:
        return "none"
    elif isinstance(x, str) and not x:
        return "empty string"
    elif isinstance(x, str):
        return "string"
    elif x == 0:
        return "zero"
    elif x < 0:
        return "negative"
    else:
        return "positive"
for v in (None, "", "s", 0, -3, 2.5, False):
    print(repr(v), classify(v))
if []:
    print("never")
elif [0]:
    print("non-empty list is true")
if 0: pass
else: print("one-line else")
