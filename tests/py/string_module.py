# The string module: its constants, capwords, and Template substitution with $name, ${name},
# $$, invalid placeholders, safe_substitute, keyword arguments and a custom delimiter.
import string
from string import Template


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'whitespace', 'printable']:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print('x' in string.ascii_letters, '5' in string.hexdigits, 'g' in string.hexdigits)
print(sorted(string.printable) == sorted(set(string.printable)))

print(string.capwords('hello   wORLD  again'), '|' + string.capwords('  lead and trail  ') + '|')
print(string.capwords('a-b-c', '-'), string.capwords('x,,y', ','), string.capwords(''))
print(string.capwords("it's o'neil"), string.capwords('tab\tsep\nline'))

t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'), t.template)
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(Template('${noun}ification costs $$${price}').substitute(noun='simpl', price=5))
print(Template('$a$b ${a}${b} $a_b $_x9').substitute(a=1, b=2, a_b=3, _x9=4))
print(Template('no placeholders').substitute(), Template('').substitute())
print(Template('$$ and $$$$').substitute())
print(Template('trailing $x.').substitute(x=[1, 2]))
show("missing", lambda: t.substitute(who='tim'))
show("missing dict", lambda: Template('$zzz').substitute({}))
show("invalid end", lambda: Template('cost: $').substitute())
show("invalid space", lambda: Template('a $ b').substitute())
show("invalid digit", lambda: Template('x\ny $1').substitute())
show("invalid brace", lambda: Template('line1\nline2\n  ${bad name}').substitute())
show("unclosed brace", lambda: Template('${abc').substitute(abc=1))
show("empty brace", lambda: Template('${}').substitute())
print(t.safe_substitute(who='tim'))
print(Template('$a $ $1 ${b} ${c d} $$ ${').safe_substitute(a='A'))
print(Template('${x}y$x').safe_substitute({'x': 0}))
print(Template('$who $what $who ${x} $$y $').get_identifiers())
print(Template('$ok').is_valid(), Template('$ok $').is_valid(), Template('$$').is_valid())
print(Template('é $é').safe_substitute(), Template('$ab-c').substitute(ab=1))


class Percent(Template):
    delimiter = '%'


print(Percent('%name is %% %{age}yo').substitute(name='Bo', age=7))
show("percent invalid", lambda: Percent('100%').substitute())


class Multi(Template):
    delimiter = '<<'


print(Multi('<<x and <<<<x <<{y}>>').substitute(x=1, y=2))
print(Template.delimiter, Percent.delimiter)
