# assert passes silently or raises AssertionError with an optional message.
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError", e)
try:
    x = 5
    assert x < 0, f"x={x} must be negative"
except AssertionError as e:
    print(type(e).__name__, e)
