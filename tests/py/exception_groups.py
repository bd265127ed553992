# Exception groups (PEP 654): construction and its errors, ExceptionGroup vs BaseExceptionGroup,
# split/subgroup/derive, and the nested-box traceback format.
import traceback, sys
def t(f):
    try:
        print("ok", repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
eg = ExceptionGroup("eg", [ValueError(1), TypeError("two")])
print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), type(eg).__mro__)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
t(lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("x", []))
t(lambda: ExceptionGroup("x", [1]))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("x", ValueError()))
t(lambda: ExceptionGroup("x"))
print(str(ExceptionGroup("one", [ValueError()])))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")]), KeyError("d")])
nested.add_note("a note")
m, r = nested.split(ValueError)
print(repr(m), repr(r))
print(m.__notes__, r.__notes__)
print(repr(nested.subgroup(lambda e: isinstance(e, KeyError))))
print(nested.subgroup(OSError), nested.split((TypeError, KeyError)))
print(nested.subgroup(ExceptionGroup) is nested, nested.split(lambda e: True)[0] is nested)
t(lambda: nested.split(5))
t(lambda: nested.split(int))
print(repr(eg.derive([KeyError(1)])))
try:
    raise eg
except Exception as e:
    print("caught as Exception:", e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)
mg = MyGroup("mine", [ValueError(1), OSError(2)])
print(repr(mg.split(OSError)), type(mg.subgroup(ValueError)).__name__)
print(ExceptionGroup[ValueError])
def f():
    raise ExceptionGroup("inner", [KeyError("k"), TypeError("t")])
try:
    try:
        f()
    except ExceptionGroup as e:
        raise ExceptionGroup("outer", [ValueError("v"), e]) from None
except ExceptionGroup as e:
    traceback.print_exception(e, file=sys.stdout)
traceback.print_exception(ExceptionGroup("many", [ValueError(i) for i in range(17)]), file=sys.stdout)
raise BaseExceptionGroup("top", [KeyboardInterrupt(), ValueError(1)])
