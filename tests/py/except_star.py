# try/except* (PEP 654): clauses take their part of a group; the rest, re-raised parts and new
# exceptions leave together; bare exceptions are wrapped; sys.exception() in a clause.
import sys, traceback
def show(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        print("escaped:", repr(e))
def one():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("VE clause:", repr(e), repr(sys.exception()))
    except* TypeError as e:
        print("TE clause:", repr(e))
show(one)
def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled VE")
show(partial)
def bare():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("bare:", repr(e), type(e).__name__, repr(e.exceptions[0]))
show(bare)
def bare_unmatched():
    try:
        raise KeyError("naked")
    except* ValueError:
        print("never")
show(bare_unmatched)
def reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
show(reraise)
def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
show(raise_new)
def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), OSError(3)])])
    except* ValueError as e:
        print("VE:", repr(e))
    except* OSError as e:
        print("OS:", repr(e))
show(nested_groups)
def with_else_finally():
    try:
        pass
    except* ValueError:
        print("never")
    else:
        print("else ran")
    finally:
        print("finally ran")
show(with_else_finally)
def loop_break():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError:
            for j in range(5):
                if j == 1:
                    break
            print("i", i, "j", j)
show(loop_break)
def bad_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
show(bad_type)
def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print("tuple:", repr(e))
show(tuple_types)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    pass
