# Exceptions inside loops with try/except per iteration, continuing after errors.
values = ["1", "2", "x", "4", "", "6"]
good, bad = [], []
for v in values:
    try:
        good.append(int(v))
    except ValueError as e:
        bad.append(str(e))
    finally:
        pass
print(good, sum(good))
for b in bad:
    print(b)
