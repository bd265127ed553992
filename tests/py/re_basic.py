# re: pattern syntax, flags, Pattern and Match objects, compared with CPython.
import re


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', ascii(r))


def m(pattern, string, flags=0):
    '''The span and groups of re.search, or None.'''
    r = re.search(pattern, string, flags)
    if r is None:
        return None
    return r.span(), r.groups()


def case(pattern, *strings, flags=0):
    for s in strings:
        print(ascii(pattern), ascii(s), '->', ascii(m(pattern, s, flags)))


# ───────────── literals and escapes ─────────────
case('abc', 'xxabcxx', 'ab', '')
case(r'a\.b', 'a.b', 'axb')
case(r'\n\t\\', 'x\n\t\\y')
case(r'\x41\x62', 'zAbz')
case(r'\u00e9\U0001F600', 'caf\u00e9\U0001F600!')
case(r'\101\0\07', 'A\x00\x07')
case(r'\a\f\v\r', '\a\f\v\r')
case(r'\-\#\ \&\~', '-# &~')
case('caf\u00e9', 'un caf\u00e9')
case('[.]', 'a.b')

# ───────────── character classes ─────────────
case('[a-z]+', 'ABCdefGHI')
case('[^a-z]+', 'abcDEF12ghi')
case('[a-cx-z0-9]+', '--abxyz019q')
case(r'[\]]+', 'a]]b')
case(r'[]a]+', 'x]a]y')
case(r'[^]a]+', ']]bc]')
case('[a-]+', 'za-a-z')
case('[-a]+', 'z-a-z')
case(r'[\w-]+', '!a-b_c!')
case(r'[\d\s]+', 'x1 2\t3x')
case(r'[\x41-\x43]+', 'ABCD')
case(r'[\b]', 'a\bb')
case(r'[\\]', 'a\\b')
case('[^\n]+', 'ab\ncd')
case(r'[\W\d]+', 'ab!1?cd')
case(r'[^\W\d]+', '12ab_c34')
case('[\u4e00-\u9fff]+', 'abc\u4e2d\u6587def')
case('[^\u0000-\u007f]+', 'abc\u00e9\u00e8\u4e2ddef')

# ───────────── Unicode categories (str patterns) and ASCII ─────────────
for p in [r'\w+', r'\W+', r'\d+', r'\D+', r'\s+', r'\S+']:
    print(p, ascii(re.findall(p, 'h\u00e9llo w\u00f6rld_1 \u0663\u0664 x\u00b2\u3000\xa0\x1c!')))
    print(p, 'ASCII', ascii(re.findall(p, 'h\u00e9llo w\u00f6rld_1 \u0663\u0664 x\u00b2\u3000\xa0\x1c!', re.A)))
case(r'(?a)\w+', '\u00e9t\u00e9')
case(r'(?a:\w+)\w+', 'ab\u00e9')

# ───────────── dot, anchors, boundaries ─────────────
case('a.c', 'abc', 'a\nc')
case('a.c', 'a\nc', flags=re.S)
case('(?s)a.c', 'a\nc')
case('^abc', 'abc', 'xabc')
case('abc$', 'abc', 'abc\n', 'abc\n\n')
print(ascii(re.findall('^\\w', 'ab\ncd\nef')), ascii(re.findall('^\\w', 'ab\ncd\nef', re.M)))
print(ascii(re.findall('\\w$', 'ab\ncd\nef')), ascii(re.findall('\\w$', 'ab\ncd\nef', re.M)))
print(ascii(re.findall('(?m)^$', 'a\n\nb\n')), ascii(re.findall('$', 'a\n')))
case(r'\Aabc', 'abc', 'xabc')
case(r'abc\Z', 'abc', 'abc\n')
case(r'abc\z', 'abc', 'abc\n')
case(r'\bfoo\b', 'a foo b', 'afoob', 'foo')
case(r'\Boo\B', 'foo', 'afoob')
print(ascii(re.findall(r'\b', 'ab cd')), ascii(re.findall(r'\B', 'ab cd')))
print(ascii(re.match(r'\B', '')), ascii(re.match(r'\b', '')))
case(r'\b\w', '\u00e9t\u00e9 x')
case(r'(?a)\b\w', '\u00e9t\u00e9 x')

# ───────────── groups and backreferences ─────────────
case('(a)(b)(c)', 'abc')
case('(a(b(c)))', 'abc')
case('(?:ab)+', 'ababab')
case('(?P<first>\\w+) (?P<last>\\w+)', 'Jane Doe')
case(r'(\w)\1', 'abccd')
case(r'(?P<c>\w)(?P=c)', 'abccd')
case(r'(a)|(b)', 'b')
case(r'(a)?b', 'b')
case(r'(a*)+', 'b')
case(r'(a|b)*', 'abba')
case(r'(?:(a)|b)*', 'ab')
case(r'((a)|b)+', 'ab')
case(r'(a|)+', 'aab')
case(r'(\w+)\s+\1', 'hello hello world')
case(r'(?i)(\w+) \1', 'Hello HELLO')
case(r'(a)(?(1)b|c)', 'ab', 'ac')
case(r'(a)?(?(1)b|c)', 'ab', 'c', 'b')
case(r'(?P<q>")?\w+(?(q)")', '"abc"', 'abc"')
case(r'(\d+)-(?:(\d+)|x)', '12-x', '12-34')

# ───────────── alternation ─────────────
case('cat|dog|bird', 'hotdog', 'a bird', 'fish')
case('a|ab|abc', 'abc')
case('(a|ab)(c|bcd)', 'abcd')
case('x(?:a|b|c)y', 'xby', 'xdy')
case('|a', 'a')

# ───────────── quantifiers ─────────────
case('a*', 'aaab', 'b')
case('a+', 'baaab')
case('a?b', 'ab', 'b')
case('a{3}', 'aaaa', 'aa')
case('a{2,}', 'a', 'aaaaa')
case('a{,2}', 'aaaa')
case('a{2,3}', 'aaaaa')
case('a{1,2}?', 'aaaa')
case('a*?b', 'aaab')
case('a+?', 'aaa')
case('a??b', 'ab')
case('<.*>', '<a><b>')
case('<.*?>', '<a><b>')
case('a{', 'a{')
case('a{1', 'a{1')
case('a{,', 'a{,')
case('x{}', 'x{}')
case('(?:ab){2}', 'abababx')
case('(ab|a){2,3}?c', 'aababc')
case('(a*)*b', 'aab')
case('(a*?)+', 'aa')
case('(a??)+?b', 'aab')
case('(a*){2,}b', 'aab')
case(r'(\d{1,3})(\d{3})*', '1234567')
case('(?:a+)+b', 'aaab')

# ───────────── possessive quantifiers and atomic groups ─────────────
case('a*+a', 'aaa')
case('a++b', 'aaab')
case('a?+a', 'a', 'aa')
case('a{1,2}+a', 'aaa')
case('(?>a|ab)c', 'abc', 'ac')
case('(?:ab|a)*+b', 'abab', 'ababb')
case('(?>(a+))b', 'aab')

# ───────────── lookaround ─────────────
case('foo(?=bar)', 'foobaz foobar')
case('foo(?!bar)', 'foobar foobaz')
case('(?<=\\$)\\d+', 'cost: $42')
case('(?<!\\$)\\b\\d+', '$42 17')
case('(?<=ab|cd)x', 'abx cdx')
case('(?=(a))', 'a')
case('(?!(a)b)', 'ac')
case('(?<=(a))b', 'ab')
case('\\w+(?=,)', 'one, two')
case('(?<=a)(?<!b)c', 'ac bc')
case('(?!)', 'abc')

# ───────────── flags ─────────────
case('abc', 'ABC', flags=re.I)
case('(?i)abc', 'xAbC')
case('a(?i:b)c', 'aBc', 'ABC')
case('(?i)a(?-i:b)c', 'AbC', 'ABC')
case('[a-z]+', 'HeLLo', flags=re.I)
case('[^a-z]+', 'HeLLo12', flags=re.I)
case('(?i)stra\u00dfe', 'STRASSE', 'STRA\u1e9eE')
case('(?i)\u00e9', '\u00c9')
case('(?ai)\u00e9', '\u00c9')
case('(?i)k', '\u212a')
case('(?i)s', '\u017f')
case('(?i)[k-l]', '\u212a')
case('(?i)\u03c3', '\u03a3', '\u03c2')
case('(?i)i', '\u0130', '\u0131', 'I')
case('(?i)[a-f]+', 'xyzABCdef')
mixed = 'aAzZ\u0100\u0101\u0130\u0131\u017f\u212a\u03a3\u03c3\u03c2\u0400\u0450\u1e9e\xdf\xb5\u039c\u03bcKk\u01c5\u01c4\u01c6'
for p in [r'(?i)[\u0100-\u0500]', r'(?i)[^\u0100-\u0500]', r'(?i)[a-z]', r'(?i)[^a-z]', r'(?i)[K]',
          r'(?i)\u212a', r'(?i)\u01c5', r'(?i)[\xb5]', r'(?i)\xdf', r'(?ia)[a-z]', r'(?i)\u0130']:
    print(ascii(p), ascii(''.join(re.findall(p, mixed))))
# a backreference compares lowercase letters only: final sigma and long s do not match here
print(ascii(re.findall(r'(?i)(.)\1', '\u03c3\u03a3 \u03c3\u03c2 kK k\u212a s\u017f')))
print(ascii(re.findall(r'(?ia)(.)\1', 'aA \u00e9\u00c9')))
case('(?x) a b c  # comment', 'abc')
case('(?x) a \\  b [ ] ]', 'a b ]')
case('(?x)a b|c d', 'cd', 'c d')
case('a b # not a comment', 'a b # not a comment')
case('(?x: a b )c d', 'abc d')
case(r'''(?x)
    (\d+)   # the number
    \s*     # optional space
    ([a-z]+)  # the unit
''', '12 kg')
print(re.compile('(?i)a').flags, re.compile('(?m)(?s)a').flags, re.compile('a', re.X | re.I).flags)
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.A).flags)

# ───────────── RegexFlag ─────────────
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(repr(re.I | re.M), re.I | re.M | re.S, int(re.I | re.M), re.I & re.M, re.I | 1024)
print(type(re.I | re.M).__name__, type(2 | re.I).__name__, re.I == 2, f'{re.I}', '%d' % re.M)
print(re.IGNORECASE is re.I, re.RegexFlag.DOTALL, re.RegexFlag.DOTALL == re.S)

# ───────────── Pattern objects ─────────────
p = re.compile(r'(?P<key>\w+)=(?P<value>\w*)(;)?')
print(p.pattern, p.groups, p.groupindex, p.flags)
print(repr(p))
print(repr(re.compile('a+b')), repr(re.compile('a', re.I | re.M)), repr(re.compile(b'x', re.I)))
print(repr(re.compile('(?i)a')), repr(re.compile('a', re.U)), repr(re.compile('a', re.A)))
print(repr(re.compile('x' * 300))[:40], len(repr(re.compile('x' * 300))))
print(p.match('a=1;'), p.match('=1'), p.fullmatch('a=1'), p.fullmatch('a=1;x'))
print(p.search('  k=v  '), p.search('  k=v  ', 3), p.search('  k=v  ', 0, 3))
print(p.match('xa=1', 1), p.match('a=123', 0, 4), p.fullmatch('a=123', 0, 4))
print(re.compile('a$').search('ab', 0, 1), re.compile('^b').search('ab', 1))
print(re.compile('^b', re.M).search('a\nb', 1), re.compile(r'\bb').search('ab', 1))
print(re.compile('').match('abc', 2, 1), re.compile('').search('abc', 2, 1))
print(re.compile('b').findall('abcb', -5, 100), re.compile('b').search('abc', -1))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I))
print(re.compile('abc') is re.compile('abc'), re.compile(p) is p)
print(re.compile('a').groupindex, re.compile('(?P<x>.)(?P<y>.)').groupindex)

# ───────────── Match objects ─────────────
mo = re.search(r'(?P<word>\w+) (\d+)(x)?', 'see: hello 42!')
print(mo)
print(mo.group(), mo.group(0), mo.group(1), mo.group('word'), mo.group(1, 2, 3), mo.group(2, 'word'))
print(mo[0], mo[1], mo['word'], mo[3])
print(mo.groups(), mo.groups('-'), mo.groupdict(), mo.groupdict('?'))
print(mo.start(), mo.end(), mo.span(), mo.start(2), mo.end('word'), mo.span(3), mo.start(3), mo.end(3))
print(mo.string, mo.re, mo.pos, mo.endpos, mo.lastindex, mo.lastgroup, mo.regs)
print(mo.expand(r'[\2|\g<word>|\g<1>|\g<0>|\3]'))
print(bool(mo), type(mo).__name__, type(p).__name__, type(mo) is re.Match, type(p) is re.Pattern)
for g in [4, -1, 'nope', 1.0]:
    show('group(%r)' % (g,), lambda: mo.group(g))
show('start(5)', lambda: mo.start(5))
show('mo[7]', lambda: mo[7])
print(re.match(r'(a)(b)?', 'a').lastindex, re.match(r'((a)b)', 'ab').lastindex)
print(re.match(r'(a)(?:(b)|c)', 'ac').lastindex, re.match(r'(?:(a)|(b))*', 'ab').lastindex)
print(re.match('(?P<a>x)|(?P<b>y)', 'y').lastgroup, re.match('(?P<a>(?P<b>x))', 'x').lastgroup)
print(re.match('(x)|(?P<b>y)', 'x').lastgroup, re.match('a', 'a').lastindex, re.match('a', 'a').lastgroup)
print(re.match('a' * 60, 'a' * 60))
print(re.match('.*', 'line\nnext'), re.match('.+', 'tab\there'))
print(re.match(r'\w+', '\u00e9t\u00e9'))

# ───────────── module functions ─────────────
print(re.match('a', 'ba'), re.search('a', 'ba'), re.fullmatch('a|ab', 'ab'))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2c'), re.findall('(a)', 'aa'))
print([x.group() for x in re.finditer(r'\w+', 'one two  three')])
print(ascii(re.escape('a.b*c d\t-_#&~\x00\u00e9[x]{1}(y)?+|^$\\')), re.escape(b'a.b c'))
re.purge()
print(re.search('x', 'axb').span())

# ───────────── Scanner ─────────────
sc = re.Scanner([(r'\d+', lambda s, t: int(t)), (r'\s+', None), (r'[a-z]+', lambda s, t: t.upper()),
                 (r'[+*/-]', lambda s, t: ('op', t))])
print(sc.scan('12 ab + 3 * cd !'))
pat = re.compile(r'\d')
sc2 = pat.scanner('a1b2')
print(sc2.search(), sc2.search(), sc2.search(), sc2.match())
sc3 = re.compile(r'\d').scanner('12a3')
print(sc3.match(), sc3.match(), sc3.match(), sc3.match())

# ───────────── a tokenizer (the example in the re documentation) ─────────────
spec = [('NUMBER', r'\d+(\.\d*)?'), ('ASSIGN', r':='), ('END', r';'), ('ID', r'[A-Za-z]+'),
        ('OP', r'[+\-*/]'), ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.')]
tok_regex = '|'.join('(?P<%s>%s)' % pair for pair in spec)
code = '''IF quantity THEN
    total := total + price * quantity;
    tax := price * 0.05;
ENDIF; $'''
line = 1
for mo in re.finditer(tok_regex, code):
    kind = mo.lastgroup
    if kind == 'NEWLINE':
        line += 1
    elif kind != 'SKIP':
        print(line, kind, ascii(mo.group()), mo.start(), mo.lastindex)

# ───────────── bytes patterns ─────────────
print(re.match(b'ab', b'abc'), re.findall(rb'\w+', b'hi there \xe9t\xe9'), re.findall(rb'\d', b'1\xb23'))
print(re.sub(rb'(\w)(\w)', rb'\2\1', b'abcd'), re.split(rb'\s+', b'a  b\tc'))
print(re.search(rb'(?i)caf\xc9', b'un caf\xe9'), re.search(rb'(?i)\xe9', b'\xc9'))
print(re.match(rb'(?P<n>\d+)', b'42').groupdict(), re.match(rb'.', b'\n'), re.fullmatch(rb'[\x00-\xff]+', bytes(range(256))) is not None)
print(re.match(b'a', bytearray(b'ab')), re.compile(rb'\s').pattern, repr(re.compile(b'a.b', re.S)))

# ───────────── long subjects: no deep recursion ─────────────
long = 'a' * 10000 + 'x'
print(re.match('.*x', long).end(), re.match('(?:a)*x', long).end(), re.match('(a)*x', long).span(1))
print(re.match('(ab)*', 'ab' * 20000).end(), re.match('(?:a|b)*c', 'ab' * 20000 + 'c').end())
print(re.match(r'(?:\w+\s?)*$', 'word ' * 3000).end(), re.match('a*?x', long).end())
print(re.match(r'"(?:\\.|[^"\\])*"', '"' + 'x\\"y' * 3000 + '"').end())
print(re.match('(a|b)*?c', 'ab' * 5000 + 'c').end(), len(re.findall('a', long)))
print(re.fullmatch('(?:a{1,3}b?)+', 'aab' * 4000) is not None)
