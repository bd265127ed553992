# except with a tuple of types, ordering of except clauses, catching base classes.
def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("x")
    return "ok"
for k in range(5):
    try:
        print(risky(k))
    except (IndexError, KeyError) as e:
        print("lookup", type(e).__name__, e)
    except ArithmeticError as e:
        print("arith", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, e)
try:
    [].pop()
except LookupError as e:
    print("LookupError catches", type(e).__name__)
