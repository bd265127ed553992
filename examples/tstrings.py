# t-strings (PEP 750, new in Python 3.14): a t"..." literal gives a Template, not a str.  The
# text and the values stay apart, so the code that receives the template decides how each value
# is rendered: escaped for HTML, or sent separately to a database as a query parameter.
from string.templatelib import Template, Interpolation, convert


def html(template):
    """Render a template as HTML: the text is trusted, every value is escaped."""
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
        else:
            value = convert(part.value, part.conversion)
            if isinstance(value, Template):          # a nested template is already safe HTML
                out.append(html(value))
                continue
            text = format(value, part.format_spec)
            text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            out.append(text.replace('"', "&quot;"))
    return "".join(out)


def sql(template):
    """Turn a template into a query with ? placeholders and a list of parameters."""
    query, params = [], []
    for part in template:
        if isinstance(part, Interpolation):
            query.append("?")
            params.append(part.value)
        else:
            query.append(part)
    return "".join(query), params


def describe(template):
    """What the template holds, piece by piece."""
    for part in template:
        match part:
            case str() as text:
                print("  text  ", repr(text))
            case Interpolation(value, expression, conversion, spec):
                print("  field ", repr(expression), "=", repr(value), "conversion", conversion, "spec", repr(spec))


user = '<script>alert("hi")</script>'
count = 3
page = t"<p>Hello, {user}! You have {count:03d} new messages.</p>"
print(type(page).__name__)
describe(page)
print(html(page))

row = t"<li>{user!r}</li>"
print(html(t"<ul>{row}</ul>"))

name = "Robert'); DROP TABLE students;--"
age = 12
query, params = sql(t"SELECT * FROM students WHERE name = {name} AND age > {age}")
print(query)
print(params)

# Templates concatenate with templates (never with plain str), and keep their parts.
greeting = t"Hi {user}" + t", you are {age} years old"
print(greeting.strings)
print(greeting.values)
try:
    greeting + "!"
except TypeError as e:
    print("TypeError:", e)

# An f-string would have formatted everything at once:
print(f"<p>Hello, {user}!</p>")
