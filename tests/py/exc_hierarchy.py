# The built-in exception hierarchy: __mro__ and issubclass relations.
for t in (ZeroDivisionError, OverflowError, IndexError, KeyError, ValueError, TypeError, NameError,
          UnboundLocalError, AttributeError, RecursionError, AssertionError, StopIteration,
          NotImplementedError, MemoryError, SystemExit, KeyboardInterrupt, EOFError, OSError):
    print(t.__name__, [c.__name__ for c in t.__mro__])
print(issubclass(SystemExit, Exception), issubclass(Exception, BaseException))
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("caught as RuntimeError:", e)
