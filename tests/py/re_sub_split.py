# re: sub, subn, split, findall and finditer, with the empty-match rules of CPython 3.7+
# (an empty match is allowed right after a non-empty one, never twice at one position).
import re


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', ascii(r))


# ───────────── sub: replacement templates ─────────────
show('plain', lambda: re.sub(r'\d+', '#', 'a1b22c333'))
show('backref', lambda: re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
show('\\g<n>', lambda: re.sub(r'(\w)(\w)', r'\g<2>\g<1>', 'abcdef'))
show('\\g<0>', lambda: re.sub(r'\d+', r'<\g<0>>', 'a1b22'))
show('named', lambda: re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)', r'\g<m>/\g<y>', 'on 2024-05, 1999-12'))
show('\\10 vs \\1 0', lambda: re.sub(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)', r'\10|\g<1>0', 'abcdefghij'))
show('escapes', lambda: re.sub('x', r'\n\t\\\a\b\f\v\r', 'x'))
show('unknown escape', lambda: re.sub('x', r'\.\-\ ', 'x'))
show('octal', lambda: re.sub('x', r'\0\012\101\08', 'x'))
show('unmatched group', lambda: re.sub(r'(a)|b', r'[\1]', 'ab'))
show('unmatched named', lambda: re.sub(r'(?P<a>a)|b', r'[\g<a>]', 'ab'))
show('no match', lambda: re.sub('z', 'y', 'abc'))
show('empty subject', lambda: re.sub('z*', 'y', ''))
show('count=1', lambda: re.sub('a', 'b', 'aaa', count=1))
show('count=-1', lambda: re.sub('a', 'b', 'aaa', count=-1))
show('count=10', lambda: re.sub('a', 'b', 'aaa', count=10))
show('flags', lambda: re.sub('A', '-', 'aAa', flags=re.I))
show('pattern obj', lambda: re.compile('a').sub('b', 'banana'))
show('pattern obj count', lambda: re.compile('a').sub('b', 'banana', 2))
show('backslash literal', lambda: re.sub('a', '\\\\', 'a'))
show('dollar', lambda: re.sub('a', '$1', 'a'))

# ───────────── sub: a function as replacement ─────────────
show('func', lambda: re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
show('func groups', lambda: re.sub(r'(\w)(\d)', lambda m: m.group(2) + m.group(1), 'a1b2'))
show('func None', lambda: re.sub('a', lambda m: None, 'bab'))
show('func empty', lambda: re.sub('x*', lambda m: '[%s]' % m.group(), 'axxb'))
show('func span', lambda: re.sub(r'\w+', lambda m: '%d-%d' % m.span(), 'ab cde'))
show('func pos', lambda: re.sub('a', lambda m: str(m.pos) + str(m.endpos), 'xaxa'))
show('func lastindex', lambda: re.sub(r'(a)|(b)', lambda m: str(m.lastindex), 'abba'))

# ───────────── subn ─────────────
show('subn', lambda: re.subn('a', 'b', 'aaa'))
show('subn count', lambda: re.subn('a', 'b', 'aaa', count=2))
show('subn none', lambda: re.subn('z', 'b', 'aaa'))
show('subn empty', lambda: re.subn('', '-', 'abc'))
show('subn pattern', lambda: re.compile(r'\s+').subn(' ', 'a  b   c'))

# ───────────── sub and empty matches ─────────────
show('x*', lambda: re.sub('x*', '-', 'abxd'))
show('x* adjacent', lambda: re.sub('x*', '-', 'axxb'))
show('empty pattern', lambda: re.sub('', '-', 'abc'))
show('\\b', lambda: re.sub(r'\b', '|', 'ab cd'))
show('lookahead', lambda: re.sub(r'(?=b)|x', '-', 'axbb'))
show('a|', lambda: re.sub('a|', '-', 'bab'))
show('|a', lambda: re.sub('|a', '-', 'bab'))
show('\\w*', lambda: re.sub(r'\w*', '#', 'ab  c'))
show('^', lambda: re.sub('^', '> ', 'l1\nl2\nl3', flags=re.M))
show('$', lambda: re.sub('$', ';', 'l1\nl2\n', flags=re.M))
show('a*?', lambda: re.sub('a*?', '-', 'baac'))

# ───────────── findall ─────────────
show('no groups', lambda: re.findall(r'\w+', 'one two, three'))
show('one group', lambda: re.findall(r'(\w)\w*', 'one two, three'))
show('two groups', lambda: re.findall(r'(\w)(\w)?', 'abc'))
show('unmatched', lambda: re.findall(r'a|(b)', 'ab'))
show('nested', lambda: re.findall(r'((a)(b)?)', 'abac'))
show('x*', lambda: re.findall('x*', 'axxb'))
show('empty', lambda: re.findall('', 'abc'))
show('|a', lambda: re.findall('|a', 'a'))
show('a|', lambda: re.findall('a|', 'aba'))
show('\\b', lambda: re.findall(r'\b', 'ab cd'))
show('a?', lambda: re.findall('a?', 'baab'))
show('lazy', lambda: re.findall('a*?', 'aa'))
show('pos/endpos', lambda: re.compile(r'\d').findall('1a2b3c4', 2, 5))
show('bytes', lambda: re.findall(rb'(\d)(\w)', b'1a2b3'))
show('overlap?', lambda: re.findall('aa', 'aaaaa'))
show('lookahead overlap', lambda: re.findall('(?=(aa))', 'aaaa'))
show('multiline', lambda: re.findall(r'^(\w+): (.*)$', 'a: 1\nbb: two\nc:', re.M))
show('dotall', lambda: re.findall(r'<(.*?)>', '<a\nb> <c>', re.S))

# ───────────── finditer ─────────────
show('spans', lambda: [m.span() for m in re.finditer(r'\w*', 'ab  c')])
show('groups', lambda: [m.groups() for m in re.finditer(r'(\w)(\d)?', 'a1bc2')])
show('empty', lambda: [m.span() for m in re.finditer('', 'ab')])
show('pos', lambda: [m.span() for m in re.compile('a').finditer('aaaa', 1, 3)])
show('iter', lambda: next(re.finditer('b', 'abc')).span())
it = re.finditer(r'\d', 'a1b2')
print(next(it).group(), next(it).group(), next(it, 'done'))
w = re.compile(r'\w')
show('m.pos', lambda: [(m.pos, m.endpos, m.span()) for m in w.finditer('ab cd', 1, 4)])
show('scanner.search', lambda: [(m.pos, m.span()) for m in iter(w.scanner('ab cd', 1).search, None)])
show('scanner.match', lambda: [(m.pos, m.span()) for m in iter(w.scanner('ab cd').match, None)])
show('bad subject', lambda: re.finditer('a', 1))

# ───────────── split ─────────────
show('plain', lambda: re.split(r',\s*', 'a, b,c,  d'))
show('group', lambda: re.split(r'(,)', 'a,b,c'))
show('two groups', lambda: re.split(r'(,)|(;)', 'a,b;c'))
show('optional group', lambda: re.split(r'(a)(x)?', 'baca'))
show('maxsplit=1', lambda: re.split(',', 'a,b,c', maxsplit=1))
show('maxsplit=2 groups', lambda: re.split('(,)', 'a,b,c,d', maxsplit=2))
show('maxsplit=-1', lambda: re.split('a', 'bab', maxsplit=-1))
show('no match', lambda: re.split('x', 'abc'))
show('at ends', lambda: re.split(',', ',a,'))
show('empty subject', lambda: re.split(',', ''))
show('empty pattern', lambda: re.split('', 'abc'))
show('x*', lambda: re.split('x*', 'axxb'))
show('x* start', lambda: re.split('x*', 'xab'))
show('\\b', lambda: re.split(r'\b', 'ab cd'))
show('\\W*', lambda: re.split(r'\W*', '...words, words...'))
show('(\\W*)', lambda: re.split(r'(\W*)', '...words...'))
show('lookahead', lambda: re.split(r'(?=[A-Z])', 'OneTwoThree'))
show('^ multiline', lambda: re.split('^', 'a\nb\nc', flags=re.M))
show('$ multiline', lambda: re.split('$', 'a\nb\n', flags=re.M))
show('whitespace', lambda: re.split(r'\s+', '  lead and trail  '))
show('flags', lambda: re.split('x', 'aXbxc', flags=re.I))
show('pattern obj', lambda: re.compile(r'\d').split('a1b2c3', 2))
show('bytes', lambda: re.split(rb'(-)', b'a-b'))

# ───────────── expand and templates ─────────────
mo = re.match(r'(?P<a>\w)(\w)?(x)?', 'ab')
show('expand', lambda: mo.expand(r'\2\1-\g<a>-[\3]'))
show('expand bytes', lambda: re.match(rb'(\w)', b'z').expand(rb'<\1>'))
show('expand \\g<0>', lambda: mo.expand(r'(\g<0>)'))

# ───────────── types ─────────────
show('str pattern, bytes subject', lambda: re.sub('a', 'b', b'a'))
show('bytes repl func returns str', lambda: re.sub(b'a', lambda m: 'x', b'bab'))
show('func returns int', lambda: re.sub('a', lambda m: 1, 'bab'))
show('bytes repl', lambda: re.sub(b'a', b'\\n', b'bab'))
show('bytearray', lambda: re.split(b',', bytearray(b'a,b')))
