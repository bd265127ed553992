# repr chooses quotes like CPython: single by default, double if the string has only single quotes.
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr(""), repr("'"), repr('"'), repr("\\"), repr("a\\b"))
print(["it's", 'x"y', "z"])
print(("'",), {"k'": "v\""})
