# textwrap: wrap/fill with each option, long words, hyphens, em-dashes, max_lines, shorten,
# dedent and indent.
import textwrap

TEXT = ("The quick brown fox jumps over the lazy dog.  A well-known pangram -- used by "
        "typists -- contains every letter; extraordinarily-long-hyphenated-compound-words "
        "and supercalifragilisticexpialidocious test the breaking of long words.")

def show(label, lines):
    print(label)
    for line in lines:
        print('  |' + line + '|')

for width in (10, 20, 35, 70):
    show(f'width={width}', textwrap.wrap(TEXT, width))

show('no hyphen breaks', textwrap.wrap(TEXT, 20, break_on_hyphens=False))
show('no long-word breaks', textwrap.wrap(TEXT, 12, break_long_words=False))
show('indents', textwrap.wrap(TEXT, 30, initial_indent='* ', subsequent_indent='    '))
show('keep whitespace', textwrap.wrap("a  b   c    d     e", 5, drop_whitespace=False))
show('max_lines=2', textwrap.wrap(TEXT, 30, max_lines=2))
show('max_lines=3, placeholder', textwrap.wrap(TEXT, 25, max_lines=3, placeholder='...'))
show('max_lines=1', textwrap.wrap(TEXT, 15, max_lines=1))
show('sentence endings', textwrap.wrap("Hello there. How are you? Fine! Mr. Smith said 'ok.' Done.",
                                        25, fix_sentence_endings=True))
show('em-dash', textwrap.wrap("this--that and -- lone and a---b and 1--2", 8))
show('hyphens', textwrap.wrap("x-y-z anti-dis-establish-ment co-op e-mail 12-34 --flag -a", 6))

# Tabs and other whitespace.
tabbed = "col1\tcol2\tcol3\nnext\tline"
show('tabs expanded', textwrap.wrap(tabbed, 12))
show('tabsize=4', textwrap.wrap(tabbed, 12, tabsize=4))
print(repr(textwrap.fill(tabbed, 40, expand_tabs=False)))
print(repr(textwrap.fill(tabbed, 40, replace_whitespace=False)))
print(repr(textwrap.fill("line one\nline two\n\nline four", 15)))
print(repr(textwrap.fill("   leading and trailing   ", 10)))
print(repr(textwrap.fill("", 10)), textwrap.wrap("   "), textwrap.wrap(""))
print(repr(textwrap.fill("caf\u00e9 na\u00efve \u00fcber-cool r\u00e9sum\u00e9", 8)))
print(repr(textwrap.fill("no\u00a0break\u00a0space here", 8)))

# fill joins wrap's lines.
print(textwrap.fill(TEXT, 40))

# TextWrapper objects keep their settings and can be changed.
w = textwrap.TextWrapper(width=25, initial_indent='> ', subsequent_indent='> ')
print(w.fill(TEXT[:80]))
w.width = 40
print(w.fill(TEXT[:80]))
print(w.width, w.max_lines, repr(w.placeholder), w.break_on_hyphens)

# shorten collapses whitespace first.
print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten(TEXT, 40)))
print(repr(textwrap.shorten(TEXT, 40, placeholder=' ...')))
print(repr(textwrap.shorten("  a   b  ", 10)))

# Errors.
for call in (lambda: textwrap.wrap("abc", 0),
             lambda: textwrap.wrap("abc def", 5, max_lines=1, placeholder=' [......]'),
             lambda: textwrap.shorten("abc def ghi", 3),
             lambda: textwrap.dedent(5)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# dedent: the common margin goes; blank lines become empty; tabs and spaces differ.
print(repr(textwrap.dedent('''
    def f():
        return 1

      # comment
    ''')))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("\ta\n\t  b\n \t\n")))
print(repr(textwrap.dedent("   x\n   \n  y")))
print(repr(textwrap.dedent("no margin\n  here")))
print(repr(textwrap.dedent("")))

# indent: whitespace-only lines are skipped unless the predicate says otherwise.
print(repr(textwrap.indent("one\n\ntwo\n  \nthree", '> ')))
print(repr(textwrap.indent("one\r\ntwo\n", '+ ', lambda line: True)))
print(repr(textwrap.indent("a\nbb\nccc\n", '#', lambda line: len(line) > 2)))
print(textwrap.__all__)
