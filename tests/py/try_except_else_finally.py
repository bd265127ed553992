# try/except/else/finally: which blocks run in each case.
def attempt(x):
    try:
        print("  try", x)
        r = 10 // x
    except ZeroDivisionError as e:
        print("  except", e)
        r = None
    else:
        print("  else", r)
    finally:
        print("  finally")
    return r
print(attempt(2))
print(attempt(0))
def nested(v):
    try:
        try:
            return int(v)
        finally:
            print("  inner finally", v)
    except ValueError:
        return "bad"
print(nested("5"), nested("x"))
