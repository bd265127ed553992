# io.StringIO and io.BytesIO: files in memory — reading, writing, positions, newline modes,
# iteration, and the exact errors (closed objects, bad seeks, wrong argument types).
import io


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


# ───────────── StringIO: writing and reading ─────────────
s = io.StringIO()
print(s.write('hello '), s.write('wörld\n'), s.tell(), repr(s.getvalue()))
s.writelines(['second\n', 'third'])
print(repr(s.getvalue()), s.tell(), repr(s.read()))
print(s.seek(0), repr(s.read(3)), repr(s.readline()), repr(s.readline(3)), repr(s.readline()))
print(repr(s.readline()), repr(s.readline()), s.tell())
s.seek(0)
print(s.readlines())
s.seek(0)
print(list(s), [line for line in io.StringIO('a\nb\n')])
s.seek(0)
for i, line in enumerate(s):
    print(i, repr(line))
print(io.StringIO('a\nbb\nccc\n').readlines(3), io.StringIO('a\nb').readlines(1))

s = io.StringIO('initial')
print(s.tell(), repr(s.read(2)), s.write('XY'), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.write('+end'), repr(s.getvalue()))
print(s.seek(20), s.write('!'), repr(s.getvalue()), len(s.getvalue()))
print(s.seek(3), s.truncate(), repr(s.getvalue()), s.tell(), s.truncate(1), s.tell(), repr(s.getvalue()))
print(s.seek(0, 1), s.seek(0), repr(s.read()))
print(repr(io.StringIO().getvalue()), repr(io.StringIO(None).getvalue()),
      repr(io.StringIO(initial_value='kw').read()))

# many small writes, then the value (StringIO as a string builder)
b = io.StringIO()
for i in range(1000):
    b.write(str(i % 10))
v = b.getvalue()
print(len(v), v[:12], v[-5:])

# attributes and answers
s = io.StringIO('x')
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering)
print(repr(s.newlines), repr(s.encoding), repr(s.errors), type(s).__name__, type(s).__module__)
print(repr(s).startswith('<_io.StringIO object at '), isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))
show('fileno', s.fileno)
show('detach', s.detach)
show('read(None)', lambda: s.read(None))
show('read str', lambda: s.read('x'))
show('seek float', lambda: s.seek(1.5))
show('write bytes', lambda: s.write(b'x'))
show('init bytes', lambda: io.StringIO(b'x'))
show('init int', lambda: io.StringIO(5))
show('bad newline', lambda: io.StringIO('', newline='x'))
show('newline int', lambda: io.StringIO('', newline=5))
show('seek whence', lambda: s.seek(0, 3))
show('seek negative', lambda: s.seek(-1))
show('seek cur', lambda: s.seek(1, 1))
show('seek end', lambda: s.seek(-1, 2))
show('truncate negative', lambda: s.truncate(-1))
with io.StringIO('in with') as w:
    print(w.read(), w.closed)
print(w.closed)

# closed
s = io.StringIO('text')
s.close()
print(s.closed)
for name in ['read', 'readline', 'readlines', 'getvalue', 'tell', 'readable', 'writable',
             'seekable', 'flush', 'isatty', 'truncate', '__next__', '__iter__', 'close']:
    show('closed ' + name, getattr(s, name))
show('closed write', lambda: s.write('x'))
show('closed seek', lambda: s.seek(0))
show('closed newlines', lambda: s.newlines)
show('closed with', lambda: s.__enter__())

# newline modes: translation happens on write; newlines records what was seen
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\nb\r\nc\rd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s = io.StringIO(newline=nl)
    s.write('x\ny\r\nz\r')
    s.seek(0)
    print('   ', repr(s.read()), repr(s.newlines))
    s.seek(0)
    print('   ', [s.readline(2) for _ in range(5)])
print(repr(io.StringIO('a\r').newlines), repr(io.StringIO('a\r', newline=None).newlines))

# a long non-ASCII value: minipy reads it through an 8192-character window
text = ''.join('línea %d %s\n' % (i, 'é' * (i % 50)) for i in range(2000)) + 'ü' * 20000 + '\nend'
s = io.StringIO(text)
lines = s.readlines()
print(len(lines), sum(map(len, lines)) == len(text), repr(lines[1500]), len(lines[-2]), repr(lines[-1]))
s.seek(0)
parts = []
while True:
    piece = s.read(3001)
    if not piece:
        break
    parts.append(piece)
print(len(parts), ''.join(parts) == text, s.tell() == len(text))
print(s.seek(70000), repr(s.readline(5)), s.tell(), repr(s.read(4)), s.tell(), len(s.readline()))
s.seek(5)
s.write('WXYZ')
s.seek(0)
print(repr(s.readline()), repr(s.readline()), [len(line) for line in s][-3:])

# ───────────── BytesIO ─────────────
b = io.BytesIO(b'hello\nworld')
print(b.read(3), b.tell(), b.readline(), b.read(), b.read(), b.tell())
print(b.seek(0), b.readlines(), b.seek(0), list(b), b.seek(-2, 2), b.read(), b.seek(-20, 1), b.tell())
print(b.seek(3), b.write(b'LO'), b.getvalue(), b.tell())
print(b.seek(0, 2), b.write(bytearray(b'!!')), b.getvalue())
print(b.seek(20), b.write(b'#'), b.getvalue(), len(b.getvalue()))
print(b.truncate(5), b.getvalue(), b.tell(), b.seek(0), b.truncate(), b.getvalue())
buf = bytearray(4)
b = io.BytesIO(b'abcdef')
print(b.readinto(buf), buf, b.read1(), b.read1(), b.readline(), b.readline(2))
b = io.BytesIO()
b.writelines([b'a', bytearray(b'b'), b'c\n', b'd'])
print(b.getvalue(), b.tell(), b.seek(0), b.readline(1), b.readline(), b.readline(), b.readline())
print(io.BytesIO(b'a\nbb\nccc').readlines(2), io.BytesIO().getvalue(), io.BytesIO(bytearray(b'xy')).read())
b = io.BytesIO(b'x')
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed, type(b).__name__, type(b).__module__)
print(repr(b).startswith('<_io.BytesIO object at '), isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase))
show('fileno', b.fileno)
show('detach', b.detach)
show('read(None)', lambda: b.read(None))
show('seek float', lambda: b.seek(1.5))
show('write str', lambda: b.write('x'))
show('init str', lambda: io.BytesIO('x'))
show('seek whence', lambda: b.seek(0, 3))
show('seek negative', lambda: b.seek(-1))
show('truncate negative', lambda: b.truncate(-1))
with io.BytesIO(b'in with') as w:
    print(w.read(), w.closed)
print(w.closed)
b = io.BytesIO(b'data')
b.close()
for name in ['read', 'read1', 'readline', 'readlines', 'getvalue', 'tell', 'readable',
             'writable', 'seekable', 'flush', 'isatty', 'truncate', '__next__', 'close']:
    show('closed ' + name, getattr(b, name))
show('closed write', lambda: b.write(b'x'))
show('closed seek', lambda: b.seek(0))
show('closed readinto', lambda: b.readinto(bytearray(1)))

# ───────────── a TextIOWrapper over a BytesIO ─────────────
raw = io.BytesIO('line one\r\nline two\nthree'.encode('utf-8'))
t = io.TextIOWrapper(raw, encoding='utf-8')
print(repr(t).startswith('<_io.TextIOWrapper encoding='), t.encoding, t.readlines(), repr(t.newlines))
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', newline='\r\n')
t.write('a\nb\n')
t.flush()
print(t.buffer.getvalue())
show('TextIOWrapper bad newline', lambda: io.TextIOWrapper(io.BytesIO(), newline='x'))
