// modules.cpp — modules, `import`, and the built-in sys and time modules.
//
// What this step does:
//   * make_sys_module() builds `sys` first of all (it owns sys.modules, the table of every
//     loaded module) with argv, path, version, maxsize, exit(), the recursion limit ...;
//   * import_module(name) is what `import name` does: look in sys.modules; else build one of the
//     built-in modules (math, time, posix, _thread) on first use; else find name.py on sys.path and run
//     it as a new module; else run a frozen module (lib/NAME.py, built into the binary by
//     lib/freeze.sh, e.g. threading); else raise ModuleNotFoundError;
//   * import_star(module, locals) is `from module import *` (__all__, else the public names);
//   * new_globals(name) makes the namespace a module's code runs in.
//
// Comes in: module names (str objects) from IMPORT_NAME (vm.cpp) and __import__ (builtins.cpp).
// Goes out: module objects, registered in sys.modules, which keeps them alive (so the Object*
// returned by import_module is borrowed).
// The module table is a dict: sys.modules mutations go through dict_set/dict_del, which take
// the dict's critical section (threads.cpp); import_mutex additionally makes "look up, else create" one step
// so two threads importing the same module get the same object.
// Read next: textio.cpp (sys.stdout), builtins.cpp (init_builtins), mathmodule.cpp.
#include "builtins.h"
#include "sequence.h"

#include <cerrno>
#include <climits>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <sched.h>
#include <unistd.h>

static std::recursive_mutex import_mutex;  // recursive: a module's code may import others

// ───────────────────────────── module helpers ─────────────────────────────

Object* module_dict(Object* module) { return static_cast<ModuleObject*>(module)->dict; }

Obj new_module(const char* name) {
    Obj m = module_new(name);
    Object* d = module_dict(m.get());
    Obj n = str_new(name);
    dict_set(d, intern_cstr("__name__"), n.get());
    dict_set(d, intern_cstr("__doc__"), Py_None);
    return m;
}

void add_module(Object* module) {
    Object* name = static_cast<ModuleObject*>(module)->name;
    dict_set(interp.modules, name, module);
}

void add_module_function(Object* module, const char* name, NativeFn fn) {
    add_function(module_dict(module), name, fn);
}

static void add_value(Object* module, const char* name, Object* value) {
    dict_set(module_dict(module), intern_cstr(name), value);
}

static Obj str_list(const std::vector<std::string>& items) {
    Obj l = list_new();
    for (const std::string& s : items) {
        Obj v = str_new(s);
        list_append(l.get(), v.get());
    }
    return l;
}

// sys.modules[name] or null (a new reference).
static Obj loaded_module(Object* name) { return dict_get(interp.modules, name); }

// ───────────────────────────── new_globals ─────────────────────────────

// The namespace of a module: the same keys, in the same order, as CPython's (main.cpp adds
// __file__ for the main script).
Obj new_globals(const char* module_name) {
    Obj g = dict_new();
    g->ob_flags |= OBF_GLOBALS_DICT;  // LOAD_GLOBAL may cache its values lock-free (attrcache.cpp)
    Obj name = str_new(module_name);
    dict_set(g.get(), intern_cstr("__name__"), name.get());
    for (const char* key : {"__doc__", "__package__", "__loader__", "__spec__"})
        dict_set(g.get(), intern_cstr(key), Py_None);
    Obj builtins = interp.modules ? dict_get_str(interp.modules, intern_cstr("builtins")) : Obj();
    dict_set(g.get(), intern_cstr("__builtins__"), builtins ? builtins.get() : interp.builtins);
    return g;
}

// ───────────────────────────── the sys module ─────────────────────────────

static Obj sys_exit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("exit", kwnames);
    check_positional("exit", nargs, 0, 1);
    Obj exc = call_type(Exc_SystemExit, args, nargs, nullptr);
    raise(exc.get());
}

// The optional GIL (threads.cpp): is it on, and how long may one thread keep it.
static Obj sys_is_gil_enabled(Object*, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("sys._is_gil_enabled", nargs, kwnames);
    return newref(gil_enabled ? Py_True : Py_False);
}

static Obj sys_getswitchinterval(Object*, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("sys.getswitchinterval", nargs, kwnames);
    return float_new(get_switch_interval());
}

static Obj sys_setswitchinterval(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("sys.setswitchinterval", nargs, kwnames);
    if (!is_float(args[0]) && !is_int(args[0]))
        raise_fmt(Exc_TypeError, "must be real number, not %s", type_name(args[0]));
    double v = as_double(args[0]);
    if (!(v > 0.0)) raise_msg(Exc_ValueError, "switch interval must be strictly positive");
    set_switch_interval(v);
    return newref(Py_None);
}

static Obj sys_getrecursionlimit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_args("sys.getrecursionlimit", nargs, kwnames);
    return int_from_i64(interp.recursion_limit.load());
}

// A C int argument, with CPython's errors for non-ints and overflow.
static int int_arg(Object* v) {
    Obj i = number_index(v);
    int64_t n = int_is_small(i.get()) ? int_as_i64(i.get()) : INT64_MAX;
    if (n > INT_MAX || n < INT_MIN) raise_msg(Exc_OverflowError, "Python int too large to convert to C int");
    return int(n);
}

static Obj sys_setrecursionlimit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("sys.setrecursionlimit", nargs, kwnames);
    if (is_float(args[0])) raise_msg(Exc_TypeError, "'float' object cannot be interpreted as an integer");
    int limit = int_arg(args[0]);
    if (limit < 1) raise_msg(Exc_ValueError, "recursion limit must be greater or equal than 1");
    // CPython counts one more than the Python frames on the stack (3.11 and 3.14 agree).
    int depth = tstate() ? tstate()->py_depth + 1 : 1;
    if (depth >= limit)
        raise_fmt(Exc_RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                  limit, depth);
    interp.recursion_limit.store(limit);
    return newref(Py_None);
}

static Obj sys_get_int_max_str_digits(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_args("sys.get_int_max_str_digits", nargs, kwnames);
    return int_from_i64(int_max_str_digits());
}

// set_int_max_str_digits(maxdigits): one argument, by position or by keyword.
static Obj sys_set_int_max_str_digits(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    size_t nkw = kwcount(kwnames);
    if (nargs + nkw > 1)
        raise_fmt(Exc_TypeError, "set_int_max_str_digits() takes at most 1 argument (%zu given)", nargs + nkw);
    if (nkw == 1 && kwname_at(kwnames, 0) != "maxdigits") {
        std::string_view kw = kwname_at(kwnames, 0);
        raise_fmt(Exc_TypeError, "set_int_max_str_digits() got an unexpected keyword argument '%.*s'", int(kw.size()), kw.data());
    }
    if (nargs + nkw == 0) raise_msg(Exc_TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    if (is_float(args[0])) raise_msg(Exc_TypeError, "'float' object cannot be interpreted as an integer");
    int n = int_arg(args[0]);
    if (n != 0 && n < 640) raise_msg(Exc_ValueError, "maxdigits must be >= 640 or 0 for unlimited");
    set_int_max_str_digits(n);
    return newref(Py_None);
}

// sys.exc_info() → (type, value, traceback) of the exception being handled, or three Nones.
static Obj sys_exc_info(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_args("sys.exc_info", nargs, kwnames);
    Object* e = tstate() ? tstate()->handled_exc : nullptr;
    if (!e || e == Py_None) return tuple_pack({Py_None, Py_None, Py_None});
    return tuple_pack({(Object*)type_of(e), e, Py_None});
}

static Obj sys_exception(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_args("sys.exception", nargs, kwnames);
    Object* e = tstate() ? tstate()->handled_exc : nullptr;
    return newref(e ? e : Py_None);
}

static Obj sys_intern(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("intern", nargs, kwnames);
    if (!is_str(args[0])) raise_fmt(Exc_TypeError, "intern() argument must be str, not %s", type_name(args[0]));
    return intern(str_view(args[0]));
}

// sys.path[0]: the script's directory (absolute), or '' for -c, stdin and the REPL.
static std::string script_directory(const std::string& argv0) {
    if (argv0.empty() || argv0 == "-c" || argv0 == "-") return "";
    std::error_code ec;
    std::filesystem::path p = std::filesystem::absolute(argv0, ec);
    if (ec) return "";
    std::filesystem::path real = std::filesystem::weakly_canonical(p, ec);
    return (ec ? p : real).parent_path().string();
}

static std::string executable_path() {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    return n > 0 ? std::string(buf, size_t(n)) : "";
}

static void add_version_info(Object* sys) {
    Obj version = str_new("3.14.0 (minipy)");
    add_value(sys, "version", version.get());
    Obj major = int_from_i64(3), minor = int_from_i64(14), micro = int_from_i64(0), serial = int_from_i64(0);
    Obj level = str_new("final");
    Obj info = tuple_pack({major.get(), minor.get(), micro.get(), level.get(), serial.get()});
    add_value(sys, "version_info", info.get());
    Obj hexversion = int_from_i64(0x030E00F0);
    add_value(sys, "hexversion", hexversion.get());
    // sys.implementation is a types.SimpleNamespace in CPython; a module object gives the same
    // attribute access (name, version) without one more type.
    Obj impl = module_new("implementation");
    Obj impl_name = str_new("minipy");
    add_value(impl.get(), "name", impl_name.get());
    add_value(impl.get(), "version", info.get());
    add_value(impl.get(), "hexversion", hexversion.get());
    add_value(sys, "implementation", impl.get());
}

// sys.float_info and sys.int_info are "struct sequences" in CPython: tuples whose items also have
// names.  Here a tuple subclass written in Python; the float values are IEEE 754 binary64's,
// which is what a C++ double is on every machine minipy runs on.
static const char* const SYS_INFO_SOURCE = R"(
def _record(name, fields, values):
    class record(tuple):
        __slots__ = ()
        def __repr__(self):
            return 'sys.' + name + '(' + ', '.join('%s=%r' % nv for nv in zip(fields, self)) + ')'
    for i, f in enumerate(fields):
        setattr(record, f, property(lambda self, i=i: self[i]))
    record.__name__ = record.__qualname__ = name
    record.__module__ = 'sys'
    record.n_fields = record.n_sequence_fields = len(fields)
    return record(values)
float_info = _record('float_info',
    ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))
int_info = _record('int_info',
    ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'),
    (30, 4, 4300, 640))
del _record
)";

void add_sys_info_records(Object* sys) {
    Object* d = module_dict(sys);
    Obj g = new_globals("sys");
    run_source(SYS_INFO_SOURCE, "<sys>", g.get(), ParseMode::File);
    for (const char* name : {"float_info", "int_info"}) {
        Obj v = dict_get_str(g.get(), intern_cstr(name));
        dict_set(d, intern_cstr(name), v.get());
    }
    dict_clear(g.get());  // else g -> float_info -> its class -> __repr__ -> g: a cycle never freed
}

Object* make_sys_module() {
    interp.modules = dict_new().release();  // owned by interp for the life of the process
    Obj sys = new_module("sys");
    interp.sys = newref(sys.get()).release();
    add_module(sys.get());
    add_value(sys.get(), "modules", interp.modules);

    std::vector<std::string> argv = interp.argv;
    if (argv.empty()) argv.push_back("");
    Obj argv_list = str_list(argv);
    add_value(sys.get(), "argv", argv_list.get());
    Obj path = str_list({script_directory(argv[0])});
    add_value(sys.get(), "path", path.get());

    add_version_info(sys.get());
    jit_add_sys_module(sys.get());
    struct { const char* name; const char* value; } strings[] = {
        {"platform", "linux"}, {"byteorder", "little"}, {"copyright", "minipy: a teaching interpreter"},
    };
    for (auto& s : strings) {
        Obj v = str_new(s.value);
        add_value(sys.get(), s.name, v.get());
    }
    Obj exe = str_new(executable_path());
    add_value(sys.get(), "executable", exe.get());
    Obj maxsize = int_from_i64(INT64_MAX);
    add_value(sys.get(), "maxsize", maxsize.get());
    Obj maxunicode = int_from_i64(0x10FFFF);
    add_value(sys.get(), "maxunicode", maxunicode.get());

    struct { const char* name; NativeFn fn; } fns[] = {
        {"exit", sys_exit}, {"getrecursionlimit", sys_getrecursionlimit},
        {"setrecursionlimit", sys_setrecursionlimit}, {"get_int_max_str_digits", sys_get_int_max_str_digits},
        {"set_int_max_str_digits", sys_set_int_max_str_digits}, {"exc_info", sys_exc_info},
        {"exception", sys_exception}, {"intern", sys_intern}, {"_is_gil_enabled", sys_is_gil_enabled},
        {"getswitchinterval", sys_getswitchinterval}, {"setswitchinterval", sys_setswitchinterval},
    };
    for (auto& f : fns) add_module_function(sys.get(), f.name, f.fn);
    return sys.get();  // sys.modules keeps it alive
}

// ───────────────────────────── the time module ─────────────────────────────

static double clock_seconds(clockid_t clock) {
    timespec ts;
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

static Obj clock_nanoseconds(clockid_t clock) {
    timespec ts;
    clock_gettime(clock, &ts);
    return int_from_i64(int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec);
}

// The clocks: one NativeFn per name, all with "takes no arguments" checking.
#define TIME_CLOCK(fname, pyname, expr)                                                  \
    static Obj fname(Object*, Object* const* args, size_t nargs, Object* kwnames) {       \
        check_no_args("time." pyname, nargs, kwnames);                                     \
        return expr;                                                                       \
    }
TIME_CLOCK(time_time, "time", float_new(clock_seconds(CLOCK_REALTIME)))
TIME_CLOCK(time_time_ns, "time_ns", clock_nanoseconds(CLOCK_REALTIME))
TIME_CLOCK(time_perf_counter, "perf_counter", float_new(clock_seconds(CLOCK_MONOTONIC)))
TIME_CLOCK(time_perf_counter_ns, "perf_counter_ns", clock_nanoseconds(CLOCK_MONOTONIC))
TIME_CLOCK(time_monotonic, "monotonic", float_new(clock_seconds(CLOCK_MONOTONIC)))
TIME_CLOCK(time_monotonic_ns, "monotonic_ns", clock_nanoseconds(CLOCK_MONOTONIC))
TIME_CLOCK(time_process_time, "process_time", float_new(clock_seconds(CLOCK_PROCESS_CPUTIME_ID)))
TIME_CLOCK(time_process_time_ns, "process_time_ns", clock_nanoseconds(CLOCK_PROCESS_CPUTIME_ID))
#undef TIME_CLOCK

// sleep(secs): int or float seconds, not negative.
static Obj time_sleep(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("sleep", kwnames);
    if (nargs == 0) raise_msg(Exc_TypeError, "sleep() missing 1 required positional argument: 't'");
    if (nargs > 1) raise_fmt(Exc_TypeError, "sleep() takes 1 positional argument but %zu were given", nargs);
    Object* t = args[0];
    double secs;
    if (is_float(t)) secs = float_value(t);
    else if (is_int(t)) secs = int_as_double(t);
    else raise_fmt(Exc_TypeError, "'%s' object cannot be interpreted as an integer or float", type_name(t));
    if (std::isnan(secs)) raise_msg(Exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0) raise_msg(Exc_ValueError, "sleep length must be non-negative");
    if (secs > 9.2e9) raise_msg(Exc_OverflowError, "sleep length is too large");
    timespec req;
    req.tv_sec = time_t(secs);
    req.tv_nsec = long((secs - double(req.tv_sec)) * 1e9);
    AllowThreads nogil;  // with -X gil=1, other threads run meanwhile
    while (nanosleep(&req, &req) == -1 && errno == EINTR) {}  // resume after a signal
    return newref(Py_None);
}

// ── calendar time: localtime, gmtime, mktime, strftime ──
// The C library does the work; struct_time itself (a tuple with named fields) is written in
// Python, TIME_SOURCE below, the way sys.float_info is.

// The 11 fields of a struct tm as a tuple: year, mon (1-12), mday, hour, min, sec, wday
// (Monday = 0, as Python numbers them), yday (1-366), isdst, zone, gmtoff.
static Obj tm_tuple(const struct tm& t) {
    Obj zone = str_new(t.tm_zone ? t.tm_zone : "");
    Obj items[11] = {int_from_i64(t.tm_year + 1900), int_from_i64(t.tm_mon + 1), int_from_i64(t.tm_mday),
                     int_from_i64(t.tm_hour), int_from_i64(t.tm_min), int_from_i64(t.tm_sec),
                     int_from_i64((t.tm_wday + 6) % 7), int_from_i64(t.tm_yday + 1), int_from_i64(t.tm_isdst),
                     zone, int_from_i64(t.tm_gmtoff)};
    Obj tup = tuple_new(11);
    for (int i = 0; i < 11; i++) static_cast<TupleObject*>(tup.get())->items[i] = items[i].release();
    return tup;
}

// Seconds since the epoch from a float or int (ValueError/OverflowError as CPython).
static time_t epoch_seconds(Object* x) {
    double d = as_double(x);
    if (std::isnan(d)) raise_msg(Exc_ValueError, "Invalid value NaN (not a number)");
    if (!(d > -9.2e18 && d < 9.2e18)) raise_msg(Exc_OverflowError, "timestamp out of range for platform time_t");
    return time_t(std::floor(d));
}

static Obj time_broken_down(const char* fname, Object* const* args, size_t nargs, bool local) {
    check_positional(fname, nargs, 1, 1);
    time_t secs = epoch_seconds(args[0]);
    struct tm t{};
    if (!(local ? localtime_r(&secs, &t) : gmtime_r(&secs, &t))) raise_msg(Exc_OverflowError, "timestamp out of range for platform time_t");
    return tm_tuple(t);
}
static Obj time_localtime_raw(Object*, Object* const* args, size_t nargs, Object*) { return time_broken_down("_localtime", args, nargs, true); }
static Obj time_gmtime_raw(Object*, Object* const* args, size_t nargs, Object*) { return time_broken_down("_gmtime", args, nargs, false); }

// A 9-tuple (already checked by the Python side) as a struct tm.
static struct tm tm_from_tuple(Object* tup) {
    if (!is_tuple(tup) || tuple_size(tup) < 9) raise_msg(Exc_TypeError, "expected a 9-tuple");
    int v[9];
    for (int i = 0; i < 9; i++) v[i] = int(int_as_i64(number_index(tuple_item(tup, size_t(i))).get()));
    struct tm t{};
    t.tm_year = v[0] - 1900;
    t.tm_mon = v[1] - 1;
    t.tm_mday = v[2];
    t.tm_hour = v[3];
    t.tm_min = v[4];
    t.tm_sec = v[5];
    t.tm_wday = (v[6] + 1) % 7;
    t.tm_yday = v[7] - 1;
    t.tm_isdst = v[8];
    return t;
}

static Obj time_mktime_raw(Object*, Object* const* args, size_t nargs, Object*) {
    check_positional("_mktime", nargs, 1, 1);
    struct tm t = tm_from_tuple(args[0]);
    t.tm_wday = -1;  // mktime sets it: still -1 afterwards means failure
    time_t r = mktime(&t);
    if (r == time_t(-1) && t.tm_wday == -1) raise_msg(Exc_OverflowError, "mktime argument out of range");
    return float_new(double(r));
}

// strftime(format, 9-tuple, zone): the C library's, with the buffer grown until it fits.
static Obj time_strftime_raw(Object*, Object* const* args, size_t nargs, Object*) {
    check_positional("_strftime", nargs, 3, 3);
    std::string fmt(str_view(args[0]));
    struct tm t = tm_from_tuple(args[1]);
    std::string zone(str_view(args[2]));
    t.tm_zone = zone.c_str();
    if (fmt.empty()) return str_new("");
    // A format whose expansion is empty ("%p" in some locales) returns 0 too: stop at a size
    // that no real expansion needs.
    for (size_t size = 256; size <= 256 * fmt.size() + 256; size *= 2) {
        std::string buf(size, '\0');
        size_t n = strftime(buf.data(), size, fmt.c_str(), &t);
        if (n > 0) return str_new(std::string_view(buf.data(), n));
    }
    return str_new("");
}

static const char* const TIME_SOURCE = R"(
class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(seq))
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._extra = seq[9:] + (None,) * (11 - len(seq))
        return self
    def __repr__(self):
        return 'time.struct_time(' + ', '.join('%s=%r' % nv for nv in zip(self._names, self)) + ')'
    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])
for _i, _n in enumerate(struct_time._names):
    setattr(struct_time, _n, property(lambda self, i=_i: self[i]))
del _i, _n
struct_time.__module__ = 'time'

def localtime(seconds=None):
    return struct_time(_localtime(time() if seconds is None else seconds))

def gmtime(seconds=None):
    return struct_time(_gmtime(time() if seconds is None else seconds))

def _checked(t, fname):
    if isinstance(t, struct_time):
        zone = t.tm_zone
    elif isinstance(t, tuple):
        zone = None
    else:
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError('%s(): illegal time tuple argument' % fname)
    t = list(t[:9])
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return t, zone

def mktime(t):
    t, zone = _checked(t, 'mktime')
    return _mktime(tuple(t))

def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    if t is None:
        t = localtime()
    t, zone = _checked(t, 'strftime')
    # The checks (and the 0 -> 1 defaults) of CPython's gettmarg/checktm.
    if t[1] == 0: t[1] = 1
    if t[2] == 0: t[2] = 1
    if t[7] == 0: t[7] = 1
    if t[8] < -1: t[8] = -1
    elif t[8] > 1: t[8] = 1
    for i, lo, hi, what in ((1, 1, 12, 'month'), (2, 1, 31, 'day of month'), (3, 0, 23, 'hour'),
                            (4, 0, 59, 'minute'), (5, 0, 61, 'seconds'), (7, 1, 366, 'day of year')):
        if not lo <= t[i] <= hi:
            raise ValueError(what + ' out of range')
    t[6] %= 7
    if zone is None:
        zone = tzname[t[8] > 0] if t[8] >= 0 else ''
    return _strftime(format, tuple(t), zone)

_days = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_months = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')

def asctime(t=None):
    if t is None:
        t = localtime()
    t, zone = _checked(t, 'asctime')
    if not 1 <= t[1] <= 12:
        raise ValueError('month out of range')
    return '%s %s %2d %02d:%02d:%02d %d' % (_days[t[6] % 7], _months[t[1] - 1], t[2], t[3], t[4], t[5], t[0])

def ctime(seconds=None):
    return asctime(localtime(seconds))
)";

// time.timezone, altzone, daylight, tzname: from the C library after tzset().
static void add_time_zone_values(Object* d) {
    tzset();
    Obj names = tuple_pack({str_new(tzname[0]).get(), str_new(tzname[1]).get()});
    dict_set(d, intern_cstr("tzname"), names.get());
    Obj tz = int_from_i64(timezone), alt = int_from_i64(daylight ? timezone - 3600 : timezone), dl = int_from_i64(daylight);
    dict_set(d, intern_cstr("timezone"), tz.get());
    dict_set(d, intern_cstr("altzone"), alt.get());
    dict_set(d, intern_cstr("daylight"), dl.get());
}

static Obj make_time_module() {
    Obj m = new_module("time");
    struct { const char* name; NativeFn fn; } fns[] = {
        {"time", time_time}, {"time_ns", time_time_ns}, {"perf_counter", time_perf_counter},
        {"perf_counter_ns", time_perf_counter_ns}, {"monotonic", time_monotonic},
        {"monotonic_ns", time_monotonic_ns}, {"process_time", time_process_time},
        {"process_time_ns", time_process_time_ns}, {"sleep", time_sleep},
        {"_localtime", time_localtime_raw}, {"_gmtime", time_gmtime_raw}, {"_mktime", time_mktime_raw},
        {"_strftime", time_strftime_raw},
    };
    for (auto& f : fns) add_module_function(m.get(), f.name, f.fn);
    add_time_zone_values(module_dict(m.get()));
    run_source(TIME_SOURCE, "<time>", module_dict(m.get()), ParseMode::File);
    return m;
}

// ───────────────────────────── import ─────────────────────────────

[[noreturn]] static void raise_not_found(std::string_view name) {
    Obj msg = str_new("No module named '" + std::string(name) + "'");
    Obj exc = call1((Object*)Exc_ModuleNotFoundError, msg.get());
    Obj n = str_new(name);
    setattr(exc.get(), intern_cstr("name"), n.get());
    raise(exc.get());
}

// Where a module's source is: `file` is a path (empty for a frozen module, whose source is
// `frozen`), and a package (a directory with __init__.py, or a frozen lib/NAME/__init__.py) also
// gets `package_dir`, the directory its submodules are looked up in.
struct ModuleSource {
    std::string file;
    const char* frozen = nullptr;
    bool is_package = false;
    std::string package_dir;
};

static bool is_file(const std::string& path) {
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec);
}

// `leaf`.py or `leaf`/__init__.py in one of `dirs` ('' = the current directory).
static bool find_in_dirs(const std::vector<std::string>& dirs, std::string_view leaf, ModuleSource& out) {
    for (const std::string& d : dirs) {
        std::string base = (d.empty() ? "" : d + "/") + std::string(leaf);
        if (is_file(base + "/__init__.py")) {
            out.file = base + "/__init__.py";
            out.is_package = true;
            out.package_dir = base;
            return true;
        }
        if (is_file(base + ".py")) {
            out.file = base + ".py";
            return true;
        }
    }
    return false;
}

// The strings of a list (sys.path, a package's __path__); other items are skipped.
static std::vector<std::string> str_list(Object* list) {
    std::vector<std::string> out;
    if (!list || !is_list(list)) return out;
    for (Obj& dir : collect_items(list))  // a snapshot: another thread may change sys.path meanwhile
        if (is_str(dir.get())) out.emplace_back(str_view(dir.get()));
    return out;
}

// The frozen module called `name` (lib/NAME.py or lib/NAME/__init__.py, built into the binary).
static bool find_frozen(std::string_view name, ModuleSource& out) {
    for (const FrozenModule* f = frozen_modules; f->name; f++)
        if (name == f->name) {
            out.frozen = f->source;
            out.is_package = f->is_package;
            return true;
        }
    return false;
}

// Runs a module's source as module `name`.  The module is in sys.modules before its code runs
// (so circular imports see the half-initialised module) and is removed again if the code fails.
// A frozen module has no __file__ (as in CPython); tracebacks show it as "<frozen NAME>".
static Object* exec_module(Object* name, const ModuleSource& src) {
    std::string modname(str_view(name));
    std::string source, filename;
    if (src.frozen) {
        source = src.frozen;
        filename = "<frozen " + modname + ">";
    } else {
        std::ifstream in(src.file, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        source = ss.str();
        filename = src.file;
    }
    Obj m = new_module(modname.c_str());
    Object* d = module_dict(m.get());
    Obj fresh = new_globals(modname.c_str());
    dict_update(d, fresh.get());
    if (!src.frozen) dict_set(d, intern_cstr("__file__"), str_new(filename).get());
    // __package__ is what relative imports inside this module are relative to.
    size_t dot = modname.rfind('.');
    Obj package = str_new(src.is_package ? modname : dot == std::string::npos ? "" : modname.substr(0, dot));
    dict_set(d, intern_cstr("__package__"), package.get());
    if (src.is_package) {
        Obj path = list_new(0);
        if (!src.frozen) list_append(path.get(), str_new(src.package_dir).get());
        dict_set(d, intern_cstr("__path__"), path.get());
    }
    dict_set(interp.modules, name, m.get());
    try {
        run_source(source, filename, d, ParseMode::File);
    } catch (PyError&) {
        Obj exc = fetch_exception();
        dict_del(interp.modules, name);
        raise(exc.get());
    }
    Obj result = loaded_module(name);  // the code may have replaced its own entry
    return result ? result.get() : m.get();  // borrowed: sys.modules holds it
}

static Obj make_builtin_module(std::string_view n) {
    if (n == "math") return make_math_module();
    if (n == "time") return make_time_module();
    if (n == "posix") return make_posix_module();
    if (n == "cmath") return make_cmath_module();
    if (n == "_thread") return make_thread_module();
    if (n == "_random") return make_random_module();
    if (n == "_templatelib") return make_templatelib_module();
    if (n == "dis") return make_dis_module();
    if (n == "array") return make_array_module();
    if (n == "traceback") return make_traceback_module();
    return Obj();
}

// `import a.b.c` imports a, then a.b, then a.b.c, each found in its parent package's __path__;
// each submodule also becomes an attribute of its parent (a.b.c is reachable from a).
Object* import_module(Object* name) {
    std::lock_guard<std::recursive_mutex> lock(import_mutex);
    if (Obj m = loaded_module(name)) return m.get();  // borrowed: sys.modules holds it

    std::string_view n = str_view(name);
    if (Obj built = make_builtin_module(n)) {
        dict_set(interp.modules, name, built.get());
        return built.get();
    }
    ModuleSource src;
    size_t dot = n.rfind('.');
    if (dot == std::string_view::npos) {
        Obj path = dict_get_str(module_dict(interp.sys), intern_cstr("path"));
        if (find_in_dirs(str_list(path.get()), n, src) || find_frozen(n, src)) return exec_module(name, src);
        raise_not_found(n);
    }
    Obj parent_name = str_new(n.substr(0, dot));
    Object* parent = import_module(parent_name.get());
    if (Obj m = loaded_module(name)) return m.get();  // the parent's code imported it
    Obj path = getattr_opt(parent, intern_cstr("__path__"));
    if (!path) {
        Obj msg = str_new("No module named '" + std::string(n) + "'; '" + std::string(str_view(parent_name.get())) +
                          "' is not a package");
        Obj exc = call1((Object*)Exc_ModuleNotFoundError, msg.get());
        setattr(exc.get(), intern_cstr("name"), name);
        raise(exc.get());
    }
    if (!find_in_dirs(str_list(path.get()), n.substr(dot + 1), src) && !find_frozen(n, src)) raise_not_found(n);
    Object* m = exec_module(name, src);
    Obj leaf = str_new(n.substr(dot + 1));
    setattr(parent, leaf.get(), m);
    return m;
}

// `from package import name` when package has no attribute name: the submodule package.name,
// or null when there is no such module (the caller raises "cannot import name").
Obj import_submodule(Object* package_name, Object* name) {
    Obj full = str_new(std::string(str_view(package_name)) + "." + std::string(str_view(name)));
    try {
        return newref(import_module(full.get()));
    } catch (PyError&) {
        Obj exc = fetch_exception();
        Obj missing = isinstance(exc.get(), (Object*)Exc_ModuleNotFoundError) ? getattr_opt(exc.get(), intern_cstr("name")) : Obj();
        if (missing && is_str(missing.get()) && str_view(missing.get()) == str_view(full.get())) return Obj();
        raise(exc.get());  // the submodule exists but failed: that error is the one to see
    }
}

// from m import *: the names in m.__all__, or else every name of m's dict that does not start
// with '_', bound in `locals` (the importing module's or class body's namespace).
void import_star(Object* module, Object* locals) {
    if (!locals) raise_msg(Exc_RuntimeError, "no locals found during 'import *'");
    Obj all = getattr_opt(module, intern_cstr("__all__"));
    std::vector<Obj> names;
    if (all) {
        Obj it = get_iter(all.get());
        while (Obj n = iter_next(it.get())) {
            if (!is_str(n.get())) {
                Obj mname = getattr_opt(module, intern_cstr("__name__"));
                raise_fmt(Exc_TypeError, "Item in %s.__all__ must be str, not %s",
                          mname && is_str(mname.get()) ? str_string(mname.get()).c_str() : "module", type_name(n.get()));
            }
            names.push_back(std::move(n));
        }
    } else {
        Obj d = getattr(module, intern_cstr("__dict__"));
        Obj keys = call_method(d.get(), "keys", nullptr, 0);
        Obj it = get_iter(keys.get());
        while (Obj n = iter_next(it.get()))
            if (is_str(n.get()) && !str_view(n.get()).starts_with("_")) names.push_back(std::move(n));
    }
    for (Obj& n : names) {
        Obj v = getattr(module, n.get());
        if (is_dict(locals)) dict_set(locals, n.get(), v.get());
        else setitem(locals, n.get(), v.get());
    }
}

// The absolute name of a relative import: `from ..x import y` in module a.b.c (package a.b)
// imports a.x.  `level` is the number of leading dots; `globals` is the importing module's.
Obj resolve_relative_name(Object* globals, std::string_view name, int level) {
    Obj package = dict_get_str(globals, intern_cstr("__package__"));
    if (!package || !is_str(package.get()) || str_view(package.get()).empty())
        raise_msg(Exc_ImportError, "attempted relative import with no known parent package");
    std::string base(str_view(package.get()));
    for (int i = 1; i < level; i++) {
        size_t dot = base.rfind('.');
        if (dot == std::string::npos) raise_msg(Exc_ImportError, "attempted relative import beyond top-level package");
        base.resize(dot);
    }
    return str_new(name.empty() ? base : base + "." + std::string(name));
}
