// builtins.h — what the files of the built-in library share (and nobody else needs).
//
// The built-in functions and modules are split by idea:
//   builtins.cpp    the `builtins` module: len, repr, min/max, sum, getattr, globals ...,
//                   plus the argument-checking helpers below that every module uses
//   iterators.cpp   the lazy iterator types: enumerate, zip, map, filter, reversed,
//                   callable_iterator (iter(f, sentinel))
//   textio.cpp      print(), input() and the sys.stdout / sys.stderr / sys.stdin objects
//   modules.cpp     import machinery, the sys and time modules, new_globals()
//   mathmodule.cpp  the math module
//
// Comes in: minipy.h.  Goes out: a handful of declarations between those five files.
// Read next: builtins.cpp (init_builtins ties everything together).
#pragma once
#include "minipy.h"

// ── Argument checks with CPython's exact messages (builtins.cpp) ──
// fname is the name CPython prints: "len", or "math.sqrt" for module functions.
void check_no_kwargs(const char* fname, Object* kwnames);           // "f() takes no keyword arguments"
void check_one_arg(const char* fname, size_t nargs, Object* kwnames);  // "f() takes exactly one argument (2 given)"
void check_no_args(const char* fname, size_t nargs, Object* kwnames);  // "f() takes no arguments (1 given)"
// "f expected 2 arguments, got 1" / "f expected at least 1 argument, got 0" / "... at most ..."
void check_positional(const char* fname, size_t nargs, size_t min, size_t max);
size_t kwcount(Object* kwnames);                                      // len(kwnames), 0 if null
// Name of the i-th keyword argument as a std::string_view.
std::string_view kwname_at(Object* kwnames, size_t i);
// A built-in function stored under `name` in a module (or builtins) dict.
void add_function(Object* dict, const char* name, NativeFn fn);
// The special method `name` of o's type, bound to o (null if the type has none).
Obj lookup_special(Object* o, const char* name);

// ── iterators.cpp ──
void init_iterator_types(Object* builtins_dict);   // ready the types, store enumerate/zip/... as names
Obj callable_iterator_new(Object* callable, Object* sentinel);  // iter(callable, sentinel)
Obj seq_iter_new(Object* seq);   // iter(o) for an o with __getitem__ but no __iter__ (seq[0], seq[1], ...)

// ── textio.cpp ──
void init_textio(Object* builtins_dict, Object* sys_dict);  // print, input; sys.stdout/stderr/stdin

// ── modules.cpp ──
Object* make_sys_module();     // creates sys (borrowed: sys.modules keeps it); sets interp.sys, interp.modules
void add_module(Object* module);  // sys.modules[module.__name__] = module
Obj new_module(const char* name);  // a module object with __name__ and __doc__ set
void add_module_function(Object* module, const char* name, NativeFn fn);
Object* module_dict(Object* module);  // borrowed
void add_sys_info_records(Object* sys);  // sys.float_info, sys.int_info (modules.cpp)

// ── threadmodule.cpp ──
Obj make_thread_module();  // _thread: start_new_thread, allocate_lock, RLock, get_ident ...
int64_t thread_running_count();  // threads started through _thread that have not finished yet

// Modules written in Python (lib/*.py), frozen into the binary by lib/freeze.sh: a table ending
// in {nullptr, nullptr}.  import_module falls back to it after sys.path.  lib/a/b.py is
// module "a.b"; lib/a/__init__.py is package "a" (is_package).
struct FrozenModule { const char* name; const char* source; bool is_package; };
extern const FrozenModule frozen_modules[];

// ── the other built-in modules, one file each ──
Obj make_math_module();        // math (mathmodule.cpp)
Obj make_random_module();      // _random: the Mersenne Twister (randommodule.cpp)
Obj make_dis_module();         // dis: dis.dis(f) prints what --dis prints (execmodule.cpp)
void add_exec_builtins(Object* builtins_dict);  // compile, exec, eval (execmodule.cpp)
Obj builtin_locals_dict();     // what locals() returns in the running frame (builtins.cpp)
Obj make_templatelib_module();  // _templatelib: Template, Interpolation, convert (templatelib.cpp)
Obj make_cmath_module();       // cmath (complexobject.cpp)
Obj make_array_module();       // array: packed arrays of C numbers (arraymodule.cpp)
Obj make_traceback_module();   // traceback: format_exc, print_exc, format_exception ... (traceback.cpp)
Obj make_posix_module();       // posix: open/read/write/close, stat, listdir ... (posixmodule.cpp)
Obj builtin_open(Object*, Object* const* args, size_t nargs, Object* kwnames);  // open() = io.open (posixmodule.cpp)
