// compiler.cpp — compiler pass 2: statements become bytecode.
//
// What this step does: walks the AST of one scope at a time and appends instructions to a
// "unit" (compiler.h: struct Unit), one unit per code object — the module, each def, lambda,
// class body and generator expression (list/set/dict comprehensions are inlined, compile_expr.cpp).  A nested def is compiled completely (its own unit) and then
// appears in the parent as a constant: LOAD_CONST <code>; MAKE_FUNCTION.
//
// Jumps name labels, not positions: new_label() makes one, bind() fixes it to the next
// instruction, and assemble.cpp replaces labels by instruction indices at the end.
//
// Exceptions use CPython 3.11's zero-cost scheme: no instruction runs when a `try` is entered.
// Instead every instruction remembers which handler covers it (Instr::handler), and assembly
// turns runs of equal handlers into the exception table.  The handler in force is found through
// the stack of "frame blocks" (struct FBlock): a try body, an except clause, a with body, a loop.
// The same stack tells `return`, `break` and `continue` what to undo on the way out (pop a for
// loop's iterator, call a with's __exit__, run a finally body, restore the handled exception),
// exactly as CPython's compiler_unwind_fblock does.
//
// Comes in: the Module AST and its SymbolTable (symtable.cpp).  Goes out: the module CodeObject.
// Read next: compile_expr.cpp (expressions), then assemble.cpp.
#include "compiler.h"

#include <algorithm>

Ref<CodeObject> compile(Module& module, const std::string& filename) {
    std::unique_ptr<SymbolTable> st = build_symtable(module, filename);
    Compiler c(*st, filename);
    return c.compile_module(module);
}

// ───────────── units ─────────────

void Compiler::enter_unit(Block* b, const std::string& name, const std::string& qualname, int firstlineno) {
    auto u = std::make_unique<Unit>();
    u->block = b;
    u->co = code_new();
    u->co->name = name;
    u->co->qualname = qualname;
    u->co->filename = filename_;
    u->co->firstlineno = firstlineno;
    if (b->nested) u->co->flags |= CO_NESTED;
    u->private_name = b->kind == BlockKind::Class ? b->name : (u_ ? u_->private_name : std::string());
    // Slots: parameters first; other fast locals are appended as the code first mentions them.
    for (const std::string& p : b->params) {
        u->varindex[p] = int(u->varnames.size());
        u->varnames.push_back(p);
    }
    // Then cells that are not parameters and free variables, each group sorted by name (CPython).
    std::vector<std::string> cells, frees;
    for (auto& [name_, sym] : b->symbols) {
        bool comp_cell = (sym.flags & DEF_COMP_CELL) && sym.scope != SymScope::Free && !(sym.flags & DEF_FREE_CLASS);
        if (sym.scope == SymScope::Cell || comp_cell) {
            auto p = u->varindex.find(name_);
            if (p != u->varindex.end()) u->param_cells[name_] = p->second;
            else cells.push_back(name_);
        } else if (sym.scope == SymScope::Free || (b->kind == BlockKind::Class && (sym.flags & DEF_FREE_CLASS))) {
            frees.push_back(name_);
        }
    }
    if (b->needs_class_closure) cells.push_back("__class__");
    std::sort(cells.begin(), cells.end());
    std::sort(frees.begin(), frees.end());
    u->ncells = cells.size();
    for (auto* group : {&cells, &frees})
        for (const std::string& n : *group) {
            u->derefindex[n] = int(u->derefs.size());
            u->derefs.push_back(n);
        }
    u_ = u.get();
    units_.push_back(std::move(u));
}

Ref<CodeObject> Compiler::leave_unit() {
    for (ColdBlock& cb : u_->cold) {
        bind(cb.label);
        u_->instrs.insert(u_->instrs.end(), cb.instrs.begin(), cb.instrs.end());
    }
    assemble(*u_, filename_);
    Ref<CodeObject> co = u_->co;
    units_.pop_back();
    u_ = units_.empty() ? nullptr : units_.back().get();
    return co;
}

// CPython's compiler_set_qualname: C.method, f.<locals>.g, and a def declared `global` is just g.
// Comprehensions other than generator expressions are inlined in CPython 3.12+, so they add
// nothing to the names of the functions defined inside them.
std::string Compiler::qualname_for(const std::string& name) const {
    const Unit* parent = nullptr;
    for (size_t i = units_.size(); i-- > 0;) {
        const Block* b = units_[i]->block;
        if (b->kind == BlockKind::Comprehension && b->name != "<genexpr>") continue;
        parent = units_[i].get();
        break;
    }
    if (!parent || parent->block->kind == BlockKind::Module) return name;
    if (parent->block->scope_of(mangle(parent->private_name, name)) == SymScope::GlobalExplicit &&
        name[0] != '<')
        return name;
    std::string base = parent->co->qualname;
    if (parent->block->function_like()) base += ".<locals>";
    return base + "." + name;
}

// ───────────── emitting instructions ─────────────

void Compiler::emit(uint8_t op, uint32_t arg, const Location& loc) {
    Instr in;
    in.op = op;
    in.arg = arg;
    in.loc = loc;
    in.handler = current_handler();
    u_->instrs.push_back(in);
}

void Compiler::emit_jump(uint8_t op, int label, const Location& loc) {
    emit(op, 0, loc);
    u_->instrs.back().target = label;
    u_->instrs.back().generic_jump = op == OP_JUMP_FORWARD;  // direction decided at assembly
}

int Compiler::new_label() {
    u_->labels.push_back(-1);
    return int(u_->labels.size()) - 1;
}

void Compiler::bind(int label) {
    u_->labels[size_t(label)] = int(u_->instrs.size());
    u_->bound_at = u_->instrs.size();
}

bool Compiler::reachable() const {
    if (u_->instrs.empty() || u_->bound_at == u_->instrs.size()) return true;
    switch (u_->instrs.back().op) {
    case OP_RETURN_VALUE: case OP_RERAISE: case OP_RAISE_VARARGS: case OP_JUMP_FORWARD: case OP_JUMP_BACKWARD:
        return false;
    default:
        return true;
    }
}

// A frame block, optionally with an exception handler covering the instructions emitted while it
// is on the stack.  The handler's stack depth is the depth at the next instruction, plus adjust.
int Compiler::push_fblock(FBKind kind, const Pos& pos, int handler_label, int adjust) {
    FBlock fb;
    fb.kind = kind;
    fb.pos = pos;
    if (handler_label >= 0) {
        u_->handlers.push_back(Handler{handler_label, int(u_->instrs.size()), adjust});
        fb.handler = int(u_->handlers.size()) - 1;
    }
    u_->fblocks.push_back(fb);
    return int(u_->fblocks.size()) - 1;
}

void Compiler::pop_fblock() { u_->fblocks.pop_back(); }

int Compiler::current_handler() const {
    for (size_t i = u_->fblocks.size(); i-- > 0;) {
        const FBlock& fb = u_->fblocks[i];
        if (fb.handler >= 0 && fb.handler_active) return fb.handler;
    }
    return -1;
}

// ───────────── names ─────────────

int Compiler::add_name(const std::string& s) {
    auto it = u_->name_index.find(s);
    if (it != u_->name_index.end()) return it->second;
    int i = int(u_->co->names.size());
    u_->co->names.push_back(intern(s).release());
    u_->name_index[s] = i;
    return i;
}

int Compiler::local_slot(const std::string& name) {
    auto it = u_->varindex.find(name);
    if (it != u_->varindex.end()) return it->second;
    int i = int(u_->varnames.size());
    u_->varnames.push_back(name);
    u_->varindex[name] = i;
    return i;
}

// The slot of a cell or free variable: a parameter cell has its parameter slot; the others count
// from the end of the fast locals (SlotFix::Deref, resolved at assembly).
int Compiler::closure_slot(const std::string& name, SlotFix* fix) {
    // A cell bound by an inlined comprehension being compiled (a lambda in it captures its variable).
    for (size_t i = u_->inlined.size(); i-- > 0;) {
        SymScope sc = u_->inlined[i]->scope_of(name);
        if (sc == SymScope::Cell) return comp_slot(name, fix);
        if (sc != SymScope::Free) break;
    }
    auto p = u_->param_cells.find(name);
    if (p != u_->param_cells.end()) {
        *fix = SlotFix::None;
        return p->second;
    }
    auto d = u_->derefindex.find(name);
    if (d == u_->derefindex.end())
        raise_msg(Exc_RuntimeError, "internal compiler error: no cell for '" + name + "' in " + u_->co->qualname);
    *fix = SlotFix::Deref;
    return d->second;
}

// The one slot of the current code that a name bound by an inlined comprehension uses: the
// enclosing code's own slot for that name (cell, free or fast), else a (hidden) fast local.
int Compiler::comp_slot(const std::string& m, SlotFix* fix) {
    *fix = SlotFix::None;
    auto p = u_->param_cells.find(m);
    if (p != u_->param_cells.end()) return p->second;
    auto d = u_->derefindex.find(m);
    if (d != u_->derefindex.end()) {
        *fix = SlotFix::Deref;
        return d->second;
    }
    return local_slot(m);
}

// A name inside inlined comprehensions: the innermost comprehension that binds it decides (its
// loop variables are fast locals or cells of this code, even in module and class code).  Names
// free in all of them belong to the enclosing code; in a class body they skip the class
// namespace (LOAD_DEREF / LOAD_GLOBAL, not LOAD_FROM_DICT_OR_DEREF / LOAD_NAME), as in a
// function.  Returns false when emit_name's ordinary rules give the right instruction.
bool Compiler::emit_inlined_name(const std::string& m, Ctx ctx, const Location& loc) {
    static const uint8_t fast[3] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
    static const uint8_t deref[3] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF};
    static const uint8_t global[3] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL};
    static const uint8_t name[3] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};
    Block* b = u_->block;
    for (size_t i = u_->inlined.size(); i-- > 0;) {
        SymScope sc = u_->inlined[i]->scope_of(m);
        if (sc == SymScope::Free) continue;  // bound further out
        if (sc == SymScope::Local || sc == SymScope::Cell) {
            SlotFix fix;
            int slot = comp_slot(m, &fix);
            emit((sc == SymScope::Cell ? deref : fast)[int(ctx)], uint32_t(slot), loc);
            u_->instrs.back().fix = fix;
        } else {
            bool by_name = b->kind == BlockKind::Module && sc != SymScope::GlobalExplicit;
            emit((by_name ? name : global)[int(ctx)], uint32_t(add_name(m)), loc);
        }
        return true;
    }
    if (b->function_like() || b->kind == BlockKind::Module) return false;
    SlotFix fix;  // class body: a free variable of the class code
    int slot = closure_slot(m, &fix);
    emit(deref[int(ctx)], uint32_t(slot), loc);
    u_->instrs.back().fix = fix;
    return true;
}

// Load, store or delete a name: which instruction depends on the scope the symbol table found
// and on the kind of code (CPython's compiler_nameop).
void Compiler::emit_name(const std::string& name, Ctx ctx, const Location& loc) {
    std::string m = mangled(name);
    if (!u_->inlined.empty() && emit_inlined_name(m, ctx, loc)) return;
    Block* b = u_->block;
    bool fn = b->function_like();
    enum { FAST, DEREF, GLOBAL, NAME } how = NAME;
    switch (b->scope_of(m)) {
    case SymScope::Free:
    case SymScope::Cell: how = DEREF; break;
    case SymScope::Local: how = fn ? FAST : NAME; break;
    case SymScope::GlobalImplicit: how = fn ? GLOBAL : NAME; break;
    case SymScope::GlobalExplicit: how = GLOBAL; break;
    case SymScope::Unknown: how = fn ? GLOBAL : NAME; break;
    }
    static const uint8_t ops[4][3] = {
        {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST},
        {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
        {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
        {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME},
    };
    uint8_t op = ops[how][int(ctx)];
    if (how == FAST) {
        emit(op, uint32_t(local_slot(m)), loc);
    } else if (how == DEREF) {
        // A class body reads its free variables from the class namespace first.
        if (b->kind == BlockKind::Class && ctx == Ctx::Load) op = OP_LOAD_FROM_DICT_OR_DEREF;
        SlotFix fix;
        int slot = closure_slot(m, &fix);
        emit(op, uint32_t(slot), loc);
        u_->instrs.back().fix = fix;
    } else {
        emit(op, uint32_t(add_name(m)), loc);
    }
}

// ───────────── the module ─────────────

static bool is_docstring(const Body& body) {
    if (body.empty() || body[0]->kind != StmtKind::ExprStmt) return false;
    Expr& e = *body[0]->value;
    return e.kind == ExprKind::Constant && e.value && is_str(e.value.get());
}

// ───────────── from __future__ import ... ─────────────

bool Compiler::is_future_import(const Stmt& s) {
    return s.kind == StmtKind::ImportFrom && s.level == 0 && s.module == "__future__";
}

// The compile-time half of a future import (the run-time half imports lib/__future__.py): the
// place, and the names CPython knows.  Every feature is already minipy's behaviour.
void Compiler::check_future_import(const Stmt& s, bool allowed_here) {
    if (!allowed_here) error(s.pos, "from __future__ imports must occur at the beginning of the file");
    static const char* const known[] = {"nested_scopes", "generators", "division", "absolute_import",
                                        "with_statement", "print_function", "unicode_literals",
                                        "barry_as_FLUFL", "generator_stop", "annotations"};
    for (const Alias& a : s.names) {
        const Pos& at = a.pos.line ? a.pos : s.pos;
        if (a.name == "braces") error(at, "not a chance");
        bool found = false;
        for (const char* k : known) found = found || a.name == k;
        if (!found) error(at, "future feature " + a.name + " is not defined");
    }
}

Ref<CodeObject> Compiler::compile_module(Module& m) {
    enter_unit(st_.top.get(), "<module>", "<module>", 1);
    emit_code_prologue(*u_, Location{});  // cells of inlined comprehensions
    if (m.mode == ParseMode::Eval) {
        // eval(): the single expression's value is the result.
        Stmt& s = *m.body.at(0);
        compile_expr(*s.value);
        emit(OP_RETURN_VALUE, 0, loc_of(s.pos));
        return leave_unit();
    }
    size_t first = 0;
    if (is_docstring(m.body)) {
        Location loc = loc_of(m.body[0]->pos);
        emit_load_const(m.body[0]->value->value.get(), loc);
        emit(OP_STORE_NAME, uint32_t(add_name("__doc__")), loc);
        first = 1;
    }
    // `from __future__ import x` is allowed only before every other statement but the docstring.
    bool future_allowed = true;
    for (size_t i = first; i < m.body.size(); i++) {
        Stmt& st = *m.body[i];
        if (is_future_import(st)) check_future_import(st, future_allowed);
        else future_allowed = false;
        compile_stmt(st);
    }
    if (reachable()) {
        Location loc = m.body.empty() ? Location{1, 1, 0, 0} : loc_of(m.body.back()->pos);
        emit_none(loc);
        emit(OP_RETURN_VALUE, 0, loc);
    }
    return leave_unit();
}

// ───────────── functions and classes ─────────────

// COPY_FREE_VARS, then a MAKE_CELL per cell slot, in slot order (CPython's prefix instructions).
// They get no line number (line 0): they never raise.
void Compiler::emit_code_prologue(Unit& u, const Location& loc) {
    Location none;
    size_t nfree = u.derefs.size() - u.ncells;
    if (nfree) emit(OP_COPY_FREE_VARS, uint32_t(nfree), none);
    std::vector<int> param_slots;
    for (auto& [name, slot] : u.param_cells) param_slots.push_back(slot);
    std::sort(param_slots.begin(), param_slots.end());
    for (int slot : param_slots) emit(OP_MAKE_CELL, uint32_t(slot), none);
    for (size_t i = 0; i < u.ncells; i++) {
        emit(OP_MAKE_CELL, uint32_t(i), none);
        u_->instrs.back().fix = SlotFix::Deref;
    }
}

// Decorators are evaluated first, each followed by the NULL of the call protocol; once the
// function exists, CALL 1 applies them from the innermost outwards.
void Compiler::compile_decorators(const std::vector<ExprP>& decorators) {
    for (auto& d : decorators) {
        compile_expr(*d);
        emit(OP_PUSH_NULL, 0, loc_of(d->pos));
    }
}

void Compiler::apply_decorators(const std::vector<ExprP>& decorators) {
    for (size_t i = decorators.size(); i-- > 0;) emit(OP_CALL, 1, loc_of(decorators[i]->pos));
}

// Defaults tuple and keyword-only defaults dict; returns the MAKE_FUNCTION flag bits they need.
uint32_t Compiler::compile_defaults(Arguments& args, const Location& loc) {
    uint32_t flags = 0;
    if (!args.defaults.empty()) {
        for (auto& d : args.defaults) compile_expr(*d);
        emit(OP_BUILD_TUPLE, uint32_t(args.defaults.size()), loc);
        flags |= 1;
    }
    uint32_t nkw = 0;
    for (size_t i = 0; i < args.kwonlyargs.size(); i++) {
        if (i >= args.kw_defaults.size() || !args.kw_defaults[i]) continue;
        Obj key = str_new(mangled(args.kwonlyargs[i].name));
        emit_load_const(key.get(), loc);
        compile_expr(*args.kw_defaults[i]);
        nkw++;
    }
    if (nkw) {
        emit(OP_BUILD_MAP, nkw, loc);
        flags |= 2;
    }
    return flags;
}

// [defaults] [kwdefaults] [closure tuple] code → MAKE_FUNCTION flags.
void Compiler::emit_make_function(Ref<CodeObject> code, uint32_t flags, const Location& loc) {
    if (code->nfreevars > 0) {
        size_t first = size_t(code->nlocalsplus - code->nfreevars);
        for (size_t i = first; i < size_t(code->nlocalsplus); i++) {
            SlotFix fix;
            int slot = closure_slot(code->localsplusnames[i], &fix);
            emit(OP_LOAD_CLOSURE, uint32_t(slot), loc);
            u_->instrs.back().fix = fix;
        }
        emit(OP_BUILD_TUPLE, uint32_t(code->nfreevars), loc);
        flags |= 8;
    }
    emit(OP_LOAD_CONST, uint32_t(add_const_code(std::move(code))), loc);
    emit(OP_MAKE_FUNCTION, flags, loc);
}

// The code object of a def (body) or a lambda (lambda_body).
Ref<CodeObject> Compiler::compile_function_body(Block* b, const std::string& name, Arguments* args, const Body* body,
                                                Expr* lambda_body, int firstlineno, const Pos& pos) {
    std::string qualname = qualname_for(name);
    enter_unit(b, name, qualname, firstlineno);
    CodeObject* co = u_->co.get();
    co->flags |= CO_OPTIMIZED | CO_NEWLOCALS;
    co->posonlyargcount = int(args->posonlyargs.size());
    co->argcount = int(args->posonlyargs.size() + args->args.size());
    co->kwonlyargcount = int(args->kwonlyargs.size());
    if (args->vararg) co->flags |= CO_VARARGS;
    if (args->kwarg) co->flags |= CO_VARKEYWORDS;
    size_t first = 0;
    if (body && is_docstring(*body)) {
        add_const((*body)[0]->value->value.get());  // co_consts[0] is the docstring
        co->flags |= CO_HAS_DOCSTRING;
        first = 1;
    }
    emit_code_prologue(*u_, loc_of(pos));
    if (b->coroutine) {  // calling it makes a coroutine or an async generator (genobject.cpp)
        co->flags |= b->generator ? CO_ASYNC_GENERATOR : CO_COROUTINE;
        emit(OP_RETURN_GENERATOR, 0, loc_of(pos));
    } else if (b->generator) {  // calling it makes a generator (genobject.cpp)
        co->flags |= CO_GENERATOR;
        emit(OP_RETURN_GENERATOR, 0, loc_of(pos));
    }
    if (body) {
        for (size_t i = first; i < body->size(); i++) compile_stmt(*(*body)[i]);
        if (reachable()) {
            Location loc = loc_of(body->back()->pos);
            emit_none(loc);
            emit(OP_RETURN_VALUE, 0, loc);
        }
    } else {
        compile_expr(*lambda_body);
        emit(OP_RETURN_VALUE, 0, loc_of(lambda_body->pos));
    }
    return leave_unit();
}

// def f(x: int) -> str: pushes f.__annotate__, a function of its own (PEP 649):
//   def __annotate__(format, /): return {'x': int, 'return': str}
// Only reading f.__annotations__ calls it (funcobject.cpp), so the annotations may name things
// defined after the def.  (CPython's also checks format; minipy always gives the values.)
void Compiler::compile_annotate(Block* ab, Stmt& s, const Location& loc) {
    std::vector<std::pair<std::string, Expr*>> anns;
    for_each_annotation(*s.args, s.returns.get(), [&](const std::string& name, Expr& e) {
        anns.push_back({name == "return" ? name : mangled(name), &e});
    });
    emit_annotate_function(ab, qualname_for(s.name) + ".__annotate__", s.pos.line, anns, loc);
}

// Pushes __annotate__(format, /): return {name: annotation, ...} — the function a def or a class
// body makes for its annotations (PEP 649).  Names are already mangled.
void Compiler::emit_annotate_function(Block* ab, const std::string& qualname, int firstlineno,
                                      const std::vector<std::pair<std::string, Expr*>>& anns, const Location& loc) {
    enter_unit(ab, "__annotate__", qualname, firstlineno);
    CodeObject* co = u_->co.get();
    co->posonlyargcount = co->argcount = 1;
    emit_code_prologue(*u_, loc);
    for (auto& [name, e] : anns) {
        emit_load_const(str_new(name).get(), loc_of(e->pos));
        compile_expr(*e);
    }
    emit(OP_BUILD_MAP, uint32_t(anns.size()), loc);
    emit(OP_RETURN_VALUE, 0, loc);
    emit_make_function(leave_unit(), 0, loc);
}

void Compiler::compile_function_def(Stmt& s) {
    Block* b = st_.block_of(&s);
    Location loc = loc_of(s.pos);
    int firstlineno = s.decorators.empty() ? s.pos.line : s.decorators[0]->pos.line;
    compile_decorators(s.decorators);
    uint32_t flags = compile_defaults(*s.args, loc);
    if (Block* ab = st_.block_of(s.args.get())) {
        compile_annotate(ab, s, loc);
        flags |= 4;
    }
    Ref<CodeObject> code = compile_function_body(b, s.name, s.args.get(), &s.body, nullptr, firstlineno, s.pos);
    emit_make_function(std::move(code), flags, loc);
    apply_decorators(s.decorators);
    emit_name(s.name, Ctx::Store, loc);
}

// class C(B, metaclass=M): body
//   → __build_class__(<function running the body>, 'C', B, metaclass=M), then decorators.
// The body function runs with the new namespace as its locals and returns None; if a method
// uses super() / __class__, the body also stores its __class__ cell as __classcell__ so that
// type() can fill it with the finished class.
void Compiler::compile_class_def(Stmt& s) {
    Block* b = st_.block_of(&s);
    Location loc = loc_of(s.pos);
    int firstlineno = s.decorators.empty() ? s.pos.line : s.decorators[0]->pos.line;
    compile_decorators(s.decorators);

    std::string qualname = qualname_for(s.name);
    enter_unit(b, s.name, qualname, firstlineno);
    emit_code_prologue(*u_, loc);
    emit(OP_LOAD_NAME, uint32_t(add_name("__name__")), loc);
    emit(OP_STORE_NAME, uint32_t(add_name("__module__")), loc);
    Obj qn = str_new(qualname);
    emit_load_const(qn.get(), loc);
    emit(OP_STORE_NAME, uint32_t(add_name("__qualname__")), loc);
    Obj line = int_from_i64(firstlineno);
    emit_load_const(line.get(), loc);
    emit(OP_STORE_NAME, uint32_t(add_name("__firstlineno__")), loc);
    size_t first = 0;
    if (is_docstring(s.body)) {
        Location dloc = loc_of(s.body[0]->pos);
        emit_load_const(s.body[0]->value->value.get(), dloc);
        emit(OP_STORE_NAME, uint32_t(add_name("__doc__")), dloc);
        first = 1;
    }
    for (size_t i = first; i < s.body.size(); i++) compile_stmt(*s.body[i]);
    Location end = s.body.empty() ? loc : loc_of(s.body.back()->pos);
    if (Block* ab = st_.block_of(&s.body)) {  // `x: int` in the body: __annotate__ = <function>
        std::vector<Stmt*> stmts;
        collect_class_annotations(s.body, stmts);
        std::vector<std::pair<std::string, Expr*>> anns;
        for (Stmt* a : stmts) anns.push_back({mangled(a->target->id), a->annotation.get()});
        emit_annotate_function(ab, qualname + ".__annotate__", firstlineno, anns, end);
        emit(OP_STORE_NAME, uint32_t(add_name("__annotate__")), end);
    }
    if (b->needs_class_closure) {
        SlotFix fix;
        int slot = closure_slot("__class__", &fix);
        emit(OP_LOAD_CLOSURE, uint32_t(slot), end);
        u_->instrs.back().fix = fix;
        emit(OP_STORE_NAME, uint32_t(add_name("__classcell__")), end);
    }
    emit_none(end);
    emit(OP_RETURN_VALUE, 0, end);
    Ref<CodeObject> code = leave_unit();

    emit(OP_LOAD_BUILD_CLASS, 0, loc);
    emit(OP_PUSH_NULL, 0, loc);
    emit_make_function(std::move(code), 0, loc);
    Obj name = str_new(s.name);
    emit_load_const(name.get(), loc);
    compile_call_helper(2, s.bases, s.keywords, loc);
    apply_decorators(s.decorators);
    emit_name(s.name, Ctx::Store, loc);
}

// ───────────── statements ─────────────

void Compiler::compile_body(const Body& body) {
    for (auto& s : body) compile_stmt(*s);
}

void Compiler::compile_stmt(Stmt& s) {
    DepthGuard guard(depth_);
    Location loc = loc_of(s.pos);
    switch (s.kind) {
    case StmtKind::FunctionDef: compile_function_def(s); break;
    case StmtKind::ClassDef: compile_class_def(s); break;
    case StmtKind::Return: compile_return(s); break;
    case StmtKind::Delete:
        for (auto& t : s.targets) compile_delete(*t);
        break;
    case StmtKind::Assign:
        compile_expr(*s.value);
        for (size_t i = 0; i < s.targets.size(); i++) {
            if (i + 1 < s.targets.size()) emit(OP_COPY, 1, loc);
            compile_store(*s.targets[i]);
        }
        break;
    case StmtKind::AugAssign: compile_aug_assign(s); break;
    case StmtKind::AnnAssign: compile_ann_assign(s); break;
    case StmtKind::For: s.is_async ? compile_async_for(s) : compile_for(s); break;
    case StmtKind::While: compile_while(s); break;
    case StmtKind::If: compile_if(s); break;
    case StmtKind::With: compile_with(s, 0); break;
    case StmtKind::Raise: {
        uint32_t n = 0;
        if (s.exc) { compile_expr(*s.exc); n++; }
        if (s.cause) { compile_expr(*s.cause); n++; }
        emit(OP_RAISE_VARARGS, n, loc);
        break;
    }
    case StmtKind::Try: compile_try(s); break;
    case StmtKind::Assert: compile_assert(s); break;
    case StmtKind::Import: compile_import(s); break;
    case StmtKind::ImportFrom: compile_import_from(s); break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass:
        break;
    case StmtKind::ExprStmt:
        if (s.value->kind == ExprKind::Constant) break;  // a bare constant (docstring, ...) does nothing
        compile_expr(*s.value);
        emit(OP_POP_TOP, 0, loc);
        break;
    case StmtKind::Break: compile_break_continue(s, true); break;
    case StmtKind::Continue: compile_break_continue(s, false); break;
    case StmtKind::Match: compile_match(s); break;
    }
}

void Compiler::compile_if(Stmt& s) {
    int orelse = new_label();
    compile_jump_if(*s.test, orelse, false);
    compile_body(s.body);
    if (s.orelse.empty()) {
        bind(orelse);
        return;
    }
    int end = new_label();
    if (reachable()) emit_jump(OP_JUMP_FORWARD, end, loc_of(s.pos));
    bind(orelse);
    compile_body(s.orelse);
    bind(end);
}

// start: [test → POP_JUMP_IF_FALSE orelse]  body  JUMP_BACKWARD start  orelse: ...  exit:
void Compiler::compile_while(Stmt& s) {
    Location loc = loc_of(s.pos);
    int start = new_label(), orelse = new_label(), exit = new_label();
    bind(start);
    int fb = push_fblock(FBKind::WhileLoop, s.pos);
    u_->fblocks[size_t(fb)].start = start;
    u_->fblocks[size_t(fb)].exit = exit;
    Obj c = constant_value(*s.test);
    if (!(c && truthy(c.get()))) compile_jump_if(*s.test, orelse, false);  // `while True:` needs no test
    compile_loop_body(s.body);
    if (reachable()) emit_jump(OP_JUMP_FORWARD, start, loc);
    pop_fblock();
    bind(orelse);
    compile_body(s.orelse);
    bind(exit);
}

// iter GET_ITER  start: FOR_ITER cleanup  target  body  JUMP_BACKWARD start  cleanup: orelse  exit:
// FOR_ITER pops the exhausted iterator itself, so `break` must POP_TOP it before jumping to exit.
void Compiler::compile_for(Stmt& s) {
    Location loc = loc_of(s.pos);
    Location iloc = loc_of(s.iter->pos);
    int start = new_label(), cleanup = new_label(), exit = new_label();
    compile_operand(*s.iter, true);
    emit(OP_GET_ITER, 0, iloc);
    bind(start);
    int fb = push_fblock(FBKind::ForLoop, s.pos);
    u_->fblocks[size_t(fb)].start = start;
    u_->fblocks[size_t(fb)].exit = exit;
    emit_jump(OP_FOR_ITER, cleanup, iloc);
    compile_store(*s.target);
    compile_loop_body(s.body);
    if (reachable()) emit_jump(OP_JUMP_FORWARD, start, loc);
    pop_fblock();
    bind(cleanup);
    compile_body(s.orelse);
    bind(exit);
}

// async for x in it: body  (PEP 492)
//   it GET_AITER
//   start: [covered → end_async_for]  GET_ANEXT  await-loop  [end covered]  store x;  body;  JUMP start
//   end_async_for (ait exc):  END_ASYNC_FOR   (StopAsyncIteration ends the loop; else re-raised)
//   orelse
void Compiler::compile_async_for(Stmt& s) {
    Location loc = loc_of(s.pos);
    Location iloc = loc_of(s.iter->pos);
    if (!in_async_function()) error(s.pos, "'async for' outside async function");
    int start = new_label(), end_async_for = new_label(), exit = new_label();
    compile_expr(*s.iter);
    emit(OP_GET_AITER, 0, iloc);
    bind(start);
    int fb = push_fblock(FBKind::ForLoop, s.pos);
    u_->fblocks[size_t(fb)].start = start;
    u_->fblocks[size_t(fb)].exit = exit;
    push_fblock(FBKind::TryExcept, s.pos, end_async_for);  // handler depth: the iterator stays
    emit(OP_GET_ANEXT, 0, iloc);
    emit_yield_from_loop(iloc);
    pop_fblock();
    compile_store(*s.target);
    compile_loop_body(s.body);
    if (reachable()) emit_jump(OP_JUMP_FORWARD, start, loc);
    pop_fblock();
    bind(end_async_for);
    emit(OP_END_ASYNC_FOR, 0, iloc);
    compile_body(s.orelse);
    bind(exit);
}

// ───────────── return / break / continue and the frame blocks they leave ─────────────

void Compiler::emit_exit_call(const Location& loc, bool is_async) {
    // [exit] → exit(None, None, None) with the call protocol's NULL (awaited after async with),
    // result dropped.
    emit(OP_PUSH_NULL, 0, loc);
    emit_none(loc);
    emit_none(loc);
    emit_none(loc);
    emit(OP_CALL, 3, loc);
    if (is_async) emit_await(2, loc);
    emit(OP_POP_TOP, 0, loc);
}

void Compiler::emit_clear_name(const std::string& name, const Location& loc) {
    // `except E as name:` ends with name = None; del name (the exception must not stay alive).
    emit_none(loc);
    emit_name(name, Ctx::Store, loc);
    emit_name(name, Ctx::Del, loc);
}

void Compiler::emit_pop_except_and_reraise(const Location& loc) {
    // Stack: prev exc → restore prev as the handled exception, raise exc again.
    emit(OP_SWAP, 2, loc);
    emit(OP_POP_EXCEPT, 0, loc);
    emit(OP_RERAISE, 1, loc);
}

// Undo one frame block on the way out; with preserve_tos the value on top (a return value) stays on top.
void Compiler::unwind_fblock(FBlock& fb, bool preserve_tos, const Location& loc) {
    switch (fb.kind) {
    case FBKind::WhileLoop:
    case FBKind::TryExcept:
    case FBKind::InlinedComp:  // only expressions inside: never left by return/break/continue
    case FBKind::ExceptionHandler:
        break;
    case FBKind::ForLoop:
    case FBKind::PopValue:
        if (preserve_tos) emit(OP_SWAP, 2, loc);
        emit(OP_POP_TOP, 0, loc);
        break;
    case FBKind::FinallyTry:
        // Run the finally body now; a return inside it must drop our pending value first.
        if (preserve_tos) push_fblock(FBKind::PopValue, fb.pos);
        compile_body(*fb.finalbody);
        if (preserve_tos) pop_fblock();
        break;
    case FBKind::FinallyEnd:
        // Stack: prev exc [value]: drop exc, restore prev.
        if (preserve_tos) emit(OP_SWAP, 2, loc);
        emit(OP_POP_TOP, 0, loc);
        if (preserve_tos) emit(OP_SWAP, 2, loc);
        emit(OP_POP_EXCEPT, 0, loc);
        break;
    case FBKind::With:
    case FBKind::AsyncWith:
        if (preserve_tos) emit(OP_SWAP, 2, loc);
        emit_exit_call(loc, fb.kind == FBKind::AsyncWith);
        break;
    case FBKind::HandlerCleanup: {
        // Leaving the except clause: like its normal end, not covered by the clause's CLEANUP.
        FBlock* eh = u_->fblocks.empty() ? nullptr : &u_->fblocks.back();
        if (eh && eh->kind == FBKind::ExceptionHandler) eh->handler_active = false;
        if (preserve_tos) emit(OP_SWAP, 2, loc);
        emit(OP_POP_EXCEPT, 0, loc);
        if (!fb.name.empty()) emit_clear_name(fb.name, loc);
        if (eh && eh->kind == FBKind::ExceptionHandler) eh->handler_active = true;
        break;
    }
    }
}

// Unwind frame blocks from the innermost outwards.  With loop_out, stop at the innermost loop
// (returned there, not unwound) and report whether one was found.  While a block's cleanup code
// is emitted, that block is off the stack, so its own handler does not cover the cleanup.  The
// caller emits its final jump or return, then puts the blocks back with restore_fblocks().
std::vector<FBlock> Compiler::unwind_fblock_stack(bool preserve_tos, FBlock* loop_out, bool* found_loop,
                                                  const Location& loc) {
    std::vector<FBlock> popped;
    if (found_loop) *found_loop = false;
    while (!u_->fblocks.empty()) {
        FBlock top = u_->fblocks.back();
        if (loop_out && (top.kind == FBKind::WhileLoop || top.kind == FBKind::ForLoop)) {
            *loop_out = top;
            *found_loop = true;
            break;
        }
        u_->fblocks.pop_back();
        popped.push_back(top);
        unwind_fblock(top, preserve_tos, loc);
    }
    return popped;
}

void Compiler::restore_fblocks(std::vector<FBlock>& popped) {
    for (size_t i = popped.size(); i-- > 0;) u_->fblocks.push_back(popped[i]);
}

void Compiler::compile_return(Stmt& s) {
    if (!u_->block->function_like()) error(s.pos, "'return' outside function");
    check_not_in_except_star(s);
    if (s.value && (u_->co->flags & CO_ASYNC_GENERATOR)) error(s.pos, "'return' with value in async generator");
    Location loc = loc_of(s.pos);
    // The value is computed before any finally body runs; a constant is simply loaded after.
    bool preserve = s.value && !constant_value(*s.value);
    if (preserve) compile_expr(*s.value);
    std::vector<FBlock> popped = unwind_fblock_stack(preserve, nullptr, nullptr, loc);
    if (!s.value) emit_none(loc);
    else if (!preserve) compile_expr(*s.value);
    emit(OP_RETURN_VALUE, 0, loc);
    restore_fblocks(popped);
}

// A loop's body: break/continue there stay inside the loop, so they are fine in an except*.
void Compiler::compile_loop_body(Body& body) {
    int saved = u_->except_star;
    u_->except_star = 0;
    compile_body(body);
    u_->except_star = saved;
}

void Compiler::check_not_in_except_star(const Stmt& s) {
    if (u_->except_star) error(s.pos, "'break', 'continue' and 'return' cannot appear in an except* block");
}

void Compiler::compile_break_continue(Stmt& s, bool is_break) {
    check_not_in_except_star(s);
    Location loc = loc_of(s.pos);
    FBlock loop;
    bool found = false;
    std::vector<FBlock> popped = unwind_fblock_stack(false, &loop, &found, loc);
    if (!found) error(s.pos, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    if (is_break) {
        unwind_fblock(loop, false, loc);  // a for loop's iterator
        emit_jump(OP_JUMP_FORWARD, loop.exit, loc);
    } else {
        emit_jump(OP_JUMP_FORWARD, loop.start, loc);
    }
    restore_fblocks(popped);
}

// ───────────── try / except / finally ─────────────

void Compiler::compile_try(Stmt& s) {
    if (!s.finalbody.empty()) compile_try_finally(s);
    else compile_try_except(s);
}

//   body [covered → H]  orelse  JUMP end
//   H:        PUSH_EXC_INFO [covered → CLEANUP]
//             per clause: type CHECK_EXC_MATCH POP_JUMP_IF_FALSE next; bind name; body; POP_EXCEPT; JUMP end
//             RERAISE                      (no clause matched)
//   CLEANUP:  SWAP 2; POP_EXCEPT; RERAISE  (an exception inside a clause: restore the old one first)
//   end:
// try/except* (PEP 654): each clause takes the part of the exception (group) that matches its
// type; what no clause took, what a clause re-raised and what one raised anew leave together.
//   body [covered → H] orelse JUMP end
//   H (exc):  PUSH_EXC_INFO  COPY 1  BUILD_LIST 0  SWAP 2       prev orig [] exc
//   per clause:  type CHECK_EG_MATCH  COPY 1  POP_JUMP_IF_NONE no  store match
//                body [covered → R: LIST_APPEND 2]  JUMP next;  no: POP_TOP;  next:
//   LIST_APPEND 1  PREP_RERAISE_STAR  COPY 1  POP_JUMP_IF_NOT_NONE raise
//   POP_TOP POP_EXCEPT JUMP end;  raise: RERAISE 0 [covered → CLEANUP]
void Compiler::compile_try_star(Stmt& s) {
    Location none;
    int handler = new_label(), end = new_label(), cleanup = new_label(), reraise = new_label();
    push_fblock(FBKind::TryExcept, s.pos, handler);
    compile_body(s.body);
    pop_fblock();
    compile_body(s.orelse);
    if (reachable()) emit_jump(OP_JUMP_FORWARD, end, none);

    bind(handler);
    push_fblock(FBKind::ExceptionHandler, s.pos, cleanup);
    emit(OP_PUSH_EXC_INFO, 0, none);
    emit(OP_COPY, 1, none);
    emit(OP_BUILD_LIST, 0, none);
    emit(OP_SWAP, 2, none);
    for (ExceptHandler& h : s.handlers) {
        Location hloc = loc_of(h.pos);
        int next = new_label(), no_match = new_label(), raised = new_label();
        compile_expr(*h.type);
        emit(OP_CHECK_EG_MATCH, 0, hloc);
        emit(OP_COPY, 1, hloc);
        emit_jump(OP_POP_JUMP_IF_NONE, no_match, hloc);
        if (!h.name.empty()) emit_name(h.name, Ctx::Store, hloc);
        else emit(OP_POP_TOP, 0, hloc);
        push_fblock(FBKind::TryExcept, h.pos, raised);  // an exception from the clause joins the list
        u_->except_star++;
        compile_body(h.body);
        u_->except_star--;
        pop_fblock();
        if (!h.name.empty()) emit_clear_name(h.name, none);
        emit_jump(OP_JUMP_FORWARD, next, none);
        bind(raised);
        if (!h.name.empty()) emit_clear_name(h.name, none);
        emit(OP_LIST_APPEND, 2, none);
        emit_jump(OP_JUMP_FORWARD, next, none);
        bind(no_match);
        emit(OP_POP_TOP, 0, hloc);
        bind(next);
    }
    emit(OP_LIST_APPEND, 1, none);
    emit(OP_PREP_RERAISE_STAR, 0, none);
    emit(OP_COPY, 1, none);
    emit_jump(OP_POP_JUMP_IF_NOT_NONE, reraise, none);
    emit(OP_POP_TOP, 0, none);
    emit(OP_POP_EXCEPT, 0, none);
    emit_jump(OP_JUMP_FORWARD, end, none);
    bind(reraise);
    emit(OP_RERAISE, 0, none);  // prev exc: CLEANUP restores prev as it passes exc on
    pop_fblock();
    bind(cleanup);
    emit_pop_except_and_reraise(none);
    bind(end);
}

void Compiler::compile_try_except(Stmt& s) {
    if (s.handlers.front().star) {
        compile_try_star(s);
        return;
    }
    int handler = new_label(), end = new_label(), cleanup = new_label();
    push_fblock(FBKind::TryExcept, s.pos, handler);
    compile_body(s.body);
    pop_fblock();
    compile_body(s.orelse);
    Location none;
    if (reachable()) emit_jump(OP_JUMP_FORWARD, end, none);

    bind(handler);
    int eh = push_fblock(FBKind::ExceptionHandler, s.pos, cleanup);
    emit(OP_PUSH_EXC_INFO, 0, none);
    for (size_t i = 0; i < s.handlers.size(); i++) {
        ExceptHandler& h = s.handlers[i];
        Location hloc = loc_of(h.pos);
        if (!h.type && i + 1 < s.handlers.size()) error(h.pos, "default 'except:' must be last");
        int next = new_label();
        if (h.type) {
            compile_expr(*h.type);
            emit(OP_CHECK_EXC_MATCH, 0, hloc);
            emit_jump(OP_POP_JUMP_IF_FALSE, next, hloc);
        }
        int cleanup_end = -1;
        if (!h.name.empty()) {
            emit_name(h.name, Ctx::Store, hloc);
            cleanup_end = new_label();
            int fb = push_fblock(FBKind::HandlerCleanup, h.pos, cleanup_end);
            u_->fblocks[size_t(fb)].name = h.name;
        } else {
            emit(OP_POP_TOP, 0, hloc);
            push_fblock(FBKind::HandlerCleanup, h.pos);
        }
        compile_body(h.body);
        pop_fblock();
        if (reachable()) {
            // Normal end of the clause: these bookkeeping instructions are not covered by CLEANUP.
            u_->fblocks[size_t(eh)].handler_active = false;
            emit(OP_POP_EXCEPT, 0, none);
            if (!h.name.empty()) emit_clear_name(h.name, none);
            emit_jump(OP_JUMP_FORWARD, end, none);
            u_->fblocks[size_t(eh)].handler_active = true;
        }
        if (cleanup_end >= 0) {
            // An exception escaped the clause body: clear the name, then on to CLEANUP.
            bind(cleanup_end);
            emit_clear_name(h.name, none);
            emit(OP_RERAISE, 1, none);
        }
        bind(next);
    }
    emit(OP_RERAISE, 0, none);
    pop_fblock();
    bind(cleanup);
    emit_pop_except_and_reraise(none);
    bind(end);
}

//   body [covered → F_EXC]  finalbody  JUMP exit
//   F_EXC:    PUSH_EXC_INFO [covered → CLEANUP]  finalbody  RERAISE
//   CLEANUP:  SWAP 2; POP_EXCEPT; RERAISE
//   exit:
void Compiler::compile_try_finally(Stmt& s) {
    Location none;
    int fexc = new_label(), exit = new_label(), cleanup = new_label();
    int fb = push_fblock(FBKind::FinallyTry, s.pos, fexc);
    u_->fblocks[size_t(fb)].finalbody = &s.finalbody;
    if (!s.handlers.empty()) compile_try_except(s);
    else compile_body(s.body);
    pop_fblock();
    compile_body(s.finalbody);
    if (reachable()) emit_jump(OP_JUMP_FORWARD, exit, none);

    bind(fexc);
    push_fblock(FBKind::FinallyEnd, s.pos, cleanup);
    emit(OP_PUSH_EXC_INFO, 0, none);
    // The same body again, for the exception path: CPython warns about it only once.
    warnings_off_++;
    compile_body(s.finalbody);
    warnings_off_--;
    emit(OP_RERAISE, 0, none);
    pop_fblock();
    bind(cleanup);
    emit_pop_except_and_reraise(none);
    bind(exit);
}

// ───────────── with ─────────────

//   mgr BEFORE_WITH → exit res;  store res [covered → W_EXC, depth without res]
//   body;  exit(None, None, None);  JUMP after
//   W_EXC (exit exc):  PUSH_EXC_INFO [covered → CLEANUP]  WITH_EXCEPT_START
//                      POP_JUMP_IF_TRUE suppress;  RERAISE
//   suppress:          POP_TOP (exc)  POP_EXCEPT (prev)  POP_TOP (exit)  JUMP after
//   CLEANUP:           SWAP 2; POP_EXCEPT; RERAISE
//   after:
// Several items nest: `with a, b:` is `with a: with b:`.
//
// async with is the same with BEFORE_ASYNC_WITH, and each of __aenter__(), __aexit__(...) and
// the exceptional __aexit__ call awaited where its result appears.
void Compiler::compile_with(Stmt& s, size_t index) {
    WithItem& item = s.items[index];
    Location cloc = loc_of(item.context_expr->pos);
    bool async = s.is_async;
    if (async && !in_async_function()) error(s.pos, "'async with' outside async function");
    int wexc = new_label(), after = new_label(), cleanup = new_label(), suppress = new_label();
    compile_expr(*item.context_expr);
    if (async) {
        emit(OP_BEFORE_ASYNC_WITH, 0, cloc);
        emit_await(1, cloc);
    } else {
        emit(OP_BEFORE_WITH, 0, cloc);
    }
    push_fblock(async ? FBKind::AsyncWith : FBKind::With, s.pos, wexc, -1);  // handler depth: exit stays, res does not
    if (item.optional_vars) compile_store(*item.optional_vars);
    else emit(OP_POP_TOP, 0, cloc);
    if (index + 1 < s.items.size()) compile_with(s, index + 1);
    else compile_body(s.body);
    pop_fblock();
    if (reachable()) {
        emit_exit_call(cloc, async);
        emit_jump(OP_JUMP_FORWARD, after, cloc);
    }

    bind(wexc);
    push_fblock(FBKind::ExceptionHandler, s.pos, cleanup);
    emit(OP_PUSH_EXC_INFO, 0, cloc);
    emit(OP_WITH_EXCEPT_START, 0, cloc);
    if (async) emit_await(2, cloc);
    emit_jump(OP_POP_JUMP_IF_TRUE, suppress, cloc);
    emit(OP_RERAISE, 2, cloc);
    bind(suppress);
    emit(OP_POP_TOP, 0, cloc);
    pop_fblock();
    emit(OP_POP_EXCEPT, 0, cloc);
    emit(OP_POP_TOP, 0, cloc);
    emit_jump(OP_JUMP_FORWARD, after, cloc);
    bind(cleanup);
    emit_pop_except_and_reraise(cloc);
    bind(after);
}

// ───────────── the other simple statements ─────────────

// assert test, msg  →  if not test: raise AssertionError(msg)   (located at the test, as CPython)
void Compiler::compile_assert(Stmt& s) {
    Location tloc = loc_of(s.test->pos);
    int end = new_label();
    compile_jump_if(*s.test, end, true);
    emit(OP_LOAD_ASSERTION_ERROR, 0, tloc);
    if (s.msg) {
        emit(OP_PUSH_NULL, 0, tloc);
        compile_expr(*s.msg);
        emit(OP_CALL, 1, tloc);
    }
    emit(OP_RAISE_VARARGS, 1, tloc);
    bind(end);
}

// IMPORT_NAME 'a.b.c' imports a, a.b and a.b.c and pushes the module a.b.c itself.
// import a.b.c    → IMPORT_NAME 'a.b.c', POP_TOP, IMPORT_NAME 'a' (found in sys.modules), store a
// import a.b as c → IMPORT_NAME 'a.b', store c
// (CPython passes a fromlist to IMPORT_NAME to choose between the package and the leaf; two
// IMPORT_NAMEs say the same thing without the extra operand.)
void Compiler::compile_import(Stmt& s) {
    for (Alias& a : s.names) {
        Location loc = loc_of(a.pos.line ? a.pos : s.pos);
        emit(OP_IMPORT_NAME, uint32_t(add_name(a.name)), loc);
        if (!a.asname.empty()) {
            emit_name(a.asname, Ctx::Store, loc);
            continue;
        }
        std::string top = a.name.substr(0, a.name.find('.'));
        if (top != a.name) {
            emit(OP_POP_TOP, 0, loc);
            emit(OP_IMPORT_NAME, uint32_t(add_name(top)), loc);
        }
        emit_name(top, Ctx::Store, loc);
    }
}

// from m import a, b as c → IMPORT_NAME m; IMPORT_FROM a; store a; IMPORT_FROM b; store c; POP_TOP
// A relative import's module name starts with one dot per level.
void Compiler::compile_import_from(Stmt& s) {
    Location loc = loc_of(s.pos);
    if (is_future_import(s) && u_->block->kind != BlockKind::Module)  // compile_module checks the rest
        error(s.pos, "from __future__ imports must occur at the beginning of the file");
    emit(OP_IMPORT_NAME, uint32_t(add_name(std::string(size_t(s.level), '.') + s.module)), loc);
    if (s.names.size() == 1 && s.names[0].name == "*") {  // from m import *: IMPORT_NAME m; IMPORT_STAR
        if (u_->block->kind != BlockKind::Module)
            error(s.names[0].pos.line ? s.names[0].pos : s.pos, "import * only allowed at module level");
        emit(OP_IMPORT_STAR, 0, loc);
        return;
    }
    for (Alias& a : s.names) {
        Location aloc = loc_of(a.pos.line ? a.pos : s.pos);
        emit(OP_IMPORT_FROM, uint32_t(add_name(a.name)), aloc);
        emit_name(a.asname.empty() ? a.name : a.asname, Ctx::Store, aloc);
    }
    emit(OP_POP_TOP, 0, loc);
}
