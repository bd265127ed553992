# KeyError shows the repr of the missing key; str(e) of a KeyError is the repr.
d = {"a": 1}
for key in ("missing", 42, (1, 2), "it's", None, 1.5, ""):
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError", e)
