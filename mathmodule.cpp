// mathmodule.cpp — the `math` module: C's <cmath> behind Python's argument and error rules.
//
// What this step does: make_math_module() builds the module object that `import math` finds.
// Most functions are one line of <cmath>; the work is in matching CPython's edges:
//   * arguments: any real number (int, float, or an object with __float__/__index__) is
//     accepted and converted with as_double(); "must be real number, not str" otherwise;
//   * errors: a result that is NaN from a non-NaN input is a ValueError (the input was outside
//     the domain), an infinite result from a finite input is an OverflowError ("math range
//     error") — CPython's math_1 rule; 3.14 words some domain errors specially
//     ("expected a positive input");
//   * integers: floor/ceil/trunc return exact ints, gcd/lcm/factorial/comb/perm/isqrt work on
//     arbitrary-precision ints (through int_binary, so bigints just work), and log() of a huge
//     int does not overflow (it is computed from the int's decimal digits).
// In:  calls from Python code (NativeFn convention, see minipy.h).
// Out: floats and ints, or CPython's exceptions.
// Read next: modules.cpp (how `import math` reaches make_math_module).
#include "builtins.h"

#include <cerrno>
#include <cmath>
#include <vector>

namespace {

// ───────────────────────────── argument helpers ─────────────────────────────

double real_arg(Object* o) {
    if (is_float(o)) return float_value(o);
    if (is_int(o)) return int_as_double(o);
    if (type_of(o)->nb_float || type_of(o)->nb_index) return as_double(o);
    raise_fmt(Exc_TypeError, "must be real number, not %s", type_name(o));
}

std::string float_text(double v) { return float_repr(v); }

// CPython's math_1: NaN out of a non-NaN input is a domain error, inf out of a finite input
// a range error.  `domain_msg` is 3.14's wording for this function ("math domain error" if null).
Obj checked(double x, double r, const char* domain_msg = nullptr) {
    if (std::isnan(r) && !std::isnan(x)) {
        if (domain_msg) raise_msg(Exc_ValueError, strfmt(domain_msg, float_text(x).c_str()));
        raise_msg(Exc_ValueError, "math domain error");
    }
    if (std::isinf(r) && std::isfinite(x)) raise_msg(Exc_OverflowError, "math range error");
    return float_new(r);
}

#define ONE_ARG(fname)                                        \
    check_one_arg("math." #fname, nargs, kwnames);            \
    double x = real_arg(args[0]);

Obj m_sqrt(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    ONE_ARG(sqrt)
    if (x < 0) raise_msg(Exc_ValueError, "expected a nonnegative input, got " + float_text(x));
    return float_new(std::sqrt(x));
}
Obj m_exp(Object*, Object* const* args, size_t nargs, Object* kwnames) { ONE_ARG(exp) return checked(x, std::exp(x)); }
Obj m_expm1(Object*, Object* const* args, size_t nargs, Object* kwnames) { ONE_ARG(expm1) return checked(x, std::expm1(x)); }
Obj m_sin(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    ONE_ARG(sin)
    if (std::isinf(x)) raise_msg(Exc_ValueError, "expected a finite input, got " + float_text(x));
    return float_new(std::sin(x));
}
Obj m_cos(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    ONE_ARG(cos)
    if (std::isinf(x)) raise_msg(Exc_ValueError, "expected a finite input, got " + float_text(x));
    return float_new(std::cos(x));
}
Obj m_tan(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    ONE_ARG(tan)
    if (std::isinf(x)) raise_msg(Exc_ValueError, "expected a finite input, got " + float_text(x));
    return float_new(std::tan(x));
}
Obj m_asin(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    ONE_ARG(asin) return checked(x, std::asin(x), "expected a number in range from -1 up to 1, got %s");
}
Obj m_acos(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    ONE_ARG(acos) return checked(x, std::acos(x), "expected a number in range from -1 up to 1, got %s");
}
Obj m_atan(Object*, Object* const* args, size_t nargs, Object* kwnames) { ONE_ARG(atan) return float_new(std::atan(x)); }
Obj m_sinh(Object*, Object* const* args, size_t nargs, Object* kwnames) { ONE_ARG(sinh) return checked(x, std::sinh(x)); }
Obj m_cosh(Object*, Object* const* args, size_t nargs, Object* kwnames) { ONE_ARG(cosh) return checked(x, std::cosh(x)); }
Obj m_tanh(Object*, Object* const* args, size_t nargs, Object* kwnames) { ONE_ARG(tanh) return float_new(std::tanh(x)); }
Obj m_asinh(Object*, Object* const* args, size_t nargs, Object* kwnames) { ONE_ARG(asinh) return float_new(std::asinh(x)); }
Obj m_acosh(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    ONE_ARG(acosh) return checked(x, std::acosh(x), "expected argument value not less than 1, got %s");
}
Obj m_atanh(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    ONE_ARG(atanh)
    if (x <= -1 || x >= 1) raise_msg(Exc_ValueError, "expected a number between -1 and 1, got " + float_text(x));
    return float_new(std::atanh(x));
}
Obj m_fabs(Object*, Object* const* args, size_t nargs, Object* kwnames) { ONE_ARG(fabs) return float_new(std::fabs(x)); }
Obj m_erf(Object*, Object* const* args, size_t nargs, Object* kwnames) { ONE_ARG(erf) return float_new(std::erf(x)); }
Obj m_erfc(Object*, Object* const* args, size_t nargs, Object* kwnames) { ONE_ARG(erfc) return float_new(std::erfc(x)); }
Obj m_gamma(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    ONE_ARG(gamma)
    if (x <= 0 && x == std::floor(x)) raise_msg(Exc_ValueError, "expected a noninteger or positive integer, got " + float_text(x));
    return checked(x, std::tgamma(x));
}
Obj m_lgamma(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    ONE_ARG(lgamma)
    if (x <= 0 && x == std::floor(x)) raise_msg(Exc_ValueError, "expected a noninteger or positive integer, got " + float_text(x));
    return checked(x, std::lgamma(x));
}
Obj m_degrees(Object*, Object* const* args, size_t nargs, Object* kwnames) { ONE_ARG(degrees) return float_new(x * (180.0 / M_PI)); }
Obj m_radians(Object*, Object* const* args, size_t nargs, Object* kwnames) { ONE_ARG(radians) return float_new(x * (M_PI / 180.0)); }
Obj m_isinf(Object*, Object* const* args, size_t nargs, Object* kwnames) { ONE_ARG(isinf) return bool_ref(std::isinf(x)); }
Obj m_isnan(Object*, Object* const* args, size_t nargs, Object* kwnames) { ONE_ARG(isnan) return bool_ref(std::isnan(x)); }
Obj m_isfinite(Object*, Object* const* args, size_t nargs, Object* kwnames) { ONE_ARG(isfinite) return bool_ref(std::isfinite(x)); }

// ───────────────────────────── floor, ceil, trunc: exact ints ─────────────────────────────

// Calls o's __floor__ / __ceil__ / __trunc__ if its type defines one (user classes).
Obj special_or_null(Object* o, const char* name) {
    Obj m = lookup_special(o, name);
    if (!m) return nullptr;
    return call0(m.get());
}

Obj round_to_int(Object* o, const char* special, double (*fn)(double)) {
    if (is_int(o)) return number_index(o);  // already exact (a bool becomes a plain int)
    if (!is_float(o))
        if (Obj r = special_or_null(o, special)) return r;
    double x = real_arg(o);
    if (std::isinf(x)) raise_msg(Exc_OverflowError, "cannot convert float infinity to integer");
    if (std::isnan(x)) raise_msg(Exc_ValueError, "cannot convert float NaN to integer");
    return int_from_double(fn(x));
}
Obj m_floor(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("math.floor", nargs, kwnames);
    return round_to_int(args[0], "__floor__", [](double x) { return std::floor(x); });
}
Obj m_ceil(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("math.ceil", nargs, kwnames);
    return round_to_int(args[0], "__ceil__", [](double x) { return std::ceil(x); });
}
Obj m_trunc(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("math.trunc", nargs, kwnames);
    Object* o = args[0];
    if (!is_int(o) && !is_float(o)) {
        if (Obj r = special_or_null(o, "__trunc__")) return r;
        raise_fmt(Exc_TypeError, "type %s doesn't define __trunc__ method", type_name(o));
    }
    return round_to_int(o, "__trunc__", [](double x) { return std::trunc(x); });
}

// ───────────────────────────── logarithms ─────────────────────────────

// log of a positive int of any size, CPython's loghelper: an int too big for a double is
// split as m * 2**e with 0.5 <= m < 1 (from its hex digits), and log(n) = log(m) + e*log(2).
double int_log_with(Object* o, double (*fn)(double)) {
    try {
        return fn(int_as_double(o));
    } catch (PyError&) {
        fetch_exception();
    }
    std::string hex = int_to_string(o, 16).substr(2);  // "0x..." for a positive int
    size_t keep = 15;                                  // 60 bits: more than a double holds
    double top = double(std::stoull(hex.substr(0, keep), nullptr, 16));
    int k = 0;
    double m = std::frexp(top, &k);
    double e = double(k) + 4.0 * double(hex.size() - keep);
    return fn(m) + fn(2.0) * e;
}

double log_with(Object* o, double (*fn)(double)) {
    if (is_int(o)) {
        if (int_sign(o) <= 0) raise_msg(Exc_ValueError, "expected a positive input");
        return int_log_with(o, fn);
    }
    double x = real_arg(o);
    if (std::isnan(x) || x == INFINITY) return x;
    if (x <= 0) raise_msg(Exc_ValueError, "expected a positive input");
    return fn(x);
}
double ln(double x) { return std::log(x); }
double lg2(double x) { return std::log2(x); }
double lg10(double x) { return std::log10(x); }

Obj m_log(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("log", kwnames);
    check_positional("log", nargs, 1, 2);
    double num = log_with(args[0], ln);
    if (nargs == 1) return float_new(num);
    double den = log_with(args[1], ln);
    if (den == 0) raise_msg(Exc_ZeroDivisionError, "division by zero");
    return float_new(num / den);
}
Obj m_log2(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("math.log2", nargs, kwnames);
    return float_new(log_with(args[0], lg2));
}
Obj m_log10(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("math.log10", nargs, kwnames);
    return float_new(log_with(args[0], lg10));
}
Obj m_log1p(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    ONE_ARG(log1p)
    if (x <= -1) raise_msg(Exc_ValueError, "expected argument value > -1, got " + float_text(x));
    return float_new(std::log1p(x));
}

// ───────────────────────────── two-argument float functions ─────────────────────────────

Obj m_pow(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("pow", kwnames);
    check_positional("pow", nargs, 2, 2);
    double x = real_arg(args[0]), y = real_arg(args[1]);
    if (x == 0 && y < 0) raise_msg(Exc_ValueError, "math domain error");
    double r = std::pow(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) raise_msg(Exc_ValueError, "math domain error");
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) raise_msg(Exc_OverflowError, "math range error");
    return float_new(r);
}
Obj m_atan2(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("atan2", kwnames);
    check_positional("atan2", nargs, 2, 2);
    return float_new(std::atan2(real_arg(args[0]), real_arg(args[1])));
}
Obj m_copysign(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("copysign", kwnames);
    check_positional("copysign", nargs, 2, 2);
    return float_new(std::copysign(real_arg(args[0]), real_arg(args[1])));
}
Obj m_fmod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("fmod", kwnames);
    check_positional("fmod", nargs, 2, 2);
    double x = real_arg(args[0]), y = real_arg(args[1]);
    if (std::isinf(y) && std::isfinite(x)) return float_new(x);
    if (y == 0 || std::isinf(x)) {
        if (!std::isnan(x) && !std::isnan(y)) raise_msg(Exc_ValueError, "math domain error");
    }
    return float_new(std::fmod(x, y));
}
Obj m_ldexp(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("ldexp", kwnames);
    check_positional("ldexp", nargs, 2, 2);
    double x = real_arg(args[0]);
    if (!is_int(args[1])) raise_msg(Exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    try {
        e = int_as_i64(args[1]);
    } catch (PyError&) {
        fetch_exception();
        e = int_sign(args[1]) > 0 ? 100000 : -100000;
    }
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    double r = std::ldexp(x, int(e));
    if (std::isinf(r) && std::isfinite(x)) raise_msg(Exc_OverflowError, "math range error");
    return float_new(r);
}
Obj m_frexp(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    ONE_ARG(frexp)
    int e = 0;
    double m = std::isfinite(x) ? std::frexp(x, &e) : x;
    Obj mo = float_new(m), eo = int_from_i64(e);
    return tuple_pack({mo.get(), eo.get()});
}
Obj m_modf(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    ONE_ARG(modf)
    double ip;
    double fp = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &ip);
    if (std::isinf(x)) ip = x;
    Obj a = float_new(fp), b = float_new(ip);
    return tuple_pack({a.get(), b.get()});
}
Obj m_isclose(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[4] = {};
    parse_args("isclose", args, nargs, kwnames, {"a", "b", "$rel_tol", "$abs_tol"}, 2, a);
    double x = real_arg(a[0]), y = real_arg(a[1]);
    double rel = a[2] ? real_arg(a[2]) : 1e-09, abs_tol = a[3] ? real_arg(a[3]) : 0.0;
    if (rel < 0 || abs_tol < 0) raise_msg(Exc_ValueError, "tolerances must be non-negative");
    if (x == y) return bool_ref(true);
    if (std::isinf(x) || std::isinf(y)) return bool_ref(false);
    double diff = std::fabs(y - x);
    return bool_ref(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

// hypot(*coords) and dist(p, q): scaled to avoid overflow, like CPython's vector_norm (which is
// more careful about the last bit; results agree for ordinary inputs).
double vector_norm(const std::vector<double>& v) {
    double maxv = 0;
    bool found_nan = false;
    for (double x : v) {
        if (std::isinf(x)) return INFINITY;
        if (std::isnan(x)) found_nan = true;
        maxv = std::max(maxv, std::fabs(x));
    }
    if (found_nan) return NAN;
    if (maxv == 0 || v.size() <= 1) return maxv;
    if (v.size() == 2) return std::hypot(v[0], v[1]);
    long double sum = 0;
    for (double x : v) {
        long double s = (long double)x / maxv;
        sum += s * s;
    }
    return double(std::sqrt(sum) * maxv);
}
Obj m_hypot(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("hypot", kwnames);
    std::vector<double> v;
    for (size_t i = 0; i < nargs; i++) v.push_back(real_arg(args[i]));
    return float_new(vector_norm(v));
}
Obj m_dist(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("dist", kwnames);
    check_positional("dist", nargs, 2, 2);
    Obj p = tuple_from_iterable(args[0]), q = tuple_from_iterable(args[1]);
    if (tuple_size(p.get()) != tuple_size(q.get()))
        raise_msg(Exc_ValueError, "both points must have the same number of dimensions");
    std::vector<double> v;
    for (size_t i = 0; i < tuple_size(p.get()); i++)
        v.push_back(real_arg(tuple_item(p.get(), i)) - real_arg(tuple_item(q.get(), i)));
    return float_new(vector_norm(v));
}

// fsum: Shewchuk's exact summation with a list of non-overlapping partial sums.
Obj m_fsum(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("math.fsum", nargs, kwnames);
    Obj it = get_iter(args[0]);
    std::vector<double> partials;
    double special = 0;
    bool have_special = false;
    while (Obj item = iter_next(it.get())) {
        double x = real_arg(item.get());
        if (!std::isfinite(x)) {
            special = have_special ? special + x : x;
            have_special = true;
            continue;
        }
        size_t i = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0) partials[i++] = lo;
            x = hi;
        }
        partials.resize(i);
        partials.push_back(x);
    }
    if (have_special) {
        if (std::isnan(special)) raise_msg(Exc_ValueError, "-inf + inf in fsum");
        return float_new(special);
    }
    double hi = 0;
    size_t n = partials.size();
    if (n > 0) {
        hi = partials[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi, y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0) break;
        }
        // Round half even across the remaining partials, as CPython does.
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            double y = lo * 2, x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return float_new(hi);
}

Obj m_prod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[2] = {};
    parse_args("prod", args, nargs, kwnames, {"/iterable", "$start"}, 1, a);
    Obj result = a[1] ? newref(a[1]) : int_from_i64(1);
    Obj it = get_iter(a[0]);
    while (Obj item = iter_next(it.get())) result = binary_op(result.get(), item.get(), NB_MULTIPLY);
    return result;
}

// ───────────────────────────── integer functions ─────────────────────────────

Obj int_arg(Object* o) { return number_index(o); }
Obj imul(Object* a, Object* b) { return int_binary(a, b, NB_MULTIPLY); }

Obj gcd2(Obj a, Obj b) {
    if (int_sign(a.get()) < 0) a = int_binary(int_from_i64(0).get(), a.get(), NB_SUBTRACT);
    if (int_sign(b.get()) < 0) b = int_binary(int_from_i64(0).get(), b.get(), NB_SUBTRACT);
    while (int_sign(b.get()) != 0) {
        if (int_is_small(a.get()) && int_is_small(b.get())) {
            uint64_t x = uint64_t(int_as_i64(a.get())), y = uint64_t(int_as_i64(b.get()));
            while (y) { uint64_t t = x % y; x = y; y = t; }
            return int_from_u64(x);
        }
        Obj r = int_binary(a.get(), b.get(), NB_REMAINDER);
        a = std::move(b);
        b = std::move(r);
    }
    return a;
}
Obj m_gcd(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("gcd", kwnames);
    Obj g = int_from_i64(0);
    for (size_t i = 0; i < nargs; i++) g = gcd2(std::move(g), int_arg(args[i]));
    return g;
}
Obj m_lcm(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("lcm", kwnames);
    Obj l = int_from_i64(1);
    for (size_t i = 0; i < nargs; i++) {
        Obj x = int_arg(args[i]);
        if (int_sign(x.get()) == 0) { l = int_from_i64(0); continue; }
        if (int_sign(l.get()) == 0) continue;
        Obj g = gcd2(l, x);
        Obj q = int_binary(x.get(), g.get(), NB_FLOOR_DIVIDE);
        l = imul(l.get(), q.get());
        if (int_sign(l.get()) < 0) l = int_binary(int_from_i64(0).get(), l.get(), NB_SUBTRACT);
    }
    return l;
}

// Product of lo*(lo+1)*...*hi by splitting in halves: big multiplications stay balanced.
Obj range_product(int64_t lo, int64_t hi) {
    if (lo > hi) return int_from_i64(1);
    if (hi - lo < 8) {
        Obj r = int_from_i64(lo);
        for (int64_t k = lo + 1; k <= hi; k++) r = imul(r.get(), int_from_i64(k).get());
        return r;
    }
    int64_t mid = lo + (hi - lo) / 2;
    Obj a = range_product(lo, mid), b = range_product(mid + 1, hi);
    return imul(a.get(), b.get());
}
Obj m_factorial(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("math.factorial", nargs, kwnames);
    Obj n = int_arg(args[0]);
    if (int_sign(n.get()) < 0) raise_msg(Exc_ValueError, "factorial() not defined for negative values");
    if (!int_is_small(n.get()) || int_as_i64(n.get()) > 1000000)
        raise_msg(Exc_OverflowError, "factorial() argument should not exceed 1000000");
    return range_product(1, int_as_i64(n.get()));
}
Obj m_comb(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("comb", kwnames);
    check_positional("comb", nargs, 2, 2);
    Obj n = int_arg(args[0]), k = int_arg(args[1]);
    if (int_sign(n.get()) < 0) raise_msg(Exc_ValueError, "n must be a non-negative integer");
    if (int_sign(k.get()) < 0) raise_msg(Exc_ValueError, "k must be a non-negative integer");
    if (int_compare(k.get(), n.get()) > 0) return int_from_i64(0);
    int64_t nn = int_as_i64(n.get()), kk = int_as_i64(k.get());
    if (kk > nn - kk) kk = nn - kk;
    Obj r = int_from_i64(1);
    for (int64_t i = 1; i <= kk; i++) {  // r = r * (n - k + i) / i stays exact at every step
        r = imul(r.get(), int_from_i64(nn - kk + i).get());
        r = int_binary(r.get(), int_from_i64(i).get(), NB_FLOOR_DIVIDE);
    }
    return r;
}
Obj m_perm(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("perm", kwnames);
    check_positional("perm", nargs, 1, 2);
    Obj n = int_arg(args[0]);
    if (int_sign(n.get()) < 0) raise_msg(Exc_ValueError, "n must be a non-negative integer");
    Obj k = nargs == 2 && args[1] != Py_None ? int_arg(args[1]) : n;
    if (int_sign(k.get()) < 0) raise_msg(Exc_ValueError, "k must be a non-negative integer");
    if (int_compare(k.get(), n.get()) > 0) return int_from_i64(0);
    int64_t nn = int_as_i64(n.get()), kk = int_as_i64(k.get());
    return range_product(nn - kk + 1, nn);
}
Obj m_isqrt(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("math.isqrt", nargs, kwnames);
    Obj n = int_arg(args[0]);
    if (int_sign(n.get()) < 0) raise_msg(Exc_ValueError, "isqrt() argument must be nonnegative");
    if (int_sign(n.get()) == 0) return int_from_i64(0);
    if (int_is_small(n.get())) {
        uint64_t v = uint64_t(int_as_i64(n.get()));
        uint64_t r = uint64_t(std::sqrt(double(v)));
        while (r * r > v) r--;
        while ((r + 1) * (r + 1) <= v) r++;
        return int_from_u64(r);
    }
    // Newton's iteration from above: x = (x + n // x) // 2 until it stops decreasing.
    std::string digits = int_to_string(n.get());
    Obj x = int_from_string("1" + std::string(digits.size() / 2 + 1, '0'), 10);
    for (;;) {
        Obj q = int_binary(n.get(), x.get(), NB_FLOOR_DIVIDE);
        Obj s = int_binary(x.get(), q.get(), NB_ADD);
        Obj y = int_binary(s.get(), int_from_i64(1).get(), NB_RSHIFT);
        if (int_compare(y.get(), x.get()) >= 0) return x;
        x = std::move(y);
    }
}

}  // namespace

Obj make_math_module() {
    Obj m = new_module("math");
    static const MethodDef fns[] = {
        {"sqrt", m_sqrt}, {"exp", m_exp}, {"expm1", m_expm1}, {"sin", m_sin}, {"cos", m_cos},
        {"tan", m_tan}, {"asin", m_asin}, {"acos", m_acos}, {"atan", m_atan}, {"atan2", m_atan2},
        {"sinh", m_sinh}, {"cosh", m_cosh}, {"tanh", m_tanh}, {"asinh", m_asinh}, {"acosh", m_acosh},
        {"atanh", m_atanh}, {"fabs", m_fabs}, {"erf", m_erf}, {"erfc", m_erfc}, {"gamma", m_gamma},
        {"lgamma", m_lgamma}, {"degrees", m_degrees}, {"radians", m_radians}, {"isinf", m_isinf},
        {"isnan", m_isnan}, {"isfinite", m_isfinite}, {"floor", m_floor}, {"ceil", m_ceil},
        {"trunc", m_trunc}, {"log", m_log}, {"log2", m_log2}, {"log10", m_log10}, {"log1p", m_log1p},
        {"pow", m_pow}, {"copysign", m_copysign}, {"fmod", m_fmod}, {"ldexp", m_ldexp},
        {"frexp", m_frexp}, {"modf", m_modf}, {"isclose", m_isclose}, {"hypot", m_hypot},
        {"dist", m_dist}, {"fsum", m_fsum}, {"prod", m_prod}, {"gcd", m_gcd}, {"lcm", m_lcm},
        {"factorial", m_factorial}, {"comb", m_comb}, {"perm", m_perm}, {"isqrt", m_isqrt},
    };
    for (const MethodDef& f : fns) add_module_function(m.get(), f.name, f.fn);
    Object* d = module_dict(m.get());
    auto constant = [&](const char* name, double v) {
        Obj f = float_new(v);
        dict_set(d, intern_cstr(name), f.get());
    };
    constant("pi", M_PI);
    constant("e", M_E);
    constant("tau", 2 * M_PI);
    constant("inf", INFINITY);
    constant("nan", NAN);
    return m;
}
