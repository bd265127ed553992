# repr escapes control characters and keeps printable non-ASCII characters.
print(repr("line\nnext"), repr("tab\there"), repr("cr\r"), repr("nul\x00"))
print(repr("\x01\x1f\x7f"), repr("bell\a"), repr("é日本😀"), repr("\u200b"))
print(repr("\x80\xa0\xad"), repr("\u2028"), repr("\ufeff"))
print(["a\nb", "\t"], len("\n\t\\"))
print(str("a\tb"), "a\\nb")
