# finally runs on return, break and continue; a return in finally overrides.
def f():
    try:
        return "from try"
    finally:
        print("finally runs before returning")
print(f())
def g():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "loop done"
print(g())
def h():
    try:
        raise ValueError("lost")
    except ValueError:
        return "handled"
    finally:
        print("cleanup")
print(h())
