# f- and t-string fields that do not parse: CPython 3.14's messages (its invalid_replacement_field
# grammar rules and its tokenizer's limits) and where they point.  Each source is compiled on its
# own; the message, the line and the columns of the caret range are printed.
# Read parser_strings.cpp (parse_field_expression) and tokenizer.cpp (read_fstring_text).
sources = [
    'f"{}"', 'f"{=}"', 'f"{!r}"', 'f"{:x}"',                   # nothing before the terminator
    'f"{*}"', 'f"{-}"', 'f"{not}"',                            # no expression at all
    'f"{1+}"', 'f"{1+*}"', 'f"{1 if}"', 'f"{a.}"', 'f"{1+:x}"',  # a prefix, then a bad token
    'f"{f(1+)}"', 'f"{x for x in y}"',
    'f"{a b}"', 'f"{a b c}"', 'f"{1+2 3}"', 'f"{a b=}"',       # two expressions: a missing comma?
    'f"{[1 2]}"',                                              # the list's own message stands
    'f"{a=x}"', 'f"{a!r x}"', 'f"{a!r=}"',                     # after '=' and after the conversion
    'f"{a!}"', 'f"{a!x}"',
    'f"{a:"', 'f"{a:{b}"', 'f"{a!r:"',                         # the spec runs into the end
    'f"{"', 'f"{a"', 'f"{a="', 'f"{a!"', 'f"{a!r"',            # the f-string ends inside a field
    'f"{(1+}"', 'f"{a[}"', 'f"}"',
    'f"{lambda x: 1}"', 'f"{lambda: 1}"',
    'f"{a:{b:{c:{d}}}}"', 'f"{a:{b:{c:xy{d}}}}"',              # fields nested four deep
    'f"{f"{1+}"}"', 't"{f"{1+}"}"', 'f"{t"{1+}"}"',            # the innermost literal names itself
    't"{}"', 't"{1+}"', 't"{a!x}"', 't"{a:"', 't"}"', 't"{a:{b:{c:{d}}}}"',
]
for src in sources:
    try:
        compile("x = " + src + "\n", "<test>", "exec")
        print(src, "compiled")
    except SyntaxError as e:
        print(f"{src:24} {e.msg} (line {e.lineno}, columns {e.offset}-{e.end_offset})")

# These are fine: three levels of fields, a walrus-looking spec, yield in a function.
a, b, c, n = 10, 4, "d", 7
print(f"{a:{b:{c}}}|{n:=6}|{a!r:>{b}}")
def gen():
    x = f"{(yield 1)}-{yield 2}"
    yield x
g = gen()
print(next(g), g.send("A"), g.send("B"))
