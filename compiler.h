// compiler.h — what the four files of the compiler share (and nobody else needs).
//
// The compiler turns the AST of minipy.h into CodeObjects in three passes, one file each:
//
//   symtable.cpp     pass 1: which scope does every name live in?  (local, global, cell, free)
//   compiler.cpp     pass 2: statements → instructions with symbolic jump labels
//   compile_expr.cpp         (expressions, calls, comprehensions, f-strings, constants)
//   assemble.cpp     pass 3: labels → instruction indices, the exception table, the maximum
//                    stack depth; plus the disassembler behind --dis
//
// Comes in: a parsed Module.  Goes out: compile() in compiler.cpp returns the module's CodeObject;
// the code of every function, class body and generator expression sits in its parent's
// co_consts.  List, set and dict comprehensions are inlined into their parent's code (PEP 709).
// Read next: symtable.cpp, then compiler.cpp.
#pragma once
#include "minipy.h"

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

// ───────────────────────────── Pass 1: symbol tables (symtable.cpp) ─────────────────────────────

// What pass 1 saw a scope do with a name (bits, as CPython's DEF_* flags).
enum SymFlag : uint32_t {
    DEF_LOCAL = 1,        // bound here: assigned, deleted, imported, def/class name, loop target
    DEF_PARAM = 2,        // a parameter of this function
    DEF_GLOBAL = 4,       // `global x`
    DEF_NONLOCAL = 8,     // `nonlocal x`
    USE = 16,             // read here
    DEF_FREE_CLASS = 32,  // class body: a method uses it as a free variable of an outer function
    DEF_ANNOT = 64,       // `x: int` (annotations themselves are not compiled: PEP 649)
    DEF_COMP_ITER = 128,  // a comprehension's loop variable
    DEF_COMP_CELL = 256,  // an inlined comprehension needs a cell slot for it in this code, although
                          // this scope's own uses of the name stay as they are (module, class, global)
};

// Where pass 1 decided a name lives (CPython's LOCAL, GLOBAL_EXPLICIT ...).
enum class SymScope : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };
enum class BlockKind : uint8_t { Module, Function, Lambda, Comprehension, Class };

struct Symbol {
    uint32_t flags = 0;
    SymScope scope = SymScope::Unknown;
    Pos directive;        // where `global x` / `nonlocal x` was written (for error messages)
};

// One scope: the module, a def, a lambda, a comprehension or a class body.
struct Block {
    BlockKind kind = BlockKind::Module;
    std::string name;                            // "f", "C", "<lambda>", "<listcomp>", "<module>"
    std::unordered_map<std::string, Symbol> symbols;  // keyed by the mangled name
    std::vector<std::string> order;              // symbols in first-seen order (deterministic errors)
    std::vector<std::string> params;             // parameter names in slot order
    std::vector<std::unique_ptr<Block>> children;
    bool nested = false;                         // defined inside a function (CO_NESTED)
    bool generator = false;                      // contains yield, or is a generator expression
    bool coroutine = false;                      // async def: calling it makes a coroutine
    bool needs_class_closure = false;            // class body: a method uses __class__ / super()
    bool inlined = false;                        // list/set/dict comprehension: compiled into the parent's code
    Pos pos;

    bool function_like() const { return kind == BlockKind::Function || kind == BlockKind::Lambda || kind == BlockKind::Comprehension; }
    SymScope scope_of(const std::string& name) const;
    const Symbol* find(const std::string& name) const;
};

struct SymbolTable {
    std::unique_ptr<Block> top;                            // the module
    std::unordered_map<const void*, Block*> by_node;       // Stmt* (def/class) or Expr* (lambda/comp) → its Block
    Block* block_of(const void* node) const;
};

// Builds and analyses the symbol table; raises SyntaxError for bad global/nonlocal use.
std::unique_ptr<SymbolTable> build_symtable(Module& module, const std::string& filename);

// Private name mangling: inside class C, `__x` means `_C__x` (names ending in __ are exempt).
std::string mangle(const std::string& class_name, const std::string& name);
// A def's annotations in CPython's order (parameters, then *args, keyword-only, **kwargs, and
// 'return'), each with the name it is recorded under.  symtable.cpp and compiler.cpp share it.
template <class F>
void for_each_annotation(Arguments& a, Expr* returns, F&& fn) {
    for (auto& p : a.posonlyargs) if (p.annotation) fn(p.name, *p.annotation);
    for (auto& p : a.args) if (p.annotation) fn(p.name, *p.annotation);
    if (a.vararg && a.vararg->annotation) fn(a.vararg->name, *a.vararg->annotation);
    for (auto& p : a.kwonlyargs) if (p.annotation) fn(p.name, *p.annotation);
    if (a.kwarg && a.kwarg->annotation) fn(a.kwarg->name, *a.kwarg->annotation);
    if (returns) fn("return", *returns);
}
// The `x: T` statements of a class body that annotate a plain name, in order: its own statements
// and those inside its if/for/while/try/with/match blocks, not those of nested defs or classes.
inline void collect_class_annotations(Body& body, std::vector<Stmt*>& out) {
    for (auto& st : body) {
        switch (st->kind) {
        case StmtKind::AnnAssign:
            if (st->simple && st->target->kind == ExprKind::Name) out.push_back(st.get());
            break;
        case StmtKind::FunctionDef: case StmtKind::ClassDef:
            break;
        default:
            collect_class_annotations(st->body, out);
            for (auto& h : st->handlers) collect_class_annotations(h.body, out);
            collect_class_annotations(st->orelse, out);
            collect_class_annotations(st->finalbody, out);
            for (auto& c : st->cases) collect_class_annotations(c.body, out);
        }
    }
}
inline bool has_annotations(Arguments& a, Expr* returns) {
    bool any = false;
    for_each_annotation(a, returns, [&](const std::string&, Expr&) { any = true; });
    return any;
}

// A SyntaxError at `pos`, with the source line for the caret display.
[[noreturn]] void compile_error(const std::string& filename, const Pos& pos, const std::string& msg);

// Deep ASTs (1+1+...+1) must raise RecursionError instead of overflowing the C++ stack.
constexpr int MAX_COMPILE_DEPTH = 2000;
struct DepthGuard {
    int& depth;
    explicit DepthGuard(int& d) : depth(d) {
        if (++depth > MAX_COMPILE_DEPTH) {
            --depth;  // this guard's destructor will not run
            raise_msg(Exc_RecursionError, "maximum recursion depth exceeded during compilation");
        }
    }
    ~DepthGuard() { --depth; }
};

// ───────────────────────────── Pass 2: code generation (compiler.cpp, compile_expr.cpp) ─────────

// One instruction before assembly.  `target` is a label id for jumps; `handler` is the id of the
// exception handler covering it (or -1): assemble() turns runs of equal handlers into the table.
enum class SlotFix : uint8_t { None, Deref };  // Deref: arg counts from the first cell/free slot
struct Instr {
    uint8_t op;
    uint32_t arg = 0;
    int target = -1;
    int handler = -1;
    SlotFix fix = SlotFix::None;
    bool generic_jump = false;   // an unconditional jump: forward or backward is decided at assembly
    Location loc;
};

// An exception handler: where it starts (label) and at which stack depth.  The depth is the stack
// depth found (by the flow analysis) at instruction `setup`, plus `adjust`.
struct Handler { int label; int setup; int adjust; int depth = -1; };

// Code placed after the unit's last instruction at assembly time, as CPython places cold
// exception handlers: `label` is bound to its first instruction.
struct ColdBlock { int label; std::vector<Instr> instrs; };

// The "frame blocks" CPython's compiler keeps (compiler_unwind_fblock): what has to be undone
// when return/break/continue leaves a loop, a try, a with or an except handler early.
enum class FBKind : uint8_t { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith,
                              HandlerCleanup, ExceptionHandler, PopValue, InlinedComp };
struct FBlock {
    FBKind kind;
    int start = -1, exit = -1;          // loops: continue / break targets
    const Body* finalbody = nullptr;    // FinallyTry: the finally body, compiled again on unwinding
    std::string name;                   // HandlerCleanup: the `except E as name` variable
    int handler = -1;                   // the exception handler active inside this block
    bool handler_active = true;         // temporarily off for bookkeeping code after the body
    Pos pos;
};

// Everything about one code object being generated.
struct Unit {
    Block* block = nullptr;
    Ref<CodeObject> co;
    std::string private_name;           // enclosing class, for name mangling
    std::vector<Instr> instrs;
    std::vector<int> labels;            // label id → instruction index (-1 = not yet bound)
    size_t bound_at = SIZE_MAX;         // the index a label was last bound to
    std::vector<Handler> handlers;
    std::vector<FBlock> fblocks;
    int except_star = 0;                // inside how many except* clause bodies (no break/continue/return there)
    std::vector<ColdBlock> cold;        // emitted after the last instruction (leave_unit)
    std::vector<Block*> inlined;        // inlined comprehensions being compiled, innermost last
    std::vector<std::string> varnames;  // parameters, then other fast locals in first-use order
    std::unordered_map<std::string, int> varindex;
    std::vector<std::string> derefs;    // cells that are not parameters (sorted), then free vars (sorted)
    size_t ncells = 0;                  // how many of derefs are cells
    std::unordered_map<std::string, int> derefindex;
    std::unordered_map<std::string, int> param_cells;  // parameter that is a cell → its slot
    std::unordered_map<std::string, int> const_index;  // constant key → co_consts index
    std::unordered_map<std::string, int> name_index;   // co_names
    Pos last_stmt;                      // location of the implicit `return None`
};

class Compiler {
public:
    Compiler(SymbolTable& st, const std::string& filename) : st_(st), filename_(filename) {}
    Ref<CodeObject> compile_module(Module& m);

private:
    SymbolTable& st_;
    std::string filename_;
    std::vector<std::unique_ptr<Unit>> units_;
    Unit* u_ = nullptr;
    int depth_ = 0;
    int warnings_off_ = 0;  // > 0: compiling code a second time, its SyntaxWarnings already given
    std::unordered_map<std::string, Obj> frozenset_consts_;  // constant_frozenset's cache, by key

    // ── units and emission (compiler.cpp) ──
    void enter_unit(Block* b, const std::string& name, const std::string& qualname, int firstlineno);
    Ref<CodeObject> leave_unit();
    void emit(uint8_t op, uint32_t arg, const Location& loc);
    void emit_jump(uint8_t op, int label, const Location& loc);  // op JUMP_FORWARD = generic jump
    int new_label();
    void bind(int label);
    bool reachable() const;             // can control reach the next instruction?
    int push_fblock(FBKind kind, const Pos& pos, int handler_label = -1, int adjust = 0);
    void pop_fblock();
    int current_handler() const;
    [[noreturn]] void error(const Pos& pos, const std::string& msg) { compile_error(filename_, pos, msg); }
    std::string qualname_for(const std::string& name) const;

    // ── names and constants ──
    int add_const(Object* v);           // borrowed; deduplicated by (type, value)
    Obj constant_frozenset(Expr& e);    // a set display of constants as a frozenset, or null
    void compile_operand(Expr& e, bool set_ok);  // e; a constant set as a frozenset if set_ok
    int add_const_code(Ref<CodeObject> code);
    int add_name(const std::string& s);
    int local_slot(const std::string& name);
    int closure_slot(const std::string& name, SlotFix* fix);
    void emit_name(const std::string& name, Ctx ctx, const Location& loc);
    bool emit_inlined_name(const std::string& m, Ctx ctx, const Location& loc);
    int comp_slot(const std::string& m, SlotFix* fix);
    void emit_load_const(Object* v, const Location& loc) { emit(OP_LOAD_CONST, uint32_t(add_const(v)), loc); }
    void emit_none(const Location& loc) { emit_load_const(Py_None, loc); }
    std::string mangled(const std::string& name) const { return mangle(u_->private_name, name); }

    // ── statements (compiler.cpp) ──
    void compile_body(const Body& body);
    void compile_stmt(Stmt& s);
    void compile_function_def(Stmt& s);
    void compile_class_def(Stmt& s);
    void compile_return(Stmt& s);
    void compile_break_continue(Stmt& s, bool is_break);
    void compile_if(Stmt& s);
    void compile_while(Stmt& s);
    void compile_for(Stmt& s);
    void compile_try(Stmt& s);
    void compile_try_except(Stmt& s);
    void compile_try_finally(Stmt& s);
    void compile_with(Stmt& s, size_t item);
    void compile_assert(Stmt& s);
    void compile_import(Stmt& s);
    void compile_import_from(Stmt& s);
    void compile_aug_assign(Stmt& s);
    void compile_ann_assign(Stmt& s);
    static bool is_future_import(const Stmt& s);
    void check_future_import(const Stmt& s, bool allowed_here);
    void compile_annotate(Block* ab, Stmt& s, const Location& loc);
    void emit_annotate_function(Block* ab, const std::string& qualname, int firstlineno,
                                const std::vector<std::pair<std::string, Expr*>>& anns, const Location& loc);
    void compile_delete(Expr& target);
    // ── the match statement (compile_match.cpp) ──
    void compile_match(Stmt& s);
    void compile_pattern(Pattern& p, struct PatternContext& pc);
    void compile_or_pattern(Pattern& p, PatternContext& pc);
    void compile_sequence_pattern(Pattern& p, PatternContext& pc);
    void compile_mapping_pattern(Pattern& p, PatternContext& pc);
    void compile_class_pattern(Pattern& p, PatternContext& pc);
    int fail_label(PatternContext& pc);
    void jump_if_false_to_fail(PatternContext& pc, const Location& loc);
    void emit_fail_ladder(PatternContext& pc, const Location& loc);
    void store_capture(const std::string& name, const Pos& pos);
    void check_pattern(Pattern& p, bool allow_irrefutable, std::vector<std::string>& bound);
    void emit_pop_except_and_reraise(const Location& loc);
    void emit_exit_call(const Location& loc, bool is_async = false);
    void emit_yield_from_loop(const Location& loc);
    void emit_await(uint32_t where, const Location& loc);
    void compile_async_for(Stmt& s);
    void compile_try_star(Stmt& s);
    void check_not_in_except_star(const Stmt& s);
    void compile_loop_body(Body& body);
    bool in_async_function() const { return u_->co->flags & (CO_COROUTINE | CO_ASYNC_GENERATOR); }
    void emit_clear_name(const std::string& name, const Location& loc);
    void unwind_fblock(FBlock& fb, bool preserve_tos, const Location& loc);
    std::vector<FBlock> unwind_fblock_stack(bool preserve_tos, FBlock* loop_out, bool* found_loop, const Location& loc);
    void restore_fblocks(std::vector<FBlock>& popped);
    void compile_decorators(const std::vector<ExprP>& decorators);
    void apply_decorators(const std::vector<ExprP>& decorators);
    void emit_code_prologue(Unit& u, const Location& loc);
    void emit_make_function(Ref<CodeObject> code, uint32_t flags, const Location& loc);
    Ref<CodeObject> compile_function_body(Block* b, const std::string& name, Arguments* args, const Body* body,
                                          Expr* lambda_body, int firstlineno, const Pos& pos);
    uint32_t compile_defaults(Arguments& args, const Location& loc);

    // ── expressions (compile_expr.cpp) ──
    void compile_expr(Expr& e);
    void compile_store(Expr& target);
    void compile_jump_if(Expr& e, int label, bool cond);
    void compile_call(Expr& e);
    void compile_call_helper(int pushed, std::vector<ExprP>& args, std::vector<Keyword>& keywords, const Location& loc);
    void compile_starunpack(std::vector<ExprP>& elts, int pushed, uint8_t build, uint8_t add, uint8_t extend, bool tuple, const Location& loc);
    void compile_dict(Expr& e);
    void compile_compare(Expr& e);
    void compile_boolop(Expr& e);
    void compile_joined_str(Expr& e);
    void compile_formatted_value(Expr& e);
    void compile_template_str(Expr& e);
    void compile_lambda(Expr& e);
    void compile_comprehension(Expr& e);
    void compile_inlined_comprehension(Expr& e, Block* b);
    void emit_comp_restore(const std::vector<std::string>& saved, const Location& loc);
    void compile_comprehension_generator(Expr& e, size_t gen_index);
    void compile_unpack_target(Expr& target);
    void compile_kwargs_dict(std::vector<Keyword>& keywords, const Location& loc);
    void compile_yield(Expr& e);
    Obj constant_value(Expr& e);        // the folded constant value of e, or null (not constant)
    // SyntaxWarnings for code sure to fail at run time (compile_expr.cpp; CPython's check_*).
    void syntax_warning(const Pos& pos, const std::string& msg);
    void check_caller(Expr& func);                  // 5(), [1](): "... not callable"
    void check_subscripter(Expr& value);            // 5[0]: "... not subscriptable"
    void check_index(Expr& value, Expr& index);     // [1]["a"]: "list indices must be integers ..."
    void check_compare(Expr& e);                    // x is 1: '"is" with 'int' literal'
    Location loc_of(const Pos& p) const;
    Location attr_loc(Location loc, const Expr& attr) const;  // (a\n .b): at the name b
};

// ───────────────────────────── Pass 3: assembly (assemble.cpp) ─────────────────────────────
// Fills u.co: code, locations, exceptiontable, stacksize and the localsplus description.
void assemble(Unit& u, const std::string& filename);
