# Program: string processing — palindromes, anagrams, title case, run-length encoding.
def is_palindrome(s):
    cleaned = "".join([c.lower() for c in s if c.isalnum()])
    return cleaned == cleaned[::-1]
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def unrle(s):
    out, num = "", ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out += c * int(num)
            num = ""
    return out
for s in ("A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", "日本日"):
    print(repr(s), is_palindrome(s))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])
for s in ("aaabccddddde", "abc", "", "zzzzzzzzzzzz"):
    enc = rle(s)
    print(repr(s), enc, unrle(enc) == s)
print(" ".join([w[0].upper() + w[1:] for w in "the old man and the sea".split()]))
