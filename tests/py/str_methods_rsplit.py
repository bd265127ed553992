# str.rsplit with maxsplit, with and without separator.
print("a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(",", 2), "a,b,c,d".rsplit(","))
print("  a  b  c  ".rsplit(None, 1), "a b c".rsplit(maxsplit=1))
print("path/to/file.txt".rsplit("/", 1), "file.tar.gz".rsplit(".", 1))
print("".rsplit(), "abc".rsplit("b"), "aaa".rsplit("a"))
