// posixmodule.cpp — the `posix` module: the operating system's file calls, one Python function each.
//
// What this step does: gives Python code the few POSIX system calls that files are made of —
// open/read/write/lseek/close on integer file descriptors, stat, and the directory calls — with
// CPython's names, arguments and errors.  Everything friendlier is written in Python on top:
// lib/io.py builds open()'s file objects (buffering, text decoding, newlines) from these calls,
// and lib/os.py adds os.path, os.environ as str and the rest of `os`.  So a student can read how
// `for line in open(name)` becomes read(2) calls, in Python.
//
// A failing call raises OSError(errno, strerror, filename): OSError's constructor picks the
// subclass by errno, so ENOENT becomes FileNotFoundError and prints
// "[Errno 2] No such file or directory: 'x.txt'", as in CPython.
//
// Threads: nothing here keeps state; the kernel serializes calls on one descriptor.  The file
// objects' own state (buffers, positions) is guarded by a lock in lib/io.py.
//
// Comes in: import posix (modules.cpp's make_builtin_module).  Goes out: the module.
// Read next: lib/io.py, then lib/os.py.
#include "builtins.h"

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <unistd.h>

extern char** environ;

// ───────────────────────────── arguments and errors ─────────────────────────────

// OSError(errno, strerror[, filename[, winerror, filename2]]) for the errno a call just set.
[[noreturn]] static void raise_errno(int code, Object* filename = nullptr, Object* filename2 = nullptr) {
    Obj num = int_from_i64(code);
    Obj msg = str_new(strerror(code));
    Object* args[5] = {num.get(), msg.get(), filename, Py_None, filename2};
    raise(call((Object*)Exc_OSError, args, filename2 ? 5 : filename ? 3 : 2).get());
}

// The filename an OSError reports: the path as given, or what its __fspath__ returned.
static Obj filename_of(Object* p) {
    if (is_str(p) || is_bytes(p)) return newref(p);
    if (Obj fs = lookup_special(p, "__fspath__")) return call0(fs.get());
    return newref(p);
}

// OSError for the errno a call on `path` (and `path2`) just set.
[[noreturn]] static void raise_errno_for(Object* path, Object* path2 = nullptr) {
    int code = errno;  // before __fspath__ (Python code) can change it
    Obj f = filename_of(path), f2 = path2 ? filename_of(path2) : Obj();
    raise_errno(code, f.get(), f2.get());
}

// A path argument: str, bytes, or an object with __fspath__ (os.PathLike), as CPython accepts.
static std::string path_arg(const char* fname, Object* p) {
    if (is_str(p)) {
        std::string_view s = str_view(p);
        if (s.find('\0') != std::string_view::npos) raise_fmt(Exc_ValueError, "%s: embedded null character in path", fname);
        return std::string(s);
    }
    if (is_bytes(p)) return std::string(bytes_view(p));
    if (Obj fs = lookup_special(p, "__fspath__")) {
        Obj r = call(fs.get(), nullptr, 0);
        if (is_str(r.get()) || is_bytes(r.get())) return path_arg(fname, r.get());
    }
    raise_fmt(Exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname,
              type_of(p)->name.c_str());
}

static int fd_arg(Object* o) { return int(index_as_i64(o)); }

// The positional arguments, then keyword values matched by name (`names`, in parameter order).
// Fills out[0..max): null where an optional argument was not given.
static void bind(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
                 std::initializer_list<const char*> names, size_t min, Object** out) {
    size_t max = names.size(), nkw = kwcount(kwnames);
    if (nargs > max)
        raise_fmt(Exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, max, max == 1 ? "" : "s",
                  nargs + nkw);
    for (size_t i = 0; i < max; i++) out[i] = i < nargs ? args[i] : nullptr;
    for (size_t k = 0; k < nkw; k++) {
        std::string_view kw = kwname_at(kwnames, k);
        size_t i = 0;
        for (const char* n : names) {
            if (kw == n) break;
            i++;
        }
        if (i == max)
            raise_fmt(Exc_TypeError, "%s() got an unexpected keyword argument '%.*s'", fname, int(kw.size()), kw.data());
        if (out[i]) raise_fmt(Exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname,
                              *(names.begin() + i), i + 1);
        out[i] = args[nargs + k];
    }
    for (size_t i = 0; i < min; i++)
        if (!out[i]) raise_fmt(Exc_TypeError, "%s() missing required argument '%s' (pos %zu)", fname,
                               *(names.begin() + i), i + 1);
}

// ───────────────────────────── file descriptors ─────────────────────────────

// open(path, flags, mode=0o777) -> fd.  O_CLOEXEC always, as CPython does (PEP 446).
static Obj posix_open(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3];
    bind("open", args, nargs, kwnames, {"path", "flags", "mode"}, 2, a);
    std::string path = path_arg("open", a[0]);
    int flags = int(index_as_i64(a[1])) | O_CLOEXEC;
    int mode = a[2] ? int(index_as_i64(a[2])) : 0777;
    int fd;
    do fd = ::open(path.c_str(), flags, mode);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) raise_errno_for(a[0]);
    return int_from_i64(fd);
}

static Obj posix_close(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("close", kwnames);
    check_positional("close", nargs, 1, 1);
    if (::close(fd_arg(args[0])) < 0) raise_errno(errno);
    return newref(Py_None);
}

// read(fd, n) -> at most n bytes; b'' at end of file.
static Obj posix_read(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("read", kwnames);
    check_positional("read", nargs, 2, 2);
    int fd = fd_arg(args[0]);
    int64_t n = index_as_i64(args[1]);
    if (n < 0) raise_errno(EINVAL);
    std::string buf(size_t(n), '\0');
    ssize_t got;
    do got = ::read(fd, buf.data(), buf.size());
    while (got < 0 && errno == EINTR);
    if (got < 0) raise_errno(errno);
    buf.resize(size_t(got));
    return bytes_from(buf);
}

// write(fd, data) -> the number of bytes written (may be fewer than given: the caller loops).
static Obj posix_write(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("write", kwnames);
    check_positional("write", nargs, 2, 2);
    int fd = fd_arg(args[0]);
    std::string data = bytes_like_contents(args[1]);
    ssize_t put;
    do put = ::write(fd, data.data(), data.size());
    while (put < 0 && errno == EINTR);
    if (put < 0) raise_errno(errno);
    return int_from_i64(put);
}

static Obj posix_lseek(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("lseek", kwnames);
    check_positional("lseek", nargs, 3, 3);
    off_t pos = ::lseek(fd_arg(args[0]), off_t(index_as_i64(args[1])), int(index_as_i64(args[2])));
    if (pos < 0) raise_errno(errno);
    return int_from_i64(pos);
}

static Obj posix_ftruncate(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("ftruncate", kwnames);
    check_positional("ftruncate", nargs, 2, 2);
    if (::ftruncate(fd_arg(args[0]), off_t(index_as_i64(args[1]))) < 0) raise_errno(errno);
    return newref(Py_None);
}

static Obj posix_isatty(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("isatty", kwnames);
    check_positional("isatty", nargs, 1, 1);
    return bool_ref(::isatty(fd_arg(args[0])) == 1);
}

// ───────────────────────────── stat ─────────────────────────────

// stat_result is a tuple subclass written in Python (make_posix_module): a C++ struct sequence
// type would be a page of code for ten read-only fields.
static Object* stat_result_type = nullptr;

static Obj stat_to_result(const struct stat& st) {
    int64_t fields[7] = {int64_t(st.st_mode), int64_t(st.st_ino), int64_t(st.st_dev), int64_t(st.st_nlink),
                         int64_t(st.st_uid), int64_t(st.st_gid), int64_t(st.st_size)};
    Obj t = tuple_new(10);
    auto* items = static_cast<TupleObject*>(t.get())->items;
    for (int i = 0; i < 7; i++) items[i] = int_from_i64(fields[i]).release();
    const struct timespec* times[3] = {&st.st_atim, &st.st_mtim, &st.st_ctim};
    for (int i = 0; i < 3; i++) items[7 + i] = float_new(double(times[i]->tv_sec) + times[i]->tv_nsec * 1e-9).release();
    return call1(stat_result_type, t.get());
}

static Obj posix_stat(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[1];
    bind("stat", args, nargs, kwnames, {"path"}, 1, a);
    struct stat st;
    if (is_int(a[0])) {
        if (::fstat(fd_arg(a[0]), &st) < 0) raise_errno(errno);
    } else {
        std::string path = path_arg("stat", a[0]);
        if (::stat(path.c_str(), &st) < 0) raise_errno_for(a[0]);
    }
    return stat_to_result(st);
}

static Obj posix_fstat(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("fstat", kwnames);
    check_positional("fstat", nargs, 1, 1);
    struct stat st;
    if (::fstat(fd_arg(args[0]), &st) < 0) raise_errno(errno);
    return stat_to_result(st);
}

// ───────────────────────────── directories and names ─────────────────────────────

// listdir(path='.'): the names in a directory, without '.' and '..', in the directory's order.
static Obj posix_listdir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[1];
    bind("listdir", args, nargs, kwnames, {"path"}, 0, a);
    std::string path = a[0] && a[0] != Py_None ? path_arg("listdir", a[0]) : ".";
    DIR* dir = ::opendir(path.c_str());
    if (!dir) {
        int code = errno;
        Obj p = str_new(path);
        raise_errno(code, a[0] && a[0] != Py_None ? filename_of(a[0]).get() : p.get());
    }
    Obj names = list_new();
    bool as_bytes = a[0] && is_bytes(a[0]);
    while (struct dirent* e = ::readdir(dir)) {
        std::string_view n = e->d_name;
        if (n == "." || n == "..") continue;
        list_append(names.get(), (as_bytes ? bytes_from(n) : str_new(n)).get());
    }
    ::closedir(dir);
    return names;
}

// The calls of one path and no result: mkdir, rmdir, unlink/remove, chdir.
template <int (*Call)(const char*), const char* Name>
static Obj path_call(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[1];
    bind(Name, args, nargs, kwnames, {"path"}, 1, a);
    std::string path = path_arg(Name, a[0]);
    if (Call(path.c_str()) < 0) raise_errno_for(a[0]);
    return newref(Py_None);
}
static int do_rmdir(const char* p) { return ::rmdir(p); }
static int do_unlink(const char* p) { return ::unlink(p); }
static int do_chdir(const char* p) { return ::chdir(p); }
static constexpr char RMDIR[] = "rmdir", UNLINK[] = "unlink", REMOVE[] = "remove", CHDIR[] = "chdir";

static Obj posix_mkdir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[2];
    bind("mkdir", args, nargs, kwnames, {"path", "mode"}, 1, a);
    std::string path = path_arg("mkdir", a[0]);
    if (::mkdir(path.c_str(), a[1] ? mode_t(index_as_i64(a[1])) : 0777) < 0) raise_errno_for(a[0]);
    return newref(Py_None);
}

static Obj posix_rename(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[2];
    bind("rename", args, nargs, kwnames, {"src", "dst"}, 2, a);
    std::string src = path_arg("rename", a[0]), dst = path_arg("rename", a[1]);
    if (::rename(src.c_str(), dst.c_str()) < 0) raise_errno_for(a[0], a[1]);
    return newref(Py_None);
}

static Obj posix_getcwd(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("getcwd", kwnames);
    check_positional("getcwd", nargs, 0, 0);
    std::string buf(4096, '\0');
    if (!::getcwd(buf.data(), buf.size())) raise_errno(errno);
    buf.resize(strlen(buf.c_str()));
    return str_new(buf);
}

static Obj posix_strerror(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("strerror", kwnames);
    check_positional("strerror", nargs, 1, 1);
    return str_new(strerror(int(index_as_i64(args[0]))));
}

// ───────────────────────────── the process ─────────────────────────────

static Obj posix_cpu_count(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("cpu_count", kwnames);
    check_positional("cpu_count", nargs, 0, 0);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? int_from_i64(n) : newref(Py_None);
}

// The CPUs this process may run on (its affinity mask), which is what a thread pool can use.
static Obj posix_process_cpu_count(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("process_cpu_count", kwnames);
    check_positional("process_cpu_count", nargs, 0, 0);
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) return int_from_i64(CPU_COUNT(&set));
    return posix_cpu_count(nullptr, args, 0, nullptr);
}

static Obj posix_getpid(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("getpid", kwnames);
    check_positional("getpid", nargs, 0, 0);
    return int_from_i64(getpid());
}

// environ: bytes → bytes, as CPython's posix.environ (the environment need not be UTF-8);
// lib/os.py decodes it into os.environ.
static Obj environ_dict() {
    Obj d = dict_new();
    for (char** e = environ; e && *e; e++) {
        std::string_view kv = *e;
        size_t eq = kv.find('=');
        if (eq == std::string_view::npos || eq == 0) continue;
        dict_set(d.get(), bytes_from(kv.substr(0, eq)).get(), bytes_from(kv.substr(eq + 1)).get());
    }
    return d;
}

static const char* const STAT_RESULT_SOURCE = R"(
class stat_result(tuple):
    '''stat_result: Result from stat, fstat, or lstat.'''
    __module__ = 'os'
    n_sequence_fields = n_fields = 10
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')
    def __repr__(self):
        fields = ', '.join('%s=%r' % (n, int(v)) for n, v in zip(self._names, self))
        return 'os.stat_result(' + fields + ')'
for _i, _n in enumerate(stat_result._names):
    setattr(stat_result, _n, property(lambda self, i=_i: self[i]))
del _i, _n
)";

Obj make_posix_module() {
    Obj m = new_module("posix");
    struct { const char* name; NativeFn fn; } fns[] = {
        {"open", posix_open}, {"close", posix_close}, {"read", posix_read}, {"write", posix_write},
        {"lseek", posix_lseek}, {"ftruncate", posix_ftruncate}, {"isatty", posix_isatty},
        {"stat", posix_stat}, {"fstat", posix_fstat}, {"listdir", posix_listdir}, {"mkdir", posix_mkdir},
        {"rmdir", path_call<do_rmdir, RMDIR>}, {"unlink", path_call<do_unlink, UNLINK>},
        {"remove", path_call<do_unlink, REMOVE>}, {"chdir", path_call<do_chdir, CHDIR>},
        {"rename", posix_rename}, {"getcwd", posix_getcwd}, {"strerror", posix_strerror},
        {"cpu_count", posix_cpu_count}, {"process_cpu_count", posix_process_cpu_count}, {"getpid", posix_getpid},
    };
    for (auto& f : fns) add_module_function(m.get(), f.name, f.fn);
    Object* d = module_dict(m.get());
    struct { const char* name; int64_t value; } consts[] = {
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_CREAT", O_CREAT},
        {"O_TRUNC", O_TRUNC}, {"O_APPEND", O_APPEND}, {"O_EXCL", O_EXCL}, {"O_CLOEXEC", O_CLOEXEC},
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    };
    for (auto& c : consts) dict_set(d, intern_cstr(c.name), int_from_i64(c.value).get());
    dict_set(d, intern_cstr("environ"), environ_dict().get());
    run_source(STAT_RESULT_SOURCE, "<posix>", d, ParseMode::File);
    Obj sr = dict_get_str(d, intern_cstr("stat_result"));
    stat_result_type = sr.release();  // the module keeps it too; this reference is never dropped
    return m;
}

// The built-in open(): io.open, the real one, written in Python (lib/io.py).  Imported on the
// first call, so a program that never opens a file never loads io.
Obj builtin_open(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* io = import_module(intern_cstr("io"));
    Obj open = getattr(io, intern_cstr("open"));
    return call(open.get(), args, nargs, kwnames);
}
