# str.format: positional, numbered, keyword, format specs, repr conversion, escaped braces.
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:.2f} {:5d} {:x} {:,}".format(3.14159, 42, 255, 1234567))
print("{!r} {!s}".format("hi", "hi"), "{{literal}} {}".format(7))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{:*^11}".format("mid"), "{:08.3f}".format(-3.5))
