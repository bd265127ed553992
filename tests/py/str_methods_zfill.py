# str.zfill with signs, longer inputs, empty strings.
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6))
print("12345".zfill(3), "".zfill(3), "-".zfill(3), "3.14".zfill(8))
