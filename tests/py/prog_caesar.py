# Program: Caesar and Vigenere ciphers with round trips and frequency-based cracking.
def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - 97 + k) % 26 + 97)
    if "A" <= c <= "Z":
        return chr((ord(c) - 65 + k) % 26 + 65)
    return c
def caesar(s, k):
    return "".join([shift_char(c, k) for c in s])
def vigenere(s, key, sign=1):
    out, i = [], 0
    for c in s:
        if c.isalpha():
            out.append(shift_char(c, sign * (ord(key[i % len(key)]) - 97)))
            i += 1
        else:
            out.append(c)
    return "".join(out)
msg = "Attack at Dawn! The eastern gate, zero hour."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3) == msg, caesar("xyz XYZ", 4))
v = vigenere(msg, "lemon")
print(v, vigenere(v, "lemon", -1) == msg)
def crack(s):
    counts = {}
    for c in s.lower():
        if c.isalpha():
            counts[c] = counts.get(c, 0) + 1
    top = max(sorted(counts), key=lambda c: counts[c])
    return (ord(top) - ord("e")) % 26
secret = caesar("meet me here where the trees meet the eternal sea", 11)
k = crack(secret)
print(k, caesar(secret, -k))
