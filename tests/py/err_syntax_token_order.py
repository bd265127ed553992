# Which error is reported when a line has two: CPython's parser pulls tokens from the tokenizer
# one at a time, so a mistake the parser meets first wins over a bad token further on, and a
# bad token wins over a mistake after it (parser.cpp: tok() and the ERRORTOKEN).
sources = [
    'x = (1 2 "abc',             # the missing comma comes first
    'x = (1+}',                  # the tokenizer refuses the '}' itself
    'x = [1, 2 3)',              # the missing comma, before the ')' that does not match
    'x = [1, 2) 3',              # the ')' first
    'x = 1 +\n"unterminated',
    'print(1 2 $)',
    'def f(:\n    "abc',
    'x = 0777 + (',
    'f"{} a in}"',               # the empty field, before the single '}'
    'f"{x 2.5 } x}"',
    'f"{) 1 { else }}"',         # a ')' the field never opened
    'f"{** in 2.5 ]}"',
    'f"{"s"1<}"',
    'f"{None "s" b lambda a}"',  # None "s" is no NAME STRING pair: a comma is missing
    'f"{2.5 ! yield}"', 'f"{a! 1}"', 'f"{a!}"', 'f"{a!:}"',
]
for src in sources:
    try:
        compile(src + "\n", "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(f"{src!r:28} {e.msg} (line {e.lineno}, columns {e.offset}-{e.end_offset})")

# When all the parser can say is "invalid syntax", CPython tokenizes the rest and prefers a
# tokenizer error found there (not a bad line continuation: that one only counts when reached).
for src in ['x = 1 +\n"unterminated', 'def f(:\n    "abc', 'x = 1 +\nx = 0777', 'lambda def 2.5 \\ if']:
    try:
        compile(src + "\n", "<test>", "exec")
    except SyntaxError as e:
        print(f"{src!r:28} {e.msg} (line {e.lineno}, columns {e.offset}-{e.end_offset})")
