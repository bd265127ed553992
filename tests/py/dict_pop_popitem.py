# dict.pop with default and missing key errors, popitem returns last inserted (LIFO).
d = {"x": 1, "y": 2, "z": 3}
print(d.pop("y"), d.pop("nope", "dflt"), d)
print(d.popitem(), d)
d["w"] = 4
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("gone")
except KeyError as e:
    print("KeyError:", e)
