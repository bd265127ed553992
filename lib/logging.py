# lib/logging.py — the `logging` module: leveled, named, configurable diagnostic messages.
#
# What this step does: `logger.info("loaded %d rows", n)` goes through four kinds of object,
# each replaceable on its own:
#   * Logger — a named channel.  Names are dotted ("app", "app.db", "app.db.pool") and form a
#     tree under the root logger: getLogger("app.db") is a child of getLogger("app").  A logger
#     without a level of its own takes its parent's (getEffectiveLevel), so setting the level
#     of "app" quiets all of "app.*".  A call below the effective level returns at once
#     (isEnabledFor, with a per-logger cache cleared whenever any level changes): debug() calls
#     left in hot code cost one dict lookup.
#   * LogRecord — what one call produced: logger name, level, msg and args (joined only when
#     needed, by getMessage: msg % args), creation time, thread, process, exception info.
#   * Handler — where records go: StreamHandler writes to a stream (sys.stderr by default),
#     FileHandler to a file, NullHandler nowhere.  A record is offered to the handlers of its
#     logger, then of the parent, and so up to the root, unless a logger on the way has
#     propagate = False.  Each handler has its own level and filters, and a lock around emit.
#   * Formatter — record to text with a %-style format ("%(levelname)s:%(name)s:%(message)s")
#     that reads the record's attributes; '{' and '$' styles too.  Exception info is appended
#     as a traceback.
# If a record finds no handler at all, `lastResort` (a handler on sys.stderr, level WARNING,
# format just "%(message)s") prints it: an unconfigured program still shows its warnings.
# basicConfig() is the one-call setup: a handler (stream or file) with a format on the root.
# The module-level functions (logging.warning(...)) log on the root, calling basicConfig()
# first if the root has no handler.  disable(level) turns everything at or below level off.
#
# Comes in: `import logging` (frozen by lib/freeze.sh).
# Goes out: the names in __all__ (CPython's), plus PercentStyle, StrFormatStyle,
#   StringTemplateStyle, Manager, PlaceHolder, RootLogger, root, BASIC_FORMAT.
# Read next: lib/threading.py (the RLock taken around each emit), lib/io.py (StringIO, the
#   stream tests log to), lib/string/__init__.py (Template, behind style='$').
#
# Differences from CPython: one module, not a package (no logging.handlers/logging.config).
# minipy has no frame objects (sys._getframe, tb_frame), so records say pathname
# "(unknown file)", lineno 0 and funcName "(unknown function)" — CPython's own fallback —
# stack_info adds nothing, and without a `traceback` module an exception is formatted as its
# last line only ("ZeroDivisionError: division by zero"); both switch to the full behaviour
# once those exist.  %(asctime)s needs time.localtime and time.strftime: until minipy's time
# module has them, formatting a time raises NotImplementedError (reported by handleError),
# rather than printing a made-up time.  No weak references: handler names (getHandlerByName)
# and the list shutdown() walks hold handlers strongly; close() drops them.  No `warnings`
# module: warn() logs without the DeprecationWarning, captureWarnings() needs `warnings`.
# No fork hooks (os.register_at_fork) and no atexit: call shutdown() yourself to close files
# (StreamHandler flushes after every record anyway).

import sys
import os
import time
import io
import threading

from string import Template

try:
    from collections.abc import Mapping as _Mapping
except ImportError:                       # no collections.abc: the two mappings minipy has
    import types as _types
    _Mapping = (dict, _types.MappingProxyType)

try:
    import traceback as _traceback
except ImportError:
    _traceback = None

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping',
           'getHandlerByName', 'getHandlerNames']

_startTime = time.time_ns()       # relativeCreated counts from here

raiseExceptions = True            # errors inside logging: reported (True) or ignored
logThreads = True                 # record thread and threadName
logMultiprocessing = True         # record processName
logProcesses = True               # record process (the pid)
logAsyncioTasks = True            # record taskName


# ───────────────────────────── levels ─────────────────────────────
# A level is an int; the higher, the more severe.  Names are only for display, and the
# two tables can grow (addLevelName).

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING',
                INFO: 'INFO', DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING,
                'WARNING': WARNING, 'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}

# The module's lock: a re-entrant one, because configuring may call code that configures.
_lock = threading.RLock()


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    """Return the name of a level (a number), or the number of a name.

    Both directions, for historical reasons: getLevelName(10) is 'DEBUG' and
    getLevelName('DEBUG') is 10.  Anything unknown gives 'Level %s' % level.
    """
    name = _levelToName.get(level)
    if name is not None:
        return name
    number = _nameToLevel.get(level)
    if number is not None:
        return number
    return 'Level %s' % level


def addLevelName(level, levelName):
    """Associate levelName with level (for display, and for setLevel('NAME'))."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    # setLevel() takes an int or a registered name.
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError('Unknown level: %r' % level)
        return _nameToLevel[level]
    raise TypeError('Level not an integer or a valid string: %r' % (level,))


# ───────────────────────────── finding the caller ─────────────────────────────
# A record names the source line that logged it: walk up the stack past the frames of this
# module.  That needs frame objects; without sys._getframe there is nothing to walk.

if hasattr(sys, '_getframe'):
    def currentframe():
        return sys._getframe(1)
else:
    def currentframe():
        return None

# The file of this module, to recognise its frames (from a code object, since a frozen
# module may have no __file__).  Setting it to None turns caller lookup off.
_srcfile = os.path.normcase(addLevelName.__code__.co_filename)


def _is_internal_frame(frame):
    filename = os.path.normcase(frame.f_code.co_filename)
    return filename == _srcfile or ('importlib' in filename and '_bootstrap' in filename)


# ───────────────────────────── the record ─────────────────────────────

class LogRecord(object):
    """One logged event: who logged it, how severe, the message and its arguments,
    when, from which thread and process, and any exception being reported."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time_ns()
        self.name = name
        self.msg = msg
        # logger.info('%(a)s and %(b)s', {'a': 1, 'b': 2}): a lone non-empty mapping is
        # the argument mapping itself.
        if args and len(args) == 1 and isinstance(args[0], _Mapping) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = 'Unknown module'
        self.exc_info = exc_info
        self.exc_text = None              # the formatted traceback, once computed
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now / 1e9
        # Whole milliseconds of the fractional second, computed from the integer so that
        # rounding in the float cannot push it to 1000.
        self.msecs = (now % 1_000_000_000) // 1_000_000 + 0.0
        if self.msecs == 999.0 and int(self.created) != now // 1_000_000_000:
            self.msecs = 0.0
        self.relativeCreated = (now - _startTime) / 1e6
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = None
            self.threadName = None
        if not logMultiprocessing:
            self.processName = None
        else:
            self.processName = 'MainProcess'
            mp = sys.modules.get('multiprocessing')
            if mp is not None:
                try:
                    self.processName = mp.current_process().name
                except Exception:
                    pass
        if logProcesses and hasattr(os, 'getpid'):
            self.process = os.getpid()
        else:
            self.process = None
        self.taskName = None
        if logAsyncioTasks:
            asyncio = sys.modules.get('asyncio')
            if asyncio:
                try:
                    self.taskName = asyncio.current_task().get_name()
                except Exception:
                    pass

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                     self.lineno, self.msg)

    def getMessage(self):
        """The message: str(msg), with args %-formatted into it if there are any."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Make factory (called like LogRecord) create every record from now on."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A LogRecord whose attributes are set from dict (e.g. one received over a socket)."""
    record = _logRecordFactory(None, None, '', 0, '', (), None, None)
    record.__dict__.update(dict)
    return record


# ───────────────────────────── format styles ─────────────────────────────
# A style turns a format string plus a record's attributes into text.  validate() checks,
# when the Formatter is made, that the string really is of that style.

_percent_pattern = None


class PercentStyle(object):
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Validate the input format, ensure it matches the correct style"""
        global _percent_pattern
        if _percent_pattern is None:
            import re
            _percent_pattern = re.compile(
                r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.I)
        if not _percent_pattern.search(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        defaults = self._defaults
        if defaults:
            return defaults | record.__dict__
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


def _parse_braces(fmt):
    # What string.Formatter().parse(fmt) yields: (literal, field_name, format_spec,
    # conversion) for each replacement field.  Only validation needs it.
    i = 0
    n = len(fmt)
    literal = []
    while i < n:
        c = fmt[i]
        if c == '}':
            if i + 1 < n and fmt[i + 1] == '}':
                literal.append('}')
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and fmt[i + 1] == '{':
            literal.append('{')
            i += 2
            continue
        # A field: up to the '}' that closes it (a spec may nest one level of {}).
        depth = 1
        j = i + 1
        while j < n:
            if fmt[j] == '{':
                depth += 1
            elif fmt[j] == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        field = fmt[i + 1:j]
        spec = ''
        conversion = None
        k = field.find(':')
        bang = field.find('!')
        if bang >= 0 and (k < 0 or bang < k):
            rest = field[bang + 1:]
            field_name = field[:bang]
            if rest[:1] == '' or (len(rest) > 1 and rest[1] != ':'):
                raise ValueError('expected \':\' after conversion specifier')
            conversion = rest[0]
            spec = rest[2:]
        elif k >= 0:
            field_name = field[:k]
            spec = field[k + 1:]
        else:
            field_name = field
        yield ''.join(literal), field_name, spec, conversion
        literal = []
        i = j + 1
    if literal:
        yield ''.join(literal), None, None, None


_brace_patterns = None


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        """Validate the input format, ensure it is the correct string formatting style"""
        global _brace_patterns
        if _brace_patterns is None:
            import re
            _brace_patterns = (
                re.compile(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?'
                           r'[bcdefgnosx%]?$', re.I),
                re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$'))
        spec_pattern, field_pattern = _brace_patterns
        fields = set()
        try:
            for _, name, spec, conversion in _parse_braces(self._fmt):
                if name:
                    if not field_pattern.match(name):
                        raise ValueError('invalid field name/expression: %r' % name)
                    fields.add(name)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not spec_pattern.match(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        fields = set()
        if hasattr(self._tpl, '_placeholders'):       # minipy's Template scans by hand
            for kind, start, end, name in self._tpl._placeholders():
                if kind in ('named', 'braced'):
                    fields.add(name)
                elif kind == 'invalid':
                    raise ValueError("invalid format: bare '$' not allowed")
        else:
            for m in Template.pattern.finditer(self._fmt):
                d = m.groupdict()
                if d['named']:
                    fields.add(d['named'])
                elif d['braced']:
                    fields.add(d['braced'])
                elif m.group(0) == '$':
                    raise ValueError("invalid format: bare '$' not allowed")
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


# ───────────────────────────── formatters ─────────────────────────────

def _no_localtime(secs=None):
    raise NotImplementedError("minipy's time module has no localtime() yet, "
                              "so %(asctime)s cannot be formatted")


def _format_exception(etype, value, tb):
    # The text traceback.print_exception writes, without its final newline.
    if _traceback is not None:
        out = io.StringIO()
        _traceback.print_exception(etype, value, tb, limit=None, file=out)
        s = out.getvalue()
        return s[:-1] if s[-1:] == '\n' else s
    # No traceback module (and no frames to show): the exception line, as the last line of
    # a traceback reads, with any notes under it.
    if value is None:
        return 'NoneType: None'
    cls = type(value)
    name = cls.__qualname__
    if cls.__module__ not in ('__main__', 'builtins'):
        name = cls.__module__ + '.' + name
    text = str(value)
    lines = [name + ': ' + text if text else name]
    for note in getattr(value, '__notes__', None) or ():
        lines.append(str(note))
    return '\n'.join(lines)


class Formatter(object):
    """Turns a LogRecord into text with a format string over its attributes:

    %(name)s %(levelno)s %(levelname)s %(pathname)s %(filename)s %(module)s
    %(lineno)d %(funcName)s %(created)f %(asctime)s %(msecs)d
    %(relativeCreated)d %(thread)d %(threadName)s %(taskName)s %(process)d
    %(processName)s %(message)s (msg % args, computed when the record is
    formatted).  style='{' or '$' selects str.format or string.Template
    syntax instead.
    """

    # How record.created becomes a time tuple (time.gmtime for UTC).
    if hasattr(time, 'localtime'):
        converter = time.localtime
    else:
        converter = staticmethod(_no_localtime)

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """The record's creation time as text: time.strftime(datefmt), or by default
        '2025-01-31 12:34:56,789' (local time, through self.converter)."""
        ct = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        s = time.strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """The text of an (type, value, traceback) triple, without a final newline."""
        return _format_exception(ei[0], ei[1], ei[2])

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """The text of a record: message, then the traceback and stack if any."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:        # cached: every handler sees the same text
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != '\n':
                s = s + '\n'
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != '\n':
                s = s + '\n'
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ''

    def formatFooter(self, records):
        return ''

    def format(self, records):
        text = ''
        if len(records) > 0:
            text = self.formatHeader(records)
            for record in records:
                text = text + self.linefmt.format(record)
            text = text + self.formatFooter(records)
        return text


# ───────────────────────────── filters ─────────────────────────────

class Filter(object):
    """Lets through the records of one logger and its descendants: Filter('a.b')
    passes 'a.b' and 'a.b.c' but not 'a.bb'.  Filter('') passes everything."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen:self.nlen + 1] == '.'


class Filterer(object):
    """What loggers and handlers share: a list of filters, each an object with a
    filter(record) method or a plain callable."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """False if a filter rejects the record; else the record (a filter may return
        a replacement record, used from then on)."""
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
            if isinstance(result, LogRecord):
                record = result
        return record


# ───────────────────────────── handlers ─────────────────────────────

_handlers = {}        # name -> handler, for getHandlerByName
_handlerList = []     # every open handler, oldest first, for shutdown()


def getHandlerByName(name):
    """The handler with that name, or None."""
    return _handlers.get(name)


def getHandlerNames():
    """All handler names, as a frozenset."""
    return frozenset(_handlers)


class Handler(Filterer):
    """Sends records somewhere.  Subclasses define emit(record)."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        with _lock:
            _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Filter the record, then emit it under the handler's lock.  Returns the
        record emitted, or a false value if a filter stopped it."""
        rv = self.filter(record)
        if isinstance(rv, LogRecord):
            record = rv
        if rv:
            with self.lock:
                self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]
            if self in _handlerList:
                _handlerList.remove(self)

    def handleError(self, record):
        """Report an exception raised inside emit() on sys.stderr (if raiseExceptions),
        and carry on: logging must never stop the program."""
        if raiseExceptions and sys.stderr:
            exc = sys.exception()
            try:
                sys.stderr.write('--- Logging error ---\n')
                if _traceback is not None:
                    _traceback.print_exception(exc, limit=None, file=sys.stderr)
                else:
                    sys.stderr.write(_format_exception(type(exc), exc, None) + '\n')
                sys.stderr.write('Call stack:\n')
                sys.stderr.write('Logged from file %s, line %s\n'
                                 % (record.filename, record.lineno))
                try:
                    sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
                except RecursionError:
                    raise
                except Exception:
                    sys.stderr.write('Unable to print the message and arguments'
                                     ' - possible formatting error.\nUse the'
                                     ' traceback above to help find the error.\n')
            except OSError:
                pass
            finally:
                del exc

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each record, formatted, plus terminator ('\\n') to a stream
    (sys.stderr by default), flushing after each one.  It never closes the stream."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, 'flush'):
                self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)     # one write: lines do not interleave
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switch to another stream; returns the old one (None if it is the same)."""
        if stream is self.stream:
            return None
        old = self.stream
        with self.lock:
            self.flush()
            self.stream = stream
        return old

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (type(self).__name__, name, getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (mode 'a' by default) and closes in
    close().  delay=True opens the file at the first record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        filename = os.fspath(filename)
        # Absolute, so a later chdir does not move the log.
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if 'b' not in mode:
            self.encoding = io.text_encoding(encoding)
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        with self.lock:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream = self.stream
                        self.stream = None
                        if hasattr(stream, 'close'):
                            stream.close()
            finally:
                StreamHandler.close(self)

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            # Reopen after close(), except for mode 'w' (that would truncate the file).
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """A StreamHandler on whatever sys.stderr is at the moment of each record."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Does nothing: a library adds one to its top logger so that an application
    that configures nothing sees nothing from it."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# ───────────────────────────── the logger tree ─────────────────────────────
# The Manager keeps name -> Logger.  getLogger('a.b.c') before 'a.b' exists puts a
# PlaceHolder under 'a.b' that remembers 'a.b.c'; when 'a.b' is created, it takes the
# place and becomes the parent of its waiting children.

class PlaceHolder(object):
    """Stands for a logger name not yet created that has created descendants."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def setLoggerClass(klass):
    """Make getLogger() create loggers of klass (a subclass of Logger)."""
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Holds the hierarchy of loggers."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """The logger called name, created (with its place in the tree) if needed."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if isinstance(existing, Logger):
                return existing
            logger = (self.loggerClass or _loggerClass)(name)
            logger.manager = self
            self.loggerDict[name] = logger
            if existing is not None:              # a PlaceHolder: adopt its children
                self._fixupChildren(existing, logger)
            self._fixupParents(logger)
            return logger

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # Walk the name's prefixes, longest first: the first one that is a Logger is the
        # parent; the ones on the way that do not exist yet get a PlaceHolder.
        name = alogger.name
        i = name.rfind('.')
        parent = None
        while i > 0 and not parent:
            prefix = name[:i]
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(node, Logger):
                parent = node
            else:
                node.append(alogger)
            i = name.rfind('.', 0, i - 1)
        alogger.parent = parent or self.root

    def _fixupChildren(self, ph, alogger):
        # The loggers waiting under the placeholder now hang under alogger, unless one
        # already has a nearer parent (a logger between alogger and it).
        name = alogger.name
        namelen = len(name)
        for child in ph.loggerMap.keys():
            if child.parent.name[:namelen] != name:
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        # A level changed somewhere: every logger's isEnabledFor answers may be stale.
        with _lock:
            for logger in self.loggerDict.values():
                if isinstance(logger, Logger):
                    logger._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named logging channel (see the top of this file)."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}              # level -> isEnabledFor answer

    def setLevel(self, level):
        """Set the level of this logger (an int or a level name)."""
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        """Log msg % args with severity DEBUG (exc_info=True adds the exception)."""
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Log msg % args with severity INFO."""
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Log msg % args with severity WARNING."""
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Log msg % args with severity ERROR."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log an ERROR with the exception being handled (call it in an except block)."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Log msg % args with severity CRITICAL."""
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log msg % args with the integer severity level."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError('level must be an integer')
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line number, function name, stack text) of the logging call."""
        f = currentframe()
        if f is None:
            return '(unknown file)', 0, '(unknown function)', None
        while stacklevel > 0:
            next_f = f.f_back
            if next_f is None:
                break
            f = next_f
            if not _is_internal_frame(f):
                stacklevel -= 1
        co = f.f_code
        sinfo = None
        if stack_info and _traceback is not None:
            out = io.StringIO()
            out.write('Stack (most recent call last):\n')
            _traceback.print_stack(f, file=out)
            sinfo = out.getvalue()
            if sinfo[-1] == '\n':
                sinfo = sinfo[:-1]
        return co.co_filename, f.f_lineno, co.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Create the LogRecord (override to make specialised records)."""
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ('message', 'asctime') or key in record.__dict__:
                    raise KeyError('Attempt to overwrite %r in LogRecord' % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        # Past the level check: find the caller, make the record, hand it on.
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                fn, lno, func, sinfo = '(unknown file)', 0, '(unknown function)', None
        else:
            fn, lno, func, sinfo = '(unknown file)', 0, '(unknown function)', None
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info,
                                 func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Apply this logger's filters, then pass the record to the handlers."""
        if self.disabled:
            return
        maybe_record = self.filter(record)
        if not maybe_record:
            return
        if isinstance(maybe_record, LogRecord):
            record = maybe_record
        self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """True if this logger or an ancestor it propagates to has a handler."""
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def callHandlers(self, record):
        """Offer the record to the handlers of this logger and its ancestors (up to the
        first with propagate = False); lastResort if there were none at all."""
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            c = c.parent if c.propagate else None
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first non-zero level on the way from this logger up to the root."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Would a record of this level be processed?"""
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            with _lock:
                if self.manager.disable >= level:
                    enabled = False
                else:
                    enabled = level >= self.getEffectiveLevel()
                self._cache[level] = enabled
            return enabled

    def getChild(self, suffix):
        """getLogger('a').getChild('b.c') is getLogger('a.b.c')."""
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def getChildren(self):
        """The set of loggers one level below this one."""
        def depth(logger):
            if logger is logger.manager.root:
                return 0
            return 1 + logger.name.count('.')
        with _lock:
            return set(item for item in self.manager.loggerDict.values()
                       if isinstance(item, Logger) and item.parent is self
                       and depth(item) == 1 + depth(item.parent))

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The root of the tree: named 'root', always with a level (WARNING at first)."""

    def __init__(self, level):
        Logger.__init__(self, 'root', level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger to add contextual information: every call passes through
    process(msg, kwargs), which by default sets extra= to the adapter's dict."""

    def __init__(self, logger, extra=None, merge_extra=False):
        self.logger = logger
        self.extra = extra
        self.merge_extra = merge_extra

    def process(self, msg, kwargs):
        if self.merge_extra and kwargs.get('extra') is not None:
            if self.extra is not None:
                kwargs['extra'] = {**self.extra, **kwargs['extra']}
        else:
            kwargs['extra'] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, **kwargs):
        return self.logger._log(level, msg, args, **kwargs)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, logger.name,
                                 getLevelName(logger.getEffectiveLevel()))


try:
    from types import GenericAlias as _GenericAlias
    StreamHandler.__class_getitem__ = classmethod(_GenericAlias)
    LoggerAdapter.__class_getitem__ = classmethod(_GenericAlias)
except ImportError:
    pass

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


def _deprecated(message):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, 3)


# ───────────────────────────── configuration ─────────────────────────────

def basicConfig(**kwargs):
    """One-call setup of the root logger, if it has no handlers yet (or force=True).

    filename/filemode: log to a file (a FileHandler) instead of a stream;
    stream: log to that stream (default sys.stderr); handlers: use these;
    format, datefmt, style: the Formatter; level: the root's level;
    force: first remove and close the root's handlers; encoding/errors: for
    the file.
    """
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop('handlers', None)
            if handlers is None:
                if 'stream' in kwargs and 'filename' in kwargs:
                    raise ValueError("'stream' and 'filename' should not be "
                                     "specified together")
            elif 'stream' in kwargs or 'filename' in kwargs:
                raise ValueError("'stream' or 'filename' should not be "
                                 "specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop('filename', None)
                mode = kwargs.pop('filemode', 'a')
                if filename:
                    if 'b' in mode:
                        errors = None
                    else:
                        encoding = io.text_encoding(encoding)
                    h = FileHandler(filename, mode, encoding=encoding, errors=errors)
                else:
                    h = StreamHandler(kwargs.pop('stream', None))
                handlers = [h]
            datefmt = kwargs.pop('datefmt', None)
            style = kwargs.pop('style', '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
            fs = kwargs.pop('format', _STYLES[style][1])
            fmt = Formatter(fs, datefmt, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop('level', None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


# ───────────────────────────── module-level shortcuts (on the root) ─────────────────────────────

def getLogger(name=None):
    """The logger called name ('a.b.c'), created if needed; the root for no name."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    """Log a CRITICAL message on the root logger (configuring it first if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    """Log an ERROR message on the root logger (configuring it first if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log an ERROR with the exception being handled, on the root logger."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """Log a WARNING message on the root logger (configuring it first if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated("The 'warn' function is deprecated, use 'warning' instead")
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Log an INFO message on the root logger (configuring it first if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Log a DEBUG message on the root logger (configuring it first if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log msg % args at an integer level on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record of severity level and below, whatever the loggers say."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler, newest first (CPython calls this at exit)."""
    for h in reversed(handlerList[:]):
        try:
            if not isinstance(h, Handler) and callable(h):
                h = h()                  # a weak reference, as CPython's list holds
            if h:
                try:
                    h.acquire()
                    if getattr(h, 'flushOnClose', True):
                        h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
                finally:
                    h.release()
        except:
            if raiseExceptions:
                raise


# ───────────────────────────── warnings integration ─────────────────────────────

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    import warnings
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
    else:
        s = warnings.formatwarning(message, category, filename, lineno, line)
        logger = getLogger('py.warnings')
        if not logger.handlers:
            logger.addHandler(NullHandler())
        logger.warning(str(s))


def captureWarnings(capture):
    """Send warnings.warn() output to the 'py.warnings' logger (True) or back (False)."""
    import warnings
    global _warnings_showwarning
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    elif _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
