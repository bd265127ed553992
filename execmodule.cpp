// execmodule.cpp — running code that a program builds at run time: compile, exec, eval, and dis.
//
// What this step does: the whole pipeline of chapters 1–4, called from Python.
//   compile(source, filename, mode)  parse + compile → a code object ('exec': statements,
//                                    'eval': one expression, 'single': one REPL statement)
//   exec(code, globals, locals)      run a code object (or source) in those namespaces
//   eval(expr, globals, locals)      the same for an expression, returning its value
//   dis.dis(x)                       print the bytecode of a function, method, class body's
//                                    functions, code object or source string: what --dis prints
// Without explicit namespaces, exec and eval use the caller's globals and its locals (a
// snapshot dict inside a function, as locals() gives).  A globals dict without "__builtins__"
// gets one, as in CPython, so the code can see print and len.
//
// Comes in: str/bytes source or code objects, dicts.  Goes out: code objects, values, printed
// bytecode.  Errors are CPython's (SyntaxError from the parser, TypeError for wrong arguments).
// Read next: vm.cpp (run_code), assemble.cpp (disassemble).
#include "minipy.h"
#include "builtins.h"

namespace {

// The source text of a compile/exec/eval argument (a str, or UTF-8 bytes).
bool source_text(Object* src, std::string* out) {
    if (is_str(src)) { *out = std::string(str_view(src)); return true; }
    if (is_bytes_like(src)) { *out = bytes_like_contents(src); return true; }
    return false;
}

Ref<CodeObject> compile_text(const std::string& text, const std::string& filename, ParseMode mode) {
    if (!filename.empty() && filename[0] != '<') register_source(filename, text);
    std::unique_ptr<Module> mod = parse(text, filename, mode);
    return compile(*mod, filename);
}

Obj builtin_compile(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[6] = {};
    parse_args("compile", args, nargs, kwnames, {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3, a);
    if (type_of(a[0]) == &Code_Type) return newref(a[0]);
    std::string text;
    if (!source_text(a[0], &text)) raise_msg(Exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    if (!is_str(a[1])) raise_fmt(Exc_TypeError, "compile() argument 'filename' must be str, not %s", type_name(a[1]));
    if (!is_str(a[2])) raise_fmt(Exc_TypeError, "compile() argument 'mode' must be str, not %s", type_name(a[2]));
    std::string_view mode = str_view(a[2]);
    ParseMode pm = mode == "exec" ? ParseMode::File : mode == "eval" ? ParseMode::Eval : mode == "single" ? ParseMode::Single
                 : (raise_msg(Exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'"), ParseMode::File);
    Ref<CodeObject> code = compile_text(text, std::string(str_view(a[1])), pm);
    return Obj(std::move(code));
}

// The namespaces exec/eval run in: the given ones, else the caller's.
void namespaces(const char* fname, Object* g, Object* l, Obj* globals, Obj* locals) {
    if (g == Py_None) g = nullptr;
    if (l == Py_None) l = nullptr;
    if (g && !is_dict(g)) {
        if (std::string_view(fname) == "eval")  // CPython's two wordings
            raise_msg(Exc_TypeError, "globals must be a real dict; try eval(expr, {}, mapping)");
        raise_fmt(Exc_TypeError, "exec() globals must be a dict, not %s", type_name(g));
    }
    if (l && !type_of(l)->getitem)
        raise_fmt(Exc_TypeError, "locals must be a mapping or None, not %s", type_name(l));
    ThreadState* ts = tstate();
    if (g) {
        *globals = newref(g);
        *locals = newref(l ? l : g);
    } else {
        Frame* f = ts->frame;
        if (!f) raise_fmt(Exc_RuntimeError, "%s(): no current frame", fname);
        *globals = newref(f->globals);
        if (l) *locals = newref(l);
        else *locals = builtin_locals_dict();
    }
    if (!dict_get_str(globals->get(), intern_cstr("__builtins__"))) {
        Obj mod = dict_get_str(interp.modules, intern_cstr("builtins"));
        dict_set(globals->get(), intern_cstr("__builtins__"), mod ? mod.get() : interp.builtins);
    }
}

Obj run_in(const char* fname, Object* src, Object* g, Object* l, ParseMode mode) {
    Obj globals, locals;
    namespaces(fname, g, l, &globals, &locals);
    Ref<CodeObject> code;
    CodeObject* co;
    if (type_of(src) == &Code_Type) {
        co = static_cast<CodeObject*>(src);
    } else {
        std::string text;
        if (!source_text(src, &text))
            raise_fmt(Exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
        if (mode == ParseMode::Eval) {  // eval() ignores leading spaces and tabs
            size_t k = text.find_first_not_of(" \t");
            text.erase(0, k == std::string::npos ? text.size() : k);
        }
        code = compile_text(text, "<string>", mode);
        co = code.get();
    }
    return run_code(co, globals.get(), locals.get());
}

Obj builtin_exec(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3] = {};
    parse_args("exec", args, nargs, kwnames, {"/source", "globals", "locals"}, 1, a);
    run_in("exec", a[0], a[1] ? a[1] : Py_None, a[2] ? a[2] : Py_None, ParseMode::File);
    return newref(Py_None);
}

Obj builtin_eval(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3] = {};
    parse_args("eval", args, nargs, kwnames, {"/source", "globals", "locals"}, 1, a);
    return run_in("eval", a[0], a[1] ? a[1] : Py_None, a[2] ? a[2] : Py_None, ParseMode::Eval);
}

// ───────────── dis ─────────────

// The code object behind x: a function, a bound method, a code object, or source text.
Ref<CodeObject> code_of(Object* x) {
    if (type_of(x) == &Method_Type) x = static_cast<MethodObject*>(x)->func;
    if (type_of(x) == &StaticMethod_Type || type_of(x) == &ClassMethod_Type) {
        Obj f = getattr_opt(x, intern_cstr("__func__"));
        if (f) return code_of(f.get());
    }
    if (type_of(x) == &Function_Type) {
        CodeObject* co = static_cast<FunctionObject*>(x)->code;
        incref(co);
        return Ref<CodeObject>::steal(co);
    }
    if (type_of(x) == &Code_Type) {
        incref(x);
        return Ref<CodeObject>::steal(static_cast<CodeObject*>(x));
    }
    std::string text;
    if (source_text(x, &text)) return compile_text(text, "<dis>", ParseMode::File);
    raise_fmt(Exc_TypeError, "don't know how to disassemble %s objects", type_name(x));
}

void print_text(const std::string& text) {
    Obj s = str_new(text);
    Obj print = dict_get_str(interp.builtins, intern_cstr("print"));
    Obj kw = tuple_pack({intern_cstr("end")});
    Obj empty = str_new("");
    Object* args[2] = {s.get(), empty.get()};
    call(print.get(), args, 1, kw.get());
}

// dis.dis(x): a class shows each of its functions, in definition order, as CPython's dis does.
Obj dis_dis(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("dis", kwnames);
    check_positional("dis", nargs, 1, 1);
    Object* x = args[0];
    if (type_of(x)->flags & TPF_TYPE_SUBCLASS) {
        Object* d = static_cast<TypeObject*>(x)->dict;
        Obj items = call_method(d, "items", nullptr, 0);
        Obj it = get_iter(items.get());
        while (Obj kv = iter_next(it.get())) {
            Object* v = tuple_item(kv.get(), 1);
            if (type_of(v) != &Function_Type && type_of(v) != &StaticMethod_Type && type_of(v) != &ClassMethod_Type) continue;
            print_text("Disassembly of " + std::string(str_view(tuple_item(kv.get(), 0))) + ":\n");
            Ref<CodeObject> co = code_of(v);
            print_text(disassemble(co.get()) + "\n");
        }
        return newref(Py_None);
    }
    Ref<CodeObject> co = code_of(x);
    print_text(disassemble(co.get()));
    return newref(Py_None);
}

Obj dis_code_text(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("code_text", nargs, kwnames);
    Ref<CodeObject> co = code_of(args[0]);
    return str_new(disassemble(co.get()));
}

}  // namespace

void add_exec_builtins(Object* builtins_dict) {
    add_function(builtins_dict, "compile", builtin_compile);
    add_function(builtins_dict, "exec", builtin_exec);
    add_function(builtins_dict, "eval", builtin_eval);
}

Obj make_dis_module() {
    Obj m = new_module("dis");
    add_module_function(m.get(), "dis", dis_dis);
    add_module_function(m.get(), "code_text", dis_code_text);  // minipy's: the text dis() prints
    return m;
}
