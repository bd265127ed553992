# Iterating dicts directly, sorted by key or value, building inverse mappings.
scores = {"ann": 88, "bob": 95, "cid": 70, "dan": 95}
for name in scores:
    print(name, scores[name])
print(sorted(scores), sorted(scores, key=lambda n: scores[n]))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {}
for k, v in scores.items():
    inv.setdefault(v, []).append(k)
print(inv)
print(max(scores, key=lambda n: scores[n]), min(scores.values()))
