# ValueError messages from int() and float() parsing.
for s in ("abc", "", "1.5", "12a", " ", "0x10", "1 2", "--1"):
    try:
        int(s)
    except ValueError as e:
        print("ValueError", e)
for s, b in (("12", 2), ("g", 16), ("9", 8)):
    try:
        int(s, b)
    except ValueError as e:
        print("ValueError", e)
for s in ("abc", "", "1.2.3", "1e"):
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
try:
    int("10", 99)
except ValueError as e:
    print("ValueError", e)
