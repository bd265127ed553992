# bench-repeat: 30   (a copy of tests/programs/textpipeline.py; bench/run.sh runs it 30 times over)
# A text and data pipeline: tokenise an embedded text, count word frequencies, build an index
# of lines, group words by length and initial, then parse an embedded CSV-like table of sales,
# aggregate it and print aligned reports.  Exercises str methods, dict/set/list comprehensions,
# generator expressions and pipelines of generators, sorted() with key functions and reverse,
# a hand-written groupby, f-string alignment/format specs, str.format and % formatting.

TEXT = """\
The lighthouse keeper kept a ledger of every ship that passed the point.
In the ledger he wrote the name of the ship, the hour, and the weather;
when the weather was foul he wrote the name twice, once for the ship and
once for the sea.  The sea, he said, also passes the point, and it also
deserves a line in the ledger.

Years later the ledger was found in a drawer, under a map of the coast.
The map was wrong about the rocks, but the ledger was right about the ships:
every name was there, every hour, every storm.  The keeper's daughter read
it aloud one winter, a line a night, and when she reached the last page
she began again at the first, because the sea had not stopped passing.
"""

STOP = {"the", "a", "and", "of", "in", "he", "it", "was", "for", "that", "at", "about",
        "but", "she", "when", "had", "not", "one", "also", "once", "there"}


def tokens(text):
    """Yield (line number, word) pairs: lower-cased, punctuation stripped, apostrophes kept."""
    for lineno, line in enumerate(text.splitlines(), 1):
        for raw in line.split():
            word = raw.strip(".,;:!?\"()").lower()
            if word.endswith("'s"):
                word = word[:-2]
            if word:
                yield lineno, word


def group_by(items, key):
    """Like itertools.groupby, over an already sorted list: a list of (key, [items])."""
    groups = []
    for item in items:
        k = key(item)
        if groups and groups[-1][0] == k:
            groups[-1][1].append(item)
        else:
            groups.append((k, [item]))
    return groups


pairs = list(tokens(TEXT))
words = [w for _, w in pairs]
print(f"{len(TEXT.splitlines())} lines, {len(words)} words, {len(set(words))} distinct, "
      f"{sum(map(len, words)) / len(words):.3f} letters per word")

freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print("\nTop words (all):")
for rank, (w, n) in enumerate(top[:8], 1):
    print(f"  {rank:>2}. {w:<10} {n:>3} {'#' * n}")

content = {w: n for w, n in freq.items() if w not in STOP and len(w) > 2}
print("\nTop content words:")
for w, n in sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
    share = n / len(words)
    print("  {:<10}|{:^7}|{:>7.2%}".format(w, n, share))

index = {}
for lineno, w in pairs:
    index.setdefault(w, [])
    if lineno not in index[w]:
        index[w].append(lineno)
print("\nConcordance:")
for w in ("ledger", "sea", "ship", "name", "every", "keeper"):
    print(f"  {w:>8}: lines {', '.join(map(str, index[w]))}")

print("\nDistinct words by length:")
by_len = group_by(sorted(set(words), key=lambda w: (len(w), w)), len)
for length, group in by_len:
    shown = " ".join(group) if len(group) <= 8 else " ".join(group[:8]) + f" (+{len(group) - 8})"
    print(f"  {length:2d} [{len(group):2d}] {shown}")

initials = {ch: sorted({w for w in words if w[0] == ch}) for ch in sorted({w[0] for w in words})}
busiest = max(initials.items(), key=lambda kv: (len(kv[1]), kv[0]))
print("\nInitial letters:", "".join(initials), "| busiest:", busiest[0], busiest[1])
vowels = set("aeiou")
no_vowel_start = sorted(w for w in set(words) if w[0] not in vowels and len(w) >= 7)
print("long words not starting with a vowel:", no_vowel_start)
print("double letters:", sorted({w for w in words if any(a == b for a, b in zip(w, w[1:]))}))
print("vowels up, no k:", sentences_0 := TEXT.splitlines()[0].translate(str.maketrans("aeiou", "AEIOU", "k")))
print("rsplit:", sentences_0.rsplit(" ", 3), "| title:", "the keeper's ledger".title())
print("words in both paragraphs:", sorted(set(words[:60]) & set(words[60:]) - STOP))

sentences = [s.strip() for s in TEXT.replace("\n", " ").replace(";", ".").replace(":", ".").split(".")]
sentences = [s for s in sentences if s]
longest = max(sentences, key=len)
print(f"\n{len(sentences)} sentences; longest has {len(longest.split())} words:")
print("  " + longest[:70] + ("..." if len(longest) > 70 else ""))
title = " ".join(w.capitalize() for w in sentences[0].split()[:6])
print(f"  title: {title!r} | {title.upper().center(40, '*')}")
print("  " + sentences[2].swapcase()[:50], "|", sentences[2].count("e"), sentences[2].find("wrote"))

# --- a CSV-like sales table --------------------------------------------------------------------
SALES = """region,product,quarter,units,price
north, lamp ,Q1,12,19.99
north,lamp,Q2,7,19.99
north,rope,Q1,30,4.25
south,lamp,Q1,3,21.50
south,map,Q3,14,8.00
east,rope,Q2,41,4.10
east,map,Q1,9,7.75
east,lamp,Q4,11,18.00
south,rope,Q4,25,4.50
west,map,Q2,5,9.20
west,lamp,Q3,16,20.00
north,map,Q4,8,8.40
# a comment line to skip
east,rope,Q3,,4.10
"""


def parse(text):
    lines = (ln.strip() for ln in text.splitlines())
    header = next(lines).split(",")
    for ln in lines:
        if not ln or ln.startswith("#"):
            continue
        row = dict(zip(header, (f.strip() for f in ln.split(","))))
        row["units"] = int(row["units"]) if row["units"].isdigit() else 0
        row["price"] = float(row["price"])
        row["revenue"] = round(row["units"] * row["price"], 2)
        yield row


rows = list(parse(SALES))
print(f"\n{len(rows)} sales rows, {sum(r['units'] for r in rows)} units, "
      f"revenue {sum(r['revenue'] for r in rows):,.2f}")

header = f"{'region':<8}{'product':<9}{'qtr':^5}{'units':>6}{'price':>8}{'revenue':>10}"
print(header)
print("-" * len(header))
for r in sorted(rows, key=lambda r: (r["region"], -r["revenue"])):
    print(f"{r['region']:<8}{r['product']:<9}{r['quarter']:^5}{r['units']:>6d}{r['price']:>8.2f}{r['revenue']:>10,.2f}")

print("\nBy region:")
for region, group in group_by(sorted(rows, key=lambda r: r["region"]), lambda r: r["region"]):
    units = sum(r["units"] for r in group)
    revenue = sum(r["revenue"] for r in group)
    products = ", ".join(sorted({r["product"] for r in group}))
    print("  %-6s %3d units  %9.2f  avg %6.3f  [%s]" % (region, units, revenue, revenue / max(units, 1), products))

pivot = {}
for r in rows:
    pivot.setdefault(r["product"], {}).setdefault(r["quarter"], 0)
    pivot[r["product"]][r["quarter"]] += r["units"]
quarters = sorted({r["quarter"] for r in rows})
print("\nUnits pivot:")
print("  " + "product".ljust(8) + "".join(q.rjust(5) for q in quarters) + "total".rjust(7))
for product in sorted(pivot):
    cells = [pivot[product].get(q, 0) for q in quarters]
    print("  " + product.ljust(8) + "".join(str(c).rjust(5) for c in cells) + str(sum(cells)).rjust(7))
col_totals = [sum(pivot[p].get(q, 0) for p in pivot) for q in quarters]
print("  " + "".ljust(8, "=") + "".join(str(c).rjust(5, ".") for c in col_totals) + str(sum(col_totals)).zfill(7))

best = max(rows, key=lambda r: r["revenue"])
worst = min((r for r in rows if r["units"]), key=lambda r: (r["revenue"], r["region"]))
print(f"\nbest sale: {best['region']}/{best['product']} {best['revenue']:.2f}; "
      f"smallest: {worst['region']}/{worst['product']} {worst['revenue']:.2f}")
ranked = sorted(rows, key=lambda r: r["price"], reverse=True)
print("by price desc:", [f"{r['product']}@{r['price']:g}" for r in ranked[:6]])
price_bands = {band: len(list(g)) for band, g in group_by(sorted(rows, key=lambda r: r["price"] // 5), lambda r: int(r["price"] // 5) * 5)}
print("price bands:", price_bands, "| any zero-unit row:", any(r["units"] == 0 for r in rows),
      "| all priced:", all(r["price"] > 0 for r in rows))
report_id = "-".join(p[:2].upper() for p in sorted(pivot)) + "_" + str(len(rows)).zfill(4)
print("report id:", report_id, "| partition:", "region,product".partition(","), "| %s" % report_id.lower().replace("_", "#"))
