# upper/lower on ASCII and accented text.
print("Hello World".upper(), "Hello World".lower())
print("héllo ÀÉÎ".upper(), "ÀÉÎ ÑAND".lower())
print("MiXeD 123 !?".lower(), "abc".upper().lower())
print("日本".upper(), "".upper() == "", "ÿ".upper(), "Ω".lower())
