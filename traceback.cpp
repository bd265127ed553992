// traceback.cpp — printing an uncaught exception the way CPython 3.14 does.
//
// What this step does: turns an exception object into the familiar report on stderr:
//
//   Traceback (most recent call last):
//     File "t.py", line 6, in <module>
//       print(g())
//             ~^^
//     File "t.py", line 2, in f
//       return a / b
//              ~~^~~
//   ZeroDivisionError: division by zero
//
// Comes in: an ExceptionObject whose `traceback` vector the eval loop filled, one entry (code
// object + instruction index) per frame the exception passed, innermost first.  Each
// instruction's Location (compiler.cpp) gives the source range to underline, and its anchor the
// part drawn with ^ (an operator, the [..] of a subscript, the (..) of a call).
// Goes out: text on stderr.  Chained exceptions (__cause__, __context__) are printed first, with
// CPython's separator sentences.  SyntaxErrors get their own format (file, line, text, caret).
//
// Also here: `traceback` objects, the linked form of the same entries that Python code sees
// (e.__traceback__, the third argument of __exit__).
//
// Source lines come from a registry filled by run_source (so -c code and the REPL show their
// lines too), falling back to reading the file.
// Read next: main.cpp (who calls print_exception), builtins.cpp.
#include "minipy.h"
#include "builtins.h"

#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

// ───────────── source registry ─────────────

static std::mutex source_mutex;
static std::map<std::string, std::vector<std::string>> sources;  // guarded by source_mutex

static std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::string cur;
    for (char c : text) {
        if (c == '\n') { lines.push_back(cur); cur.clear(); }
        else if (c != '\r') cur += c;
    }
    if (!cur.empty()) lines.push_back(cur);
    return lines;
}

void register_source(const std::string& filename, std::string source) {
    std::lock_guard<std::mutex> lock(source_mutex);
    sources[filename] = split_lines(source);
}

std::string source_line(const std::string& filename, int line) {
    std::lock_guard<std::mutex> lock(source_mutex);
    auto it = sources.find(filename);
    if (it == sources.end()) {
        if (filename.empty() || filename[0] == '<') return "";
        std::ifstream in(filename, std::ios::binary);
        if (!in) return "";
        std::stringstream ss;
        ss << in.rdbuf();
        it = sources.emplace(filename, split_lines(ss.str())).first;
    }
    if (line < 1 || size_t(line) > it->second.size()) return "";
    return it->second[size_t(line - 1)];
}

// ───────────── helpers ─────────────

// Where the printers write: stderr, or a string while the traceback module formats one.
static thread_local std::string* put_sink = nullptr;
static void put(const std::string& s) {
    if (put_sink) *put_sink += s;
    else fwrite(s.data(), 1, s.size(), stderr);
}

// Byte offset → character offset in a UTF-8 string (columns are bytes, display is characters).
static int char_offset(const std::string& s, int byte_off) {
    int n = 0;
    for (int i = 0; i < byte_off && i < int(s.size()); i++)
        if ((static_cast<unsigned char>(s[size_t(i)]) & 0xC0) != 0x80) n++;
    return n;
}

static std::string strip(const std::string& s, size_t* lead = nullptr) {
    size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\f')) b++;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r')) e--;
    if (lead) *lead = b;
    return s.substr(b, e - b);
}

// CPython hides the carets of `x = f(...)` and `return f(...)` when f is a plain name and the
// instruction spans exactly that call (traceback.py, _should_show_carets).
static bool is_plain_call_statement(const std::string& stripped, int start, int end) {
    try {
        std::unique_ptr<Module> m = parse(stripped, "<caret-check>", ParseMode::File);
        if (m->body.empty()) return false;
        Stmt* s = m->body[0].get();
        Expr* value = nullptr;
        if (s->kind == StmtKind::Return && s->value && s->value->kind == ExprKind::Call &&
            s->value->a->kind == ExprKind::Name)
            value = s->value.get();
        if (s->kind == StmtKind::Assign && s->value && s->value->kind == ExprKind::Call &&
            s->value->a->kind == ExprKind::Name && s->targets.size() == 1 &&
            s->targets[0]->kind == ExprKind::Name)
            value = s->value.get();
        return value && value->pos.line == 1 && value->pos.end_line == 1 && value->pos.col == start &&
               value->pos.end_col == end;
    } catch (PyError&) {
        fetch_exception();  // not a complete statement on its own: no special case
        return false;
    }
}

// The "~~^^" line under a source line, or "" when CPython would not draw one.
static std::string caret_line(const std::string& raw, const Location& loc) {
    if (loc.end_line != loc.line || loc.col < 0 || loc.end_col <= loc.col) return "";
    size_t lead;
    std::string stripped = strip(raw, &lead);
    int shift = int(lead);
    int start = loc.col - shift, end = loc.end_col - shift;  // byte offsets in `stripped`
    if (start < 0 || end > int(stripped.size())) return "";
    bool anchored = loc.anchor >= 0 && loc.anchor_end > loc.anchor;
    if (is_plain_call_statement(stripped, start, end)) return "";
    if (!anchored && strip(stripped.substr(0, size_t(start))).empty() &&
        strip(stripped.substr(size_t(end))).empty())
        return "";  // the range is the whole line: nothing to point at
    int a = 0, b = 0;
    if (anchored) {
        a = loc.anchor - shift;
        b = loc.anchor_end - shift;
        // A subscript's or call's anchor starts at the end of the value: skip to the bracket.
        while (a < end && (stripped[size_t(a)] == ' ' || stripped[size_t(a)] == ')')) a++;
    }
    std::string out(size_t(char_offset(stripped, start)), ' ');
    for (int i = start; i < end; i++) {
        if ((static_cast<unsigned char>(stripped[size_t(i)]) & 0xC0) == 0x80) continue;
        out += (!anchored || (i >= a && i < b)) ? '^' : '~';
    }
    return "    " + out + "\n";
}

// The source range of instruction `instr` (line 0 if the code has no location for it).
static Location instr_location(CodeObject* co, uint32_t instr) {
    return instr < co->locations.size() ? co->locations[instr] : Location{};
}

static void print_entry(const TracebackEntry& e) {
    CodeObject* co = e.code.get();
    Location loc = instr_location(co, e.instr);
    put(strfmt("  File \"%s\", line %d, in %s\n", co->filename.c_str(), loc.line, co->name.c_str()));
    std::string raw = source_line(co->filename, loc.line);
    std::string text = strip(raw);
    if (text.empty()) return;
    put("    " + text + "\n");
    put(caret_line(raw, loc));
}

// Runaway recursion would print a thousand identical entries: like CPython, print a run of
// entries with the same file, line and function three times, then count the rest.
static bool same_place(const TracebackEntry& a, const TracebackEntry& b) {
    return a.code->filename == b.code->filename && a.code->name == b.code->name &&
           instr_location(a.code.get(), a.instr).line == instr_location(b.code.get(), b.instr).line;
}

static constexpr int RECURSIVE_CUTOFF = 3;

static void print_repeats(int count) {
    if (count > RECURSIVE_CUTOFF) {
        int more = count - RECURSIVE_CUTOFF;
        put(strfmt("  [Previous line repeated %d more time%s]\n", more, more > 1 ? "s" : ""));
    }
}

// Entries are appended while the exception unwinds (innermost first); they print outermost first.
static void print_entries(const std::vector<TracebackEntry>& entries) {
    int run = 0;
    const TracebackEntry* last = nullptr;
    for (size_t i = entries.size(); i-- > 0;) {
        const TracebackEntry& e = entries[i];
        if (last && same_place(*last, e)) {
            run++;
        } else {
            print_repeats(run);
            run = 1;
        }
        last = &e;
        if (run <= RECURSIVE_CUTOFF) print_entry(e);
    }
    print_repeats(run);
}

// "ValueError", or "mod.Name" for classes outside __main__ and builtins (as CPython).
static std::string exception_type_name(Object* exc) {
    TypeObject* t = type_of(exc);
    std::string name = t->qualname.empty() ? t->name : t->qualname;
    if (t->flags & TPF_HEAPTYPE) {
        Obj mod = dict_get_str(t->dict, intern_cstr("__module__"));
        if (mod && is_str(mod.get())) {
            std::string m(str_view(mod.get()));
            if (m != "__main__" && m != "builtins") name = m + "." + name;
        }
    }
    return name;
}

static std::string safe_str(Object* o) {
    try {
        return str_string(o);
    } catch (PyError&) {
        fetch_exception();
        return "<exception str() failed>";
    }
}

static Obj exc_attr(Object* exc, const char* name) {
    try {
        return getattr_opt(exc, intern_cstr(name));
    } catch (PyError&) {
        fetch_exception();
        return nullptr;
    }
}

// SyntaxError's own layout (traceback.py, _format_syntax_error).
static void print_syntax_error_body(Object* exc, const std::string& tname) {
    Obj filename = exc_attr(exc, "filename"), lineno = exc_attr(exc, "lineno"), text = exc_attr(exc, "text");
    Obj offset = exc_attr(exc, "offset"), end_lineno = exc_attr(exc, "end_lineno"), end_offset = exc_attr(exc, "end_offset");
    Obj msg = exc_attr(exc, "msg");
    std::string suffix;
    bool have_line = lineno && is_int(lineno.get());
    std::string fname = filename && is_str(filename.get()) ? std::string(str_view(filename.get())) : "<string>";
    if (have_line) put(strfmt("  File \"%s\", line %lld\n", fname.c_str(), (long long)int_as_i64(lineno.get())));
    else if (filename && is_str(filename.get())) suffix = " (" + fname + ")";
    if (text && is_str(text.get())) {
        std::string rtext(str_view(text.get()));
        while (!rtext.empty() && rtext.back() == '\n') rtext.pop_back();
        size_t spaces = 0;
        while (spaces < rtext.size() && (rtext[spaces] == ' ' || rtext[spaces] == '\n' || rtext[spaces] == '\f')) spaces++;
        std::string ltext = rtext.substr(spaces);
        int nchars = char_offset(rtext, int(rtext.size()));
        int nspaces = int(spaces);
        if (!offset || !is_int(offset.get())) {
            put("    " + ltext + "\n");
        } else {
            int64_t off = int_as_i64(offset.get());
            int64_t eoff;
            bool same_line = end_lineno && is_int(end_lineno.get()) && have_line &&
                             int_as_i64(end_lineno.get()) == int_as_i64(lineno.get());
            if (same_line) {
                eoff = end_offset && is_int(end_offset.get()) && int_as_i64(end_offset.get()) != 0
                           ? int_as_i64(end_offset.get()) : off;
            } else {
                eoff = nchars + 1;
            }
            int textlen = char_offset(std::string(str_view(text.get())), int(static_cast<StrObject*>(text.get())->size));
            if (off > textlen) off = nchars + 1;
            if (eoff > textlen) eoff = nchars + 1;
            if (off >= eoff || eoff < 0) eoff = off + 1;
            int64_t colno = off - 1 - nspaces, end_colno = eoff - 1 - nspaces;
            put("    " + ltext + "\n");
            if (colno >= 0) {
                std::string caret;
                int64_t k = 0;
                for (size_t i = 0; i < ltext.size() && k < colno; i++) {
                    unsigned char c = static_cast<unsigned char>(ltext[i]);
                    if ((c & 0xC0) == 0x80) continue;
                    caret += (c == '\t' || c == '\f') ? char(c) : ' ';
                    k++;
                }
                while (k++ < colno) caret += ' ';
                caret += std::string(size_t(end_colno - colno > 0 ? end_colno - colno : 0), '^');
                put("    " + caret + "\n");
            }
        }
    }
    std::string m = msg && is_str(msg.get()) ? std::string(str_view(msg.get())) : "<no detail available>";
    put(tname + ": " + m + suffix + "\n");
}

static void print_exception_only(Object* exc);

static void print_one(Object* exc) {
    auto* e = static_cast<ExceptionObject*>(exc);
    if (!e->traceback.empty()) {
        put("Traceback (most recent call last):\n");
        print_entries(e->traceback);
    }
    print_exception_only(exc);
}

// The last part of a report: "ValueError: bad" (a SyntaxError's source line and caret), notes.
static void print_exception_only(Object* exc) {
    auto* e = static_cast<ExceptionObject*>(exc);
    std::string tname = exception_type_name(exc);
    if (is_subtype(type_of(exc), Exc_SyntaxError)) {
        print_syntax_error_body(exc, tname);
    } else {
        std::string msg = safe_str(exc);
        put(msg.empty() ? tname + "\n" : tname + ": " + msg + "\n");
    }
    if (e->dict) {
        Obj notes = dict_get_str(e->dict, intern_cstr("__notes__"));
        if (notes && is_list(notes.get()))
            for (Object* n : list_items(notes.get())) put(safe_str(n) + "\n");
    }
}

// ───────────── exception groups ─────────────
//
// A group prints as a box per level, each member numbered, everything inside indented by two
// columns per level and marked in the margin (CPython's traceback._ExceptionPrintContext):
//
//     + Exception Group Traceback (most recent call last):
//     |   File "t.py", line 1, in <module>
//     | ExceptionGroup: eg (2 sub-exceptions)
//     +-+---------------- 1 ----------------
//       | ValueError: 1
//       +---------------- 2 ----------------
//       | TypeError: 2
//       +------------------------------------
//
// The ordinary printers above write the pieces into a string; emit() indents it line by line.
struct GroupPrint {
    int depth = 0;           // nesting level (0: not inside any group)
    bool need_close = false;  // the innermost box still needs its closing line
    std::vector<Object*> seen;
};
constexpr int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

template <class F>
static std::string captured(F&& f) {
    std::string out;
    std::string* saved = put_sink;
    put_sink = &out;
    try {
        f();
    } catch (PyError&) {
        put_sink = saved;
        throw;
    }
    put_sink = saved;
    return out;
}

static std::string group_indent(const GroupPrint& g) { return std::string(size_t(2 * g.depth), ' '); }

static void emit(const GroupPrint& g, const std::string& text, char margin = '|') {
    std::string prefix = group_indent(g);
    if (g.depth) prefix += std::string(1, margin) + " ";
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        size_t end = nl == std::string::npos ? text.size() : nl + 1;
        put(prefix + text.substr(start, end - start));
        start = end;
    }
}

static void print_chain_in(Object* exc, GroupPrint& g);

static void print_one_in(Object* exc, GroupPrint& g) {
    Object* items = exception_group_items(exc);
    if (!items) {
        emit(g, captured([&] { print_one(exc); }));
        return;
    }
    if (g.depth > MAX_GROUP_DEPTH) {
        emit(g, strfmt("... (max_group_depth is %d)\n", MAX_GROUP_DEPTH));
        return;
    }
    bool top = g.depth == 0;
    if (top) g.depth++;
    auto* e = static_cast<ExceptionObject*>(exc);
    if (!e->traceback.empty()) {
        emit(g, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
        emit(g, captured([&] { print_entries(e->traceback); }));
    }
    emit(g, captured([&] { print_exception_only(exc); }));
    Obj keep = newref(items);
    int count = int(tuple_size(items));
    int n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
    g.need_close = false;
    for (int i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) g.need_close = true;
        bool truncated = i >= MAX_GROUP_WIDTH;
        std::string title = truncated ? "..." : std::to_string(i + 1);
        put(group_indent(g) + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n");
        g.depth++;
        if (!truncated) {
            print_chain_in(tuple_item(items, size_t(i)), g);
        } else {
            int more = count - MAX_GROUP_WIDTH;
            emit(g, strfmt("and %d more exception%s\n", more, more > 1 ? "s" : ""));
        }
        if (last && g.need_close) {
            put(group_indent(g) + "+------------------------------------\n");
            g.need_close = false;
        }
        g.depth--;
    }
    if (top) g.depth = 0;
}

// print_chain, inside whatever group boxes are open.
static void print_chain_in(Object* exc, GroupPrint& g) {
    g.seen.push_back(exc);
    auto* e = static_cast<ExceptionObject*>(exc);
    auto unseen = [&](Object* o) {
        if (!o || !(type_of(o)->flags & TPF_EXC_SUBCLASS)) return false;
        for (Object* s : g.seen) if (s == o) return false;
        return true;
    };
    if (unseen(e->cause)) {
        print_chain_in(e->cause, g);
        emit(g, "\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (!e->suppress_context && unseen(e->context)) {
        print_chain_in(e->context, g);
        emit(g, "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    print_one_in(exc, g);
}

void print_exception(Object* exc) {
    fflush(stdout);  // what the program printed so far comes first
    if (!(type_of(exc)->flags & TPF_EXC_SUBCLASS)) {
        put(std::string(type_name(exc)) + "\n");
        return;
    }
    GroupPrint g;
    print_chain_in(exc, g);
    fflush(stderr);
}

// sys.unraisablehook's format: the exception's own traceback, without its chain.
void print_exception_unchained(Object* exc) {
    fflush(stdout);
    if (type_of(exc)->flags & TPF_EXC_SUBCLASS) print_one(exc);
    else put(std::string(type_name(exc)) + "\n");
    fflush(stderr);
}

// ───────────── traceback objects ─────────────
//
// The eval loop records a traceback as a plain vector inside the exception (cheap to append
// while unwinding).  Python code sees CPython's linked form instead: e.__traceback__ and the
// third argument of __exit__ are `traceback` objects, outermost frame first, each pointing at
// the next frame inward through tb_next.  They are built on demand, so two reads of
// e.__traceback__ give equal chains but not the same object.  minipy has no frame objects, so
// there is no tb_frame.

struct TracebackObject : Object {
    Object* next = nullptr;  // the next (inner) traceback object, owned, or null
    Ref<CodeObject> code;
    uint32_t instr = 0;
};
TypeObject Traceback_Type;

static TracebackObject* as_tb(Object* o) { return static_cast<TracebackObject*>(o); }

static void traceback_dealloc(Object* o) {
    xdecref(as_tb(o)->next);
    as_tb(o)->~TracebackObject();
    object_free(o);
}

static Obj tb_get_next(Object* o) { return newref(as_tb(o)->next ? as_tb(o)->next : Py_None); }
static Obj tb_get_lineno(Object* o) { return int_from_i64(instr_location(as_tb(o)->code.get(), as_tb(o)->instr).line); }
static Obj tb_get_lasti(Object* o) { return int_from_i64(int64_t(as_tb(o)->instr) * 2); }  // a byte offset, as CPython

Obj traceback_from_entries(const std::vector<TracebackEntry>& entries) {
    Obj chain = newref(Py_None);  // built from the innermost entry (entries[0]) outwards
    Object* inner = nullptr;
    for (const TracebackEntry& e : entries) {
        Ref<TracebackObject> tb = alloc_object<TracebackObject>(&Traceback_Type);
        tb->code = e.code;
        tb->instr = e.instr;
        tb->next = inner ? newref(inner).release() : nullptr;
        chain = Obj(std::move(tb));
        inner = chain.get();
    }
    return chain;
}

bool traceback_to_entries(Object* tb, std::vector<TracebackEntry>* out) {
    if (type_of(tb) != &Traceback_Type) return false;
    std::vector<TracebackEntry> outer_first;
    for (Object* t = tb; t; t = as_tb(t)->next) outer_first.push_back({as_tb(t)->code, as_tb(t)->instr});
    out->assign(outer_first.rbegin(), outer_first.rend());
    return true;
}

void init_traceback_type() {
    Traceback_Type.dealloc = traceback_dealloc;
    type_ready(&Traceback_Type, "traceback", &Object_Type, sizeof(TracebackObject));
    add_getsets(&Traceback_Type, {{"tb_next", tb_get_next}, {"tb_lineno", tb_get_lineno}, {"tb_lasti", tb_get_lasti}});
}

// ───────────── the traceback module ─────────────
//
// traceback.print_exc(), format_exc() and friends: the printer above, writing into a string.
// minipy keeps no frame objects, so there is nothing for print_stack()/extract_tb() to walk;
// `limit` is accepted and ignored (every frame is shown).

// The report for exc (with its chain) as text, as print_exception would print it.
static std::string exception_text(Object* exc, bool chain, bool only) {
    return captured([&] {
        GroupPrint g;
        if (!(type_of(exc)->flags & TPF_EXC_SUBCLASS)) put(std::string(type_name(exc)) + ": " + safe_str(exc) + "\n");
        else if (only) print_exception_only(exc);
        else if (chain) print_chain_in(exc, g);
        else print_one_in(exc, g);
    });
}

// CPython's list form: one string per frame ("  File ...\n    source\n    ^^^\n"), per header
// line, per chaining message, and per final line.
static Obj text_chunks(const std::string& text) {
    std::vector<std::string> lines = split_lines(text);
    Obj list = list_new();
    std::string cur;
    auto flush = [&] {
        if (!cur.empty()) list_append(list.get(), str_new(cur).get());
        cur.clear();
    };
    for (size_t i = 0; i < lines.size(); i++) {
        const std::string& l = lines[i];
        if (l.rfind("  File ", 0) == 0) {
            flush();
            cur = l + "\n";
        } else if (l.rfind("    ", 0) == 0 && !cur.empty() && cur.rfind("  File ", 0) == 0) {
            cur += l + "\n";
        } else if (l.empty() && i + 2 < lines.size() && lines[i + 2].empty()) {
            flush();  // "\nDuring handling of the above exception, another exception occurred:\n\n"
            cur = "\n" + lines[i + 1] + "\n\n";
            flush();
            i += 2;
        } else {
            flush();
            cur = l + "\n";
            flush();
        }
    }
    flush();
    return list;
}

// The exception argument of print_exception/format_exception: exc, or the old (type, value, tb).
static Object* exception_argument(Object* exc, Object* value) { return value && value != Py_None ? value : exc; }

static void write_text(Object* file, const std::string& text) {
    Obj f = file && file != Py_None ? newref(file) : dict_get_str(module_dict(interp.sys), intern_cstr("stderr"));
    if (!f || f.get() == Py_None) return;
    Obj s = str_new(text);
    Object* arg = s.get();
    call_method(f.get(), "write", &arg, 1);
}

static Object* handled_or_none() {
    ThreadState* ts = tstate();
    return ts->handled_exc ? ts->handled_exc : Py_None;
}

static bool chain_arg(Object* v) { return !v || truthy(v); }

static Obj tb_format_exc(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[2] = {};
    parse_args("format_exc", args, nargs, kwnames, {"limit", "chain"}, 0, a);
    Object* exc = handled_or_none();
    if (exc == Py_None) return str_new("NoneType: None\n");
    return str_new(exception_text(exc, chain_arg(a[1]), false));
}

static Obj tb_print_exc(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3] = {};
    parse_args("print_exc", args, nargs, kwnames, {"limit", "file", "chain"}, 0, a);
    Object* exc = handled_or_none();
    write_text(a[1], exc == Py_None ? "NoneType: None\n" : exception_text(exc, chain_arg(a[2]), false));
    return newref(Py_None);
}

static Obj tb_format_exception(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[5] = {};
    parse_args("format_exception", args, nargs, kwnames, {"/exc", "/value", "/tb", "limit", "chain"}, 1, a);
    return text_chunks(exception_text(exception_argument(a[0], a[1]), chain_arg(a[4]), false));
}

static Obj tb_print_exception(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[6] = {};
    parse_args("print_exception", args, nargs, kwnames, {"/exc", "/value", "/tb", "limit", "file", "chain"}, 1, a);
    write_text(a[4], exception_text(exception_argument(a[0], a[1]), chain_arg(a[5]), false));
    return newref(Py_None);
}

static Obj tb_format_exception_only(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[2] = {};
    parse_args("format_exception_only", args, nargs, kwnames, {"/exc", "/value"}, 1, a);
    return text_chunks(exception_text(exception_argument(a[0], a[1]), false, true));
}

Obj make_traceback_module() {
    Obj m = new_module("traceback");
    add_module_function(m.get(), "format_exc", tb_format_exc);
    add_module_function(m.get(), "print_exc", tb_print_exc);
    add_module_function(m.get(), "format_exception", tb_format_exception);
    add_module_function(m.get(), "print_exception", tb_print_exception);
    add_module_function(m.get(), "format_exception_only", tb_format_exception_only);
    return m;
}
