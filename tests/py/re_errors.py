# re: the messages and positions of re.error (PatternError) and of the other exceptions that
# bad patterns, templates and arguments raise, compared with CPython.
import re

BAD = [
    # groups and parentheses
    '(a', '(a|b', '((a)', 'a)', ')', '(a))', '(?:', '(?=', '(?<=a', '(?P<n>a',
    # repeats
    '*', '+a', '?', '{1}a', 'a**', 'a*+*', 'a{1}{2}', 'a|*', '(*)', '^*', '$*', r'\b*',
    'a{2,1}', 'a???', 'a+++',
    # classes
    '[a', '[', '[]', '[^]', '[a-', '[z-a]', r'[\d-z]', r'[a-\d]', r'[\w-\s]', '[\\',
    # escapes
    '\\', 'a\\', r'\q', r'[\q]', r'\e', r'\x1', r'\xzz', r'\u12', r'\U1234', r'\U00110000',
    r'\777', r'[\777]', r'[\8]', r'\z\Z\A', r'[\A]', r'[\z]', r'[\B]', r'\N', r'\N{',
    # group references
    r'\1', r'(a)\2', r'(a\1)', r'\8', r'(?P=a)', '(?P=', '(?P=a', r'(?P<a>a)(?P=b)',
    '(?P<a>(?P=a))', '(?(1)a|b)', '(a)(?(2)x)', '(?(', '(?(a)x)', '(?(0)x)',
    '(a)(?(1)x|y|z)', '(?(1', r'(?<=(a)\1)',
    # extensions and names
    '(?', '(?<', '(?<a>x)', '(?P', '(?P<', '(?P<>x)', '(?P<1a>x)', '(?P<a b>x)',
    '(?P<a>x)(?P<a>y)', '(?P<a', '(?P>a)', '(?Px)', '(?#abc', '(?z)', '(?<x', '(?!',
    # flags
    '(?i', '(?i-i:a)', '(?-i)', '(?-)', '(?-:x)', '(?imsx-:x)', 'a(?i)b', '((?i)x)',
    'a|(?i)b', '(?L)x', '(?Lu)x', '(?au)x', '(?iq)x', '(?i-q:x)', '(?-a:x)', '(?i-:x)',
    '(?i=x)',
    # look-behind width
    '(?<=a*)b', '(?<!a|bc)d', '(?<=a+)', '(?<=x{1,2})', r'(?<=(a)|b\1)',
    # multi-line patterns report line and column
    'a\nb(', 'ab\n\ncd\n)', '(?x)\n  a\n  *',
]
for p in BAD:
    try:
        re.compile(p)
    except re.error as e:
        print(ascii(p), '->', e)
    except Exception as e:
        print(ascii(p), '->', type(e).__name__, e)
    else:
        print(ascii(p), '-> compiled')

# Patterns that look wrong but are fine.
for p in ['a{1,2', 'a{,', '{', '}', ']', 'a{}', r'[\b]', '[a-]b', '[-a]', '(?x)a b # c(',
          '(?i)(?m)a', r'\z', 'a++', 'a?+', r'(?<=a(?=b)c)', r'(?<=\b)x', '(?:)*', '(?u)x',
          '(?<=)', '(?!)', '(?=)*', 'x{65536}', r'(a)(?<=\1)', '(?a:x)(?u:y)']:
    try:
        print(ascii(p), '->', re.compile(p).groups)
    except Exception as e:
        print(ascii(p), '->', type(e).__name__, e)

# bytes patterns
for p in [b'(a', b'(?u)x', b'\\u1234', b'(?P<\xe9>x)', b'[\\U00000041]']:
    try:
        print(ascii(p), '->', re.compile(p))
    except re.error as e:
        print(ascii(p), '->', e, ascii(e.pattern))

# The attributes of the error.
for p in ['(a', 'a\nb(', b'x)', 'ab[']:
    try:
        re.compile(p)
    except re.error as e:
        print(type(e).__name__, ascii(e.msg), ascii(e.pattern), e.pos, e.lineno, e.colno,
              ascii(e.args), isinstance(e, Exception))
e = re.error('plain message')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('with position', 'some(pattern', 4)
print(e, '|', e.msg, e.pos, e.lineno, e.colno)
print(re.error is re.PatternError, re.error.__name__, re.error.__module__)
try:
    re.compile('a)')
except ValueError as e:
    print('not a ValueError')
except re.PatternError as e:
    print('caught as PatternError:', e)

# Errors in replacement templates.
for repl in [r'\g', r'\g<', r'\g<1', r'\g<1>', r'\g<x>', r'\g<1x>', r'\g<-1>', r'\1', r'\2',
             r'\q', '\\', r'\777', r'\g<>', r'x\y', r'\g<a b>']:
    try:
        print(ascii(repl), '->', ascii(re.sub('(a)', repl, 'a')))
    except re.error as e:
        print(ascii(repl), '->', e)
    except Exception as e:
        print(ascii(repl), '->', type(e).__name__, e)

# Other exceptions.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', ascii(r))


show('int subject', lambda: re.match('a', 1))
show('None subject', lambda: re.search('a', None))
show('str pattern on bytes', lambda: re.match('a', b'a'))
show('bytes pattern on str', lambda: re.match(b'a', 'a'))
show('int pattern', lambda: re.compile(1))
show('flags on compiled', lambda: re.compile(re.compile('a'), re.I))
show('compiled, no flags', lambda: re.compile(re.compile('a')).pattern)
show('LOCALE with str', lambda: re.compile('a', re.L))
show('UNICODE with bytes', lambda: re.compile(b'a', re.U))
show('ASCII and UNICODE', lambda: re.compile('a', re.A | re.U))
show('(?a) then (?u)', lambda: re.compile('(?a)(?u)x'))
show('huge repeat', lambda: re.compile('x{4294967295}'))
show('huge min', lambda: re.compile('x{4294967296,}'))
show('no such group', lambda: re.match('(a)', 'a').group(2))
show('no such name', lambda: re.match('(?P<x>a)', 'a').group('y'))
show('start of missing', lambda: re.match('a', 'a').span(1))
show('expand bad', lambda: re.match('(a)', 'a').expand(r'\3'))
show('Pattern()', lambda: re.Pattern())
show('Match()', lambda: re.Match())
