// warnings.cpp — warnings on stderr, as CPython's default warning filters print them.
//
// What this step does: reports a warning (a Warning subclass plus a message, at a file and
// line) the way CPython 3.14 does when no filter has been changed:
//
//   t.py:3: SyntaxWarning: 'int' object is not callable; perhaps you missed a comma?
//     x = [1 2]()
//
// The first line names the place, the category and the message; the second is the source line
// with its surrounding whitespace stripped.  It is left out when the source is unknown: a
// missing file, or a pseudo-file such as <string> (-c, exec), which CPython's linecache never
// reads.  The text goes to whatever sys.stderr is at that moment, in one write() call.
//
// Which warnings print: CPython's default filter list ignores DeprecationWarning except in code
// whose module is __main__, and always ignores PendingDeprecationWarning, ImportWarning and
// ResourceWarning.  Everything else gets the "default" action: printed the first time it
// happens at a given place, so a warning inside a loop prints once.  The memory of "already
// printed" is CPython's: a dict __warningregistry__ in the warning code's module globals, keyed
// by (message, category, lineno), plus a 'version' entry (the filters' version, always 0 here:
// the filters never change).  Threads can warn at once, so check-and-record holds a mutex.
// Compile-time warnings (the compiler's SyntaxWarnings, through warn_explicit) have no module
// globals yet; CPython passes no registry for them, so they print every time they are emitted.
//
// There is no `warnings` module yet: Python code cannot filter, catch or raise warnings.
//
// Comes in: warn(category, message) from runtime code (the ~ of a bool, int.cpp), which takes
// the place from the running Python frame; warn_explicit(...) from the compiler
// (compile_expr.cpp), which knows the place itself.
// Goes out: text on sys.stderr.
// Read next: traceback.cpp (source_line), compile_expr.cpp (the SyntaxWarning checks).
#include "builtins.h"

#include <mutex>

static std::mutex registry_mutex;  // makes "not yet warned here? then record it" one step

// CPython's default filters (Python/pylifecycle.c, Lib/warnings.py), first match wins:
//   default::DeprecationWarning:__main__, ignore::DeprecationWarning,
//   ignore::PendingDeprecationWarning, ignore::ImportWarning, ignore::ResourceWarning
static bool ignored_by_default(TypeObject* category, const std::string& module) {
    auto is = [&](const char* name) {
        for (TypeObject* t : category->mro)
            if (t->name == name && !(t->flags & TPF_HEAPTYPE)) return true;
        return false;
    };
    if (is("DeprecationWarning")) return module != "__main__";
    return is("PendingDeprecationWarning") || is("ImportWarning") || is("ResourceWarning");
}

static std::string strip(const std::string& s) {
    const char* ws = " \t\n\r\f\v";
    size_t b = s.find_first_not_of(ws);
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

// warnings.formatwarning + showwarning: "file:line: Category: message\n  source line\n".
static void show_warning(TypeObject* category, const std::string& message, const std::string& filename,
                         int lineno) {
    // category.__name__: the part of the class name after the last dot.
    const std::string& n = category->name;
    size_t dot = n.rfind('.');
    std::string text = strfmt("%s:%d: %s: %s\n", filename.c_str(), lineno,
                              n.substr(dot == std::string::npos ? 0 : dot + 1).c_str(), message.c_str());
    bool pseudo_file = !filename.empty() && filename.front() == '<' && filename.back() == '>';
    std::string line = pseudo_file ? "" : strip(source_line(filename, lineno));
    if (!line.empty()) text += "  " + line + "\n";
    Obj file = interp.sys ? dict_get_str(module_dict(interp.sys), intern_cstr("stderr")) : Obj();
    if (!file || file.get() == Py_None) return;  // CPython too prints nothing without sys.stderr
    Obj s = str_new(text);
    Object* arg = s.get();
    call_method(file.get(), "write", &arg, 1);
}

// The module a file belongs to when no frame says so: CPython strips ".py" from the file name.
static std::string module_of_file(const std::string& filename) {
    if (filename.size() >= 3 && filename.compare(filename.size() - 3, 3, ".py") == 0)
        return filename.substr(0, filename.size() - 3);
    return filename;
}

// Whether to print: not if registry (a dict, or null for none) already holds this place, nor if
// the filters ignore it.  A warning that prints is recorded.  As in CPython the registry is
// consulted (and given its 'version') before the filters, and an ignored warning is not recorded.
static bool should_show(Object* registry, TypeObject* category, const std::string& message, int lineno,
                        bool ignored) {
    if (!registry) return !ignored;
    Obj text = str_new(message), line = int_from_i64(lineno);
    Obj key = tuple_pack({text.get(), (Object*)category, line.get()});
    std::lock_guard<std::mutex> lock(registry_mutex);
    Object* version_key = intern_cstr("version");
    Obj version = dict_get_str(registry, version_key);
    if (!version) {
        Obj zero = int_from_i64(0);
        dict_set(registry, version_key, zero.get());
    }
    Obj seen = dict_get(registry, key.get());
    if ((seen && truthy(seen.get())) || ignored) return false;
    dict_set(registry, key.get(), Py_True);
    return true;
}

static bool warn_in_module(TypeObject* category, const std::string& message, const std::string& filename,
                           int lineno, const std::string& module, Object* registry) {
    if (!should_show(registry, category, message, lineno, ignored_by_default(category, module))) return false;
    show_warning(category, message, filename, lineno);
    return true;
}

// PyErr_WarnExplicit with no registry: nothing remembers the place, so it prints every time.
void warn_explicit(TypeObject* category, const std::string& message, const std::string& filename, int lineno) {
    warn_in_module(category, message, filename, lineno, module_of_file(filename), nullptr);
}

bool warn(TypeObject* category, const std::string& message) {
    ThreadState* ts = tstate();
    Frame* f = ts ? ts->frame : nullptr;
    // No Python code running: CPython reports the place as "<sys>", line 0, in the sys module.
    std::string filename = "<sys>";
    int line = 0;
    Object* globals = interp.sys ? module_dict(interp.sys) : nullptr;
    if (f) {
        CodeObject* co = f->code;
        filename = co->filename;
        // The frame's current instruction (saved before anything that can warn, see vm.cpp).
        line = f->instr < co->locations.size() ? co->locations[f->instr].line : 0;
        globals = f->globals;
    }
    std::string module = "<string>";  // CPython's name when __name__ is missing or not a str
    Obj registry;
    if (globals) {
        Obj name = dict_get_str(globals, intern_cstr("__name__"));
        if (name && is_str(name.get())) module = str_string(name.get());
        // globals()['__warningregistry__'], made on first use as CPython does; None means none.
        Object* reg_key = intern_cstr("__warningregistry__");
        registry = dict_get_str(globals, reg_key);
        if (!registry) {
            registry = dict_new();
            dict_set(globals, reg_key, registry.get());
        }
        if (!is_dict(registry.get())) registry = nullptr;
    }
    return warn_in_module(category, message, filename, line, module, registry.get());
}
