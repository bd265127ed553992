# Slicing strings by code point with steps, negative indices and out-of-range bounds.
s = "héllo, 日本語 😀 world"
print(s[1:4], s[7:10], s[-7:], s[:-6], s[::2], s[::-1])
print(s[100:], s[-100:3], s[3:1], s[5:5] == "")
print("abcdef"[::3], "abcdef"[1::2], "abcdef"[-1:-4:-1], "abcdef"[4:1:-2])
print("日本語テキスト"[2:5], "日本語テキスト"[::-2])
t = "😀a😁b😂c"
print(t[::2], t[1::2], t[-2:], len(t[1:4]))
