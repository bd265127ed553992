# Program: greedy word wrapping and justification of a paragraph.
text = ("Python is a programming language that lets you work quickly and integrate systems "
        "more effectively. Its design philosophy emphasizes code readability with the use of "
        "significant indentation.")
def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    if len(line) == 1:
        return line[0]
    gaps = len(line) - 1
    spaces = width - sum([len(w) for w in line])
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + line[-1]
for width in (30, 45):
    lines = wrap(text.split(), width)
    for ln in lines[:-1]:
        print("|" + justify(ln, width) + "|")
    print("|" + " ".join(lines[-1]).ljust(width) + "|")
    print()
