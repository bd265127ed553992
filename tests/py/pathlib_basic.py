# pathlib: pure paths (parsing, parts, parent(s), name/stem/suffix, with_*, relative_to, ==,
# ordering, match/full_match) and Path on a fresh directory made here under the cwd (mkdir,
# read/write, iterdir, glob/rglob, walk, stat, rename, unlink, resolve, errors), removed at the end.
import os
from pathlib import PurePath, PurePosixPath as P, Path, PosixPath, UnsupportedOperation


def t(f, *args, **kwargs):
    try:
        print('ok', repr(f(*args, **kwargs)))
    except OSError as e:
        print('%s: %s: %r' % (type(e).__name__, e.strerror, e.filename))
    except Exception as e:
        print('%s: %s' % (type(e).__name__, e))


for s in ['', '.', '/', '//', '///a/b', '//a', 'a//b/./c/', './a', '../a/..', 'a.b.c', '.bashrc',
          'a.', 'a..b', '...', 'foo.tar.gz', '/x/.y.z', 'a b.t xt']:
    p = P(s)
    print(repr(s), repr(p), p.parts, repr(p.root), repr(p.anchor), repr(p.drive), repr(p.name),
          repr(p.stem), repr(p.suffix), p.suffixes, repr(p.parent), p.is_absolute(),
          [str(x) for x in p.parents])
print(P('a', 'b', 'c'), P('a', '/b', 'c'), P(), P(P('x'), 'y'), P('a', ''), P('/', 'a'))
print(repr(PurePath('a')), repr(Path('a/b')), repr(PosixPath('c')), type(Path('a')).__name__)
print(isinstance(Path('a'), P), isinstance(Path('a'), PurePath), isinstance(P('a'), Path))


class FS:
    def __fspath__(self):
        return 'fs/p'


t(P, FS())
for bad in [5, b'a', None]:
    t(P, bad)
print(P('a') / 'b', 'a' / P('b'), P('a') / '/b', P('a') / P('b') / 'c', P('a') / FS())
t(lambda: P('a') / 5)
t(lambda: 5 / P('a'))
print(P('/a/b').joinpath('c', 'd'), P('a').joinpath(), P('a').joinpath('/x', 'y'))
print(str(P('/a')), os.fspath(P('a/b')), bytes(P('a/b')), P('a/b').as_posix(), repr(P("a'b")))
# equality, hashing, ordering
print(P('a') == P('a/'), P('a') == 'a', P('a') == Path('a'), P('A') == P('a'), P('a') != P('b'))
print(hash(P('a/b')) == hash(P('a//b/.')), hash(Path('x')) == hash(P('x')), len({P('a'), P('./a'), Path('a')}))
print(sorted([P('a-b'), P('a/b'), P('a'), P('/a'), P('b'), P('A'), P('a/b/c'), P('.'), P('..')]))
print(P('a') <= P('a'), P('b') > P('a'), P('a') >= P('b'), Path('a') < P('b'))
t(lambda: P('a') < 'b')
# parents
ps = P('/a/b/c').parents
print(repr(ps), len(ps), ps[0], ps[-1], ps[1:], ps[::-1], list(reversed(ps)), P('/a') in ps)
for i in [3, -4, 'x']:
    t(lambda: ps[i])
print(list(P('a/b').parents), list(P('.').parents), P('.').parent, P('/').parent, P('//a').parent)
# with_name, with_stem, with_suffix
for s, n in [('a/b.txt', 'c.py'), ('/', 'x'), ('.', 'x'), ('a', ''), ('a', 'b/c'), ('a', '.'), ('a', '..')]:
    t(P(s).with_name, n)
for s, n in [('a/b.txt', 'c'), ('a/b.tar.gz', 'c'), ('a/.bashrc', 'x'), ('a.txt', ''), ('a/b', '')]:
    t(P(s).with_stem, n)
for s, n in [('a/b.txt', '.py'), ('a/b', '.py'), ('a/b.tar.gz', '.zip'), ('a/b.txt', ''),
             ('a/b', 'py'), ('a/b', '.'), ('a/b', './'), ('.', '.x'), ('a/.bashrc', '.x'), ('a.', '.x')]:
    t(P(s).with_suffix, n)
# relative_to, is_relative_to
for a, b in [('/a/b/c', '/a'), ('/a/b', '/a/b'), ('/a', '/b'), ('a/b', 'a'), ('/a', 'a'), ('a/b', '')]:
    t(P(a).relative_to, b)
    t(P(a).is_relative_to, b)
for a, b in [('/a/b/c', '/a/x'), ('a/b', 'c/d'), ('/a', 'b'), ('a', '..'), ('a/b', 'a/b/c')]:
    t(P(a).relative_to, b, walk_up=True)
# match (from the right, '**' is '*') and full_match ('**' spans names)
for path in ['a/b/c.py', '/a/b/c.py', 'c.py']:
    row = []
    for pat in ['*.py', 'b/*.py', '/a/*.py', '/*/b/*.py', '**/*.py', 'a/**', 'B/*.PY', '?.py',
                '[ab]/c.py', '[!a]/c.py', '*.p[xy]', 'a/*/c.py', '**/c.py', 'a/**/b/c.py', '**']:
        row.append('%s%d%d' % (pat, P(path).match(pat), P(path).full_match(pat)))
    print(path, ' '.join(row))
print(P('a/B.PY').match('*.py', case_sensitive=False), P('a').full_match('a/**'), P('.').full_match(''))
t(P('a').match, '')
# Path on the file system, in a directory of our own
base = Path('_pathlib_basic_tmp')


def rmtree(top):
    for d, dirnames, filenames in top.walk(top_down=False):
        for name in filenames:
            (d / name).unlink()
        for name in dirnames:
            (d / name).rmdir()
    top.rmdir()


if base.exists():
    rmtree(base)
base.mkdir()
(base / 'a' / 'b').mkdir(parents=True)
print((base / 'a' / 'x.py').write_text('print(1)\n'), (base / 'a/b/y.py').write_text('y'))
(base / 'a' / 'b' / '.h.py').write_text('h')
print((base / 'top.txt').write_bytes(b'bytes'), (base / 'c').mkdir())
print(base.exists(), base.is_dir(), base.is_file(), (base / 'top.txt').is_file(), (base / 'nope').exists())
print((base / 'top.txt').stat().st_size, (base / 'top.txt').read_bytes(), (base / 'a/x.py').read_text())
print(sorted(base.iterdir()), sorted(Path(base, 'a').iterdir()))
for pat in ['*', '**', '**/', '*/', '**/*.py', 'a/*', 'a/**', '*/*.py', '*.txt', 'a/x.py', 'a/nope',
            'nope/*', '**/b', '?', '[ab]', 'a/../top.txt', '**/*', '**/.*', 'A', '*/b/*']:
    print(repr(pat), sorted(str(x) for x in base.glob(pat)))
print(sorted(map(str, base.glob('A', case_sensitive=False))), sorted(map(str, base.rglob('*.py'))))
for pat in ['', '.', '/x']:
    t(base.glob, pat)
for d, dirnames, filenames in sorted(base.walk()):
    print(d, sorted(dirnames), sorted(filenames))
t((base / 'a').mkdir)
t((base / 'z' / 'q').mkdir)
t((base / 'a').mkdir, exist_ok=True)
t((base / 'top.txt').mkdir, exist_ok=True)
t((base / 'a').rmdir)
t((base / 'nope').unlink)
t((base / 'nope').unlink, missing_ok=True)
t((base / 'a').read_text)
t(lambda: list((base / 'nope').iterdir()))
t((base / 'top.txt').iterdir)
f = base / 'new.txt'
f.touch()
print(f.exists(), f.read_bytes())
t(f.touch, exist_ok=False)
t(f.write_text, 'héllo\nwörld\n')
t(f.read_bytes)
t(f.write_text, 'a\nb\n', newline='\r\n')
t(f.read_text, newline='')
t(f.write_text, 'é', encoding='latin-1')
t(f.read_text, encoding='ascii')
t(f.read_text, encoding='ascii', errors='replace')
t(f.write_text, b'x')
t(f.write_bytes, 'x')
with f.open('w') as fh:
    fh.write('opened')
with f.open() as fh:
    print(fh.read())
moved = f.rename(base / 'renamed.txt')
print(repr(moved), f.exists(), moved.read_text(), repr(moved.replace(base / 'c' / 'm.txt')))
t(moved.rename, base / 'zz')
t((base / 'nope').stat)
print(base.samefile('_pathlib_basic_tmp/a/..'), base.samefile(Path('_pathlib_basic_tmp')))
# absolute, resolve, cwd, home, expanduser, URIs
print(base.absolute() == Path.cwd() / base, Path('a/../b').absolute() == Path(os.getcwd(), 'a/../b'))
print(Path('a/../b').resolve() == Path.cwd() / 'b', Path('/x/../y/./z').resolve(), Path('/x/..').absolute())
print(Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute(), Path.home() == Path(os.path.expanduser('~')))
print(Path('~/x').expanduser() == Path.home() / 'x', Path('x/~').expanduser())
print(Path('/a b/c%d').as_uri(), Path.from_uri('file:///a%20b'))
t(Path('x').as_uri)
t(Path.from_uri, 'x')
rmtree(base)
print(base.exists())
