// symtable.cpp — compiler pass 1: which scope does each name belong to?
//
// What this step does: before any bytecode is generated, walk the whole module once and decide,
// for every name in every scope, where it lives — as CPython's Python/symtable.c does:
//
//   local           assigned in this function (or a parameter): a fast local slot
//   global          declared `global`, or used but never assigned anywhere enclosing: globals/builtins
//   cell            a local of this function that an inner function uses: kept in a cell object
//   free            a local of an enclosing function used here: the cell arrives in the closure
//
// Two walks.  The first (class Builder) records raw facts per scope: "x is assigned", "y is
// read", "z is declared global".  The second (analyze) runs top-down over the scope tree with
// the set of names bound by enclosing functions, and bottom-up collects the free names of the
// children: a free name of a child that is local here turns that local into a cell.
//
// Class bodies are special: their names are not visible to functions nested inside them (a
// method cannot see a class attribute as a plain name), and a method that uses super() or
// __class__ gets a free variable __class__ whose cell the class body creates.
//
// Comes in: the Module AST.  Goes out: a SymbolTable (compiler.h) the code generator queries.
// Read next: compiler.cpp.
#include "compiler.h"

#include <algorithm>

// ───────────── small helpers ─────────────

std::string mangle(const std::string& class_name, const std::string& name) {
    // CPython's _Py_Mangle: only __names without a trailing __ and without dots.
    if (class_name.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name.compare(name.size() - 2, 2, "__") == 0 || name.find('.') != std::string::npos) return name;
    size_t i = class_name.find_first_not_of('_');
    if (i == std::string::npos) return name;  // the class name is all underscores
    return "_" + class_name.substr(i) + name;
}

void compile_error(const std::string& filename, const Pos& pos, const std::string& msg) {
    raise_syntax_error(Exc_SyntaxError, msg, filename, pos.line, pos.col, pos.end_line, pos.end_col,
                       source_line(filename, pos.line));
}

const Symbol* Block::find(const std::string& name) const {
    auto it = symbols.find(name);
    return it == symbols.end() ? nullptr : &it->second;
}

SymScope Block::scope_of(const std::string& name) const {
    const Symbol* s = find(name);
    return s ? s->scope : SymScope::Unknown;
}

Block* SymbolTable::block_of(const void* node) const {
    auto it = by_node.find(node);
    return it == by_node.end() ? nullptr : it->second;
}

// ───────────── walk 1: collect what every scope does with its names ─────────────

namespace {

class Builder {
public:
    Builder(SymbolTable& st, const std::string& filename) : st_(st), filename_(filename) {}

    void run(Module& m) {
        st_.top = std::make_unique<Block>();
        st_.top->kind = BlockKind::Module;
        st_.top->name = "<module>";
        cur_ = st_.top.get();
        for (auto& s : m.body) visit_stmt(*s);
    }

private:
    SymbolTable& st_;
    std::string filename_;
    Block* cur_ = nullptr;
    std::vector<Block*> stack_;      // enclosing blocks of cur_
    std::string private_;            // enclosing class name (mangling)
    bool comp_target_ = false;       // visiting a comprehension's loop target
    int depth_ = 0;

    [[noreturn]] void error(const Pos& pos, const std::string& msg) { compile_error(filename_, pos, msg); }

    void enter(BlockKind kind, const std::string& name, const void* node, const Pos& pos) {
        auto b = std::make_unique<Block>();
        b->kind = kind;
        b->name = name;
        b->pos = pos;
        b->nested = cur_->nested || cur_->function_like();
        Block* raw = b.get();
        cur_->children.push_back(std::move(b));
        st_.by_node[node] = raw;
        stack_.push_back(cur_);
        cur_ = raw;
    }
    void leave() {
        cur_ = stack_.back();
        stack_.pop_back();
    }

    Symbol& symbol(Block* b, const std::string& mangled_name) {
        auto it = b->symbols.find(mangled_name);
        if (it != b->symbols.end()) return it->second;
        b->order.push_back(mangled_name);
        return b->symbols[mangled_name];
    }

    void add_def(const std::string& name, uint32_t flag, const Pos& pos, Block* b = nullptr) {
        if (!b) b = cur_;
        std::string m = mangle(private_, name);
        Symbol& s = symbol(b, m);
        if ((flag & DEF_PARAM) && (s.flags & DEF_PARAM))
            error(pos, "duplicate argument '" + m + "' in function definition");
        s.flags |= flag;
        if (flag & DEF_PARAM) b->params.push_back(m);
    }

    // ── statements ──

    void visit_body(const Body& body) { for (auto& s : body) visit_stmt(*s); }

    void visit_stmt(Stmt& s) {
        DepthGuard guard(depth_);
        switch (s.kind) {
        case StmtKind::FunctionDef:
            add_def(s.name, DEF_LOCAL, s.pos);
            for (auto& d : s.decorators) visit_expr(*d);
            visit_defaults(*s.args);
            if (has_annotations(*s.args, s.returns.get())) {
                // The annotations run later, in their own function __annotate__(format) (PEP 649):
                // a scope of their own, nested where the def is, keyed by the def's Arguments.
                enter(BlockKind::Function, "__annotate__", s.args.get(), s.pos);
                add_def("format", DEF_PARAM, s.pos);
                for_each_annotation(*s.args, s.returns.get(), [&](const std::string&, Expr& e) { visit_expr(e); });
                leave();
            }
            enter(BlockKind::Function, s.name, &s, s.pos);
            cur_->coroutine = s.is_async;
            visit_params(*s.args, s.pos);
            visit_body(s.body);
            leave();
            break;
        case StmtKind::ClassDef: {
            add_def(s.name, DEF_LOCAL, s.pos);
            for (auto& b : s.bases) visit_expr(*b);
            for (auto& k : s.keywords) visit_expr(*k.value);
            for (auto& d : s.decorators) visit_expr(*d);
            enter(BlockKind::Class, s.name, &s, s.pos);
            std::string saved = private_;
            private_ = s.name;
            visit_body(s.body);
            std::vector<Stmt*> anns;
            collect_class_annotations(s.body, anns);
            if (!anns.empty()) {  // __annotate__(format), a scope of its own (PEP 649), keyed by the body
                enter(BlockKind::Function, "__annotate__", &s.body, s.pos);
                add_def("format", DEF_PARAM, s.pos);
                for (Stmt* a : anns) visit_expr(*a->annotation);
                leave();
            }
            private_ = saved;
            leave();
            break;
        }
        case StmtKind::Return:
            if (s.value) visit_expr(*s.value);
            break;
        case StmtKind::Delete:
            for (auto& t : s.targets) visit_expr(*t);
            break;
        case StmtKind::Assign:
            for (auto& t : s.targets) visit_expr(*t);
            visit_expr(*s.value);
            break;
        case StmtKind::AugAssign:
            if (s.target->kind == ExprKind::Name) add_def(s.target->id, DEF_LOCAL, s.target->pos);
            else visit_expr(*s.target);
            visit_expr(*s.value);
            break;
        case StmtKind::AnnAssign:
            visit_ann_assign(s);
            break;
        case StmtKind::For:
            visit_expr(*s.target);
            visit_expr(*s.iter);
            visit_body(s.body);
            visit_body(s.orelse);
            break;
        case StmtKind::While:
        case StmtKind::If:
            visit_expr(*s.test);
            visit_body(s.body);
            visit_body(s.orelse);
            break;
        case StmtKind::With:
            for (auto& item : s.items) {
                visit_expr(*item.context_expr);
                if (item.optional_vars) visit_expr(*item.optional_vars);
            }
            visit_body(s.body);
            break;
        case StmtKind::Raise:
            if (s.exc) visit_expr(*s.exc);
            if (s.cause) visit_expr(*s.cause);
            break;
        case StmtKind::Try:
            visit_body(s.body);
            for (auto& h : s.handlers) {
                if (h.type) visit_expr(*h.type);
                if (!h.name.empty()) add_def(h.name, DEF_LOCAL, h.pos);
                visit_body(h.body);
            }
            visit_body(s.orelse);
            visit_body(s.finalbody);
            break;
        case StmtKind::Assert:
            visit_expr(*s.test);
            if (s.msg) visit_expr(*s.msg);
            break;
        case StmtKind::Import:
        case StmtKind::ImportFrom:
            visit_import(s);
            break;
        case StmtKind::Global:
        case StmtKind::Nonlocal:
            visit_directive(s, s.kind == StmtKind::Global);
            break;
        case StmtKind::ExprStmt:
            visit_expr(*s.value);
            break;
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue:
            break;
        case StmtKind::Match:
            visit_expr(*s.value);
            for (MatchCase& c : s.cases) {
                visit_pattern(*c.pattern);
                if (c.guard) visit_expr(*c.guard);
                visit_body(c.body);
            }
            break;
        }
    }

    // A pattern binds its capture names; its values, class names and keys are read.
    void visit_pattern(Pattern& p) {
        DepthGuard guard(depth_);
        if (!p.name.empty()) add_def(p.name, DEF_LOCAL, p.pos);
        if (p.value) visit_expr(*p.value);
        if (p.cls) visit_expr(*p.cls);
        for (auto& k : p.keys) visit_expr(*k);
        for (auto& sub : p.patterns) visit_pattern(*sub);
        for (auto& sub : p.kwd_patterns) visit_pattern(*sub);
        if (p.pattern) visit_pattern(*p.pattern);
    }

    void visit_ann_assign(Stmt& s) {
        // Only the binding counts here; a class's annotations are visited in its __annotate__ scope.
        Expr& t = *s.target;
        if (t.kind == ExprKind::Name) {
            const Symbol* sym = cur_->find(mangle(private_, t.id));
            uint32_t cur = sym ? sym->flags : 0;
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && cur_->kind != BlockKind::Module && s.simple)
                error(s.pos, "annotated name '" + t.id + (cur & DEF_GLOBAL ? "' can't be global" : "' can't be nonlocal"));
            if (s.simple) add_def(t.id, DEF_ANNOT | DEF_LOCAL, t.pos);
            else if (s.value) add_def(t.id, DEF_LOCAL, t.pos);
        } else {
            visit_expr(t);
        }
        if (s.value) visit_expr(*s.value);
    }

    void visit_import(Stmt& s) {
        for (auto& a : s.names) {
            if (a.name == "*") {
                if (cur_->kind != BlockKind::Module) error(a.pos.line ? a.pos : s.pos, "import * only allowed at module level");
                continue;
            }
            std::string bound = a.asname;
            if (bound.empty()) {
                bound = a.name;
                if (s.kind == StmtKind::Import) bound = bound.substr(0, bound.find('.'));  // import a.b binds a
            }
            add_def(bound, DEF_LOCAL, a.pos);
        }
    }

    void visit_directive(Stmt& s, bool is_global) {
        const char* what = is_global ? "global" : "nonlocal";
        if (!is_global && cur_->kind == BlockKind::Module) error(s.pos, "nonlocal declaration not allowed at module level");
        for (auto& name : s.identifiers) {
            std::string m = mangle(private_, name);
            const Symbol* sym = cur_->find(m);
            uint32_t cur = sym ? sym->flags : 0;
            if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
                std::string msg;
                if (cur & DEF_PARAM) msg = "name '" + name + "' is parameter and " + what;
                else if (cur & USE) msg = "name '" + name + "' is used prior to " + what + " declaration";
                else if (cur & DEF_ANNOT) msg = "annotated name '" + name + "' can't be " + what;
                else msg = "name '" + name + "' is assigned to before " + what + " declaration";
                error(s.pos, msg);
            }
            add_def(name, is_global ? DEF_GLOBAL : DEF_NONLOCAL, s.pos);
            Symbol& rec = symbol(cur_, m);
            if (rec.directive.line == 0) rec.directive = s.pos;
        }
    }

    // ── function signatures ──

    void visit_defaults(Arguments& a) {
        for (auto& d : a.defaults) visit_expr(*d);
        for (auto& d : a.kw_defaults)
            if (d) visit_expr(*d);
    }

    void visit_params(Arguments& a, const Pos& pos) {
        // Slot order: positional-only, positional, keyword-only, *args, **kwargs (as CPython).
        for (auto& p : a.posonlyargs) add_def(p.name, DEF_PARAM, p.pos.line ? p.pos : pos);
        for (auto& p : a.args) add_def(p.name, DEF_PARAM, p.pos.line ? p.pos : pos);
        for (auto& p : a.kwonlyargs) add_def(p.name, DEF_PARAM, p.pos.line ? p.pos : pos);
        if (a.vararg) add_def(a.vararg->name, DEF_PARAM, a.vararg->pos.line ? a.vararg->pos : pos);
        if (a.kwarg) add_def(a.kwarg->name, DEF_PARAM, a.kwarg->pos.line ? a.kwarg->pos : pos);
    }

    // ── expressions ──

    void visit_exprs(std::vector<ExprP>& v) { for (auto& e : v) if (e) visit_expr(*e); }

    void visit_expr(Expr& e) {
        DepthGuard guard(depth_);
        switch (e.kind) {
        case ExprKind::Constant:
            break;
        case ExprKind::Name:
            if (e.ctx == Ctx::Load) {
                add_def(e.id, USE, e.pos);
                // super() needs the class: make __class__ a free variable of this function.
                if (cur_->function_like() && e.id == "super") add_def("__class__", USE, e.pos);
            } else {
                add_def(e.id, DEF_LOCAL | (comp_target_ ? uint32_t(DEF_COMP_ITER) : 0u), e.pos);
            }
            break;
        case ExprKind::Attribute:
        case ExprKind::Starred:
        case ExprKind::UnaryOp:
            visit_expr(*e.a);
            break;
        case ExprKind::Subscript:
        case ExprKind::BinOp:
            visit_expr(*e.a);
            visit_expr(*e.b);
            break;
        case ExprKind::Slice:
        case ExprKind::IfExp:
            if (e.a) visit_expr(*e.a);
            if (e.b) visit_expr(*e.b);
            if (e.c) visit_expr(*e.c);
            break;
        case ExprKind::BoolOp:
        case ExprKind::Tuple:
        case ExprKind::List:
        case ExprKind::Set:
        case ExprKind::JoinedStr:
        case ExprKind::TemplateStr:
            visit_exprs(e.elts);
            break;
        case ExprKind::Compare:
            visit_expr(*e.a);
            visit_exprs(e.elts);
            break;
        case ExprKind::Call:
            visit_expr(*e.a);
            visit_exprs(e.elts);
            for (auto& k : e.keywords) visit_expr(*k.value);
            break;
        case ExprKind::Dict:
            for (size_t i = 0; i < e.elts.size(); i++) {
                if (i < e.keys.size() && e.keys[i]) visit_expr(*e.keys[i]);
                visit_expr(*e.elts[i]);
            }
            break;
        case ExprKind::Lambda:
            visit_defaults(*e.args);
            enter(BlockKind::Lambda, "<lambda>", &e, e.pos);
            visit_params(*e.args, e.pos);
            visit_expr(*e.a);
            leave();
            break;
        case ExprKind::NamedExpr:
            visit_named_expr(e);
            break;
        case ExprKind::ListComp:
        case ExprKind::SetComp:
        case ExprKind::DictComp:
        case ExprKind::GeneratorExp:
            visit_comprehension(e);
            break;
        case ExprKind::FormattedValue:
        case ExprKind::Interpolation:
            visit_expr(*e.a);
            if (e.b) visit_expr(*e.b);
            break;
        case ExprKind::Yield:
        case ExprKind::YieldFrom:
            if (e.a) visit_expr(*e.a);
            if (cur_->kind == BlockKind::Comprehension) {
                static const char* where[] = {"list comprehension", "set comprehension", "dict comprehension", "generator expression"};
                int i = cur_->name == "<listcomp>" ? 0 : cur_->name == "<setcomp>" ? 1 : cur_->name == "<dictcomp>" ? 2 : 3;
                error(e.pos, std::string("'") + (e.kind == ExprKind::Yield ? "yield" : "yield from") + "' inside " + where[i]);
            }
            cur_->generator = true;
            break;
        case ExprKind::Await:
            if (e.a) visit_expr(*e.a);
            // await inside a generator expression makes it an asynchronous one (PEP 530)
            if (cur_->kind == BlockKind::Comprehension && !cur_->inlined) cur_->coroutine = true;
            break;
        }
    }

    void visit_named_expr(Expr& e) {
        if (cur_->kind == BlockKind::Comprehension) extend_named_expr_scope(*e.a);
        visit_expr(*e.b);
        visit_expr(*e.a);
    }

    // PEP 572: `(y := f(x))` inside a comprehension binds y in the enclosing function (or module).
    void extend_named_expr_scope(Expr& target) {
        const std::string& name = target.id;
        for (size_t i = stack_.size() + 1; i-- > 0;) {
            Block* b = i == stack_.size() ? cur_ : stack_[i];
            if (b->kind == BlockKind::Comprehension) {
                const Symbol* s = b->find(mangle(private_, name));
                if (s && (s->flags & DEF_COMP_ITER) && (s->flags & DEF_LOCAL))
                    error(target.pos, "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
                continue;
            }
            if (b->function_like()) {
                const Symbol* s = b->find(mangle(private_, name));
                add_def(name, (s && (s->flags & DEF_GLOBAL)) ? DEF_GLOBAL : DEF_NONLOCAL, target.pos);
                add_def(name, DEF_LOCAL, target.pos, b);
                return;
            }
            if (b->kind == BlockKind::Module) {
                add_def(name, DEF_GLOBAL, target.pos);
                add_def(name, DEF_GLOBAL, target.pos, b);
                return;
            }
            error(target.pos, "assignment expression within a comprehension cannot be used in a class body");
        }
    }

    void visit_comprehension(Expr& e) {
        static const char* names[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
        int k = e.kind == ExprKind::ListComp ? 0 : e.kind == ExprKind::SetComp ? 1 : e.kind == ExprKind::DictComp ? 2 : 3;
        // The first iterable is evaluated in the enclosing scope and passed in as `.0`.
        visit_expr(*e.generators[0].iter);
        enter(BlockKind::Comprehension, names[k], &e, e.pos);
        if (e.kind == ExprKind::GeneratorExp) cur_->generator = true;
        else cur_->inlined = true;  // PEP 709: list/set/dict comprehensions run in the parent's frame
        add_def(".0", DEF_PARAM, e.pos);
        for (size_t i = 0; i < e.generators.size(); i++) {
            Comprehension& g = e.generators[i];
            if (g.is_async && e.kind == ExprKind::GeneratorExp) cur_->coroutine = true;
            comp_target_ = true;
            visit_expr(*g.target);
            comp_target_ = false;
            if (i > 0) visit_expr(*g.iter);
            visit_exprs(g.ifs);
        }
        if (e.b) visit_expr(*e.b);  // dict comprehension value
        visit_expr(*e.a);
        leave();
    }
};

// ───────────── walk 2: decide the scope of every name ─────────────

using NameSet = std::set<std::string>;

class Analyzer {
public:
    explicit Analyzer(const std::string& filename) : filename_(filename) {}

    // `bound`: names bound by enclosing functions (null at module level).  `free` collects the
    // free names of this block and its children for the parent.  `global`: known globals.
    void analyze_block(Block* b, NameSet* bound, NameSet& free, NameSet& global) {
        NameSet local, newbound, newglobal, newfree;
        bool is_class = b->kind == BlockKind::Class;
        if (is_class) {
            newglobal = global;
            if (bound) newbound = *bound;
        }
        for (const std::string& name : b->order) analyze_name(b, name, b->symbols[name], bound, local, free, global);
        if (!is_class) {
            if (b->function_like()) newbound.insert(local.begin(), local.end());
            if (bound) newbound.insert(bound->begin(), bound->end());
            newglobal.insert(global.begin(), global.end());
        } else {
            newbound.insert("__class__");  // methods may refer to the class being defined
        }
        for (auto& child : b->children) {
            NameSet cbound = newbound, cfree, cglobal = newglobal;
            analyze_block(child.get(), &cbound, cfree, cglobal);
            if (child->inlined) inline_comprehension(b, child.get(), cfree);
            newfree.insert(cfree.begin(), cfree.end());
        }
        if (b->function_like()) {
            // A local that a child uses as a free variable becomes a cell.
            for (auto it = newfree.begin(); it != newfree.end();) {
                auto s = b->symbols.find(*it);
                if (s != b->symbols.end() && s->second.scope == SymScope::Local) {
                    s->second.scope = SymScope::Cell;
                    it = newfree.erase(it);
                } else {
                    ++it;
                }
            }
        } else if (is_class && newfree.erase("__class__")) {
            b->needs_class_closure = true;
        }
        update_symbols(b, bound, newfree, is_class);
        free.insert(newfree.begin(), newfree.end());
    }

private:
    std::string filename_;

    [[noreturn]] void error(const Pos& pos, const std::string& msg) { compile_error(filename_, pos, msg); }

    void analyze_name(Block* b, const std::string& name, Symbol& sym, NameSet* bound, NameSet& local, NameSet& free,
                      NameSet& global) {
        uint32_t f = sym.flags;
        if (f & DEF_GLOBAL) {
            if (f & DEF_NONLOCAL) error(sym.directive, "name '" + name + "' is nonlocal and global");
            sym.scope = SymScope::GlobalExplicit;
            global.insert(name);
            if (bound) bound->erase(name);
            return;
        }
        if (f & DEF_NONLOCAL) {
            if (!bound) error(sym.directive, "nonlocal declaration not allowed at module level");
            if (!bound->count(name)) error(sym.directive, "no binding for nonlocal '" + name + "' found");
            sym.scope = SymScope::Free;
            free.insert(name);
            return;
        }
        if (f & (DEF_LOCAL | DEF_PARAM)) {
            sym.scope = SymScope::Local;
            local.insert(name);
            global.erase(name);
            return;
        }
        if (bound && bound->count(name)) {
            sym.scope = SymScope::Free;
            free.insert(name);
            return;
        }
        sym.scope = SymScope::GlobalImplicit;
    }

    // Is `name` a free variable of a real (not inlined) scope nested in comprehension c?  Only
    // those need a cell: the comprehension's own uses run in the parent's frame.
    static bool free_in_nested_scope(const Block* c, const std::string& name) {
        for (auto& child : c->children) {
            const Symbol* s = child->find(name);
            if (child->inlined) {
                bool binds = s && (s->scope == SymScope::Local || s->scope == SymScope::Cell);
                if (!binds && free_in_nested_scope(child.get(), name)) return true;
            } else if (s && (s->scope == SymScope::Free || (s->flags & DEF_FREE_CLASS))) {
                return true;
            }
        }
        return false;
    }

    // PEP 709: comprehension c (already analysed as if it were a function) will be compiled into
    // b's code.  Its names join b's symbols: a name b does not have is copied (a loop variable
    // becomes a hidden fast local of b); a loop variable that a nested lambda captures needs a
    // cell in b too.  A name the comprehension only reads from b is not free any more (b's own
    // slot is used directly), unless a scope nested in the comprehension captures it.
    void inline_comprehension(Block* b, Block* c, NameSet& cfree) {
        for (const std::string& name : c->order) {
            const Symbol& cs = c->symbols[name];
            if (cs.flags & DEF_PARAM) continue;  // .0
            bool cell = cs.scope == SymScope::Cell;
            auto it = b->symbols.find(name);
            if (it == b->symbols.end()) {
                Symbol s = cs;
                s.flags &= ~uint32_t(DEF_COMP_ITER);
                if (cell && !b->function_like()) {
                    s.scope = SymScope::Local;  // module and class code keep using the name by name
                    s.flags |= DEF_COMP_CELL;
                }
                b->order.push_back(name);
                b->symbols[name] = s;
                continue;
            }
            Symbol& bs = it->second;
            if (!cell || bs.scope == SymScope::Cell || bs.scope == SymScope::Free || (bs.flags & DEF_FREE_CLASS)) continue;
            if (b->function_like() && bs.scope == SymScope::Local) bs.scope = SymScope::Cell;
            else bs.flags |= DEF_COMP_CELL;  // module/class name, or `global`: a separate hidden cell
        }
        if (b->kind == BlockKind::Class) return;  // class names are invisible: free names stay free
        for (auto it = cfree.begin(); it != cfree.end();) {
            SymScope sc = b->scope_of(*it);
            bool bound_here = sc == SymScope::Local || sc == SymScope::Cell;
            if (bound_here && !free_in_nested_scope(c, *it)) it = cfree.erase(it);
            else ++it;
        }
    }

    // Record the free names of the children: passed through this block, or (in a class body whose
    // own name shadows it) marked DEF_FREE_CLASS so the class code still carries the cell.
    void update_symbols(Block* b, NameSet* bound, const NameSet& newfree, bool is_class) {
        for (const std::string& name : newfree) {
            auto it = b->symbols.find(name);
            if (it != b->symbols.end()) {
                if (is_class) it->second.flags |= DEF_FREE_CLASS;
                continue;  // a cell, or already free here
            }
            if (bound && !bound->count(name)) continue;  // a global
            b->order.push_back(name);
            Symbol& s = b->symbols[name];
            s.scope = SymScope::Free;
        }
    }
};

}  // namespace

std::unique_ptr<SymbolTable> build_symtable(Module& module, const std::string& filename) {
    auto st = std::make_unique<SymbolTable>();
    Builder(*st, filename).run(module);
    NameSet free, global;
    Analyzer(filename).analyze_block(st->top.get(), nullptr, free, global);
    return st;
}
