# Template strings (t"...", PEP 750): Template and Interpolation objects and convert().
from string.templatelib import Template, Interpolation, convert
name = "World"; x = 3.14159; w = 8
t = t"Hello { name }! {x:.2f} {x!r:>{w}} {name=} {x = :.1f} end"
print(repr(t))
print(t.strings, t.values)
for part in t: print(repr(part))
i = t.interpolations[1]
print(i.value, i.expression, i.conversion, i.format_spec, type(i).__name__, type(t).__module__)
print(repr(t"" ), repr(t"{name}"), repr(t"a" t"b{name}c"))
print(repr(t"x" + t"{name}"))
try: t"x" + "y"
except TypeError as e: print(e)
print(repr(Template("a", Interpolation(1, "one"), "b", "c", Interpolation(2, "two"))))
print(repr(Interpolation(5, "five", "r", ">3")))
print(convert(5, "r"), convert("s", None), convert("é", "a"))
print(str(t"{name}")[:9])
print(rt"\n{name}".strings, tr"\t{name}".strings)
match Interpolation(1, "e"):
    case Interpolation(v, e, c, f): print(v, e, c, f)
print(Interpolation.__match_args__)
def html(tmpl):
    out = []
    for p in tmpl:
        if isinstance(p, str): out.append(p)
        else: out.append(str(p.value).replace("<", "&lt;"))
    return "".join(out)
evil = "<script>"
print(html(t"<p>{evil}</p>"))
print(t.strings == ("Hello ", "! ", " ", " name=", " x = ", " end"))
try: Template(1)
except TypeError as e: print(e)
print(Template().strings, len(t.interpolations))
