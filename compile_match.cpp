// compile_match.cpp — the match statement: patterns become tests and jumps.
//
// What this step does: turns each `case` of a match statement into a chain of tests on the
// subject, the way CPython 3.14's compiler does (Python/codegen.c, codegen_pattern_*):
//
//   subject                             the subject stays on the stack for the whole statement
//   case 1:   COPY 1   <pattern>   [guard]   POP_TOP (subject)   body   JUMP end
//             fail_pop[k]: POP_TOP × k ─→ next case
//   ...
//   POP_TOP (subject)   end:
//
// A pattern is compiled with the value it tests on top of the stack and consumes it.  While it
// takes the value apart (a sequence's items, a mapping's values, a class's attributes) more
// items pile up above the subject; `on_top` counts them.  Any test that fails jumps to
// fail_pop[on_top], a ladder of POP_TOPs emitted after the case, so the stack is back to just
// the subject whichever test failed.  One simplification: a capture is stored as soon as its
// part matched (CPython collects them and stores them only once the whole pattern matched), so
// a case that fails late can leave some of its names bound.
//
// The opcodes that do the work (vm.cpp): MATCH_SEQUENCE, MATCH_MAPPING, GET_LEN, MATCH_KEYS,
// MATCH_CLASS, COPY_DICT_WITHOUT_KEYS.
//
// Comes in: a Match statement from parser_match.cpp.  Goes out: instructions in the unit.
// Read next: vm.cpp (the MATCH_* opcodes).
#include "compiler.h"

#include <algorithm>

struct PatternContext {
    std::vector<int> fail_pop;  // fail_pop[k]: the label that pops k items, then fails
    int on_top = 0;             // items above the subject right now
};

int Compiler::fail_label(PatternContext& pc) {
    size_t k = size_t(pc.on_top);
    if (pc.fail_pop.size() <= k) pc.fail_pop.resize(k + 1, -1);
    if (pc.fail_pop[k] < 0) pc.fail_pop[k] = new_label();
    return pc.fail_pop[k];
}

// POP_JUMP_IF_FALSE to the failure ladder (the test result is popped first).
void Compiler::jump_if_false_to_fail(PatternContext& pc, const Location& loc) {
    pc.on_top--;  // the bool
    emit_jump(OP_POP_JUMP_IF_FALSE, fail_label(pc), loc);
}

// The ladder: fail_pop[n]: POP_TOP, fail_pop[n-1]: POP_TOP, ..., fail_pop[0]: (falls out).
void Compiler::emit_fail_ladder(PatternContext& pc, const Location& loc) {
    for (size_t k = pc.fail_pop.size(); k-- > 0;) {
        if (pc.fail_pop[k] >= 0) bind(pc.fail_pop[k]);
        if (k > 0) emit(OP_POP_TOP, 0, loc);
    }
}

void Compiler::store_capture(const std::string& name, const Pos& pos) {
    Expr target(ExprKind::Name, pos);
    target.id = name;
    target.ctx = Ctx::Store;
    compile_store(target);
}

void Compiler::compile_pattern(Pattern& p, PatternContext& pc) {
    DepthGuard guard(depth_);
    Location loc = loc_of(p.pos);
    switch (p.kind) {
    case PatKind::Capture:  // always matches
        if (p.name.empty()) emit(OP_POP_TOP, 0, loc);
        else store_capture(p.name, p.pos);
        pc.on_top--;
        return;
    case PatKind::Value:    // subject == value
        compile_expr(*p.value);
        emit(OP_COMPARE_OP, CMP_EQ, loc);
        jump_if_false_to_fail(pc, loc);
        return;
    case PatKind::Singleton:  // subject is None/True/False
        compile_expr(*p.value);
        emit(OP_IS_OP, 0, loc);
        jump_if_false_to_fail(pc, loc);
        return;
    case PatKind::As:
        emit(OP_COPY, 1, loc);
        pc.on_top++;
        compile_pattern(*p.pattern, pc);
        store_capture(p.name, p.pos);
        pc.on_top--;
        return;
    case PatKind::Or: compile_or_pattern(p, pc); return;
    case PatKind::Sequence: compile_sequence_pattern(p, pc); return;
    case PatKind::Mapping: compile_mapping_pattern(p, pc); return;
    case PatKind::Class: compile_class_pattern(p, pc); return;
    case PatKind::Star: error(p.pos, "can't use starred expression here");
    }
}

// p | q | r: try each alternative on a copy of the value; the first that matches wins.  Each
// alternative gets its own failure ladder, which leads to the next alternative.
void Compiler::compile_or_pattern(Pattern& p, PatternContext& pc) {
    Location loc = loc_of(p.pos);
    int success = new_label();
    for (size_t i = 0; i + 1 < p.patterns.size(); i++) {
        PatternContext alt;
        emit(OP_COPY, 1, loc);
        alt.on_top = 1;
        compile_pattern(*p.patterns[i], alt);
        emit(OP_POP_TOP, 0, loc);  // matched: drop the value itself
        emit_jump(OP_JUMP_FORWARD, success, loc);
        emit_fail_ladder(alt, loc);
    }
    compile_pattern(*p.patterns.back(), pc);  // the last one consumes the value
    bind(success);                            // (every path gets here with it consumed)
}

// [p, q, *r]: a sequence (not str/bytes/dict) of the right length, then each item in turn.
void Compiler::compile_sequence_pattern(Pattern& p, PatternContext& pc) {
    Location loc = loc_of(p.pos);
    size_t n = p.patterns.size();
    int star = -1;
    for (size_t i = 0; i < n; i++) {
        if (p.patterns[i]->kind != PatKind::Star) continue;
        if (star >= 0) error(p.patterns[i]->pos, "multiple starred names in sequence pattern");
        star = int(i);
    }
    emit(OP_MATCH_SEQUENCE, 0, loc);
    pc.on_top++;
    jump_if_false_to_fail(pc, loc);
    size_t fixed = star >= 0 ? n - 1 : n;
    if (star < 0 || fixed > 0) {
        emit(OP_GET_LEN, 0, loc);
        Obj len = int_from_i64(int64_t(fixed));
        emit_load_const(len.get(), loc);
        emit(OP_COMPARE_OP, star >= 0 ? CMP_GE : CMP_EQ, loc);
        pc.on_top++;
        jump_if_false_to_fail(pc, loc);
    }
    if (star < 0) {
        emit(OP_UNPACK_SEQUENCE, uint32_t(n), loc);
    } else {
        uint32_t before = uint32_t(star), after = uint32_t(n - 1 - size_t(star));
        emit(OP_UNPACK_EX, before | (after << 8), loc);
    }
    pc.on_top += int(n) - 1;
    for (auto& sub : p.patterns) {
        if (sub->kind == PatKind::Star) {
            if (sub->name.empty()) emit(OP_POP_TOP, 0, loc_of(sub->pos));
            else store_capture(sub->name, sub->pos);
            pc.on_top--;
        } else {
            compile_pattern(*sub, pc);
        }
    }
}

// {k1: p1, k2: p2, **rest}: a mapping that has every key; its values match p1, p2 ...
void Compiler::compile_mapping_pattern(Pattern& p, PatternContext& pc) {
    Location loc = loc_of(p.pos);
    size_t n = p.keys.size();
    emit(OP_MATCH_MAPPING, 0, loc);
    pc.on_top++;
    jump_if_false_to_fail(pc, loc);
    if (n == 0 && p.name.empty()) {  // {}: any mapping
        emit(OP_POP_TOP, 0, loc);
        pc.on_top--;
        return;
    }
    if (n > 0) {
        emit(OP_GET_LEN, 0, loc);
        Obj len = int_from_i64(int64_t(n));
        emit_load_const(len.get(), loc);
        emit(OP_COMPARE_OP, CMP_GE, loc);
        pc.on_top++;
        jump_if_false_to_fail(pc, loc);
    }
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < i; j++) {
            Obj a = constant_value(*p.keys[i]), b = constant_value(*p.keys[j]);
            if (a && b && type_of(a.get()) == type_of(b.get()) && richcompare_bool(a.get(), b.get(), CMP_EQ))
                error(p.pos, "mapping pattern checks duplicate key (" + repr_string(a.get()) + ")");
        }
        compile_expr(*p.keys[i]);
    }
    emit(OP_BUILD_TUPLE, uint32_t(n), loc);       // (value keys)
    emit(OP_MATCH_KEYS, 0, loc);                  // (value keys values|None)
    pc.on_top += 2;
    emit(OP_COPY, 1, loc);
    emit_none(loc);
    emit(OP_IS_OP, 1, loc);                       // values is not None
    pc.on_top++;
    jump_if_false_to_fail(pc, loc);
    emit(OP_UNPACK_SEQUENCE, uint32_t(n), loc);
    pc.on_top += int(n) - 1;
    for (auto& sub : p.patterns) compile_pattern(*sub, pc);
    if (!p.name.empty()) {
        emit(OP_COPY_DICT_WITHOUT_KEYS, 0, loc);  // (value rest)
        store_capture(p.name, p.pos);
        pc.on_top--;
    } else {
        emit(OP_POP_TOP, 0, loc);                 // keys
        pc.on_top--;
    }
    emit(OP_POP_TOP, 0, loc);                     // the value
    pc.on_top--;
}

// Cls(p, q, a=r): isinstance, then the attributes (positional ones named by __match_args__).
void Compiler::compile_class_pattern(Pattern& p, PatternContext& pc) {
    Location loc = loc_of(p.pos);
    for (size_t i = 0; i < p.kwd_attrs.size(); i++)
        for (size_t j = 0; j < i; j++)
            if (p.kwd_attrs[i] == p.kwd_attrs[j])
                error(p.kwd_patterns[i]->pos, "attribute name repeated in class pattern: " + p.kwd_attrs[i]);
    compile_expr(*p.cls);
    std::vector<Obj> names;
    for (const std::string& a : p.kwd_attrs) names.push_back(str_new(a));
    Obj tuple = tuple_new(names.size());
    for (size_t i = 0; i < names.size(); i++) static_cast<TupleObject*>(tuple.get())->items[i] = names[i].release();
    emit_load_const(tuple.get(), loc);
    emit(OP_MATCH_CLASS, uint32_t(p.patterns.size()), loc);  // (value cls names -- attrs|None)
    emit(OP_COPY, 1, loc);
    emit_none(loc);
    emit(OP_IS_OP, 1, loc);
    pc.on_top++;
    jump_if_false_to_fail(pc, loc);
    size_t n = p.patterns.size() + p.kwd_patterns.size();
    if (n == 0) {
        emit(OP_POP_TOP, 0, loc);
        pc.on_top--;
        return;
    }
    emit(OP_UNPACK_SEQUENCE, uint32_t(n), loc);
    pc.on_top += int(n) - 1;
    for (auto& sub : p.patterns) compile_pattern(*sub, pc);
    for (auto& sub : p.kwd_patterns) compile_pattern(*sub, pc);
}

// The compile-time checks CPython makes on a pattern: an irrefutable pattern (a capture or _)
// where more cases or alternatives follow, a name bound twice, alternatives binding different
// names.  `allow_irrefutable` is false for a case with later cases and no guard, and for every
// alternative of an OR pattern but the last.
void Compiler::check_pattern(Pattern& p, bool allow_irrefutable, std::vector<std::string>& bound) {
    DepthGuard guard(depth_);
    auto bind = [&](const std::string& name, const Pos& pos) {
        if (name.empty()) return;
        if (std::find(bound.begin(), bound.end(), name) != bound.end())
            error(pos, "multiple assignments to name '" + name + "' in pattern");
        bound.push_back(name);
    };
    switch (p.kind) {
    case PatKind::Capture:
        if (!allow_irrefutable)
            error(p.pos, p.name.empty() ? std::string("wildcard makes remaining patterns unreachable")
                                        : "name capture '" + p.name + "' makes remaining patterns unreachable");
        bind(p.name, p.pos);
        return;
    case PatKind::Star: bind(p.name, p.pos); return;
    case PatKind::As:
        check_pattern(*p.pattern, allow_irrefutable, bound);
        bind(p.name, p.pos);
        return;
    case PatKind::Value: case PatKind::Singleton: return;
    case PatKind::Sequence: case PatKind::Class:
        for (auto& sub : p.patterns) check_pattern(*sub, true, bound);
        for (auto& sub : p.kwd_patterns) check_pattern(*sub, true, bound);
        return;
    case PatKind::Mapping:
        for (auto& sub : p.patterns) check_pattern(*sub, true, bound);
        bind(p.name, p.pos);
        return;
    case PatKind::Or: {
        std::vector<std::string> first;
        for (size_t i = 0; i < p.patterns.size(); i++) {
            std::vector<std::string> names;
            check_pattern(*p.patterns[i], i + 1 == p.patterns.size() ? allow_irrefutable : false, names);
            std::sort(names.begin(), names.end());
            if (i == 0) first = names;
            else if (names != first) error(p.pos, "alternative patterns bind different names");
        }
        for (const std::string& n : first) bind(n, p.pos);
        return;
    }
    }
}

void Compiler::compile_match(Stmt& s) {
    Location loc = loc_of(s.pos);
    for (size_t i = 0; i < s.cases.size(); i++) {
        std::vector<std::string> bound;
        check_pattern(*s.cases[i].pattern, i + 1 == s.cases.size() || s.cases[i].guard, bound);
    }
    compile_expr(*s.value);
    int end = new_label();
    for (MatchCase& c : s.cases) {
        Location cloc = loc_of(c.pattern->pos);
        PatternContext pc;
        emit(OP_COPY, 1, cloc);
        pc.on_top = 1;
        compile_pattern(*c.pattern, pc);
        if (c.guard) compile_jump_if(*c.guard, fail_label(pc), false);
        emit(OP_POP_TOP, 0, cloc);  // the subject
        compile_body(c.body);
        emit_jump(OP_JUMP_FORWARD, end, cloc);
        emit_fail_ladder(pc, cloc);
    }
    emit(OP_POP_TOP, 0, loc);  // no case matched
    bind(end);
}
