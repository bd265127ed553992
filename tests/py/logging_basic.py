# logging: levels and their names, the logger tree (dotted names, placeholders, propagate),
# handlers and their levels, Formatter styles, filters, LoggerAdapter, basicConfig, disable,
# lastResort, exceptions, handler errors.  Output goes to StringIO streams and sys.stdout.
import io
import sys
import logging

print(logging.getLevelName(10), logging.getLevelName(logging.ERROR), logging.getLevelName('INFO'),
      logging.getLevelName(15), logging.getLevelName('nope'), logging.WARN, logging.FATAL)
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'), sorted(logging.getLevelNamesMapping().items())[:3])

def fmt_stream(fmt='%(name)s|%(levelname)s|%(message)s', **kw):
    s = io.StringIO()
    h = logging.StreamHandler(s)
    h.setFormatter(logging.Formatter(fmt, **kw))
    return s, h

def drain(s):
    text = s.getvalue()
    s.seek(0); s.truncate()
    return text

# the tree: a.b.c made before a.b hangs under a placeholder, then moves under a.b
abc = logging.getLogger('a.b.c')
a = logging.getLogger('a')
print(abc.parent is a, isinstance(logging.Logger.manager.loggerDict['a.b'], logging.PlaceHolder))
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is a, a.parent is logging.root, logging.getLogger() is logging.root)
print(logging.getLogger('root') is logging.root, a.getChild('b') is ab, logging.root.getChild('a') is a)
print(sorted(l.name for l in a.getChildren()), repr(a), repr(logging.root), logging.getLogger('a.b.c') is abc)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError:', e)

# levels: effective level from the nearest ancestor with one
s, h = fmt_stream()
a.addHandler(h)
a.setLevel(logging.INFO)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO), repr(abc))
abc.debug('hidden'); abc.info('info from %s', 'abc')
ab.setLevel('DEBUG')
abc.debug('now visible: %d items', 3)
abc.log(15, 'custom level'); ab.setLevel(logging.NOTSET)
abc.warning('dict args: %(x)s and %(y)s', {'x': 1, 'y': 2}); abc.error('%s%%', 50)
abc.critical('tuple arg %s', (1, 2))
print(drain(s), end='')
h.setLevel(logging.ERROR)
abc.warning('below the handler level'); abc.error('at the handler level')
print(drain(s), end='')
h.setLevel(logging.NOTSET)
for bad in ['BOGUS', 1.5, None]:
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    a.log('INFO', 'x')
except TypeError as e:
    print('TypeError:', e)

# propagation: handlers up the tree, until propagate is False
s2, h2 = fmt_stream('ab:%(message)s')
ab.addHandler(h2)
abc.warning('goes to both')
ab.propagate = False; abc.warning('stops at a.b')
print(repr(drain(s)), repr(drain(s2)), abc.hasHandlers(), logging.getLogger('zz').hasHandlers())
ab.propagate = True; ab.removeHandler(h2)
abc.disabled = True; abc.error('disabled logger'); abc.disabled = False
print(repr(drain(s)))

# Formatter styles, defaults, extra, validation
for f in [logging.Formatter('[%(levelno)d] %(message)s %(user)s'),
          logging.Formatter('{levelname:>8}|{name}|{message!r}|{user}', style='{'),
          logging.Formatter('$levelname ${name}: $message ($user)', style='$'),
          logging.Formatter('%(message)s %(user)s %(where)s', defaults={'where': 'here'}),
          logging.Formatter()]:
    h.setFormatter(f)
    abc.warning('hello %s', 'world', extra={'user': 'ann'})
print(drain(s), end='')
for args in [('%(message)',), ('plain text',), ('{x', None, '{'), ('{x!z}', None, '{'), ('{a:zz}', None, '{'),
             ('no fields', None, '{'), ('$ $x', None, '$'), ('nothing', None, '$'), ('%(m)s', None, '#')]:
    try:
        logging.Formatter(*args)
        print('ok', args)
    except ValueError as e:
        print('ValueError:', e)
print(logging.Formatter('no fields', validate=False).format(logging.makeLogRecord({'msg': 'm'})))
try:
    abc.warning('x', extra={'msg': 'clash'})
except KeyError as e:
    print('KeyError:', e)

class FixedTime(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return 'T<%s>' % datefmt
    def formatException(self, ei):
        return 'EXC %s: %s' % (ei[0].__name__, ei[1])
h.setFormatter(FixedTime('%(asctime)s %(levelname)s %(message)s', datefmt='%H:%M'))
abc.info('with a time')
try:
    1 / 0
except ZeroDivisionError:
    abc.exception('failed %s', 'badly'); abc.error('again', exc_info=True)
abc.warning('from an instance', exc_info=KeyError('k'))
print(drain(s), end='')
print(FixedTime('%(message)s').usesTime(), logging.Formatter('%(asctime)s').usesTime(),
      logging.Formatter('{asctime}', style='{').usesTime(), logging.Formatter('$asctime', style='$').usesTime())

# filters: an object with filter(), a callable, one returning a new record
h.setFormatter(logging.Formatter('%(name)s:%(message)s'))
flt = logging.Filter('a.b')
print(flt.filter(logging.makeLogRecord({'name': 'a.b.c'})), flt.filter(logging.makeLogRecord({'name': 'a.bc'})),
      flt.filter(logging.makeLogRecord({'name': 'a.b'})), logging.Filter().filter(logging.makeLogRecord({'name': 'x'})))
h.addFilter(lambda r: 'secret' not in r.getMessage())
a.warning('public'); a.warning('a secret')
def renamer(record):
    new = logging.makeLogRecord(record.__dict__)
    new.msg = new.msg.upper()
    return new
a.addFilter(renamer); a.warning('shout'); a.removeFilter(renamer); h.filters.clear()
print(drain(s), end='')

# LoggerAdapter
ad = logging.LoggerAdapter(a, {'user': 'bob'})
h.setFormatter(logging.Formatter('%(user)s %(message)s'))
ad.info('adapted %d', 1)
logging.LoggerAdapter(a, {'user': 'eve'}, merge_extra=True).warning('merged', extra={'x': 1})
print(drain(s), end='')
print(repr(ad), ad.name, ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel())

# records
rec = logging.makeLogRecord({'name': 'n', 'msg': 'v=%s', 'args': (5,), 'levelno': 20})
print(rec.getMessage(), rec.name, rec.levelno, rec.threadName, rec.processName, rec.taskName, rec.exc_text)
r2 = logging.LogRecord('x', logging.INFO, '/p/mod.py', 7, 'hi %s', ('a',), None)
print(r2.filename, r2.module, r2.levelname, r2.lineno, r2.getMessage(), repr(r2))

# handler errors: reported on sys.stderr (here a StringIO), or silent
old_stderr = sys.stderr
sys.stderr = err = io.StringIO()
a.warning('%d apples', 'three')
lines = err.getvalue().splitlines()
print(lines[0], [l for l in lines if l.startswith(('Message', 'Arguments'))])
logging.raiseExceptions = False; a.warning('%d pears', 'four'); logging.raiseExceptions = True
print(len(err.getvalue().splitlines()) == len(lines))

# lastResort: a logger with no handler anywhere prints WARNING and above, message only
err.seek(0); err.truncate()
lone = logging.getLogger('lone'); lone.info('not shown')
lone.warning('last resort %s', 'speaks')
saved, logging.lastResort = logging.lastResort, None
lone.error('nobody'); lone.error('nobody twice')
logging.lastResort = saved
sys.stderr = old_stderr
print(repr(err.getvalue()))

# basicConfig, the root functions, disable
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='ROOT %(levelname)s %(message)s')
logging.info('root info'); logging.debug('root debug hidden')
logging.basicConfig(level=logging.DEBUG)          # ignored: root has a handler
logging.debug('still hidden')
logging.basicConfig(stream=sys.stdout, format='{levelname}:{message}', style='{', force=True)
logging.warning('forced %s', 'config')
print(logging.root.level, len(logging.root.handlers), repr(logging.root.handlers[0].formatter._fmt))
logging.disable(logging.WARNING)
logging.warning('disabled'); logging.error('error passes')
logging.disable(logging.NOTSET); logging.warning('enabled again')
for kw in [dict(stream=sys.stdout, filename='x.log', force=True), dict(bogus=1, force=True),
           dict(style='?', force=True), dict(handlers=[logging.NullHandler()], stream=sys.stdout, force=True)]:
    try:
        logging.basicConfig(**kw)
    except ValueError as e:
        print('ValueError:', e)

# FileHandler, and basicConfig(filename=...)
import os
path = '/tmp/logging_basic_%d.log' % os.getpid()
a.removeHandler(h)
fh = logging.FileHandler(path, mode='w')
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
a.addHandler(fh)
a.warning('to the file'); a.error('and %s', 'more')
a.removeHandler(fh); fh.close()
print(fh.stream, fh.mode, fh.baseFilename == path)
with open(path) as f:
    print(repr(f.read()))
lazy = logging.FileHandler(path, delay=True)
print(lazy.stream)
lazy.handle(logging.makeLogRecord({'msg': 'appended', 'levelno': 30})); lazy.close()
logging.basicConfig(filename=path, filemode='a', format='basic %(message)s', force=True)
logging.warning('via basicConfig')
logging.root.handlers[0].close(); logging.root.handlers.clear()
with open(path) as f:
    print(repr(f.read()))
os.remove(path)

# named handlers, NullHandler, setStream, shutdown
nh = logging.NullHandler()
nh.name = 'quiet'
print(logging.getHandlerByName('quiet') is nh, 'quiet' in logging.getHandlerNames(), repr(nh), nh.lock)
sh = logging.StreamHandler(io.StringIO())
print(repr(sh), sh.setStream(sh.stream), sh.setStream(io.StringIO()) is not None)
logging.shutdown()
print(logging.getHandlerByName('quiet'), sorted(logging.__all__)[:6])
bf = logging.BufferingFormatter(logging.Formatter('<%(message)s>'))
print(bf.format([rec, r2]), repr(bf.format([])))
