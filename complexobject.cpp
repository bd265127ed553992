// complexobject.cpp — the complex type (1 + 2j) and the cmath module.
//
// What this step does: a complex number is two doubles, real and imag.  The arithmetic is the
// schoolbook one, with CPython's choices where it has them:
//   * a real operand mixed with a complex one (2 * z, z / 2.0) is applied to each part, not
//     first turned into complex(x, 0.0) — the C99 Annex G rule that CPython 3.14 adopted, so
//     2.0 * complex(inf, 0) does not produce a nan from inf * 0;
//   * division uses Smith's scaling (no overflow for large parts), as CPython's _Py_c_quot;
//   * z ** n for a small integer n is repeated squaring, any other power goes through polar form;
//   * repr drops the real part when it is +0.0 ("2j") and writes each part in the shortest form
//     that reads back ("(1+2j)", "(-0-3j)", "(inf+nanj)").
// The literal 2j is a complex constant made by the parser (parser_strings.cpp).
// cmath gives the functions of <complex> (sqrt, exp, log ...) plus phase, polar and rect.
//
// Comes in: init_complex() from the start-up sequence; complex(...) calls; BINARY_OP on complex.
// Goes out: Complex_Type and its slots, complex_new(), the cmath module.
// Read next: float.cpp (the real numbers this builds on), numformat.cpp (format specs).
#include "builtins.h"

#include <cmath>
#include <complex>

TypeObject Complex_Type;

struct ComplexObject : Object {
    double real = 0, imag = 0;
};

static ComplexObject* as_complex(Object* o) { return static_cast<ComplexObject*>(o); }
bool is_complex(Object* o) { return is_subtype(type_of(o), &Complex_Type); }

Obj complex_new(double real, double imag) {
    auto c = alloc_object<ComplexObject>(&Complex_Type);
    c->real = real;
    c->imag = imag;
    return Obj(std::move(c));
}

static Obj complex_of_type(TypeObject* type, double real, double imag) {
    if (type == &Complex_Type) return complex_new(real, imag);
    auto c = alloc_object<ComplexObject>(type);
    c->real = real;
    c->imag = imag;
    return Obj(std::move(c));
}

// ───────────────────────────── operands ─────────────────────────────

// An operand of complex arithmetic: a complex, or a real (int or float) with is_real set.
struct Operand {
    double re = 0, im = 0;
    bool is_real = false;
};

static bool operand(Object* o, Operand* out) {
    if (is_complex(o)) {
        out->re = as_complex(o)->real;
        out->im = as_complex(o)->imag;
        return true;
    }
    if (is_float(o)) { out->re = float_value(o); out->is_real = true; return true; }
    if (is_int(o)) { out->re = int_as_double(o); out->is_real = true; return true; }
    return false;
}

// ───────────────────────────── arithmetic ─────────────────────────────

static std::complex<double> quotient(Operand a, Operand b) {
    if (b.is_real) {
        if (b.re == 0.0) raise_msg(Exc_ZeroDivisionError, "division by zero");
        return {a.re / b.re, a.im / b.re};
    }
    double abs_br = std::fabs(b.re), abs_bi = std::fabs(b.im);
    if (abs_br >= abs_bi) {  // Smith's method: divide through by the larger part of b
        if (abs_br == 0.0) raise_msg(Exc_ZeroDivisionError, "division by zero");
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_bi >= abs_br) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return {NAN, NAN};  // a nan in b
}

static std::complex<double> power(Operand a, Operand b) {
    if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) raise_msg(Exc_ZeroDivisionError, "zero to a negative or complex power");
        return {0.0, 0.0};
    }
    std::complex<double> base(a.re, a.im);
    if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {  // CPython's c_powi
        long n = long(b.re);
        std::complex<double> r(1.0, 0.0), x = n < 0 ? std::complex<double>(1.0, 0.0) / base : base;
        for (unsigned long k = (unsigned long)std::labs(n); k; k >>= 1) {
            if (k & 1) r *= x;
            x *= x;
        }
        return r;
    }
    double vabs = std::hypot(a.re, a.im), len = std::pow(vabs, b.re), at = std::atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= std::exp(at * b.im);
        phase += b.im * std::log(vabs);
    }
    return {len * std::cos(phase), len * std::sin(phase)};
}

static Obj complex_binary(Object* a, Object* b, int op) {
    if (op >= NB_INPLACE_ADD) op -= NB_INPLACE_ADD;
    Operand x, y;
    if (!operand(a, &x) || !operand(b, &y)) return newref(Py_NotImplemented);
    std::complex<double> r;
    switch (op) {
        case NB_ADD:  // a real operand leaves the other's imaginary part alone (0.0 + -0.0j is -0j)
            r = {x.re + y.re, x.is_real ? y.im : y.is_real ? x.im : x.im + y.im};
            break;
        case NB_SUBTRACT:
            r = {x.re - y.re, x.is_real ? -y.im : y.is_real ? x.im : x.im - y.im};
            break;
        case NB_MULTIPLY:
            if (x.is_real) r = {x.re * y.re, x.re * y.im};
            else if (y.is_real) r = {x.re * y.re, x.im * y.re};
            else r = {x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re};
            break;
        case NB_TRUE_DIVIDE: r = quotient(x, y); break;
        case NB_POWER: {
            r = power(x, y);
            if (std::isinf(r.real()) || std::isinf(r.imag()))
                if (std::isfinite(x.re) && std::isfinite(x.im) && std::isfinite(y.re) && std::isfinite(y.im))
                    raise_msg(Exc_OverflowError, "complex exponentiation");
            break;
        }
        default: return newref(Py_NotImplemented);
    }
    return complex_new(r.real(), r.imag());
}

static Obj complex_richcompare(Object* a, Object* b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return newref(Py_NotImplemented);
    Operand x, y;
    if (!operand(a, &x) || !operand(b, &y)) return newref(Py_NotImplemented);
    bool eq;
    if (x.is_real || y.is_real) {  // against an int: exact, as int == float is
        Object* real = x.is_real ? a : b;
        const Operand& c = x.is_real ? y : x;
        eq = c.im == 0.0 && (is_int(real) ? int_compare_double(real, c.re) == 0 : float_value(real) == c.re);
    } else {
        eq = x.re == y.re && x.im == y.im;
    }
    return bool_ref(eq == (op == CMP_EQ));
}

static Obj complex_negative(Object* o) { return complex_new(-as_complex(o)->real, -as_complex(o)->imag); }
static Obj complex_positive(Object* o) { return complex_new(as_complex(o)->real, as_complex(o)->imag); }
static int complex_truth(Object* o) { return as_complex(o)->real != 0.0 || as_complex(o)->imag != 0.0; }

static Obj complex_absolute(Object* o) {
    double re = as_complex(o)->real, im = as_complex(o)->imag;
    double r = std::hypot(re, im);
    if (std::isinf(r) && std::isfinite(re) && std::isfinite(im)) raise_msg(Exc_OverflowError, "absolute value too large");
    return float_new(r);
}

// hash(complex(a, b)) = hash(a) + 1000003 * hash(b), so that hash(2+0j) == hash(2) (CPython).
static int64_t complex_hash(Object* o) {
    uint64_t h = uint64_t(float_hash(as_complex(o)->real)) + 1000003ull * uint64_t(float_hash(as_complex(o)->imag));
    int64_t r = int64_t(h);
    return r == -1 ? -2 : r;
}

// ───────────────────────────── text ─────────────────────────────

static std::string part_text(double v) { return float_short_text(v, 'r', 0, false, false); }

static Obj complex_repr(Object* o) {
    double re = as_complex(o)->real, im = as_complex(o)->imag;
    std::string imag = part_text(im);
    if (re == 0.0 && !std::signbit(re)) return str_new(imag + "j");
    std::string sign = (std::signbit(im) || std::isnan(im)) && imag[0] == '-' ? "" : "+";
    return str_new("(" + part_text(re) + sign + imag + "j)");
}

// format(z, spec): each part formatted as a float with the spec's type and precision, the
// imaginary part always signed, then the whole padded to the width.
static Obj complex_format(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("__format__", nargs, kwnames, 1, 1);
    if (!is_str(args[0])) raise_fmt(Exc_TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
    std::string_view text = str_view(args[0]);
    if (text.empty()) return str(self);
    FormatSpec spec = parse_format_spec(text, "complex");
    FormatSpec part = spec;
    part.width = -1;
    part.fill = ' ';
    part.align = 0;
    if (!part.type) part.type = 'g';
    double re = as_complex(self)->real, im = as_complex(self)->imag;
    bool drop_real = spec.type == 0 && re == 0.0 && !std::signbit(re);
    std::string body = drop_real ? "" : format_float(re, part);
    FormatSpec ipart = part;
    if (!drop_real) ipart.sign = '+';
    body += format_float(im, ipart) + "j";
    if (!drop_real && spec.type == 0) body = "(" + body + ")";
    return str_new(apply_padding(body, spec, '>'));
}

// ───────────────────────────── complex(...) ─────────────────────────────

// complex("1+2j"), complex(" (3-4.5j) "), complex("inf-nanj"): [real][(+|-)imag j], spaces and
// one pair of parentheses allowed around it.
static bool parse_complex_text(std::string_view s, double* re, double* im) {
    auto trim = [](std::string_view t) {
        while (!t.empty() && std::isspace((unsigned char)t.front())) t.remove_prefix(1);
        while (!t.empty() && std::isspace((unsigned char)t.back())) t.remove_suffix(1);
        return t;
    };
    s = trim(s);
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = trim(s.substr(1, s.size() - 2));
    if (s.empty()) return false;
    auto real_number = [](std::string_view t, double* out) {
        if (t.empty()) return false;
        for (char c : t)
            if (std::isspace((unsigned char)c)) return false;
        try {
            *out = float_from_string(t);
        } catch (PyError&) {
            fetch_exception();
            return false;
        }
        return true;
    };
    *re = *im = 0.0;
    if (s.back() != 'j' && s.back() != 'J') return real_number(s, re);
    std::string_view body = s.substr(0, s.size() - 1);
    // The split between the parts: the last + or - that is not the sign of an exponent.
    size_t split = std::string_view::npos;
    for (size_t i = body.size(); i-- > 1;)
        if ((body[i] == '+' || body[i] == '-') && body[i - 1] != 'e' && body[i - 1] != 'E') {
            split = i;
            break;
        }
    std::string_view imag = split == std::string_view::npos ? body : body.substr(split);
    if (split != std::string_view::npos && !real_number(body.substr(0, split), re)) return false;
    if (imag == "" || imag == "+") { *im = 1.0; return true; }
    if (imag == "-") { *im = -1.0; return true; }
    return real_number(imag, im);
}

// A number argument of complex(): complex, real, or something with __complex__/__float__/__index__.
static Operand complex_arg(Object* v, const char* which) {
    Operand r;
    if (operand(v, &r)) return r;
    if (Obj f = lookup_type_attr(type_of(v), intern_cstr("__complex__"))) {
        Obj c = call1(f.get(), v);
        if (!is_complex(c.get())) raise_fmt(Exc_TypeError, "__complex__ returned non-complex (type %s)", type_name(c.get()));
        return {as_complex(c.get())->real, as_complex(c.get())->imag, false};
    }
    if (type_of(v)->nb_float || type_of(v)->nb_index) return {as_double(v), 0.0, true};
    raise_fmt(Exc_TypeError, "complex() argument '%s' must be a real number, not %s", which, type_name(v));
}

static Obj complex_new_slot(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Object* real = nargs > 0 ? args[0] : nullptr;
    Object* imag = nargs > 1 ? args[1] : nullptr;
    if (nargs > 2) raise_fmt(Exc_TypeError, "complex() takes at most 2 arguments (%zu given)", nargs);
    for (size_t k = 0; k < kwcount(kwnames); k++) {
        std::string_view n = kwname_at(kwnames, k);
        Object*& slot = n == "real" ? real : n == "imag" ? imag : real;
        if (n != "real" && n != "imag")
            raise_fmt(Exc_TypeError, "complex() got an unexpected keyword argument '%.*s'", int(n.size()), n.data());
        slot = args[nargs + k];
    }
    if (real && is_str(real)) {
        if (imag) raise_msg(Exc_TypeError, "complex() argument 'real' must be a real number, not str");
        double re, im;
        if (!parse_complex_text(str_view(real), &re, &im)) raise_msg(Exc_ValueError, "complex() arg is a malformed string");
        return complex_of_type(type, re, im);
    }
    if (imag && is_str(imag)) raise_msg(Exc_TypeError, "complex() argument 'imag' must be a real number, not str");
    if (real && type == &Complex_Type && !imag && type_of(real) == &Complex_Type) return newref(real);
    Operand r = real ? complex_arg(real, "real") : Operand{}, i = imag ? complex_arg(imag, "imag") : Operand{};
    // complex(a, b) = a + b*1j, each possibly complex already; as CPython, a real b is taken as it
    // is (so complex(0, -0.0) keeps the sign of its zero).
    double re = r.re, im = imag ? i.re : r.im;
    if (imag && !i.is_real) re -= i.im;
    if (imag && !r.is_real && real) im += r.im;
    return complex_of_type(type, re, im);
}

static Obj complex_conjugate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("conjugate", nargs, kwnames, 0, 0);
    return complex_new(as_complex(self)->real, -as_complex(self)->imag);
}
static Obj complex_complex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("__complex__", nargs, kwnames, 0, 0);
    return complex_new(as_complex(self)->real, as_complex(self)->imag);
}
static Obj complex_getnewargs(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("__getnewargs__", nargs, kwnames, 0, 0);
    Obj re = float_new(as_complex(self)->real), im = float_new(as_complex(self)->imag);
    return tuple_pack({re.get(), im.get()});
}
static Obj complex_get_real(Object* o) { return float_new(as_complex(o)->real); }
static Obj complex_get_imag(Object* o) { return float_new(as_complex(o)->imag); }

void init_complex() {
    Complex_Type.flags |= TPF_BASETYPE;
    Complex_Type.dealloc = dealloc_as<ComplexObject>;
    Complex_Type.repr = complex_repr;
    Complex_Type.str = complex_repr;
    Complex_Type.hash = complex_hash;
    Complex_Type.richcompare = complex_richcompare;
    Complex_Type.binary = complex_binary;
    Complex_Type.negative = complex_negative;
    Complex_Type.positive = complex_positive;
    Complex_Type.absolute = complex_absolute;
    Complex_Type.truth = complex_truth;
    Complex_Type.new_ = complex_new_slot;
    type_ready(&Complex_Type, "complex", &Object_Type, sizeof(ComplexObject));
    Complex_Type.flags |= TPF_BASETYPE;
    add_methods(&Complex_Type, {
        {"conjugate", complex_conjugate, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
        {"__complex__", complex_complex, "Convert this value to exact type complex."},
        {"__format__", complex_format, "Convert to a string according to format_spec."},
        {"__getnewargs__", complex_getnewargs, nullptr},
    });
    add_getsets(&Complex_Type, {{"real", complex_get_real}, {"imag", complex_get_imag}});
}

// ───────────────────────────── cmath ─────────────────────────────

static std::complex<double> cmath_arg(const char* fname, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs(fname, kwnames);
    check_positional(fname, nargs, 1, 1);
    Operand v = complex_arg(args[0], "z");
    return {v.re, v.im};
}

template <std::complex<double> (*F)(const std::complex<double>&), const char* Name>
static Obj cmath_unary(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    std::complex<double> r = F(cmath_arg(Name, args, nargs, kwnames));
    return complex_new(r.real(), r.imag());
}
#define CMATH_FN(name) \
    static std::complex<double> c_##name(const std::complex<double>& z) { return std::name(z); } \
    static constexpr char N_##name[] = #name;
CMATH_FN(sqrt) CMATH_FN(exp) CMATH_FN(sin) CMATH_FN(cos) CMATH_FN(tan) CMATH_FN(asin) CMATH_FN(acos)
CMATH_FN(atan) CMATH_FN(sinh) CMATH_FN(cosh) CMATH_FN(tanh) CMATH_FN(asinh) CMATH_FN(acosh) CMATH_FN(atanh)
CMATH_FN(log10)
#undef CMATH_FN

static Obj cmath_log(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("log", kwnames);
    check_positional("log", nargs, 1, 2);
    Operand x = complex_arg(args[0], "x");
    if (x.re == 0.0 && x.im == 0.0) raise_msg(Exc_ValueError, "math domain error");
    std::complex<double> r = std::log(std::complex<double>(x.re, x.im));
    if (nargs == 2) {
        Operand b = complex_arg(args[1], "base");
        std::complex<double> lb = std::log(std::complex<double>(b.re, b.im));
        Operand num{r.real(), r.imag(), false}, den{lb.real(), lb.imag(), false};
        r = quotient(num, den);
    }
    return complex_new(r.real(), r.imag());
}

static Obj cmath_phase(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    std::complex<double> z = cmath_arg("phase", args, nargs, kwnames);
    return float_new(std::atan2(z.imag(), z.real()));
}
static Obj cmath_polar(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    std::complex<double> z = cmath_arg("polar", args, nargs, kwnames);
    Obj r = float_new(std::hypot(z.real(), z.imag())), phi = float_new(std::atan2(z.imag(), z.real()));
    return tuple_pack({r.get(), phi.get()});
}
static Obj cmath_rect(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("rect", kwnames);
    check_positional("rect", nargs, 2, 2);
    double r = as_double(args[0]), phi = as_double(args[1]);
    if (phi == 0.0) return complex_new(r, r * phi);  // rect(r, 0) is exactly (r+0j)
    return complex_new(r * std::cos(phi), r * std::sin(phi));
}
static Obj cmath_test(Object* const* args, size_t nargs, Object* kwnames, const char* name, int which) {
    std::complex<double> z = cmath_arg(name, args, nargs, kwnames);
    double a = z.real(), b = z.imag();
    switch (which) {
        case 0: return bool_ref(std::isnan(a) || std::isnan(b));
        case 1: return bool_ref(std::isinf(a) || std::isinf(b));
        default: return bool_ref(std::isfinite(a) && std::isfinite(b));
    }
}
static Obj cmath_isnan(Object*, Object* const* a, size_t n, Object* k) { return cmath_test(a, n, k, "isnan", 0); }
static Obj cmath_isinf(Object*, Object* const* a, size_t n, Object* k) { return cmath_test(a, n, k, "isinf", 1); }
static Obj cmath_isfinite(Object*, Object* const* a, size_t n, Object* k) { return cmath_test(a, n, k, "isfinite", 2); }

Obj make_cmath_module() {
    Obj m = new_module("cmath");
    struct { const char* name; NativeFn fn; } fns[] = {
        {"sqrt", cmath_unary<c_sqrt, N_sqrt>}, {"exp", cmath_unary<c_exp, N_exp>}, {"log", cmath_log},
        {"log10", cmath_unary<c_log10, N_log10>}, {"sin", cmath_unary<c_sin, N_sin>}, {"cos", cmath_unary<c_cos, N_cos>},
        {"tan", cmath_unary<c_tan, N_tan>}, {"asin", cmath_unary<c_asin, N_asin>}, {"acos", cmath_unary<c_acos, N_acos>},
        {"atan", cmath_unary<c_atan, N_atan>}, {"sinh", cmath_unary<c_sinh, N_sinh>}, {"cosh", cmath_unary<c_cosh, N_cosh>},
        {"tanh", cmath_unary<c_tanh, N_tanh>}, {"asinh", cmath_unary<c_asinh, N_asinh>},
        {"acosh", cmath_unary<c_acosh, N_acosh>}, {"atanh", cmath_unary<c_atanh, N_atanh>},
        {"phase", cmath_phase}, {"polar", cmath_polar}, {"rect", cmath_rect},
        {"isnan", cmath_isnan}, {"isinf", cmath_isinf}, {"isfinite", cmath_isfinite},
    };
    for (auto& f : fns) add_module_function(m.get(), f.name, f.fn);
    Object* d = module_dict(m.get());
    struct { const char* name; Obj value; } consts[] = {
        {"pi", float_new(M_PI)}, {"e", float_new(M_E)}, {"tau", float_new(2 * M_PI)},
        {"inf", float_new(INFINITY)}, {"nan", float_new(NAN)},
        {"infj", complex_new(0.0, INFINITY)}, {"nanj", complex_new(0.0, NAN)},
    };
    for (auto& c : consts) dict_set(d, intern_cstr(c.name), c.value.get());
    return m;
}
