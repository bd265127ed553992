# Iterating over strings: for loops, enumerate, list(), reversed, comprehension.
for ch in "héy😀":
    print(ch, ord(ch))
print(list("abc"), list(reversed("abc")), [c * 2 for c in "xyz"])
for i, c in enumerate("日本"):
    print(i, c)
vowels = 0
for c in "the quick brown fox jumps over the lazy dog":
    if c in "aeiou":
        vowels += 1
print("vowels", vowels)
