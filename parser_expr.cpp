// parser_expr.cpp — the expression half of the parser (tokens → struct Expr).
//
// What it does: one function per precedence level of CPython's grammar, loosest first:
//   star_expressions  a, *b           named_expression  x := v
//   expression        lambda, a if c else b
//   disjunction / conjunction / inversion    or, and, not
//   comparison        a < b <= c, in, not in, is, is not
//   bitwise_or … term (parse_binary)        | ^ & << >> + - * / // % @   (left-associative)
//   factor            unary + - ~     power  a ** b (right-associative), await
//   primary           a.b  a[i]  f(args)    atom  names, numbers, strings, () [] {}
// Every node gets CPython's exact position; a BinOp also records its operator's position.
// In:  the Parser's token cursor (parser_internal.h).  Out: ExprP trees.
// Read next: parser_strings.cpp for the literals, compiler.cpp for what happens to the tree.
#include "parser_internal.h"

namespace minipy_parser {

namespace {

// RAII: while parsing a for-target, 'in' ends the target instead of being a comparison.
struct NoInScope {
    Parser& p;
    bool saved;
    explicit NoInScope(Parser& parser) : p(parser), saved(parser.no_in_) { p.no_in_ = true; }
    ~NoInScope() { p.no_in_ = saved; }
};

ExprP make_starred(const Pos& star, ExprP value) {
    auto e = make_expr(ExprKind::Starred, span(star, outer(*value)));
    e->a = std::move(value);
    return e;
}

}  // namespace

// ───────────────────────────── tuples, stars, walrus ─────────────────────────────

ExprP Parser::parse_star_expressions() {
    ExprP first = parse_star_expression();
    if (!at_op(",")) return first;
    auto tuple = make_expr(ExprKind::Tuple, outer(*first));
    tuple->elts.push_back(std::move(first));
    while (at_op(",")) {
        advance();
        if (!starts_expression() && !at_op("*")) break;
        tuple->elts.push_back(parse_star_expression());
    }
    tuple->pos = span(outer(*tuple->elts[0]), prev_pos());
    return tuple;
}

ExprP Parser::parse_star_expression() {
    if (at_op("*")) {
        Pos star = advance().pos;
        return make_starred(star, parse_bitwise_or());
    }
    return parse_expression();
}

ExprP Parser::parse_star_named_expression() {
    if (at_op("*")) {
        Pos star = advance().pos;
        return make_starred(star, parse_bitwise_or());
    }
    return parse_named_expression();
}

ExprP Parser::parse_named_expression() {
    if (at_name() && at_op(":=", 1)) {
        const Token& name = advance();
        auto target = make_expr(ExprKind::Name, name.pos);
        target->id = name.text;
        target->ctx = Ctx::Store;
        advance();
        ExprP value = parse_expression();
        auto e = make_expr(ExprKind::NamedExpr, span(name.pos, outer(*value)));
        e->a = std::move(target);
        e->b = std::move(value);
        return e;
    }
    ExprP e = parse_expression();
    if (at_op(":=")) error(strfmt("cannot use assignment expressions with %s", expr_name(e.get())), e->pos);
    return e;
}

// ───────────────────────────── lambda, conditional, boolean ─────────────────────────────

ExprP Parser::parse_expression() {
    DepthGuard guard(*this);
    if (at_kw("lambda")) return parse_lambda();
    ExprP body = parse_disjunction();
    if (!at_kw("if")) return body;
    advance();
    ExprP test = parse_disjunction();
    if (!at_kw("else")) error_range("expected 'else' after 'if' expression", body->pos, test->pos);
    advance();
    if (!starts_expression()) error("expected expression after 'else', but statement is given", tok().pos);
    ExprP orelse = parse_expression();
    auto e = make_expr(ExprKind::IfExp, span(outer(*body), outer(*orelse)));
    e->a = std::move(test);
    e->b = std::move(body);
    e->c = std::move(orelse);
    return e;
}

ExprP Parser::parse_lambda() {
    Pos kw = advance().pos;
    auto e = make_expr(ExprKind::Lambda, kw);
    e->args = std::make_unique<Arguments>();
    parse_parameters(*e->args, true);
    expect_op(":");
    e->a = parse_expression();
    e->pos = span(kw, outer(*e->a));
    return e;
}

ExprP Parser::parse_yield_expression() {
    Pos kw = advance().pos;
    if (at_kw("from")) {
        advance();
        ExprP value = parse_expression();
        auto e = make_expr(ExprKind::YieldFrom, span(kw, outer(*value)));
        e->a = std::move(value);
        return e;
    }
    auto e = make_expr(ExprKind::Yield, kw);
    if (starts_expression() || at_op("*")) {
        e->a = parse_star_expressions();
        e->pos = span(kw, outer(*e->a));
    }
    return e;
}

static ExprP make_boolop(BoolOpKind kind, std::vector<ExprP> values) {
    auto e = make_expr(ExprKind::BoolOp, span(outer(*values.front()), outer(*values.back())));
    e->boolop = kind;
    e->elts = std::move(values);
    return e;
}

ExprP Parser::parse_disjunction() {
    ExprP first = parse_conjunction();
    if (!at_kw("or")) return first;
    std::vector<ExprP> values;
    values.push_back(std::move(first));
    while (at_kw("or")) {
        advance();
        values.push_back(parse_conjunction());
    }
    return make_boolop(BoolOpKind::Or, std::move(values));
}

ExprP Parser::parse_conjunction() {
    ExprP first = parse_inversion();
    if (!at_kw("and")) return first;
    std::vector<ExprP> values;
    values.push_back(std::move(first));
    while (at_kw("and")) {
        advance();
        values.push_back(parse_inversion());
    }
    return make_boolop(BoolOpKind::And, std::move(values));
}

ExprP Parser::parse_inversion() {
    if (!at_kw("not")) return parse_comparison();
    DepthGuard guard(*this);
    Pos kw = advance().pos;
    ExprP operand = parse_inversion();
    auto e = make_expr(ExprKind::UnaryOp, span(kw, outer(*operand)));
    e->unop = UnOp::Not;
    e->a = std::move(operand);
    return e;
}

// ───────────────────────────── comparisons and binary operators ─────────────────────────────

ExprP Parser::parse_comparison() {
    ExprP left = parse_bitwise_or();
    ExprP cmp;
    for (;;) {
        int op = -1, ntokens = 1;
        const Token& t = tok();
        if (t.kind == Tok::OP) {
            if (t.text == "==") op = CMP_EQ;
            else if (t.text == "!=") op = CMP_NE;
            else if (t.text == "<") op = CMP_LT;
            else if (t.text == "<=") op = CMP_LE;
            else if (t.text == ">") op = CMP_GT;
            else if (t.text == ">=") op = CMP_GE;
        } else if (t.kind == Tok::NAME) {
            if (t.text == "in" && !no_in_) op = CMP_IN;
            else if (t.text == "not" && at_kw("in", 1)) { op = CMP_NOT_IN; ntokens = 2; }
            else if (t.text == "is") {
                if (at_kw("not", 1)) { op = CMP_IS_NOT; ntokens = 2; }
                else op = CMP_IS;
            }
        }
        if (op < 0) break;
        for (int k = 0; k < ntokens; k++) advance();
        if (!cmp) {
            cmp = make_expr(ExprKind::Compare, outer(*left));
            cmp->a = std::move(left);
        }
        cmp->cmpops.push_back(op);
        cmp->elts.push_back(parse_bitwise_or());
    }
    if (!cmp) return left;
    cmp->pos = span(outer(*cmp->a), outer(*cmp->elts.back()));
    return cmp;
}

namespace {
struct BinLevel { const char* ops[5]; int codes[5]; };
// From loosest to tightest binding; within a level, left-associative.
const BinLevel BIN_LEVELS[] = {
    {{"|"}, {NB_OR}},
    {{"^"}, {NB_XOR}},
    {{"&"}, {NB_AND}},
    {{"<<", ">>"}, {NB_LSHIFT, NB_RSHIFT}},
    {{"+", "-"}, {NB_ADD, NB_SUBTRACT}},
    {{"*", "/", "//", "%", "@"}, {NB_MULTIPLY, NB_TRUE_DIVIDE, NB_FLOOR_DIVIDE, NB_REMAINDER, NB_MATRIX_MULTIPLY}},
};
constexpr int N_BIN_LEVELS = sizeof(BIN_LEVELS) / sizeof(BIN_LEVELS[0]);

ExprP make_binop(ExprP left, int op, ExprP right) {
    auto e = make_expr(ExprKind::BinOp, span(outer(*left), outer(*right)));
    e->a = std::move(left);
    e->op = op;
    e->b = std::move(right);
    return e;
}
}  // namespace

ExprP Parser::parse_binary(int level) {
    if (level == N_BIN_LEVELS) return parse_factor();
    ExprP left = parse_binary(level + 1);
    for (;;) {
        const Token& t = tok();
        int op = -1;
        if (t.kind == Tok::OP)
            for (int k = 0; k < 5 && BIN_LEVELS[level].ops[k]; k++)
                if (t.text == BIN_LEVELS[level].ops[k]) op = BIN_LEVELS[level].codes[k];
        if (op < 0) return left;
        advance();
        ExprP right = parse_binary(level + 1);
        left = make_binop(std::move(left), op, std::move(right));
    }
}

ExprP Parser::parse_factor() {
    const Token& t = tok();
    if (t.kind == Tok::OP && (t.text == "-" || t.text == "+" || t.text == "~")) {
        DepthGuard guard(*this);
        UnOp op = t.text == "-" ? UnOp::Neg : t.text == "+" ? UnOp::Pos : UnOp::Invert;
        Pos start = advance().pos;
        ExprP operand = parse_factor();
        auto e = make_expr(ExprKind::UnaryOp, span(start, outer(*operand)));
        e->unop = op;
        e->a = std::move(operand);
        return e;
    }
    return parse_power();
}

ExprP Parser::parse_power() {
    ExprP base;
    if (at_kw("await")) {
        Pos kw = advance().pos;
        ExprP value = parse_primary();
        base = make_expr(ExprKind::Await, span(kw, outer(*value)));
        base->a = std::move(value);
    } else {
        base = parse_primary();
    }
    if (!at_op("**")) return base;
    advance();
    DepthGuard guard(*this);
    ExprP exponent = parse_factor();  // right-associative, and -x binds tighter on the right: 2 ** -1
    return make_binop(std::move(base), NB_POWER, std::move(exponent));
}

// ───────────────────────────── primaries: attributes, calls, subscripts ─────────────────────────────

ExprP Parser::parse_primary() {
    ExprP e = parse_atom();
    for (;;) {
        if (at_op(".")) {
            advance();
            if (!at_name()) invalid_syntax();
            const Token& name = advance();
            auto attr = make_expr(ExprKind::Attribute, span(outer(*e), name.pos));
            attr->a = std::move(e);
            attr->id = name.text;
            e = std::move(attr);
        } else if (at_op("(")) {
            Pos open = advance().pos;
            auto call = make_expr(ExprKind::Call, outer(*e));
            call->a = std::move(e);
            parse_call_arguments(call.get(), true, open);
            call->pos = span(outer(*call->a), prev_pos());
            e = std::move(call);
        } else if (at_op("[")) {
            advance();
            auto sub = make_expr(ExprKind::Subscript, outer(*e));
            sub->a = std::move(e);
            {
                BracketScope scope(*this);
                sub->b = parse_subscript_index();
                if (!at_op("]")) missing_comma_or_invalid(sub->b.get());
            }
            advance();
            sub->pos = span(outer(*sub->a), prev_pos());
            e = std::move(sub);
        } else {
            return e;
        }
    }
}

// a[i], a[i:j:k], a[i, j:k], a[*b]
ExprP Parser::parse_subscript_index() {
    ExprP first = parse_slice();
    if (!at_op(",")) {
        if (first->kind != ExprKind::Starred) return first;
        auto tuple = make_expr(ExprKind::Tuple, outer(*first));  // a[*b] is a[(*b,)]
        tuple->elts.push_back(std::move(first));
        return tuple;
    }
    auto tuple = make_expr(ExprKind::Tuple, outer(*first));
    tuple->elts.push_back(std::move(first));
    while (at_op(",")) {
        advance();
        if (at_op("]")) break;
        tuple->elts.push_back(parse_slice());
    }
    tuple->pos = span(outer(*tuple->elts[0]), prev_pos());
    return tuple;
}

ExprP Parser::parse_slice() {
    if (at_op("*")) {
        Pos star = advance().pos;
        return make_starred(star, parse_bitwise_or());
    }
    Pos start = tok().pos;
    ExprP lower;
    if (!at_op(":")) {
        lower = parse_named_expression();
        if (!at_op(":")) return lower;
    }
    auto slice = make_expr(ExprKind::Slice, start);
    slice->a = std::move(lower);
    advance();  // ':'
    auto ends_part = [&] { return at_op(":") || at_op("]") || at_op(","); };
    if (!ends_part()) slice->b = parse_expression();
    if (at_op(":")) {
        advance();
        if (!at_op("]") && !at_op(",")) slice->c = parse_expression();
    }
    slice->pos = span(start, prev_pos());
    return slice;
}

// f(a, *b, k=v, **m) — also the bases of a class (no bare generator expression there).
void Parser::parse_call_arguments(Expr* call, bool allow_genexp, const Pos& open) {
    BracketScope scope(*this);
    bool seen_keyword = false, seen_kwunpack = false;
    Pos comma = open;
    const Expr* last = nullptr;
    while (!at_op(")")) {
        if (at_op("*")) {
            Pos star = advance().pos;
            if (at_op(")") || at_op(",")) error("Invalid star expression", tok().pos);
            ExprP arg = make_starred(star, parse_expression());
            if (seen_kwunpack)
                error_range("iterable argument unpacking follows keyword argument unpacking", comma, arg->pos);
            call->elts.push_back(std::move(arg));
            last = call->elts.back().get();
        } else if (at_op("**")) {
            Pos star = advance().pos;
            ExprP value = parse_expression();
            Pos where = span(star, outer(*value));
            call->keywords.push_back(Keyword{"", std::move(value), where});
            seen_kwunpack = true;
            last = call->keywords.back().value.get();
        } else if (at_name() && at_op("=", 1)) {
            const Token& name = advance();
            Pos eq = advance().pos;
            if (at_op(")") || at_op(",")) error_range("expected argument value expression", name.pos, eq);
            ExprP value = parse_expression();
            Pos where = span(name.pos, outer(*value));
            call->keywords.push_back(Keyword{name.text, std::move(value), where});
            seen_keyword = true;
            last = call->keywords.back().value.get();
        } else {
            ExprP arg = parse_named_expression();
            if (at_kw("for") || (at_kw("async") && at_kw("for", 1))) {
                if (!allow_genexp) invalid_syntax();
                bool sole = call->elts.empty() && call->keywords.empty();
                auto genexp = make_expr(ExprKind::GeneratorExp, arg->pos);
                genexp->generators = parse_comprehension_clauses();
                if (!sole || !at_op(")"))
                    error_range("Generator expression must be parenthesized", arg->pos, prev_pos());
                genexp->pos = span(open, tok().pos);  // f(x for x in y): the call's parentheses
                genexp->a = std::move(arg);
                call->elts.push_back(std::move(genexp));
                continue;
            }
            if (at_op("="))
                error_range("expression cannot contain assignment, perhaps you meant \"==\"?", arg->pos, tok().pos);
            if (seen_kwunpack) error("positional argument follows keyword argument unpacking", arg->pos);
            if (seen_keyword) error("positional argument follows keyword argument", arg->pos);
            call->elts.push_back(std::move(arg));
            last = call->elts.back().get();
        }
        if (at_op(",")) {
            comma = advance().pos;
            continue;
        }
        if (!at_op(")")) missing_comma_or_invalid(last);
    }
    advance();  // ')'
}

// ───────────────────────────── atoms ─────────────────────────────

static ExprP make_constant(Object* value, const Pos& pos) {
    auto e = make_expr(ExprKind::Constant, pos);
    e->value = newref(value);
    return e;
}

ExprP Parser::parse_atom() {
    const Token& t = tok();
    switch (t.kind) {
        case Tok::NAME: {
            if (t.text == "True") return make_constant(Py_True, advance().pos);
            if (t.text == "False") return make_constant(Py_False, advance().pos);
            if (t.text == "None") return make_constant(Py_None, advance().pos);
            if (is_hard_keyword(t.text)) invalid_syntax();
            auto e = make_expr(ExprKind::Name, t.pos);
            e->id = t.text;
            advance();
            return e;
        }
        case Tok::NUMBER: return parse_number();
        case Tok::STRING: case Tok::FSTRING_START: return parse_strings();
        case Tok::OP:
            if (t.text == "(") return parse_paren_atom();
            if (t.text == "[") return parse_list_atom();
            if (t.text == "{") return parse_brace_atom();
            if (t.text == "...") return make_constant(Py_Ellipsis, advance().pos);
            invalid_syntax();
        default:
            invalid_syntax();
    }
}

// The rest of a display after its first element and a ',': more elements up to `close`.
void Parser::finish_element_list(std::vector<ExprP>& elts, const char* close) {
    while (at_op(",")) {
        advance();
        if (at_op(close)) break;
        elts.push_back(parse_star_named_expression());
    }
    if (!at_op(close)) missing_comma_or_invalid(elts.back().get());
    advance();
}

static bool at_comprehension(Parser& p) { return p.at_kw("for") || (p.at_kw("async") && p.at_kw("for", 1)); }

// (), (x), (x,), (x, y), (yield x), (x for x in y)
ExprP Parser::parse_paren_atom() {
    DepthGuard guard(*this);
    BracketScope scope(*this);
    Pos open = advance().pos;
    if (at_op(")")) return make_expr(ExprKind::Tuple, span(open, advance().pos));
    if (at_kw("yield")) {
        ExprP y = parse_yield_expression();
        expect_op(")");
        y->outer = span(open, prev_pos());
        return y;
    }
    ExprP first = parse_star_named_expression();
    if (at_comprehension(*this)) {
        if (first->kind == ExprKind::Starred) error("iterable unpacking cannot be used in comprehension", first->pos);
        auto genexp = make_expr(ExprKind::GeneratorExp, open);
        genexp->a = std::move(first);
        genexp->generators = parse_comprehension_clauses();
        if (!at_op(")")) invalid_syntax();
        genexp->pos = span(open, advance().pos);
        return genexp;
    }
    if (at_op(")")) {
        if (first->kind == ExprKind::Starred) error("cannot use starred expression here", first->pos);
        first->outer = span(open, advance().pos);
        return first;  // a parenthesized expression keeps its own position (see Expr::outer)
    }
    if (!at_op(",")) missing_comma_or_invalid(first.get());
    auto tuple = make_expr(ExprKind::Tuple, open);
    tuple->elts.push_back(std::move(first));
    finish_element_list(tuple->elts, ")");
    tuple->pos = span(open, prev_pos());
    return tuple;
}

// [], [x, y], [x for x in y]
ExprP Parser::parse_list_atom() {
    DepthGuard guard(*this);
    BracketScope scope(*this);
    Pos open = advance().pos;
    if (at_op("]")) return make_expr(ExprKind::List, span(open, advance().pos));
    ExprP first = parse_star_named_expression();
    if (at_comprehension(*this)) {
        if (first->kind == ExprKind::Starred) error("iterable unpacking cannot be used in comprehension", first->pos);
        auto comp = make_expr(ExprKind::ListComp, open);
        comp->a = std::move(first);
        comp->generators = parse_comprehension_clauses();
        if (!at_op("]")) invalid_syntax();
        comp->pos = span(open, advance().pos);
        return comp;
    }
    auto list = make_expr(ExprKind::List, open);
    list->elts.push_back(std::move(first));
    if (at_op(",")) {
        finish_element_list(list->elts, "]");
    } else {
        if (!at_op("]")) missing_comma_or_invalid(list->elts.back().get());
        advance();
    }
    list->pos = span(open, prev_pos());
    return list;
}

// {}, {k: v, **m}, {k: v for ...}, {x, *y}, {x for ...}
ExprP Parser::parse_brace_atom() {
    DepthGuard guard(*this);
    BracketScope scope(*this);
    Pos open = advance().pos;
    if (at_op("}")) return make_expr(ExprKind::Dict, span(open, advance().pos));
    ExprP first_key, first_value;
    if (at_op("**")) {
        advance();
        first_value = parse_bitwise_or();
        if (at_comprehension(*this)) error("dict unpacking cannot be used in dict comprehension", first_value->pos);
    } else {
        ExprP first = parse_star_named_expression();
        if (!at_op(":") || first->kind == ExprKind::Starred) {  // a set
            if (at_comprehension(*this)) {
                if (first->kind == ExprKind::Starred) error("iterable unpacking cannot be used in comprehension", first->pos);
                auto comp = make_expr(ExprKind::SetComp, open);
                comp->a = std::move(first);
                comp->generators = parse_comprehension_clauses();
                if (!at_op("}")) invalid_syntax();
                comp->pos = span(open, advance().pos);
                return comp;
            }
            auto set = make_expr(ExprKind::Set, open);
            set->elts.push_back(std::move(first));
            if (at_op(",")) {
                finish_element_list(set->elts, "}");
            } else {
                if (!at_op("}")) missing_comma_or_invalid(set->elts.back().get());
                advance();
            }
            set->pos = span(open, prev_pos());
            return set;
        }
        advance();  // ':'
        first_key = std::move(first);
        first_value = parse_expression();
        if (at_comprehension(*this)) {
            auto comp = make_expr(ExprKind::DictComp, open);
            comp->a = std::move(first_key);
            comp->b = std::move(first_value);
            comp->generators = parse_comprehension_clauses();
            if (!at_op("}")) invalid_syntax();
            comp->pos = span(open, advance().pos);
            return comp;
        }
    }
    auto dict = make_expr(ExprKind::Dict, open);
    dict->keys.push_back(std::move(first_key));
    dict->elts.push_back(std::move(first_value));
    while (at_op(",")) {
        advance();
        if (at_op("}")) break;
        if (at_op("**")) {
            advance();
            dict->keys.push_back(nullptr);
            dict->elts.push_back(parse_bitwise_or());
            continue;
        }
        ExprP key = parse_expression();
        if (!at_op(":")) {
            if (at_op(",") || at_op("}") || starts_expression())
                error("':' expected after dictionary key", Pos{key->pos.line, key->pos.col, key->pos.line, -1});
            invalid_syntax();
        }
        advance();
        dict->keys.push_back(std::move(key));
        dict->elts.push_back(parse_expression());
    }
    if (!at_op("}")) missing_comma_or_invalid(dict->elts.back().get());
    advance();
    dict->pos = span(open, prev_pos());
    return dict;
}

// ───────────────────────────── comprehensions and targets ─────────────────────────────

ExprP Parser::parse_target_list() {
    NoInScope no_in(*this);
    return parse_star_expressions();
}

// for x in xs if c ... (one or more clauses)
std::vector<Comprehension> Parser::parse_comprehension_clauses() {
    std::vector<Comprehension> gens;
    while (at_comprehension(*this)) {
        Comprehension c;
        if (at_kw("async")) {
            advance();
            c.is_async = true;
        }
        advance();  // 'for'
        c.target = parse_target_list();
        check_target(c.target.get(), TargetUse::Assign);
        if (!at_kw("in")) invalid_syntax();
        advance();
        c.iter = parse_disjunction();
        while (at_kw("if")) {
            advance();
            c.ifs.push_back(parse_disjunction());
        }
        gens.push_back(std::move(c));
    }
    return gens;
}

}  // namespace minipy_parser
