# Word counting: measures str methods (lower, split, strip), dict get/set, list sort with a key.
# Run by bench/run.sh and bench/jit.sh (make bench) against python3; prints the top words.
# Read next: bench/run.sh.
WORDS = ("the quick brown fox jumps over the lazy dog while a curious cat watches "
         "from the old wooden fence and the sun sets slowly behind the distant hills").split()

def make_text(n):
    lines = []
    for i in range(n):
        k = (i * 7919) % len(WORDS)
        line = " ".join(WORDS[k:] + WORDS[:k])
        if i % 3 == 0:
            line = line.upper() + ", AND MORE!"
        lines.append(line)
    return "\n".join(lines)

def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.lower().split():
            word = word.strip(",.!")
            counts[word] = counts.get(word, 0) + 1
    return counts

text = make_text(60000)
total = 0
for _ in range(3):
    counts = count_words(text)
    total += len(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(total, top)
