# startswith/endswith with tuples of prefixes and start/end positions.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(".tar", 0, 12))
print(s.startswith(("x", "fi")), s.endswith((".zip", ".gz")), s.endswith(()))
print("".startswith(""), "abc".startswith(""), "abc".endswith("abc"), "ab".endswith("abc"))
print("日本語".startswith("日"), "😀x".endswith("x"), "😀x".startswith("😀"))
print(s.startswith("tar", -6), s.endswith("name", 0, 8))
