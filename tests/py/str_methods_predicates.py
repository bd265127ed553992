# isdigit/isalpha/isspace/isalnum on ASCII, accented, CJK and empty strings.
for s in ("123", "12.3", "abc", "abc1", "ABC", " \t\n", "", "é", "日本", "a b", "-1"):
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum())
