# repr of nested dicts with mixed key and value types.
d = {"name": "Ann", "tags": ["x", "y"], "pos": (1, 2), "inner": {"a": {"b": None}}, 1: 1.5}
print(d)
print(repr({"it's": 'say "hi"'}), {True: 1, None: 2}, {(): [], "": {}})
print(str({1: [1, {2: (3,)}]}))
