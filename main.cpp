// main.cpp — the command line and the REPL.
//
// What this step does: reads the command line (CPython's conventions: `minipy script.py args`,
// `minipy -c CODE`, `minipy` alone for a REPL), starts the runtime, runs the program, prints an
// uncaught exception's traceback and turns it into the exit status (1, or SystemExit's code).
//
// The interpreter runs on a thread with a large stack (256 MiB, reserved lazily by the kernel):
// Python-to-Python calls never grow the C++ stack (vm.cpp), but C++ code that calls back into
// Python, and the recursive-descent parser, do — a big stack plus RecursionGuard turns "too
// deep" into a RecursionError instead of a segmentation fault.
//
// Comes in: argv, a script file, stdin.  Goes out: the exit status.
// Read next: vm.cpp, run_source(), which is where a program starts running.
#include "builtins.h"

#include <pthread.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

namespace {

struct Options {
    std::string command;            // -c CODE
    bool has_command = false;
    std::string script;             // script path (or "" for stdin / REPL)
    bool interactive = false;       // -i, or no script and stdin is a terminal
    std::vector<std::string> args;  // sys.argv[1:]
    std::vector<std::pair<std::string, std::string>> xoptions;  // -X name[=value], for sys._xoptions
    int exit_code = 0;
};

const char* usage =
    "usage: minipy [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd   program passed in as string (terminates option list)\n"
    "  -i       inspect interactively after running script / read-eval-print loop\n"
    "  --dis    print the bytecode of every code object before running it\n"
    "  -X opt   implementation-specific option:\n"
    "             -X gil=1   run with a global interpreter lock (default 0: free threading)\n"
    "             -X jit     compile hot code to machine code (also PYTHON_JIT=1; PYTHON_JIT=0: off)\n"
    "             -X jit-threshold=N  calls + loop iterations before a function is compiled (default 16)\n"
    "             -X jit-dump  print each compiled function: instruction, stencil, bytes, holes\n"
    "             -X perf    write /tmp/perf-PID.map for `perf report`\n"
    "             -X stats   print reference-count, lock and GIL counters at exit\n"
    "  -h       print this help message and exit\n"
    "  -V       print the Python version number and exit\n"
    "file: program read from script file; '-' or no file: read from stdin\n";

// Exit status for an uncaught exception, after printing it (SystemExit prints only its message).
int report_exception(Obj exc) {
    if (is_subtype(type_of(exc.get()), Exc_SystemExit)) {
        Obj code = getattr_opt(exc.get(), intern_cstr("code"));
        if (!code || code.get() == Py_None) return 0;
        if (is_int(code.get())) {
            fflush(stdout);
            try {
                return int(int_as_i64(code.get()) & 0xff);
            } catch (PyError&) {  // beyond 64 bits: CPython 3.14 exits with -1 & 0xff, silently
                fetch_exception();
                return 255;
            }
        }
        fflush(stdout);
        std::string msg = str_string(code.get());
        fprintf(stderr, "%s\n", msg.c_str());
        return 1;
    }
    print_exception(exc.get());
    return 1;
}

// Runs `source` as the __main__ module; returns the exit status.
int run_main(const std::string& source, const std::string& filename, Object* globals) {
    try {
        run_source(source, filename, globals, ParseMode::File);
        return 0;
    } catch (PyError&) {
        return report_exception(fetch_exception());
    }
}

// ───────────── the REPL ─────────────

// sys.displayhook: print repr(value) unless it is None, and remember it as builtins._
Obj repl_display(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1 || args[0] == Py_None) return newref(Py_None);
    dict_set(interp.builtins, intern_cstr("_"), args[0]);
    std::string r = repr_string(args[0]) + "\n";
    fwrite(r.data(), 1, r.size(), stdout);
    fflush(stdout);
    return newref(Py_None);
}

// Does this parse error mean "the statement is not finished yet" (so read another line)?
bool incomplete_input(Object* exc) {
    std::string msg = str_string(exc);
    return msg.find("was never closed") != std::string::npos ||
           msg.find("expected an indented block") != std::string::npos ||
           msg.find("unterminated triple-quoted") != std::string::npos ||
           msg.find("unexpected EOF") != std::string::npos;
}

bool read_line(const char* prompt, bool tty, std::string& line) {
    // Like CPython's basic REPL: the prompt goes to stdout on a terminal, to stderr otherwise.
    FILE* out = tty ? stdout : stderr;
    fputs(prompt, out);
    fflush(out);
    if (!std::getline(std::cin, line)) return false;
    return true;
}

// Echo expression statements through __displayhook__, as CPython compiles them in 'single' mode.
void wrap_expression_statements(Module& m) {
    for (StmtP& s : m.body) {
        if (s->kind != StmtKind::ExprStmt) continue;
        Pos p = s->value->pos;
        auto call = std::make_unique<Expr>(ExprKind::Call, p);
        call->a = std::make_unique<Expr>(ExprKind::Name, p);
        call->a->id = "__displayhook__";
        call->elts.push_back(std::move(s->value));
        s->value = std::move(call);
    }
}

int repl(Object* globals) {
    bool tty = isatty(0);
    Obj hook = builtin_new("displayhook", repl_display);
    dict_set(globals, intern_cstr("__displayhook__"), hook.get());
    int counter = 0;
    for (;;) {
        std::string source, line;
        if (!read_line(">>> ", tty, line)) {
            if (!tty) fputs("\n", stderr);
            return 0;
        }
        source = line + "\n";
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        std::string filename = "<python-input-" + std::to_string(counter++) + ">";
        bool block = !line.empty() && line.find_last_not_of(" \t") != std::string::npos &&
                     line[line.find_last_not_of(" \t")] == ':';
        for (;;) {
            bool need_more = block;
            if (!block) {
                try {
                    parse(source, filename, ParseMode::File);
                } catch (PyError&) {
                    Obj e = fetch_exception();
                    need_more = incomplete_input(e.get());
                }
            }
            if (!need_more) break;
            if (!read_line("... ", tty, line)) break;
            if (block && line.find_first_not_of(" \t") == std::string::npos) break;
            source += line + "\n";
        }
        try {
            register_source(filename, source);
            std::unique_ptr<Module> m = parse(source, filename, ParseMode::File);
            wrap_expression_statements(*m);
            Ref<CodeObject> code = compile(*m, filename);
            if (interp.dis) {
                std::string text = disassemble(code.get());
                fwrite(text.data(), 1, text.size(), stdout);
            }
            run_code(code.get(), globals, globals);
            fflush(stdout);
        } catch (PyError&) {
            Obj e = fetch_exception();
            if (is_subtype(type_of(e.get()), Exc_SystemExit)) return report_exception(e);
            print_exception(e.get());
        }
    }
}

bool read_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::stringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

// Parse the command line the way CPython does: options stop at the script name or after -c.
bool parse_options(int argc, char** argv, Options& o) {
    int i = 1;
    for (; i < argc; i++) {
        std::string a = argv[i];
        if (a == "-c") {
            if (i + 1 >= argc) { fprintf(stderr, "Argument expected for the -c option\n%s", usage); o.exit_code = 2; return false; }
            o.has_command = true;
            o.command = argv[++i];
            i++;
            break;
        } else if (a == "-i") {
            o.interactive = true;
        } else if (a.rfind("-X", 0) == 0) {
            std::string x = a.size() > 2 ? a.substr(2) : (i + 1 < argc ? argv[++i] : "");
            if (x.empty()) { fprintf(stderr, "Argument expected for the -X option\n%s", usage); o.exit_code = 2; return false; }
            size_t eq = x.find('=');
            std::string name = x.substr(0, eq), value = eq == std::string::npos ? "" : x.substr(eq + 1);
            if (name == "gil") {
                if (value != "0" && value != "1") {
                    fprintf(stderr, "Fatal Python error: config_read_gil: -X gil=%s is invalid; use 0 or 1\n", value.c_str());
                    o.exit_code = 1;
                    return false;
                }
                gil_enabled = value == "1";
            } else if (name == "stats") {
                stats_enabled = true;
            }
            o.xoptions.emplace_back(name, eq == std::string::npos ? "" : value);
        } else if (a == "--dis") {
            interp.dis = true;
        } else if (a == "-h" || a == "--help") {
            fputs(usage, stdout);
            return false;
        } else if (a == "-V" || a == "--version") {
            puts("Python 3.14.0 (minipy)");
            return false;
        } else if (a == "-") {
            i++;
            o.script = "-";
            break;
        } else if (a.size() > 1 && a[0] == '-') {
            fprintf(stderr, "Unknown option: %s\n%s", a.c_str(), usage);
            o.exit_code = 2;
            return false;
        } else {
            o.script = a;
            i++;
            break;
        }
    }
    for (; i < argc; i++) o.args.push_back(argv[i]);
    return true;
}

// The end of the main program: if it imported threading, threading._shutdown() joins every
// non-daemon thread (CPython does the same in Py_FinalizeEx).  An exception in it is printed.
void wait_for_threads() {
    Obj name = str_new("threading");
    Obj mod = dict_get(interp.modules, name.get());
    if (!mod) return;
    try {
        Obj shutdown = getattr_opt(mod.get(), intern_cstr("_shutdown"));
        if (shutdown) call(shutdown.get(), nullptr, 0, nullptr);
    } catch (PyError&) {
        report_exception(fetch_exception());
    }
}

// sys._xoptions: {'gil': '1', 'stats': True} — True for an option given without a value.
void set_xoptions(const Options& o) {
    Obj d = dict_new();
    for (auto& [name, value] : o.xoptions) {
        Obj v = value.empty() ? newref(Py_True) : str_new(value);
        dict_set(d.get(), str_new(name).get(), v.get());
    }
    dict_set(module_dict(interp.sys), intern_cstr("_xoptions"), d.get());
}

// At exit, with -X stats: fold this thread's counters in and print the totals.
void finish_stats() {
    if (!stats_enabled) return;
    fflush(stdout);
    add_thread_stats(tstate());
    print_stats();
}

struct MainArgs { int argc; char** argv; int status; };

void* interpreter_thread(void* p) {
    auto* ma = static_cast<MainArgs*>(p);
    Options o;
    if (!parse_options(ma->argc, ma->argv, o)) { ma->status = o.exit_code; return nullptr; }

    // sys.argv: [script, args...], ['-c', args...], or [''] for the REPL.
    std::vector<std::string> sysargv;
    sysargv.push_back(o.has_command ? "-c" : o.script == "-" ? "-" : o.script);
    for (auto& a : o.args) sysargv.push_back(a);
    std::vector<char*> cargv;
    for (auto& s : sysargv) cargv.push_back(s.data());
    cargv.push_back(nullptr);

    // PYTHON_GIL=0/1 as in CPython's free-threaded build; -X gil wins over it.
    if (const char* env = getenv("PYTHON_GIL")) {
        bool from_x = false;
        for (auto& x : o.xoptions) from_x |= x.first == "gil";
        if (!from_x && std::string(env) == "1") gil_enabled = true;
        else if (!from_x && std::string(env) != "0" && *env) {
            fprintf(stderr, "Fatal Python error: config_read_gil: PYTHON_GIL=%s is invalid; use 0 or 1\n", env);
            ma->status = 1;
            return nullptr;
        }
    }
    // The JIT: PYTHON_JIT=1/0 as in CPython 3.14; -X jit (or -X jit=0/1) wins over it.
    {
        bool on = false, dump = false, perf = false;
        int threshold = -1;
        if (const char* env = getenv("PYTHON_JIT")) on = std::string(env) == "1";
        for (auto& [name, value] : o.xoptions) {
            if (name == "jit") on = value != "0";
            else if (name == "jit-dump") dump = true;
            else if (name == "perf") perf = true;
            else if (name == "jit-threshold") {
                char* end = nullptr;
                long n = strtol(value.c_str(), &end, 10);
                if (value.empty() || *end || n < 0 || n > 1000000000) {
                    fprintf(stderr, "Fatal Python error: -X jit-threshold=%s is invalid; use a number >= 0\n", value.c_str());
                    ma->status = 1;
                    return nullptr;
                }
                threshold = int(n);
            }
        }
        jit_configure(on || dump, threshold, dump, perf);  // -X jit-dump implies -X jit
    }
    ThreadState* ts = thread_state_new();
    gil_acquire(ts);  // no-op unless the GIL is on
    runtime_init(int(sysargv.size()), cargv.data());
    set_xoptions(o);
    int status = 0;
    {
        Obj globals = new_globals("__main__");
        {  // sys.modules['__main__']: the module whose namespace is the program's globals
            Obj main_module = module_new("__main__");
            auto* mm = static_cast<ModuleObject*>(main_module.get());
            Object* fresh = mm->dict;
            mm->dict = newref(globals.get()).release();
            decref(fresh);
            dict_set(interp.modules, intern_cstr("__main__"), main_module.get());
        }
        if (o.has_command) {
            status = run_main(o.command, "<string>", globals.get());
        } else if (!o.script.empty() && o.script != "-") {
            std::string source;
            if (!read_file(o.script, source)) {
                fprintf(stderr, "minipy: can't open file '%s': [Errno 2] No such file or directory\n", o.script.c_str());
                status = 2;
            } else {
                dict_set(globals.get(), intern_cstr("__file__"), str_new(o.script).get());
                status = run_main(source, o.script, globals.get());
            }
        } else if (o.interactive || isatty(0)) {
            status = repl(globals.get());
            o.interactive = false;
        } else {
            std::stringstream ss;
            ss << std::cin.rdbuf();
            status = run_main(ss.str(), "<stdin>", globals.get());
        }
        if (o.interactive && status == 0) status = repl(globals.get());
        wait_for_threads();
        if (thread_running_count() > 0) {
            // Daemon threads are still running Python code: tearing objects down under them
            // would be a use-after-free, so end the process now, as CPython ends daemon threads.
            runtime_fini();
            finish_stats();
            _exit(status);
        }
        dict_clear(globals.get());  // break the module ↔ function cycles before exit
    }
    runtime_fini();
    fflush(stdout);
    finish_stats();
    thread_state_delete(ts);
    ma->status = status;
    return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
    MainArgs ma{argc, argv, 0};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, size_t(256) << 20);
    pthread_t th;
    if (pthread_create(&th, &attr, interpreter_thread, &ma) != 0) {
        interpreter_thread(&ma);  // no big stack available: run on the main thread
    } else {
        pthread_join(th, nullptr);
    }
    pthread_attr_destroy(&attr);
    fflush(stdout);
    return ma.status;
}
