# contextlib: @contextmanager (normal exit, exceptions thrown in, the RuntimeError rules, use as a
# decorator), closing, suppress, nullcontext, redirect_stdout/stderr, ExitStack (callbacks,
# push, enter_context, pop_all, close, exception chaining), AbstractContextManager.
import sys
import contextlib
from contextlib import (contextmanager, closing, suppress, nullcontext, redirect_stdout,
                        redirect_stderr, ExitStack, AbstractContextManager, ContextDecorator)

def chain(e):
    # An exception and its __context__ chain, newest first.
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return ' <- '.join(out)

# ── @contextmanager ──
@contextmanager
def tag(name):
    """Print tags around the block."""
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')

with tag('p') as value:
    print('body', value)
print(tag.__name__, tag.__doc__, tag('x').__doc__)

try:
    with tag('q'):
        raise ValueError('inside')
except ValueError as e:
    print('propagated', repr(e))

@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print('swallowed', repr(e))

with swallow(KeyError):
    raise KeyError('k')
print('after swallow')
try:
    with swallow(KeyError):
        raise IndexError('i')
except IndexError as e:
    print('not swallowed', repr(e))

@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('translated') from e

try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(repr(e), type(e.__cause__).__name__)

@contextmanager
def no_yield():
    if False:
        yield

@contextmanager
def two_yields():
    yield 1
    yield 2

@contextmanager
def yields_after_throw():
    try:
        yield
    except Exception:
        yield 'again'

for label, cm, body_raises in (('no yield', no_yield, False), ('two yields', two_yields, False),
                               ('yield after throw', yields_after_throw, True)):
    try:
        with cm():
            if body_raises:
                raise ValueError('x')
    except RuntimeError as e:
        print(label, '->', 'RuntimeError:', e)

# StopIteration raised in the body is not swallowed by the generator machinery.
@contextmanager
def plain():
    yield

try:
    with plain():
        raise StopIteration('stop')
except StopIteration as e:
    print('StopIteration passed through', repr(e))

# A generator that catches and re-raises a RuntimeError of the body.
@contextmanager
def reraise():
    try:
        yield
    except RuntimeError:
        raise

try:
    with reraise():
        raise RuntimeError('rt')
except RuntimeError as e:
    print('RuntimeError passed through', repr(e))

# __exit__ called by hand with only an exception type.
cm = swallow(TypeError)
cm.__enter__()
print('exit with type only:', cm.__exit__(TypeError, None, None))

# A generator that returns after catching: suppressed (exit returns True).
cm = swallow(KeyError)
cm.__enter__()
print('exit returns', cm.__exit__(KeyError, KeyError('z'), None))

# Used as a decorator, each call gets a fresh generator.
@tag('call')
def decorated(x):
    print('running with', x)
    return x * 2

print(decorated(21), decorated(1), decorated.__name__)

class Counter(ContextDecorator):
    def __init__(self):
        self.entered = 0
    def __enter__(self):
        self.entered += 1
        return self
    def __exit__(self, *exc):
        return False

counter = Counter()
@counter
def work():
    return 'worked'
print(work(), work(), counter.entered)

# ── closing, suppress, nullcontext ──
class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('closing', self.name)

with closing(Resource('db')) as r:
    print('using', r.name)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
with suppress(LookupError):
    {}['missing']
print('suppressed KeyError via LookupError')
with suppress():
    pass
try:
    with suppress(KeyError):
        int('x')
except ValueError as e:
    print('suppress let through', type(e).__name__)

with nullcontext() as n:
    print('nullcontext gives', n)
with nullcontext(42) as n:
    print('nullcontext gives', n)

# ── redirect_stdout / redirect_stderr ──
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass

out = Collector()
with redirect_stdout(out) as target:
    print('captured line')
    print('second', 2)
print('redirected:', ''.join(out.parts).splitlines(), target is out)
err = Collector()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print('stderr captured:', err.parts)
outer, inner = Collector(), Collector()
with redirect_stdout(outer):
    print('outer 1')
    with redirect_stdout(inner):
        print('inner')
    print('outer 2')
print(outer.parts, inner.parts)
print(sys.stdout is sys.__stdout__)

# ── ExitStack ──
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.callback(print, 'keyword', sep='=', end='!\n')
    print('in body')

def exit_fn(exc_type, exc, tb):
    print('exit_fn saw', exc_type.__name__ if exc_type else None)
    return True         # suppresses

with ExitStack() as stack:
    stack.push(exit_fn)
    print('entered', stack.enter_context(tag('es')))
    raise ValueError('suppressed by exit_fn')
print('after suppression')

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False

with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in 'abc']
    print(names)
    stack.push(CM('pushed'))       # push takes __exit__ only (no __enter__)

with ExitStack() as stack:
    stack.enter_context(CM('moved'))
    saved = stack.pop_all()
    print('popped; leaving the with')
print('now closing the new stack')
saved.close()
saved.close()           # nothing left

try:
    ExitStack().enter_context(42)
except TypeError as e:
    print('TypeError:', e)
try:
    ExitStack().enter_context(Resource('r'))
except TypeError as e:
    print('TypeError:', e)

# callback and push return their argument (usable as decorators); __wrapped__ is recorded.
with ExitStack() as stack:
    @stack.callback
    def cleanup():
        print('decorated callback ran')
    print(cleanup.__name__, stack.push(exit_fn) is exit_fn)

# Exceptions raised by callbacks chain like nested with statements.
def raiser(exc):
    def raise_it(*args):
        raise exc
    return raise_it

try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError('first registered')))
        stack.callback(raiser(IndexError('second registered')))
        raise ValueError('body')
except Exception as e:
    print(chain(e))

try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError('a')))
        stack.callback(raiser(KeyError('b')))
except Exception as e:
    print(chain(e))

try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError('a')))
        stack.push(lambda *exc: True)          # suppresses 'b'
        stack.callback(raiser(KeyError('b')))
except Exception as e:
    print(chain(e))

try:
    raise TypeError('outer')
except TypeError:
    try:
        with ExitStack() as stack:
            stack.callback(raiser(KeyError('a')))
            stack.callback(raiser(KeyError('b')))
            raise ValueError('body')
    except Exception as e:
        print(chain(e))

# Compare with real nested with statements.
class Raise:
    def __init__(self, exc):
        self.exc = exc
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise self.exc
try:
    with Raise(KeyError('outer cm')):
        with Raise(IndexError('inner cm')):
            raise ValueError('body')
except Exception as e:
    print(chain(e))

# A suppressing callback after a raising one: nothing escapes, and __exit__ returns True.
stack = ExitStack()
stack.push(lambda *exc: True)
stack.callback(raiser(KeyError('gone')))
print('exit result', stack.__exit__(ValueError, ValueError('v'), None))
stack = ExitStack()
stack.callback(lambda: None)
print('exit result', stack.__exit__(None, None, None))

# ── AbstractContextManager ──
class Minimal(AbstractContextManager):
    def __exit__(self, *exc):
        return None
m = Minimal()
with m as got:
    print('default __enter__ returns self:', got is m)
print(issubclass(CM, AbstractContextManager), isinstance(Resource('x'), AbstractContextManager),
      isinstance(ExitStack(), AbstractContextManager),
      isinstance(nullcontext(), AbstractContextManager))
class NoExit(AbstractContextManager):
    pass
try:
    NoExit()
except TypeError as e:
    print('TypeError:', e)
class Disabled(CM):
    __exit__ = None
print(issubclass(Disabled, AbstractContextManager))
print(AbstractContextManager[int], AbstractContextManager[int].__origin__ is AbstractContextManager)

# ── chdir ── (a stand-in os module records the calls: no real directory is changed, and the
# output does not depend on the machine)
class FakeOS:
    def __init__(self):
        self.cwd = '/start'
    def getcwd(self):
        return self.cwd
    def chdir(self, path):
        print('os.chdir', path)
        self.cwd = path

# CPython's contextlib imports os at the top and minipy's imports it inside chdir: patch both.
real_os = sys.modules.get('os')
module_os = contextlib.__dict__.get('os')
sys.modules['os'] = contextlib.os = fake = FakeOS()
try:
    cd = contextlib.chdir('/tmp/a')
    with cd as result:
        print('inside', fake.getcwd(), result)
        with cd:                            # re-entrant: a stack of old directories
            print('inside again', fake.getcwd())
        print('back to', fake.getcwd())
    print('after', fake.getcwd())
finally:
    if real_os is None:
        del sys.modules['os']
    else:
        sys.modules['os'] = real_os
    if module_os is None:
        del contextlib.os
    else:
        contextlib.os = module_os

# (minipy has no async: leave out the async names)
print(sorted(name for name in contextlib.__all__ if 'sync' not in name and name != 'aclosing'))
