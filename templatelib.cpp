// templatelib.cpp — t-strings (PEP 750, new in Python 3.14): Template and Interpolation.
//
// What this step does: an f-string formats its fields at once and gives a str.  A t-string
// gives a Template instead, which keeps the pieces apart for whoever receives it:
//
//   t"Hello {name!r:>10}!"  →  Template(strings=('Hello ', '!'),
//                                        interpolations=(Interpolation('World', 'name', 'r', '>10'),))
//
// Nothing is converted or formatted: the Interpolation holds the value itself, the source text
// of the expression, the conversion letter (or None) and the format spec.  So an HTML library
// can escape the values and an SQL library can turn them into query parameters
// (examples/tstrings.py).  The invariant: len(strings) == len(interpolations) + 1, the text
// before, between and after the fields (maybe empty).
//
// The compiler (compile_template_str) builds these with BUILD_INTERPOLATION and BUILD_TEMPLATE.
// Both types are immutable, so they need no locks.  Python code imports them from
// string.templatelib (lib/string/templatelib.py re-exports this file's _templatelib module).
//
// Comes in: values and text from the stack, or the constructors' arguments.  Goes out: the two
// types; iteration; Template + Template; convert().  Read next: examples/tstrings.py.
#include "minipy.h"
#include "builtins.h"

TypeObject Template_Type, Interpolation_Type;

namespace {

struct TemplateObject : Object {
    Object* strings = nullptr;         // tuple of str (owned)
    Object* interpolations = nullptr;  // tuple of Interpolation (owned)
};
struct InterpolationObject : Object {
    Object* value = nullptr;
    Object* expression = nullptr;  // str
    Object* conversion = nullptr;  // None or 's' / 'r' / 'a'
    Object* format_spec = nullptr; // str
};

TemplateObject* as_template(Object* o) { return static_cast<TemplateObject*>(o); }
InterpolationObject* as_interp(Object* o) { return static_cast<InterpolationObject*>(o); }
Object* item(Object* tuple, size_t i) { return static_cast<TupleObject*>(tuple)->items[i]; }

Obj tuple_of(std::vector<Obj>& items) {
    Obj t = tuple_new(items.size());
    for (size_t i = 0; i < items.size(); i++) static_cast<TupleObject*>(t.get())->items[i] = items[i].release();
    return t;
}

void interp_dealloc(Object* o) {
    auto* i = as_interp(o);
    xdecref(i->value); xdecref(i->expression); xdecref(i->conversion); xdecref(i->format_spec);
    dealloc_as<InterpolationObject>(o);
}

void template_dealloc(Object* o) {
    xdecref(as_template(o)->strings);
    xdecref(as_template(o)->interpolations);
    dealloc_as<TemplateObject>(o);
}

void check_conversion(Object* c) {
    if (c == Py_None) return;
    std::string_view s = is_str(c) ? str_view(c) : std::string_view();
    if (s != "s" && s != "r" && s != "a")
        raise_msg(Exc_ValueError, "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
}

// Interpolation(value, expression='', conversion=None, format_spec='')
Obj interp_new_slot(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[4] = {};
    parse_args("Interpolation", args, nargs, kwnames, {"value", "expression", "conversion", "format_spec"}, 1, a);
    Obj empty = str_new("");
    Object* expression = a[1] ? a[1] : empty.get();
    Object* format_spec = a[3] ? a[3] : empty.get();
    if (!is_str(expression))
        raise_fmt(Exc_TypeError, "Interpolation() argument 'expression' must be str, not %s", type_name(expression));
    if (!is_str(format_spec))
        raise_fmt(Exc_TypeError, "Interpolation() argument 'format_spec' must be str, not %s", type_name(format_spec));
    return interpolation_new(a[0], expression, a[2] ? a[2] : Py_None, format_spec);
}

Obj interp_repr(Object* o) {
    auto* i = as_interp(o);
    return str_new("Interpolation(" + repr_string(i->value) + ", " + repr_string(i->expression) + ", " +
                   repr_string(i->conversion) + ", " + repr_string(i->format_spec) + ")");
}

Obj get_value(Object* o) { return newref(as_interp(o)->value); }
Obj get_expression(Object* o) { return newref(as_interp(o)->expression); }
Obj get_conversion(Object* o) { return newref(as_interp(o)->conversion); }
Obj get_format_spec(Object* o) { return newref(as_interp(o)->format_spec); }

// Template(*args): strings and Interpolations in any order; neighbouring strings are joined and
// an empty string goes between neighbouring Interpolations, so the invariant holds.
Obj template_from_parts(Object* const* args, size_t nargs) {
    std::vector<Obj> strings, interps;
    std::string text;
    for (size_t k = 0; k < nargs; k++) {
        Object* a = args[k];
        if (is_str(a)) {
            text += str_view(a);
        } else if (type_of(a) == &Interpolation_Type) {
            strings.push_back(str_new(text));
            text.clear();
            interps.push_back(newref(a));
        } else {
            raise_fmt(Exc_TypeError, "Template.__new__ *args need to be of type 'str' or 'Interpolation', got %s",
                      type_name(a));
        }
    }
    strings.push_back(str_new(text));
    Obj s = tuple_of(strings), i = tuple_of(interps);
    return template_new(s.get(), i.get());
}

Obj template_new_slot(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames)) raise_msg(Exc_TypeError, "Template.__new__ only accepts *args arguments");
    return template_from_parts(args, nargs);
}

Obj template_repr(Object* o) {
    auto* t = as_template(o);
    return str_new("Template(strings=" + repr_string(t->strings) + ", interpolations=" + repr_string(t->interpolations) + ")");
}

// Iteration: the non-empty strings and the Interpolations, in source order.
Obj template_iter(Object* o) {
    auto* t = as_template(o);
    Obj parts = list_new(0);
    size_t n = tuple_size(t->interpolations);
    for (size_t i = 0; i <= n; i++) {
        Object* s = item(t->strings, i);
        if (!str_view(s).empty()) list_append(parts.get(), s);
        if (i < n) list_append(parts.get(), item(t->interpolations, i));
    }
    return get_iter(parts.get());
}

// Template + Template: the last string of the first and the first of the second are joined.
Obj template_binary(Object* a, Object* b, int op) {
    if (op != NB_ADD) return newref(Py_NotImplemented);
    bool ta = type_of(a) == &Template_Type, tb = type_of(b) == &Template_Type;
    if (ta && tb) {
        std::vector<Object*> parts;
        for (Object* t : {a, b}) {
            size_t n = tuple_size(as_template(t)->interpolations);
            for (size_t i = 0; i <= n; i++) {
                parts.push_back(item(as_template(t)->strings, i));
                if (i < n) parts.push_back(item(as_template(t)->interpolations, i));
            }
        }
        return template_from_parts(parts.data(), parts.size());
    }
    if (ta && is_str(b))
        raise_msg(Exc_TypeError, "can only concatenate string.templatelib.Template (not \"str\") to string.templatelib.Template");
    if (tb && is_str(a))
        raise_msg(Exc_TypeError, "can only concatenate str (not \"string.templatelib.Template\") to str");
    return newref(Py_NotImplemented);
}

Obj get_strings(Object* o) { return newref(as_template(o)->strings); }
Obj get_interpolations(Object* o) { return newref(as_template(o)->interpolations); }
Obj get_values(Object* o) {
    Object* interps = as_template(o)->interpolations;
    std::vector<Obj> values;
    for (size_t i = 0; i < tuple_size(interps); i++) values.push_back(newref(as_interp(item(interps, i))->value));
    return tuple_of(values);
}

// convert(obj, conversion): what an f-string's !s / !r / !a would do (None: obj itself).
Obj m_convert(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[2] = {};
    parse_args("convert", args, nargs, kwnames, {"obj", "conversion"}, 2, a);
    Object* c = a[1];
    if (c == Py_None) return newref(a[0]);
    std::string_view s = is_str(c) ? str_view(c) : std::string_view();
    if (s == "s") return str(a[0]);
    if (s == "r") return repr(a[0]);
    if (s == "a") {
        Obj ascii_fn = dict_get_str(interp.builtins, intern_cstr("ascii"));
        return call1(ascii_fn.get(), a[0]);
    }
    raise_msg(Exc_ValueError, "Bad conversion specifier");
}

}  // namespace

Obj interpolation_new(Object* value, Object* expression, Object* conversion, Object* format_spec) {
    check_conversion(conversion);
    auto i = alloc_object<InterpolationObject>(&Interpolation_Type);
    i->value = newref(value).release();
    i->expression = newref(expression).release();
    i->conversion = newref(conversion).release();
    i->format_spec = newref(format_spec).release();
    return i;
}

Obj template_new(Object* strings, Object* interpolations) {
    auto t = alloc_object<TemplateObject>(&Template_Type);
    t->strings = newref(strings).release();
    t->interpolations = newref(interpolations).release();
    return t;
}

void init_templatelib() {
    Interpolation_Type.dealloc = interp_dealloc;
    Interpolation_Type.repr = interp_repr;
    Interpolation_Type.new_ = interp_new_slot;
    type_ready(&Interpolation_Type, "string.templatelib.Interpolation", &Object_Type, sizeof(InterpolationObject));
    add_getsets(&Interpolation_Type, {{"value", get_value}, {"expression", get_expression},
                                      {"conversion", get_conversion}, {"format_spec", get_format_spec}});
    {
        std::vector<Obj> names;
        for (const char* n : {"value", "expression", "conversion", "format_spec"}) names.push_back(str_new(n));
        Obj t = tuple_of(names);
        add_attr(&Interpolation_Type, "__match_args__", t.get());
    }
    Template_Type.dealloc = template_dealloc;
    Template_Type.repr = template_repr;
    Template_Type.new_ = template_new_slot;
    Template_Type.iter = template_iter;
    Template_Type.binary = template_binary;
    type_ready(&Template_Type, "string.templatelib.Template", &Object_Type, sizeof(TemplateObject));
    add_getsets(&Template_Type, {{"strings", get_strings}, {"interpolations", get_interpolations},
                                 {"values", get_values}});
}

Obj make_templatelib_module() {
    Obj m = new_module("_templatelib");
    Object* d = module_dict(m.get());
    dict_set(d, intern_cstr("Template"), (Object*)&Template_Type);
    dict_set(d, intern_cstr("Interpolation"), (Object*)&Interpolation_Type);
    add_module_function(m.get(), "convert", m_convert);
    return m;
}
