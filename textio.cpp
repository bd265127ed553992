// textio.cpp — print(), input(), and the sys.stdout / sys.stderr / sys.stdin objects.
//
// What this step does: gives Python code its text streams.  sys.stdout, sys.stderr and
// sys.stdin are small "text file" objects (type _io.TextIOWrapper, as in CPython) with write(),
// flush(), readline() and read().  print() formats its arguments into one string and hands it
// to the file named by file= (default: whatever sys.stdout is *now*, so a program may replace
// it); input() writes the prompt and reads one line.
//
// Comes in: calls from Python code (NativeFn convention: positional args, then keyword values).
// Goes out: bytes on the process's stdout/stderr through C stdio.  C stdio already buffers the
// way CPython does (line by line on a terminal, in big blocks into a pipe or file), and the rest
// of the interpreter (traceback.cpp, main.cpp) flushes it with fflush(stdout), so we keep no
// buffer of our own.  Two rules keep the output sane:
//   * one print() is one fwrite under io_mutex, so lines from different threads never mix;
//   * before anything goes to stderr, stdout is flushed, so the two streams appear in the order
//     the program wrote them when they share a terminal.
// Read next: modules.cpp (the sys module these objects live in), builtins.cpp.
#include "builtins.h"

#include <cstdio>
#include <mutex>
#include <unistd.h>

// ───────────────────────────── the stream objects ─────────────────────────────

struct TextIOObject : Object {
    FILE* fp = nullptr;
    const char* name = nullptr;   // "<stdout>"
    bool writable = false;
};
static TypeObject TextIO_Type;
static std::mutex io_mutex;  // one write (or one line read) at a time

// Writes bytes to a stream: the heart of every output path.
static void stream_write(FILE* fp, std::string_view s) {
    std::lock_guard<std::mutex> lock(io_mutex);
    if (fp == stderr) fflush(stdout);  // what was printed before comes first
    fwrite(s.data(), 1, s.size(), fp);
    if (fp == stderr) fflush(stderr);
}

static void stream_flush(FILE* fp) {
    std::lock_guard<std::mutex> lock(io_mutex);
    fflush(fp);
}

// One line including its '\n' ("" at end of file).
static std::string stream_readline(FILE* fp, int64_t limit = -1) {
    std::lock_guard<std::mutex> lock(io_mutex);
    fflush(stdout);  // a prompt written with print(..., end='') must show before we wait
    std::string line;
    int c;
    while ((limit < 0 || int64_t(line.size()) < limit) && (c = fgetc(fp)) != EOF) {
        line += char(c);
        if (c == '\n') break;
    }
    return line;
}

static std::string stream_read_all(FILE* fp) {
    std::lock_guard<std::mutex> lock(io_mutex);
    fflush(stdout);
    std::string all;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0) all.append(buf, n);
    return all;
}

static TextIOObject* as_textio(Object* o) { return static_cast<TextIOObject*>(o); }

static void check_writable(TextIOObject* f) {
    if (!f->writable) raise_msg(Exc_OSError, "not writable");  // io.UnsupportedOperation in CPython
}
static void check_readable(TextIOObject* f) {
    if (f->writable) raise_msg(Exc_OSError, "not readable");
}

// ───────────────────────────── methods ─────────────────────────────

// f.write(s) → number of characters written.
static Obj textio_write(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("write", nargs, kwnames);
    if (!is_str(args[0])) raise_fmt(Exc_TypeError, "write() argument must be str, not %s", type_name(args[0]));
    TextIOObject* f = as_textio(self);
    check_writable(f);
    stream_write(f->fp, str_view(args[0]));
    return int_from_i64(int64_t(static_cast<StrObject*>(args[0])->length));
}

static Obj textio_flush(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_args("flush", nargs, kwnames);
    stream_flush(as_textio(self)->fp);
    return newref(Py_None);
}

// f.readline(size=-1): the next line with its newline, '' at end of file.
static Obj textio_readline(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("readline", kwnames);
    check_positional("readline", nargs, 0, 1);
    int64_t limit = nargs == 1 && args[0] != Py_None ? index_as_i64(args[0]) : -1;
    TextIOObject* f = as_textio(self);
    check_readable(f);
    return str_new(stream_readline(f->fp, limit));
}

static Obj textio_read(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("read", kwnames);
    check_positional("read", nargs, 0, 1);
    TextIOObject* f = as_textio(self);
    check_readable(f);
    return str_new(stream_read_all(f->fp));
}

static Obj textio_isatty(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_args("isatty", nargs, kwnames);
    return bool_ref(isatty(fileno(as_textio(self)->fp)));
}

static Obj textio_fileno(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_args("fileno", nargs, kwnames);
    return int_from_i64(fileno(as_textio(self)->fp));
}

static Obj textio_writable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_args("writable", nargs, kwnames);
    return bool_ref(as_textio(self)->writable);
}

static Obj textio_readable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_args("readable", nargs, kwnames);
    return bool_ref(!as_textio(self)->writable);
}

static Obj textio_repr(Object* self) {
    TextIOObject* f = as_textio(self);
    return str_new(strfmt("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", f->name, f->writable ? "w" : "r"));
}

// `for line in sys.stdin:` reads line by line.
static Obj textio_iter(Object* self) { return newref(self); }
static Obj textio_iternext(Object* self) {
    std::string line = stream_readline(as_textio(self)->fp);
    if (line.empty()) return nullptr;  // end of file: the iterator is exhausted
    return str_new(line);
}

static Obj textio_make(FILE* fp, const char* name, bool writable) {
    Ref<TextIOObject> f = alloc_object<TextIOObject>(&TextIO_Type);
    f->fp = fp;
    f->name = name;
    f->writable = writable;
    return f;
}

// ───────────────────────────── print() ─────────────────────────────

// The current sys.<name> (null when it has been deleted).  A new reference: the program may
// replace sys.stdout while we are still writing to the old one.
static Obj sys_stream(const char* name) {
    if (!interp.sys) return nullptr;
    return dict_get_str(module_dict(interp.sys), intern_cstr(name));
}

// sep= and end= must be None or str.
static void check_sep_end(const char* what, Object* v) {
    if (v && v != Py_None && !is_str(v))
        raise_fmt(Exc_TypeError, "%s must be None or a string, not %s", what, type_name(v));
}

static Obj builtin_print(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object *sep = nullptr, *end = nullptr, *file = nullptr, *flush = nullptr;
    size_t nkw = kwcount(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        std::string_view kw = kwname_at(kwnames, k);
        Object* v = args[nargs + k];
        if (kw == "sep") sep = v;
        else if (kw == "end") end = v;
        else if (kw == "file") file = v;
        else if (kw == "flush") flush = v;
        else raise_fmt(Exc_TypeError, "print() got an unexpected keyword argument '%.*s'", int(kw.size()), kw.data());
    }
    check_sep_end("sep", sep);
    check_sep_end("end", end);
    Obj default_file;
    if (!file || file == Py_None) {
        default_file = sys_stream("stdout");
        file = default_file.get();
        if (!file || file == Py_None) return newref(Py_None);  // like CPython: nowhere to print
    }
    std::string_view sep_s = sep && sep != Py_None ? str_view(sep) : std::string_view(" ");
    std::string_view end_s = end && end != Py_None ? str_view(end) : std::string_view("\n");

    if (type_of(file) == &TextIO_Type) {
        // Our own stream: build the whole line, then write it at once.
        TextIOObject* f = as_textio(file);
        check_writable(f);
        std::string out;
        for (size_t i = 0; i < nargs; i++) {
            if (i > 0) out += sep_s;
            Obj s = str(args[i]);
            out += str_view(s.get());
        }
        out += end_s;
        stream_write(f->fp, out);
        if (flush && truthy(flush)) stream_flush(f->fp);
        return newref(Py_None);
    }

    // Any other object: call its write() for each piece, as CPython does.
    Obj write = getattr(file, intern_cstr("write"));
    auto emit = [&](Object* s) { call1(write.get(), s); };
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            Obj s = str_new(sep_s);
            emit(s.get());
        }
        Obj s = str(args[i]);
        emit(s.get());
    }
    Obj e = str_new(end_s);
    emit(e.get());
    if (flush && truthy(flush)) call_method(file, "flush", nullptr, 0);
    return newref(Py_None);
}

// ───────────────────────────── input() ─────────────────────────────

static Obj builtin_input(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("input", kwnames);
    check_positional("input", nargs, 0, 1);
    Obj out_ref = sys_stream("stdout"), in_ref = sys_stream("stdin");
    Object* out = out_ref.get();
    Object* in = in_ref.get();
    if (!in || in == Py_None) raise_msg(Exc_RuntimeError, "input(): lost sys.stdin");
    if (nargs == 1 && out && out != Py_None) {
        Obj prompt = str(args[0]);
        Object* p = prompt.get();
        call_method(out, "write", &p, 1);
    }
    if (out && out != Py_None) call_method(out, "flush", nullptr, 0);

    Obj line;
    if (type_of(in) == &TextIO_Type) line = str_new(stream_readline(as_textio(in)->fp));
    else line = call_method(in, "readline", nullptr, 0);
    if (!is_str(line.get())) raise_msg(Exc_TypeError, "object.readline() returned non-string");
    std::string_view s = str_view(line.get());
    if (s.empty()) raise_msg(Exc_EOFError, "EOF when reading a line");
    if (s.back() == '\n') s.remove_suffix(1);
    return str_new(s);
}

// ───────────────────────────── set-up ─────────────────────────────

void init_textio(Object* builtins_dict, Object* sys_dict) {
    TextIO_Type.repr = textio_repr;
    TextIO_Type.iter = textio_iter;
    TextIO_Type.iternext = textio_iternext;
    type_ready(&TextIO_Type, "_io.TextIOWrapper", &Object_Type, sizeof(TextIOObject));
    TextIO_Type.dealloc = dealloc_as<TextIOObject>;
    add_getsets(&TextIO_Type, {
        {"name", [](Object* o) { return str_new(static_cast<TextIOObject*>(o)->name); }},
        {"mode", [](Object* o) { return str_new(static_cast<TextIOObject*>(o)->writable ? "w" : "r"); }},
        {"encoding", [](Object*) { return str_new("utf-8"); }},
    });
    add_methods(&TextIO_Type, {{"write", textio_write}, {"flush", textio_flush}, {"readline", textio_readline},
                               {"read", textio_read}, {"isatty", textio_isatty}, {"fileno", textio_fileno},
                               {"writable", textio_writable}, {"readable", textio_readable}});

    add_function(builtins_dict, "print", builtin_print);
    add_function(builtins_dict, "input", builtin_input);

    struct { const char* name; const char* dunder; FILE* fp; const char* label; bool writable; } streams[] = {
        {"stdin", "__stdin__", stdin, "<stdin>", false},
        {"stdout", "__stdout__", stdout, "<stdout>", true},
        {"stderr", "__stderr__", stderr, "<stderr>", true},
    };
    for (auto& s : streams) {
        Obj f = textio_make(s.fp, s.label, s.writable);
        dict_set(sys_dict, intern_cstr(s.name), f.get());
        dict_set(sys_dict, intern_cstr(s.dunder), f.get());
    }
}
