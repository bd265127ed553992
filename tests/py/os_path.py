# os and os.path: path strings (join, split, splitext, normpath, relpath ...), the file-system
# questions (exists, isfile, isdir, getsize), os.environ, and the directory calls (mkdir,
# makedirs, listdir, rename, remove, rmdir, stat) on a directory the test makes and removes.
# OSError messages carry errno numbers, which differ on the WebAssembly oracle (ENOENT is 44
# there), so show() prints them as [Errno N].
import os
import os.path
from os.path import join, split
import posixpath

TMP = '_os_test_tmp'


def show(label, f):
    try:
        r = f()
    except Exception as e:
        msg = str(e)
        if isinstance(e, OSError) and e.errno is not None:
            msg = msg.replace('[Errno %d]' % e.errno, '[Errno N]')
        print(label, '->', type(e).__name__, msg)
    else:
        print(label, '->', repr(r))


print(os.path is posixpath, os.path.join is join, os.name, repr(os.sep), repr(os.linesep))
print(os.curdir, os.pardir, os.extsep, os.pathsep, os.altsep, os.devnull)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.error is OSError)

# ───────────── pure string work ─────────────
for parts in [('a', 'b'), ('a/', 'b'), ('a', '/b'), ('/a', 'b', 'c'), ('', 'b'), ('a', ''),
              ('a', 'b/', 'c'), ('/', 'x'), (b'a', b'b')]:
    print('join', parts, repr(join(*parts)))
show('join mixed', lambda: join('a', b'b'))
show('join int', lambda: join('a', 5))
for p in ['a/b/c', '/a/b', 'a', '/a', '/', '', 'a/b/', '//a//b', '///a', b'x/y']:
    print('split', repr(p), split(p), repr(os.path.dirname(p)), repr(os.path.basename(p)))
for p in ['a.txt', 'a.tar.gz', '.bashrc', 'dir.d/file', 'dir.d/.hidden', 'a.', '..', '...x',
          'a/..b.c', 'noext', '/x/y.z/', b'f.py']:
    print('splitext', repr(p), os.path.splitext(p))
for p in ['a//b', 'a/./b', 'a/x/../b', '/../a', '../a/..', './', '', '/', '//', '///',
          '//a/b', 'a/b/../../..', '/a/b/../../../c', 'a/./b/./', b'a/../b']:
    print('normpath', repr(p), repr(os.path.normpath(p)))
for p in ['/a', 'a', '', '//b', b'/x']:
    print('isabs', repr(p), os.path.isabs(p))
for p, start in [('/a/b/c', '/a/d'), ('/a/b', '/a/b'), ('/a', '/a/b/c'), ('/x/y', '/'),
                 ('a/b', 'a'), ('a', 'a/b/c')]:
    print('relpath', p, start, repr(os.path.relpath(p, start)))
show('relpath empty', lambda: os.path.relpath(''))
print(os.path.commonprefix(['interstellar', 'internet', 'interval']), repr(os.path.commonprefix([])))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib']), os.path.commonpath(['a/b/c', 'a/b']))
show('commonpath mixed', lambda: os.path.commonpath(['/a', 'b']))
print(os.path.splitdrive('/a/b'), os.path.normcase('A/b'))

# ───────────── the environment ─────────────
os.environ['MINIPY_TEST_VAR'] = 'value one'
print(os.environ['MINIPY_TEST_VAR'], os.getenv('MINIPY_TEST_VAR'), 'MINIPY_TEST_VAR' in os.environ)
print(os.environ.get('MINIPY_TEST_VAR'), type(os.environ['MINIPY_TEST_VAR']).__name__)
print(os.environb[b'MINIPY_TEST_VAR'])
print(os.getenv('MINIPY_NO_SUCH_VAR'), os.getenv('MINIPY_NO_SUCH_VAR', 'fallback'),
      os.environ.get('MINIPY_NO_SUCH_VAR', 0), 'MINIPY_NO_SUCH_VAR' in os.environ)
show('missing key', lambda: os.environ['MINIPY_NO_SUCH_VAR'])
show('int value', lambda: os.environ.__setitem__('MINIPY_TEST_VAR', 5))
print(all(type(k) is str and type(v) is str for k, v in os.environ.items()))
print(len(os.environ) == len(list(os.environ)), 'MINIPY_TEST_VAR' in list(os.environ))
print(os.environ.pop('MINIPY_TEST_VAR'), 'MINIPY_TEST_VAR' in os.environ,
      os.environ.pop('MINIPY_TEST_VAR', 'gone'))
home = os.environ.get('HOME')
if home is not None:
    print(os.path.expanduser('~') == home.rstrip('/') or '/',
          os.path.expanduser('~/x') == home.rstrip('/') + '/x')
print(os.path.expanduser('no/tilde'), os.path.expanduser('a/~'))
os.environ['MINIPY_TEST_VAR'] = 'V'
print(os.path.expandvars('$MINIPY_TEST_VAR/${MINIPY_TEST_VAR}x/$MINIPY_NO_SUCH_VAR/$'))
del os.environ['MINIPY_TEST_VAR']

# ───────────── files and directories ─────────────
if os.path.isdir(TMP):
    for dirpath, dirnames, filenames in list(os.walk(TMP, topdown=False)):
        for f in filenames:
            os.remove(join(dirpath, f))
        os.rmdir(dirpath)
cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.abspath('.') == cwd, os.path.abspath('x/../y') == join(cwd, 'y'))
print(os.path.relpath(join(cwd, 'q', 'r')), os.path.relpath(cwd))
os.mkdir(TMP)
print(os.path.exists(TMP), os.path.isdir(TMP), os.path.isfile(TMP), os.listdir(TMP))
show('mkdir again', lambda: os.mkdir(TMP))
with open(join(TMP, 'file.txt'), 'w') as f:
    f.write('twelve bytes')
name = join(TMP, 'file.txt')
print(os.path.exists(name), os.path.isfile(name), os.path.isdir(name), os.path.getsize(name))
st = os.stat(name)
print(st.st_size, st[6], st.st_mode & 0o170000 == 0o100000, st.st_nlink, type(st.st_mtime).__name__)
print(os.stat(TMP).st_mode & 0o170000 == 0o040000, os.path.getmtime(name) == st.st_mtime)
fd = os.open(name, os.O_RDONLY)
print(os.fstat(fd).st_size, os.read(fd, 6), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 1))
os.close(fd)
fd = os.open(join(TMP, 'raw.bin'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'abc'), os.write(fd, bytearray(b'de')), os.isatty(fd))
os.close(fd)
print(os.path.getsize(join(TMP, 'raw.bin')))
show('exists missing', lambda: os.path.exists(join(TMP, 'missing')))
show('getsize missing', lambda: os.path.getsize('missing.txt'))
show('stat missing', lambda: os.stat('missing.txt'))
show('remove missing', lambda: os.remove('missing.txt'))
show('rmdir missing', lambda: os.rmdir('missing_dir'))
show('listdir missing', lambda: os.listdir('missing_dir'))
show('rmdir not empty', lambda: os.rmdir(TMP))

os.makedirs(join(TMP, 'a', 'b', 'c'))
print(os.path.isdir(join(TMP, 'a', 'b', 'c')), sorted(os.listdir(TMP)))
show('makedirs existing', lambda: os.makedirs(join(TMP, 'a', 'b')))
os.makedirs(join(TMP, 'a', 'b'), exist_ok=True)
os.makedirs(join(TMP, 'a', 'b', 'd') + '/', exist_ok=True)
show('makedirs over file', lambda: os.makedirs(name, exist_ok=True))
print(sorted(os.listdir(join(TMP, 'a', 'b'))))
os.rename(name, join(TMP, 'a', 'moved.txt'))
print(os.path.exists(name), sorted(os.listdir(join(TMP, 'a'))))
show('rename missing', lambda: os.rename(name, join(TMP, 'x')))
os.replace(join(TMP, 'raw.bin'), join(TMP, 'a', 'moved.txt'))
print(os.path.getsize(join(TMP, 'a', 'moved.txt')), sorted(os.listdir(TMP)))

for dirpath, dirnames, filenames in os.walk(TMP):
    dirnames.sort()
    print('walk', dirpath, dirnames, sorted(filenames))
print([d for d, _, _ in os.walk(TMP, topdown=False)][-1])

before = os.getcwd()
os.chdir(join(TMP, 'a'))
print(sorted(os.listdir()), sorted(os.listdir('.')), os.path.basename(os.getcwd()))
os.chdir('..')
print(os.path.basename(os.getcwd()) == TMP)
os.chdir(before)
print(os.getcwd() == before)

os.remove(join(TMP, 'a', 'moved.txt'))
os.removedirs(join(TMP, 'a', 'b', 'c'))
print(os.path.exists(join(TMP, 'a', 'b')), sorted(os.listdir(join(TMP, 'a', 'b'))))
os.rmdir(join(TMP, 'a', 'b', 'd'))
os.rmdir(join(TMP, 'a', 'b'))
os.rmdir(join(TMP, 'a'))
print(os.listdir(TMP))
os.rmdir(TMP)
print(os.path.exists(TMP))


# ───────────── fspath and PathLike ─────────────
class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath('s'), os.fspath(b'b'), os.fspath(P('via fspath')), join(P('x'), 'y'))
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike), os.path.exists(P('.')))
show('fspath int', lambda: os.fspath(5))
show('fspath bad return', lambda: os.fspath(P(5)))
print(os.fsencode('abc'), os.fsdecode(b'abc'))
print(isinstance(os.getpid(), int), os.cpu_count() >= 1, os.process_cpu_count() >= 1)
