// compile_expr.cpp — compiler pass 2, continued: expressions become bytecode.
//
// What this step does: every expression leaves exactly one value on the stack (an assignment
// target consumes one instead).  The interesting shapes:
//
//   calls            [callable, self_or_null, args...] CALL n — a method call o.m(x) lets LOAD_ATTR
//                    push the method and self itself; keywords add a names tuple (CALL_KW);
//                    *args / **kwargs build a tuple and a dict for CALL_FUNCTION_EX
//   conditions       `if a and not b:` jumps directly (compile_jump_if) instead of building bools
//   comparisons      a < b < c evaluates b once: SWAP/COPY keep it for the second comparison
//   comprehensions   list/set/dict ones run inline in the enclosing code (PEP 709), saving and
//                    restoring the loop variables; a generator expression is a nested function
//   f-strings        FORMAT_SIMPLE / FORMAT_WITH_SPEC per field, then BUILD_STRING
//   constants        folded (-5, (1, 2)) and deduplicated per code object by type and value
//   SyntaxWarnings   a literal that is sure to fail — 5(), 5[0], [1]["a"], x is 1 — is reported
//                    at compile time, as CPython's compiler does (warnings.cpp prints it)
//
// Every instruction carries the source range of the node it came from (the traceback printer
// finds the part it underlines with ^ in that range's source text itself, as CPython does).
//
// Comes in: AST nodes from compiler.cpp.  Goes out: instructions appended to the current unit.
// Read next: assemble.cpp.
#include "compiler.h"

#include <algorithm>
#include <cstring>

static constexpr size_t STACK_USE_GUIDELINE = 30;  // longer displays are built piecewise (CPython)

// ───────────── locations ─────────────

Location Compiler::loc_of(const Pos& p) const {
    Location l;
    l.line = p.line;
    l.end_line = p.end_line;
    l.col = p.col;
    l.end_col = p.end_col;
    return l;
}

// An instruction of attribute `attr` whose range `loc` starts on an earlier line than the
// attribute ends — (a\n .b), (a\n .m)(x) — is placed at the attribute's name instead, so that a
// traceback points at `b` rather than at the whole expression (CPython's
// update_start_location_to_match_attr; its column is the end minus the name's length in
// characters, even though columns count bytes).
Location Compiler::attr_loc(Location loc, const Expr& attr) const {
    if (loc.line == attr.pos.end_line) return loc;
    loc.line = attr.pos.end_line;
    int len = 0;
    for (unsigned char ch : attr.id) len += (ch & 0xC0) != 0x80;
    if (len <= attr.pos.end_col) {
        loc.col = attr.pos.end_col - len;
    } else {
        loc.col = loc.end_col = -1;
    }
    loc.end_line = std::max(loc.line, loc.end_line);
    if (loc.line == loc.end_line) loc.end_col = std::max(loc.col, loc.end_col);
    return loc;
}

// ───────────── constants ─────────────

// A key that is equal exactly when two constants are interchangeable: same type and same value,
// so 1, 1.0 and True stay apart, and so do 0.0 and -0.0 (the float's bits are the key).
static bool const_key(Object* v, std::string& key) {
    if (v == Py_None) { key += 'N'; return true; }
    if (v == Py_Ellipsis) { key += 'E'; return true; }
    if (is_bool(v)) { key += v == Py_True ? 'T' : 'F'; return true; }
    if (is_exact_int(v)) { key += 'i' + int_to_string(v) + ';'; return true; }
    if (type_of(v) == &Float_Type) {
        double d = float_value(v);
        uint64_t bits;
        std::memcpy(&bits, &d, sizeof bits);
        key += 'f' + std::to_string(bits) + ';';
        return true;
    }
    if (type_of(v) == &Str_Type) {
        std::string_view s = str_view(v);
        key += 's' + std::to_string(s.size()) + ':';
        key.append(s.data(), s.size());
        return true;
    }
    if (type_of(v) == &Tuple_Type) {
        key += 't' + std::to_string(tuple_size(v)) + '(';
        for (size_t i = 0; i < tuple_size(v); i++)
            if (!const_key(tuple_item(v, i), key)) return false;
        key += ')';
        return true;
    }
    return false;
}

int Compiler::add_const(Object* v) {
    std::string key;
    if (!const_key(v, key)) key = "p" + std::to_string(reinterpret_cast<uintptr_t>(v));
    auto it = u_->const_index.find(key);
    if (it != u_->const_index.end()) return it->second;
    int i = int(u_->co->consts.size());
    incref(v);
    u_->co->consts.push_back(v);
    u_->const_index[key] = i;
    return i;
}

int Compiler::add_const_code(Ref<CodeObject> code) {
    u_->co->consts.push_back(code.release());
    return int(u_->co->consts.size()) - 1;
}

// The value of a constant expression after folding: literals, -number, tuples of constants.
Obj Compiler::constant_value(Expr& e) {
    DepthGuard guard(depth_);
    switch (e.kind) {
    case ExprKind::Constant:
        return e.value;
    case ExprKind::UnaryOp:
        if (e.unop == UnOp::Neg) {
            Obj v = constant_value(*e.a);
            if (v && (is_int(v.get()) || is_float(v.get()))) return unary_negative(v.get());
        }
        return nullptr;
    case ExprKind::Tuple: {
        if (e.ctx != Ctx::Load) return nullptr;
        std::vector<Obj> items;
        for (auto& x : e.elts) {
            if (x->kind == ExprKind::Starred) return nullptr;
            Obj v = constant_value(*x);
            if (!v) return nullptr;
            items.push_back(std::move(v));
        }
        Obj t = tuple_new(items.size());
        for (size_t i = 0; i < items.size(); i++) static_cast<TupleObject*>(t.get())->items[i] = items[i].release();
        return t;
    }
    default:
        return nullptr;
    }
}

// {1, 2, 3} with only constants inside, as one frozenset constant (CPython's flowgraph folds
// these; up to STACK_USE_GUIDELINE items).  Equal frozensets of one compilation are one object,
// as CPython's constant cache makes them: which one is kept decides the order a program sees.
Obj Compiler::constant_frozenset(Expr& e) {
    if (e.kind != ExprKind::Set || e.elts.empty() || e.elts.size() > STACK_USE_GUIDELINE) return nullptr;
    std::vector<Obj> items;
    for (auto& x : e.elts) {
        if (x->kind == ExprKind::Starred) return nullptr;
        Obj v = constant_value(*x);
        if (!v) return nullptr;
        items.push_back(std::move(v));
    }
    Obj t = tuple_new(items.size());
    for (size_t i = 0; i < items.size(); i++) static_cast<TupleObject*>(t.get())->items[i] = items[i].release();
    // Built twice, as CPython's constant cache does (it rebuilds a frozenset from its own
    // iteration order): with colliding hashes the second build can place keys differently.
    Obj first = frozenset_from(t.get());
    Obj items_in_order = tuple_from_iterable(first.get());
    Obj fs = frozenset_from(items_in_order.get());
    std::vector<std::string> keys;  // order-free key: the sorted keys of the items
    Obj it = get_iter(fs.get());
    while (Obj item = iter_next(it.get())) {
        std::string k;
        if (!const_key(item.get(), k)) return fs;
        keys.push_back(std::move(k));
    }
    std::sort(keys.begin(), keys.end());
    std::string key = "z{";
    for (auto& k : keys) key += k + ",";
    auto [slot, fresh] = frozenset_consts_.try_emplace(key + "}");
    if (fresh) slot->second = fs;
    return slot->second;
}

// The right operand of `in` and the iterable of a `for`: a set display of constants becomes a
// frozenset constant of any size, since nobody can see the set itself.
void Compiler::compile_operand(Expr& e, bool set_ok) {
    if (set_ok)
        if (Obj fs = constant_frozenset(e)) {
            emit_load_const(fs.get(), loc_of(e.pos));
            return;
        }
    compile_expr(e);
}

// ───────────── SyntaxWarnings: code that is sure to fail ─────────────
//
// CPython's compiler warns about a few shapes that can only raise TypeError when run, most often
// a missing comma: [(1, 2) (3, 4)] calls a tuple.  Only literals count, as the AST has them after
// CPython's folding: a Constant, or a tuple display of plain Constants (not -1: negation and
// nested tuples are folded later, so `x is -1` does not warn).  Each check runs before its
// expression is compiled, so the warnings come out in source order.

// A Constant node, or a Load tuple display whose elements are all Constants.
static bool ast_constant(const Expr& e) {
    if (e.kind == ExprKind::Constant) return true;
    if (e.kind != ExprKind::Tuple || e.ctx != Ctx::Load) return false;
    for (auto& x : e.elts)
        if (x->kind != ExprKind::Constant) return false;
    return true;
}

// The type a literal or display is sure to have (CPython's infer_type), or "" if not known.
static std::string infer_type(const Expr& e) {
    switch (e.kind) {
    case ExprKind::Constant: return type_of(e.value.get())->name;
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List:
    case ExprKind::ListComp: return "list";
    case ExprKind::Dict:
    case ExprKind::DictComp: return "dict";
    case ExprKind::Set:
    case ExprKind::SetComp: return "set";
    case ExprKind::GeneratorExp: return "generator";
    case ExprKind::Lambda: return "function";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "str";
    case ExprKind::TemplateStr: return "string.templatelib.Template";
    case ExprKind::Interpolation: return "string.templatelib.Interpolation";
    default: return "";
    }
}

// CPython passes no warning registry here, so the same warning twice on a line prints twice.
// The second copy of a finally body (the exception path, compile_try_finally) stays quiet.
void Compiler::syntax_warning(const Pos& pos, const std::string& msg) {
    if (warnings_off_ == 0) warn_explicit(Exc_SyntaxWarning, msg, filename_, pos.line);
}

void Compiler::check_caller(Expr& func) {
    switch (func.kind) {
    case ExprKind::Constant: case ExprKind::Tuple: case ExprKind::List: case ExprKind::ListComp:
    case ExprKind::Dict: case ExprKind::DictComp: case ExprKind::Set: case ExprKind::SetComp:
    case ExprKind::GeneratorExp: case ExprKind::JoinedStr: case ExprKind::TemplateStr:
    case ExprKind::FormattedValue: case ExprKind::Interpolation:
        syntax_warning(func.pos, "'" + infer_type(func) + "' object is not callable; perhaps you missed a comma?");
        break;
    default:
        break;
    }
}

void Compiler::check_subscripter(Expr& value) {
    switch (value.kind) {
    case ExprKind::Constant: {
        // Strings, bytes and tuples can be subscripted; numbers, None and ... cannot.
        Object* v = value.value.get();
        if (!(v == Py_None || v == Py_Ellipsis || is_int(v) || is_float(v) || type_of(v)->name == "complex"))
            return;
        [[fallthrough]];
    }
    case ExprKind::Set: case ExprKind::SetComp: case ExprKind::GeneratorExp: case ExprKind::Lambda:
        syntax_warning(value.pos, "'" + infer_type(value) + "' object is not subscriptable; perhaps you missed a comma?");
        break;
    default:
        break;
    }
}

void Compiler::check_index(Expr& value, Expr& index) {
    std::string index_type = infer_type(index);
    if (index_type.empty() || (index.kind == ExprKind::Constant && is_int(index.value.get()))) return;
    switch (value.kind) {
    case ExprKind::Constant: {
        const std::string& t = type_of(value.value.get())->name;
        if (t != "str" && t != "bytes") return;
        [[fallthrough]];
    }
    case ExprKind::Tuple: case ExprKind::List: case ExprKind::ListComp: case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
        syntax_warning(value.pos, infer_type(value) + " indices must be integers or slices, not " + index_type +
                                      "; perhaps you missed a comma?");
        break;
    default:
        break;
    }
}

// `x is 1` compares identities where == was meant.  Only the first such operator warns.
void Compiler::check_compare(Expr& e) {
    // Fine operands for `is`: anything not a literal, and the singletons None, True, False, ...
    auto ok_for_is = [](const Expr& x) {
        if (!ast_constant(x)) return true;
        if (x.kind != ExprKind::Constant) return false;  // a tuple literal
        Object* v = x.value.get();
        return v == Py_None || v == Py_True || v == Py_False || v == Py_Ellipsis;
    };
    Expr* left = e.a.get();
    bool left_ok = ok_for_is(*left);
    for (size_t i = 0; i < e.cmpops.size(); i++) {
        Expr* right = e.elts[i].get();
        bool right_ok = ok_for_is(*right);
        int op = e.cmpops[i];
        if ((op == CMP_IS || op == CMP_IS_NOT) && !(left_ok && right_ok)) {
            std::string type = infer_type(left_ok ? *right : *left);
            syntax_warning(e.pos, op == CMP_IS ? "\"is\" with '" + type + "' literal. Did you mean \"==\"?"
                                               : "\"is not\" with '" + type + "' literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
        left_ok = right_ok;
    }
}

// ───────────── expressions ─────────────

void Compiler::compile_expr(Expr& e) {
    DepthGuard guard(depth_);
    Location loc = loc_of(e.pos);
    switch (e.kind) {
    case ExprKind::Constant:
        emit_load_const(e.value.get(), loc);
        break;
    case ExprKind::Name:
        emit_name(e.id, Ctx::Load, loc);
        break;
    case ExprKind::Attribute:
        compile_expr(*e.a);
        emit(OP_LOAD_ATTR, uint32_t(add_name(mangled(e.id))) << 1, attr_loc(loc, e));
        break;
    case ExprKind::Subscript:
        check_subscripter(*e.a);
        check_index(*e.a, *e.b);
        compile_expr(*e.a);
        compile_expr(*e.b);
        emit(OP_BINARY_SUBSCR, 0, loc_of(e.pos));
        break;
    case ExprKind::Slice:
        if (e.a) compile_expr(*e.a); else emit_none(loc);
        if (e.b) compile_expr(*e.b); else emit_none(loc);
        if (e.c) compile_expr(*e.c);
        emit(OP_BUILD_SLICE, e.c ? 3 : 2, loc);
        break;
    case ExprKind::Starred:
        error(e.pos, "can't use starred expression here");
    case ExprKind::BinOp:
        compile_expr(*e.a);
        compile_expr(*e.b);
        emit(OP_BINARY_OP, uint32_t(e.op), loc_of(e.pos));
        break;
    case ExprKind::UnaryOp: {
        if (Obj c = constant_value(e)) {
            emit_load_const(c.get(), loc);
            break;
        }
        compile_expr(*e.a);
        static const uint8_t ops[] = {OP_UNARY_NOT, OP_UNARY_NEGATIVE, OP_UNARY_POSITIVE, OP_UNARY_INVERT};
        emit(ops[int(e.unop)], 0, loc);
        break;
    }
    case ExprKind::BoolOp: compile_boolop(e); break;
    case ExprKind::Compare: compile_compare(e); break;
    case ExprKind::Call: compile_call(e); break;
    case ExprKind::IfExp: {
        int orelse = new_label(), end = new_label();
        compile_jump_if(*e.a, orelse, false);
        compile_expr(*e.b);
        emit_jump(OP_JUMP_FORWARD, end, loc);
        bind(orelse);
        compile_expr(*e.c);
        bind(end);
        break;
    }
    case ExprKind::Lambda: compile_lambda(e); break;
    case ExprKind::NamedExpr:
        compile_expr(*e.b);
        emit(OP_COPY, 1, loc);
        compile_store(*e.a);
        break;
    case ExprKind::Tuple:
        if (Obj c = constant_value(e)) {
            emit_load_const(c.get(), loc);
            break;
        }
        compile_starunpack(e.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true, loc);
        break;
    case ExprKind::List:
        compile_starunpack(e.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, false, loc);
        break;
    case ExprKind::Set:
        if (e.elts.size() >= 3)
            if (Obj fs = constant_frozenset(e)) {
                emit(OP_BUILD_SET, 0, loc);
                emit_load_const(fs.get(), loc);
                emit(OP_SET_UPDATE, 1, loc);
                break;
            }
        compile_starunpack(e.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false, loc);
        break;
    case ExprKind::Dict: compile_dict(e); break;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp:
        compile_comprehension(e);
        break;
    case ExprKind::JoinedStr: compile_joined_str(e); break;
    case ExprKind::FormattedValue: compile_formatted_value(e); break;
    case ExprKind::TemplateStr: compile_template_str(e); break;
    case ExprKind::Interpolation: error(e.pos, "an interpolation outside a t-string");
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
        compile_yield(e);
        break;
    case ExprKind::Await:
        if (!in_async_function())
            error(e.pos, u_->block->function_like() ? "'await' outside async function" : "'await' outside function");
        compile_expr(*e.a);
        emit_await(0, loc_of(e.pos));
        break;
    }
}

// yield v:       v YIELD_VALUE 0                     (the value sent in is the result)
// yield from it:  it GET_YIELD_FROM_ITER LOAD_CONST None
//                 loop: SEND end  YIELD_VALUE 1  JUMP_BACKWARD loop  end: END_SEND
// genobject.cpp relies on that exact shape to hand throw() and close() down to `it`.
void Compiler::compile_yield(Expr& e) {
    if (!u_->block->function_like()) error(e.pos, std::string("'") + (e.kind == ExprKind::Yield ? "yield" : "yield from") + "' outside function");
    Location loc = loc_of(e.pos);
    bool async_gen = u_->co->flags & CO_ASYNC_GENERATOR;
    if (e.kind == ExprKind::Yield) {
        if (e.a) compile_expr(*e.a);
        else emit_none(loc);
        if (async_gen) emit(OP_ASYNC_GEN_WRAP, 0, loc);  // a value for __anext__, not for the event loop
        emit(OP_YIELD_VALUE, 0, loc);
        return;
    }
    if (async_gen) error(e.pos, "'yield from' inside async function");
    compile_expr(*e.a);
    emit(OP_GET_YIELD_FROM_ITER, 0, loc);
    emit_yield_from_loop(loc);
}

// [it] → [value]: send None, then whatever comes back in, to it until it returns its value.
void Compiler::emit_yield_from_loop(const Location& loc) {
    emit_none(loc);
    int loop = new_label(), end = new_label();
    bind(loop);
    emit_jump(OP_SEND, end, loc);
    emit(OP_YIELD_VALUE, 1, loc);
    emit_jump(OP_JUMP_FORWARD, loop, loc);
    bind(end);
    emit(OP_END_SEND, 0, loc);
}

// await o:  o GET_AWAITABLE, then the yield-from loop: a coroutine is driven exactly like a
// generator under `yield from` (PEP 492); where is 1/2 after __aenter__/__aexit__ (errors).
void Compiler::emit_await(uint32_t where, const Location& loc) {
    emit(OP_GET_AWAITABLE, where, loc);
    emit_yield_from_loop(loc);
}

// Tuple, list and set displays (and a call's positional arguments): `pushed` items are already on
// the stack and become the first elements.  *x elements are spliced in with extend.
void Compiler::compile_starunpack(std::vector<ExprP>& elts, int pushed, uint8_t build, uint8_t add, uint8_t extend,
                                  bool tuple, const Location& loc) {
    size_t n = elts.size();
    bool starred = false;
    for (auto& x : elts) starred = starred || x->kind == ExprKind::Starred;
    bool big = n + size_t(pushed) > STACK_USE_GUIDELINE;
    if (!starred && !big) {
        for (auto& x : elts) compile_expr(*x);
        emit(tuple ? uint8_t(OP_BUILD_TUPLE) : build, uint32_t(n + size_t(pushed)), loc);
        return;
    }
    bool built = false;
    if (big) {
        emit(build, uint32_t(pushed), loc);
        built = true;
    }
    for (size_t i = 0; i < n; i++) {
        Expr& x = *elts[i];
        if (x.kind == ExprKind::Starred) {
            if (!built) {
                emit(build, uint32_t(i + size_t(pushed)), loc);
                built = true;
            }
            compile_expr(*x.a);
            emit(extend, 1, loc_of(x.pos));
        } else {
            compile_expr(x);
            if (built) emit(add, 1, loc);
        }
    }
    if (tuple) emit(OP_LIST_TO_TUPLE, 0, loc);
}

// {k: v, **m, ...}: runs of plain pairs become BUILD_MAP n, merged with DICT_UPDATE.
void Compiler::compile_dict(Expr& e) {
    Location loc = loc_of(e.pos);
    bool have_dict = false;
    size_t pending = 0;
    auto flush = [&]() {
        if (!pending) return;
        emit(OP_BUILD_MAP, uint32_t(pending), loc);
        if (have_dict) emit(OP_DICT_UPDATE, 1, loc);
        have_dict = true;
        pending = 0;
    };
    for (size_t i = 0; i < e.elts.size(); i++) {
        Expr* key = i < e.keys.size() ? e.keys[i].get() : nullptr;
        if (!key) {
            flush();
            if (!have_dict) {
                emit(OP_BUILD_MAP, 0, loc);
                have_dict = true;
            }
            compile_expr(*e.elts[i]);
            emit(OP_DICT_UPDATE, 1, loc);
            continue;
        }
        if (pending * 2 >= STACK_USE_GUIDELINE) flush();
        compile_expr(*key);
        compile_expr(*e.elts[i]);
        pending++;
    }
    flush();
    if (!have_dict) emit(OP_BUILD_MAP, 0, loc);
}

static void compare_instr(int cmp, uint8_t* op, uint32_t* arg) {
    switch (cmp) {
    case CMP_IS: *op = OP_IS_OP; *arg = 0; break;
    case CMP_IS_NOT: *op = OP_IS_OP; *arg = 1; break;
    case CMP_IN: *op = OP_CONTAINS_OP; *arg = 0; break;
    case CMP_NOT_IN: *op = OP_CONTAINS_OP; *arg = 1; break;
    default: *op = OP_COMPARE_OP; *arg = uint32_t(cmp); break;
    }
}

// a < b < c:   a b SWAP 2 COPY 2 COMPARE JUMP_IF_FALSE_OR_POP cleanup  c COMPARE  JUMP end
//              cleanup: SWAP 2 POP_TOP (drop the leftover b)  end:
void Compiler::compile_compare(Expr& e) {
    Location loc = loc_of(e.pos);
    check_compare(e);
    uint8_t op;
    uint32_t arg;
    compile_expr(*e.a);
    size_t n = e.cmpops.size();
    if (n == 1) {
        compile_operand(*e.elts[0], e.cmpops[0] == CMP_IN || e.cmpops[0] == CMP_NOT_IN);
        compare_instr(e.cmpops[0], &op, &arg);
        emit(op, arg, loc);
        return;
    }
    int cleanup = new_label(), end = new_label();
    for (size_t i = 0; i + 1 < n; i++) {
        compile_expr(*e.elts[i]);
        emit(OP_SWAP, 2, loc);
        emit(OP_COPY, 2, loc);
        compare_instr(e.cmpops[i], &op, &arg);
        emit(op, arg, loc);
        emit_jump(OP_JUMP_IF_FALSE_OR_POP, cleanup, loc);
    }
    compile_operand(*e.elts[n - 1], e.cmpops[n - 1] == CMP_IN || e.cmpops[n - 1] == CMP_NOT_IN);
    compare_instr(e.cmpops[n - 1], &op, &arg);
    emit(op, arg, loc);
    emit_jump(OP_JUMP_FORWARD, end, loc);
    bind(cleanup);
    emit(OP_SWAP, 2, loc);
    emit(OP_POP_TOP, 0, loc);
    bind(end);
}

// a and b → a JUMP_IF_FALSE_OR_POP end; b; end:   (or: JUMP_IF_TRUE_OR_POP)
void Compiler::compile_boolop(Expr& e) {
    Location loc = loc_of(e.pos);
    uint8_t op = e.boolop == BoolOpKind::And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    int end = new_label();
    for (size_t i = 0; i + 1 < e.elts.size(); i++) {
        compile_expr(*e.elts[i]);
        emit_jump(op, end, loc);
    }
    compile_expr(*e.elts.back());
    bind(end);
}

// Jump to `label` if bool(e) == cond, else fall through; nothing is left on the stack.
// not / and / or / chained comparisons / if-else become jumps (CPython's compiler_jump_if).
void Compiler::compile_jump_if(Expr& e, int label, bool cond) {
    DepthGuard guard(depth_);
    Location loc = loc_of(e.pos);
    if (Obj c = constant_value(e)) {
        if (truthy(c.get()) == cond) emit_jump(OP_JUMP_FORWARD, label, loc);
        return;
    }
    switch (e.kind) {
    case ExprKind::UnaryOp:
        if (e.unop == UnOp::Not) {
            compile_jump_if(*e.a, label, !cond);
            return;
        }
        break;
    case ExprKind::BoolOp: {
        // `a or b` jumps when any is true; to jump when false, the early true ones skip past.
        bool is_or = e.boolop == BoolOpKind::Or;
        int next2 = is_or == cond ? label : new_label();
        for (size_t i = 0; i + 1 < e.elts.size(); i++) compile_jump_if(*e.elts[i], next2, is_or);
        compile_jump_if(*e.elts.back(), label, cond);
        if (next2 != label) bind(next2);
        return;
    }
    case ExprKind::IfExp: {
        int end = new_label(), orelse = new_label();
        compile_jump_if(*e.a, orelse, false);
        compile_jump_if(*e.b, label, cond);
        emit_jump(OP_JUMP_FORWARD, end, loc);
        bind(orelse);
        compile_jump_if(*e.c, label, cond);
        bind(end);
        return;
    }
    case ExprKind::Compare: {
        size_t n = e.cmpops.size();
        if (n < 2) break;
        check_compare(e);
        uint8_t op;
        uint32_t arg;
        int cleanup = new_label(), end = new_label();
        compile_expr(*e.a);
        for (size_t i = 0; i + 1 < n; i++) {
            compile_expr(*e.elts[i]);
            emit(OP_SWAP, 2, loc);
            emit(OP_COPY, 2, loc);
            compare_instr(e.cmpops[i], &op, &arg);
            emit(op, arg, loc);
            emit_jump(OP_POP_JUMP_IF_FALSE, cleanup, loc);
        }
        compile_expr(*e.elts[n - 1]);
        compare_instr(e.cmpops[n - 1], &op, &arg);
        emit(op, arg, loc);
        emit_jump(cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label, loc);
        emit_jump(OP_JUMP_FORWARD, end, loc);
        bind(cleanup);
        emit(OP_POP_TOP, 0, loc);
        if (!cond) emit_jump(OP_JUMP_FORWARD, label, loc);
        bind(end);
        return;
    }
    default:
        break;
    }
    compile_expr(e);
    emit_jump(cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label, loc);
}

// ───────────── assignment targets ─────────────

void Compiler::compile_store(Expr& t) {
    DepthGuard guard(depth_);
    Location loc = loc_of(t.pos);
    switch (t.kind) {
    case ExprKind::Name:
        emit_name(t.id, Ctx::Store, loc);
        break;
    case ExprKind::Attribute:
        compile_expr(*t.a);
        emit(OP_STORE_ATTR, uint32_t(add_name(mangled(t.id))), attr_loc(loc, t));
        break;
    case ExprKind::Subscript:
        compile_expr(*t.a);
        compile_expr(*t.b);
        emit(OP_STORE_SUBSCR, 0, loc_of(t.pos));
        break;
    case ExprKind::Tuple:
    case ExprKind::List:
        compile_unpack_target(t);
        break;
    case ExprKind::Starred:
        error(t.pos, "starred assignment target must be in a list or tuple");
    case ExprKind::Constant:
        error(t.pos, "cannot assign to literal here. Maybe you meant '==' instead of '='?");
    default:
        error(t.pos, "cannot assign to expression here. Maybe you meant '==' instead of '='?");
    }
}

// a, *b, c = v → UNPACK_EX 1 | 1 << 8 (the first target's value ends on top), then store a, b, c.
void Compiler::compile_unpack_target(Expr& t) {
    Location loc = loc_of(t.pos);
    size_t n = t.elts.size();
    size_t star = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        if (t.elts[i]->kind != ExprKind::Starred) continue;
        if (star != SIZE_MAX) error(t.pos, "multiple starred expressions in assignment");
        star = i;
    }
    if (star != SIZE_MAX) {
        size_t before = star, after = n - star - 1;
        if (before >= 256 || after >= (1u << 16)) error(t.pos, "too many expressions in star-unpacking assignment");
        emit(OP_UNPACK_EX, uint32_t(before | after << 8), loc);
    } else {
        emit(OP_UNPACK_SEQUENCE, uint32_t(n), loc);
    }
    for (auto& x : t.elts) compile_store(x->kind == ExprKind::Starred ? *x->a : *x);
}

// x op= v.  The target's parts are evaluated once: COPY keeps them for the store.
void Compiler::compile_aug_assign(Stmt& s) {
    Expr& t = *s.target;
    Location loc = loc_of(s.pos);
    uint32_t op = uint32_t(s.op + NB_INPLACE_ADD);
    switch (t.kind) {
    case ExprKind::Name:
        emit_name(t.id, Ctx::Load, loc_of(t.pos));
        compile_expr(*s.value);
        emit(OP_BINARY_OP, op, loc);
        emit_name(t.id, Ctx::Store, loc_of(t.pos));
        break;
    case ExprKind::Attribute: {
        uint32_t name = uint32_t(add_name(mangled(t.id)));
        compile_expr(*t.a);
        emit(OP_COPY, 1, loc_of(t.pos));
        emit(OP_LOAD_ATTR, name << 1, attr_loc(loc_of(t.pos), t));
        compile_expr(*s.value);
        emit(OP_BINARY_OP, op, loc);
        emit(OP_SWAP, 2, attr_loc(loc_of(t.pos), t));
        emit(OP_STORE_ATTR, name, attr_loc(loc_of(t.pos), t));
        break;
    }
    case ExprKind::Subscript: {
        Location sloc = loc_of(t.pos);
        compile_expr(*t.a);
        compile_expr(*t.b);
        emit(OP_COPY, 2, sloc);
        emit(OP_COPY, 2, sloc);
        emit(OP_BINARY_SUBSCR, 0, sloc);
        compile_expr(*s.value);
        emit(OP_BINARY_OP, op, loc);
        emit(OP_SWAP, 3, sloc);
        emit(OP_SWAP, 2, sloc);
        emit(OP_STORE_SUBSCR, 0, sloc);
        break;
    }
    default:
        error(t.pos, "'expression' is an illegal expression for augmented assignment");
    }
}

// x: T = v stores v; the annotation is never evaluated (PEP 649 makes it lazy).  Without a value,
// an attribute or subscript target still evaluates its object (and index), as CPython does.
// x: T = v.  The value is stored as by `x = v`; the annotation T is not evaluated here.  In a
// class body it becomes part of the class's __annotate__ function (compile_class_def), which
// runs on the first read of C.__annotations__ (PEP 649).  Elsewhere annotations are not kept.
void Compiler::compile_ann_assign(Stmt& s) {
    Expr& t = *s.target;
    Location loc = loc_of(s.pos);
    if (s.value) {
        compile_expr(*s.value);
        compile_store(t);
    }
    if (s.value) return;
    if (t.kind == ExprKind::Attribute) {
        compile_expr(*t.a);
        emit(OP_POP_TOP, 0, loc);
    } else if (t.kind == ExprKind::Subscript) {
        compile_expr(*t.a);
        emit(OP_POP_TOP, 0, loc);
        compile_expr(*t.b);
        emit(OP_POP_TOP, 0, loc);
    }
}

void Compiler::compile_delete(Expr& t) {
    DepthGuard guard(depth_);
    Location loc = loc_of(t.pos);
    switch (t.kind) {
    case ExprKind::Name:
        emit_name(t.id, Ctx::Del, loc);
        break;
    case ExprKind::Attribute:
        compile_expr(*t.a);
        emit(OP_DELETE_ATTR, uint32_t(add_name(mangled(t.id))), attr_loc(loc, t));
        break;
    case ExprKind::Subscript:
        compile_expr(*t.a);
        compile_expr(*t.b);
        emit(OP_DELETE_SUBSCR, 0, loc_of(t.pos));
        break;
    case ExprKind::Tuple:
    case ExprKind::List:
        for (auto& e : t.elts) compile_delete(*e);
        break;
    default:
        error(t.pos, t.kind == ExprKind::Constant ? "cannot delete literal" : "cannot delete expression");
    }
}

// ───────────── calls ─────────────

void Compiler::compile_call(Expr& e) {
    for (size_t i = 0; i < e.keywords.size(); i++) {
        const std::string& name = e.keywords[i].arg;
        if (name.empty()) continue;
        for (size_t j = 0; j < i; j++)
            if (e.keywords[j].arg == name) error(e.keywords[i].pos, "keyword argument repeated: " + name);
    }
    Expr& func = *e.a;
    check_caller(func);
    Location cloc = loc_of(e.pos);
    bool simple_args = true;
    for (auto& x : e.elts) simple_args = simple_args && x->kind != ExprKind::Starred;
    for (auto& k : e.keywords) simple_args = simple_args && !k.arg.empty();
    if (func.kind == ExprKind::Attribute && simple_args) {
        // o.m(args): LOAD_ATTR pushes [method, self] or [attribute, NULL].
        compile_expr(*func.a);
        emit(OP_LOAD_ATTR, (uint32_t(add_name(mangled(func.id))) << 1) | 1, attr_loc(loc_of(func.pos), func));
        cloc = attr_loc(cloc, func);  // the call too, as CPython's method calls
    } else {
        compile_expr(func);
        emit(OP_PUSH_NULL, 0, loc_of(e.pos));
    }
    compile_call_helper(0, e.elts, e.keywords, cloc);
}

// The arguments of a call whose callable and self_or_null (and `pushed` more positional
// arguments) are on the stack already.
void Compiler::compile_call_helper(int pushed, std::vector<ExprP>& args, std::vector<Keyword>& keywords,
                                   const Location& loc) {
    bool starred = false;
    for (auto& x : args) starred = starred || x->kind == ExprKind::Starred;
    for (auto& k : keywords) starred = starred || k.arg.empty();
    size_t total = size_t(pushed) + args.size() + keywords.size();
    if (!starred && total <= STACK_USE_GUIDELINE) {
        for (auto& x : args) compile_expr(*x);
        for (auto& k : keywords) compile_expr(*k.value);
        if (keywords.empty()) {
            emit(OP_CALL, uint32_t(total), loc);
            return;
        }
        Obj names = tuple_new(keywords.size());
        for (size_t i = 0; i < keywords.size(); i++)
            static_cast<TupleObject*>(names.get())->items[i] = str_new(keywords[i].arg).release();
        emit_load_const(names.get(), loc);
        emit(OP_CALL_KW, uint32_t(total), loc);
        return;
    }
    // f(*a, **k): [f, self_or_null, args tuple, kwargs dict or NULL] CALL_FUNCTION_EX
    if (pushed == 0 && args.empty()) {
        Obj empty = tuple_new(0);
        emit_load_const(empty.get(), loc);
    } else {
        compile_starunpack(args, pushed, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true, loc);
    }
    if (keywords.empty()) emit(OP_PUSH_NULL, 0, loc);
    else compile_kwargs_dict(keywords, loc);
    emit(OP_CALL_FUNCTION_EX, keywords.empty() ? 0 : 1, loc);
}

// The kwargs dict of CALL_FUNCTION_EX: runs of name=value pairs become BUILD_MAP n; each **m and
// each later run is merged in with DICT_MERGE (which rejects repeated keywords).
void Compiler::compile_kwargs_dict(std::vector<Keyword>& keywords, const Location& loc) {
    bool have_dict = false;
    size_t pending = 0;
    auto flush = [&]() {
        if (!pending) return;
        emit(OP_BUILD_MAP, uint32_t(pending), loc);
        if (have_dict) emit(OP_DICT_MERGE, 1, loc);
        have_dict = true;
        pending = 0;
    };
    for (auto& k : keywords) {
        if (k.arg.empty()) {
            flush();
            if (!have_dict) {
                emit(OP_BUILD_MAP, 0, loc);
                have_dict = true;
            }
            compile_expr(*k.value);
            emit(OP_DICT_MERGE, 1, loc);
            continue;
        }
        if (pending * 2 >= STACK_USE_GUIDELINE) flush();
        Obj key = str_new(k.arg);
        emit_load_const(key.get(), loc);
        compile_expr(*k.value);
        pending++;
    }
    flush();
}

// ───────────── f-strings ─────────────

void Compiler::compile_joined_str(Expr& e) {
    Location loc = loc_of(e.pos);
    if (e.elts.empty()) {
        Obj empty = str_new("");
        emit_load_const(empty.get(), loc);
        return;
    }
    for (auto& part : e.elts) compile_expr(*part);
    if (e.elts.size() > 1) emit(OP_BUILD_STRING, uint32_t(e.elts.size()), loc);
}

void Compiler::compile_formatted_value(Expr& e) {
    Location loc = loc_of(e.pos);
    compile_expr(*e.a);
    int conv = e.conversion == 's' ? 1 : e.conversion == 'r' ? 2 : e.conversion == 'a' ? 3 : 0;
    if (conv) emit(OP_CONVERT_VALUE, uint32_t(conv), loc);
    if (e.b) {
        compile_expr(*e.b);
        emit(OP_FORMAT_WITH_SPEC, 0, loc);
    } else {
        emit(OP_FORMAT_SIMPLE, 0, loc);
    }
}

// t"a{x!r:>5}b" (PEP 750): the text between the fields, as one constant tuple, then one
// Interpolation per field, then the Template:
//   LOAD_CONST ('a', 'b')  x LOAD_CONST 'x' LOAD_CONST 'r' <spec>  BUILD_INTERPOLATION
//   BUILD_TUPLE 1  BUILD_TEMPLATE
// Unlike an f-string nothing is converted or formatted: the value travels as it is (only a
// format spec's own nested {fields} are formatted, into the spec string).
void Compiler::compile_template_str(Expr& e) {
    Location loc = loc_of(e.pos);
    std::vector<std::string> strings(1);
    for (auto& part : e.elts) {
        if (part->kind == ExprKind::Constant) strings.back() += str_view(part->value.get());
        else strings.emplace_back();
    }
    Obj tuple = tuple_new(strings.size());
    for (size_t i = 0; i < strings.size(); i++) static_cast<TupleObject*>(tuple.get())->items[i] = str_new(strings[i]).release();
    emit_load_const(tuple.get(), loc);
    size_t n = 0;
    for (auto& part : e.elts) {
        if (part->kind == ExprKind::Constant) continue;
        Location ploc = loc_of(part->pos);
        compile_expr(*part->a);
        emit_load_const(part->value.get(), ploc);
        if (part->conversion < 0) {
            emit_none(ploc);
        } else {
            Obj c = str_new(std::string(1, char(part->conversion)));
            emit_load_const(c.get(), ploc);
        }
        if (part->b) {
            compile_expr(*part->b);
        } else {
            Obj empty = str_new("");
            emit_load_const(empty.get(), ploc);
        }
        emit(OP_BUILD_INTERPOLATION, 0, ploc);
        n++;
    }
    emit(OP_BUILD_TUPLE, uint32_t(n), loc);
    emit(OP_BUILD_TEMPLATE, 0, loc);
}

// ───────────── lambdas and comprehensions ─────────────

void Compiler::compile_lambda(Expr& e) {
    Location loc = loc_of(e.pos);
    uint32_t flags = compile_defaults(*e.args, loc);
    Ref<CodeObject> code = compile_function_body(st_.block_of(&e), "<lambda>", e.args.get(), nullptr, e.a.get(),
                                                 e.pos.line, e.pos);
    emit_make_function(std::move(code), flags, loc);
}

// (elt for x in it if c), a generator expression, is a function of its own:
//   outside:  MAKE_FUNCTION <genexpr>; PUSH_NULL; it; GET_ITER; CALL 1
//   inside:   RETURN_GENERATOR; LOAD_FAST .0; loop: FOR_ITER end; store x; c POP_JUMP_IF_FALSE loop;
//             elt; YIELD_VALUE; POP_TOP; JUMP_BACKWARD loop; end: LOAD_CONST None; RETURN_VALUE
// List, set and dict comprehensions are inlined (compile_inlined_comprehension).
void Compiler::compile_comprehension(Expr& e) {
    Location loc = loc_of(e.pos);
    Block* b = st_.block_of(&e);
    if (b->inlined) {
        compile_inlined_comprehension(e, b);
        return;
    }
    bool genexpr = e.kind == ExprKind::GeneratorExp;
    std::string qualname = qualname_for(b->name);
    enter_unit(b, b->name, qualname, e.pos.line);
    u_->co->flags |= CO_OPTIMIZED | CO_NEWLOCALS;
    u_->co->argcount = 1;
    emit_code_prologue(*u_, loc);
    if (genexpr) {  // an async for clause or an await inside: an asynchronous generator (PEP 530)
        u_->co->flags |= b->coroutine ? CO_ASYNC_GENERATOR : CO_GENERATOR;
        emit(OP_RETURN_GENERATOR, 0, loc);
    } else {
        uint8_t build = e.kind == ExprKind::ListComp ? OP_BUILD_LIST : e.kind == ExprKind::SetComp ? OP_BUILD_SET : OP_BUILD_MAP;
        emit(build, 0, loc);
    }
    compile_comprehension_generator(e, 0);
    if (genexpr) emit_none(loc);
    emit(OP_RETURN_VALUE, 0, loc);
    Ref<CodeObject> code = leave_unit();

    emit_make_function(std::move(code), 0, loc);
    emit(OP_PUSH_NULL, 0, loc);
    Expr& first = *e.generators[0].iter;
    compile_operand(first, true);
    emit(e.generators[0].is_async ? OP_GET_AITER : OP_GET_ITER, 0, loc_of(first.pos));
    emit(OP_CALL, 1, loc);
}

// PEP 709: [elt for x in it] runs in the enclosing frame, as in CPython 3.12+ (so a traceback
// shows no <listcomp> frame).  Each name the comprehension binds (x, and those of inlined
// comprehensions inside it) uses the enclosing code's slot for that name — a hidden fast local
// in module and class code — so its outer value is saved on the stack first and put back after:
//
//   it GET_ITER  LOAD_FAST_AND_CLEAR x [MAKE_CELL x]  SWAP 2        saved x below the iterator
//   L1: BUILD_LIST 0  SWAP 2  loop: FOR_ITER end ... LIST_APPEND 2  JUMP_BACKWARD loop
//   end: SWAP 2  STORE_FAST x                                       restore x; the list on top
//   cold handler (L1..end): SWAP 2  POP_TOP  SWAP 2  STORE_FAST x  RERAISE 0
//
// A loop variable captured by a lambda in the comprehension is a cell: MAKE_CELL gives each run
// of the comprehension a fresh cell in that slot (the saved value may be the outer cell).
void Compiler::compile_inlined_comprehension(Expr& e, Block* b) {
    Location loc = loc_of(e.pos);
    for (auto& g : e.generators)
        if (g.is_async && !in_async_function()) error(e.pos, "asynchronous comprehension outside of an asynchronous function");
    Expr& first = *e.generators[0].iter;
    compile_operand(first, true);
    emit(e.generators[0].is_async ? OP_GET_AITER : OP_GET_ITER, 0, loc_of(first.pos));
    std::vector<std::string> saved;
    for (const std::string& name : b->order) {
        const Symbol& s = b->symbols[name];
        if (s.flags & DEF_PARAM) continue;  // .0 is the iterator already on the stack
        if (s.scope != SymScope::Local && s.scope != SymScope::Cell) continue;
        SlotFix fix;
        uint32_t slot = uint32_t(comp_slot(name, &fix));
        emit(OP_LOAD_FAST_AND_CLEAR, slot, loc);
        u_->instrs.back().fix = fix;
        if (s.scope == SymScope::Cell) {
            emit(OP_MAKE_CELL, slot, loc);
            u_->instrs.back().fix = fix;
        }
        saved.push_back(name);
    }
    int handler = -1;
    if (!saved.empty()) {
        emit(OP_SWAP, uint32_t(saved.size() + 1), loc);  // the iterator back on top
        handler = new_label();
        push_fblock(FBKind::InlinedComp, e.pos, handler);
    }
    uint8_t build = e.kind == ExprKind::ListComp ? OP_BUILD_LIST : e.kind == ExprKind::SetComp ? OP_BUILD_SET : OP_BUILD_MAP;
    emit(build, 0, loc);
    emit(OP_SWAP, 2, loc);
    u_->inlined.push_back(b);
    compile_comprehension_generator(e, 0);
    u_->inlined.pop_back();
    if (saved.empty()) return;
    pop_fblock();
    emit_comp_restore(saved, loc);
    // The handler: [saved.., result or iterator, exc] → restore the names, raise exc again.  It
    // is emitted now (covered by the handler around the comprehension) and moved to the end.
    size_t mark = u_->instrs.size();
    emit(OP_SWAP, 2, Location{});
    emit(OP_POP_TOP, 0, Location{});
    emit_comp_restore(saved, loc);
    emit(OP_RERAISE, 0, loc);
    u_->cold.push_back(ColdBlock{handler, std::vector<Instr>(u_->instrs.begin() + long(mark), u_->instrs.end())});
    u_->instrs.resize(mark);
}

// [saved1 .. savedN, v] → v, with each saved value back in its slot (the SWAP undoes the order
// the SWAP before the loop reversed).
void Compiler::emit_comp_restore(const std::vector<std::string>& saved, const Location& loc) {
    emit(OP_SWAP, uint32_t(saved.size() + 1), loc);
    for (size_t i = saved.size(); i-- > 0;) {
        SlotFix fix;
        emit(OP_STORE_FAST, uint32_t(comp_slot(saved[i], &fix)), loc);
        u_->instrs.back().fix = fix;
    }
}

void Compiler::compile_comprehension_generator(Expr& e, size_t index) {
    DepthGuard guard(depth_);
    Comprehension& g = e.generators[index];
    Location iloc = loc_of(g.iter->pos);
    int start = new_label(), skip = new_label(), end = new_label();
    if (index == 0) {
        if (!st_.block_of(&e)->inlined) emit(OP_LOAD_FAST, uint32_t(local_slot(".0")), iloc);
    } else {
        compile_operand(*g.iter, true);
        emit(g.is_async ? OP_GET_AITER : OP_GET_ITER, 0, iloc);
    }
    bind(start);
    if (g.is_async) {  // `async for` clause: as compile_async_for, ending at END_ASYNC_FOR
        push_fblock(FBKind::TryExcept, g.iter->pos, end);
        emit(OP_GET_ANEXT, 0, iloc);
        emit_yield_from_loop(iloc);
        pop_fblock();
    } else {
        emit_jump(OP_FOR_ITER, end, iloc);
    }
    compile_store(*g.target);
    for (auto& cond : g.ifs) compile_jump_if(*cond, skip, false);
    if (index + 1 < e.generators.size()) {
        compile_comprehension_generator(e, index + 1);
    } else {
        // The result (list/set/dict) sits below one iterator per generator.
        Location eloc = loc_of(e.a->pos);
        uint32_t depth = uint32_t(e.generators.size() + 1);
        switch (e.kind) {
        case ExprKind::GeneratorExp:
            compile_expr(*e.a);
            if (u_->co->flags & CO_ASYNC_GENERATOR) emit(OP_ASYNC_GEN_WRAP, 0, eloc);
            emit(OP_YIELD_VALUE, 0, eloc);
            emit(OP_POP_TOP, 0, eloc);
            break;
        case ExprKind::ListComp:
            compile_expr(*e.a);
            emit(OP_LIST_APPEND, depth, eloc);
            break;
        case ExprKind::SetComp:
            compile_expr(*e.a);
            emit(OP_SET_ADD, depth, eloc);
            break;
        default:  // DictComp
            compile_expr(*e.a);
            compile_expr(*e.b);
            emit(OP_MAP_ADD, depth, eloc);
            break;
        }
    }
    bind(skip);
    emit_jump(OP_JUMP_FORWARD, start, iloc);
    bind(end);
    if (g.is_async) emit(OP_END_ASYNC_FOR, 0, iloc);
}
