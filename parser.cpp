// parser.cpp — step 2 of the pipeline: tokens → AST (statements, errors, and the entry point).
//
// What it does: a hand-written recursive-descent parser for CPython 3.14's grammar
// (Grammar/python.gram).  Each grammar rule is one function that consumes tokens and returns
// the AST node of minipy.h (struct Stmt / struct Expr) with CPython's exact source positions.
// This file holds the statements, the token helpers and the entry point; the error reporting is
// in parser_errors.cpp, expressions in parser_expr.cpp and literals (numbers, strings,
// f-strings) in parser_strings.cpp.
// In:  source text, file name, ParseMode.  Out: a Module, or a SyntaxError / IndentationError
//      carrying CPython's message and position.
// Read next: parser_expr.cpp, then compiler.cpp, which walks the tree this file builds.
//
// A tokenizer error is raised when the parser reaches the token where it happened (tok()), or
// at the end when the parser's own error is only "invalid syntax" (parse()).
#include "parser_internal.h"

#include <algorithm>

namespace minipy_parser {

bool is_hard_keyword(std::string_view s) {
    static const char* const kws[] = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield"};
    for (const char* k : kws)
        if (s == k) return true;
    return false;
}

Parser::Parser(std::string_view source, const std::string& filename, std::vector<Token> tokens, ParseMode mode)
    : src_(source), filename_(filename), toks_(std::move(tokens)), mode_(mode) {
    line_starts_.push_back(0);
    for (size_t k = 0; k < src_.size(); k++)
        if (src_[k] == '\n') line_starts_.push_back(k + 1);
}

// ───────────────────────────── tokens ─────────────────────────────

const Token& Parser::tok(size_t k) {
    size_t j = std::min(p_ + k, toks_.size() - 1);
    if (j > furthest_) furthest_ = j;
    if (toks_[j].kind == Tok::ERRORTOKEN) [[unlikely]] raise_tokenizer_error();
    return toks_[j];
}

const Token& Parser::advance() {
    const Token& t = tok();
    if (p_ < toks_.size() - 1) p_++;
    return t;
}

bool Parser::at_name(size_t k) {
    const Token& t = tok(k);
    return t.kind == Tok::NAME && !is_hard_keyword(t.text);
}

// Can the token start an expression?  (Used to decide whether a list goes on and for hints.)
bool Parser::starts_expression(size_t k) {
    const Token& t = tok(k);
    switch (t.kind) {
        case Tok::NAME:
            return !is_hard_keyword(t.text) || t.text == "True" || t.text == "False" || t.text == "None" ||
                   t.text == "not" || t.text == "lambda" || t.text == "await";
        case Tok::NUMBER: case Tok::STRING: case Tok::FSTRING_START: return true;
        case Tok::OP:
            return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" ||
                   t.text == "~" || t.text == "...";
        default: return false;
    }
}

void Parser::expect_op(const char* s) {
    if (!at_op(s)) invalid_syntax();
    advance();
}

// A compound statement's header ends with ':'; CPython names the omission when the line ends.
void Parser::expect_colon() {
    if (at_op(":")) { advance(); return; }
    if (at_kind(Tok::NEWLINE)) error("expected ':'", tok().pos);
    invalid_syntax();
}

std::string Parser::line_text(int line) const {
    if (line < 1 || line > static_cast<int>(line_starts_.size())) return "";
    size_t b = line_starts_[line - 1], e = src_.find('\n', b);
    return std::string(src_.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
}

std::string Parser::source_text(int line, int col, int end_line, int end_col) const {
    size_t b = line_starts_[line - 1] + col, e = line_starts_[end_line - 1] + end_col;
    return e > b ? std::string(src_.substr(b, e - b)) : std::string();
}

// ───────────────────────────── statements ─────────────────────────────

static Pos body_end(const Body& b) { return b.back()->pos; }

std::unique_ptr<Module> Parser::parse_module() {
    auto module = std::make_unique<Module>();
    module->mode = mode_;
    if (mode_ == ParseMode::Eval) {
        while (at_kind(Tok::INDENT) || at_kind(Tok::NEWLINE)) advance();
        ExprP e = parse_star_expressions();
        while (at_kind(Tok::NEWLINE) || at_kind(Tok::DEDENT)) advance();
        if (!at_kind(Tok::ENDMARKER)) missing_comma_or_invalid(e.get());
        auto s = std::make_unique<Stmt>(StmtKind::ExprStmt, e->pos);
        s->value = std::move(e);
        module->body.push_back(std::move(s));
        return module;
    }
    if (mode_ == ParseMode::Single) {
        while (at_kind(Tok::NEWLINE)) advance();
        if (at_kind(Tok::ENDMARKER)) return module;
        parse_statement(module->body);
        while (at_kind(Tok::NEWLINE) || at_kind(Tok::DEDENT)) advance();
        if (!at_kind(Tok::ENDMARKER)) error("multiple statements found while compiling a single statement", tok().pos);
        return module;
    }
    while (!at_kind(Tok::ENDMARKER)) parse_statement(module->body);
    return module;
}

// "match" is a soft keyword: a match statement only if the line looks like "match x:" followed
// by an indented "case".  (Everything else keeps "match" an ordinary name.)
bool Parser::looks_like_match_statement() {
    size_t n = p_ + 1;
    while (n < toks_.size() && toks_[n].kind != Tok::NEWLINE && toks_[n].kind != Tok::ENDMARKER) n++;
    return n + 2 < toks_.size() && n > p_ + 2 && toks_[n - 1].kind == Tok::OP && toks_[n - 1].text == ":" &&
           toks_[n + 1].kind == Tok::INDENT && toks_[n + 2].kind == Tok::NAME && toks_[n + 2].text == "case";
}

void Parser::parse_statement(Body& out) {
    const Token& t = tok();
    if (t.kind == Tok::NAME) {
        const std::string& w = t.text;
        if (w == "def") { out.push_back(parse_funcdef({})); return; }
        if (w == "class") { out.push_back(parse_classdef({})); return; }
        if (w == "if") { out.push_back(parse_if(false)); return; }
        if (w == "while") { out.push_back(parse_while()); return; }
        if (w == "for") { out.push_back(parse_for()); return; }
        if (w == "try") { out.push_back(parse_try()); return; }
        if (w == "with") { out.push_back(parse_with()); return; }
        if (w == "async") { out.push_back(parse_async()); return; }
        if (w == "match" && looks_like_match_statement()) { out.push_back(parse_match()); return; }
    } else if (t.kind == Tok::OP && t.text == "@") {
        out.push_back(parse_decorated());
        return;
    }
    parse_simple_statements(out);
}

void Parser::parse_simple_statements(Body& out) {
    out.push_back(parse_simple_statement());
    while (at_op(";")) {
        advance();
        if (at_kind(Tok::NEWLINE)) break;
        out.push_back(parse_simple_statement());
    }
    if (!at_kind(Tok::NEWLINE)) invalid_syntax();
    advance();
}

StmtP Parser::parse_simple_statement() {
    const Token& t = tok();
    Pos start = t.pos;
    auto finish = [&](StmtP s) { s->pos = span(start, prev_pos()); return s; };
    if (t.kind != Tok::NAME) return parse_expression_statement();
    const std::string w = t.text;
    if (w == "pass" || w == "break" || w == "continue") {
        advance();
        return std::make_unique<Stmt>(w == "pass" ? StmtKind::Pass : w == "break" ? StmtKind::Break : StmtKind::Continue, start);
    }
    if (w == "return") {
        advance();
        auto s = std::make_unique<Stmt>(StmtKind::Return);
        if (starts_expression() || at_op("*")) s->value = parse_star_expressions();
        return finish(std::move(s));
    }
    if (w == "raise") {
        advance();
        auto s = std::make_unique<Stmt>(StmtKind::Raise);
        if (starts_expression()) {
            s->exc = parse_expression();
            if (at_kw("from")) { advance(); s->cause = parse_expression(); }
        }
        return finish(std::move(s));
    }
    if (w == "global" || w == "nonlocal") {
        advance();
        auto s = std::make_unique<Stmt>(w == "global" ? StmtKind::Global : StmtKind::Nonlocal);
        for (;;) {
            if (!at_name()) invalid_syntax();
            s->identifiers.push_back(advance().text);
            if (!at_op(",")) break;
            advance();
        }
        return finish(std::move(s));
    }
    if (w == "del") {
        advance();
        auto s = std::make_unique<Stmt>(StmtKind::Delete);
        bracket_level_ = 0;
        do {
            if (at_op(",")) advance();
            if (!s->targets.empty() && !starts_expression()) break;
            ExprP target = parse_bitwise_or();
            check_target(target.get(), TargetUse::Delete);
            s->targets.push_back(std::move(target));
        } while (at_op(","));
        return finish(std::move(s));
    }
    if (w == "assert") {
        advance();
        auto s = std::make_unique<Stmt>(StmtKind::Assert);
        s->test = parse_expression();
        if (at_op(",")) { advance(); s->msg = parse_expression(); }
        return finish(std::move(s));
    }
    if (w == "import") return parse_import();
    if (w == "from") return parse_from_import();
    return parse_expression_statement();
}

// May "target = value" get CPython's "Maybe you meant '=='" hint (invalid_named_expression)?
static bool hint_double_equals(const Expr* e) {
    switch (e->kind) {
        case ExprKind::Compare: case ExprKind::BoolOp: case ExprKind::IfExp: case ExprKind::Lambda:
        case ExprKind::NamedExpr: case ExprKind::Starred: case ExprKind::Tuple: case ExprKind::List:
        case ExprKind::GeneratorExp:
            return false;
        case ExprKind::UnaryOp: return e->unop != UnOp::Not;
        case ExprKind::Constant:
            return e->value.get() != Py_None && e->value.get() != Py_True && e->value.get() != Py_False;
        default: return true;
    }
}

static int augassign_op(const Token& t) {
    if (t.kind != Tok::OP || t.text.size() < 2 || t.text.back() != '=') return -1;
    static const struct { const char* s; int op; } ops[] = {
        {"+=", NB_ADD}, {"-=", NB_SUBTRACT}, {"*=", NB_MULTIPLY}, {"/=", NB_TRUE_DIVIDE},
        {"//=", NB_FLOOR_DIVIDE}, {"%=", NB_REMAINDER}, {"@=", NB_MATRIX_MULTIPLY}, {"&=", NB_AND},
        {"|=", NB_OR}, {"^=", NB_XOR}, {"<<=", NB_LSHIFT}, {">>=", NB_RSHIFT}, {"**=", NB_POWER}};
    for (auto& o : ops)
        if (t.text == o.s) return o.op;
    return -1;
}

// Expression statements and every kind of assignment: they all start with an expression.
StmtP Parser::parse_expression_statement() {
    Pos start = tok().pos;
    bracket_level_ = 0;
    auto rhs = [&] { return at_kw("yield") ? parse_yield_expression() : parse_star_expressions(); };
    ExprP e = rhs();
    if (at_op(":")) {  // annotated assignment
        if (e->kind == ExprKind::Tuple || e->kind == ExprKind::List) {
            // An unparenthesized tuple is reported at its first element, as CPython does.
            bool bare = e->kind == ExprKind::Tuple && !e->elts.empty() && e->elts[0]->pos.line == e->pos.line &&
                        e->elts[0]->pos.col == e->pos.col;
            error(strfmt("only single target (not %s) can be annotated", e->kind == ExprKind::Tuple ? "tuple" : "list"),
                  bare ? e->elts[0]->pos : e->pos);
        }
        if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript)
            error("illegal target for annotation", e->pos);
        advance();
        auto s = std::make_unique<Stmt>(StmtKind::AnnAssign);
        s->simple = e->kind == ExprKind::Name && !parenthesized(e.get());
        e->ctx = Ctx::Store;
        s->target = std::move(e);
        s->annotation = parse_expression();
        if (at_op("=")) { advance(); s->value = rhs(); }
        s->pos = span(start, prev_pos());
        return s;
    }
    int op = augassign_op(tok());
    if (op >= 0) {
        if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript)
            error(strfmt("'%s' is an illegal expression for augmented assignment", expr_name(e.get())), e->pos);
        advance();
        auto s = std::make_unique<Stmt>(StmtKind::AugAssign);
        e->ctx = Ctx::Store;
        s->target = std::move(e);
        s->op = op;
        s->value = rhs();
        s->pos = span(start, prev_pos());
        return s;
    }
    if (at_op("=")) {
        std::vector<ExprP> chain;
        chain.push_back(std::move(e));
        while (at_op("=")) {
            advance();
            chain.push_back(rhs());
        }
        auto s = std::make_unique<Stmt>(StmtKind::Assign);
        s->value = std::move(chain.back());
        chain.pop_back();
        bool single = chain.size() == 1;
        for (auto& target : chain) {
            const Expr* bad = invalid_target(target.get(), TargetUse::Assign);
            if (!bad) continue;
            if (single && bad == target.get() && hint_double_equals(bad) &&
                s->value->kind != ExprKind::Yield && s->value->kind != ExprKind::YieldFrom)
                error(strfmt("cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(bad)), bad->pos);
            if (bad->kind == ExprKind::Yield || bad->kind == ExprKind::YieldFrom)
                error("assignment to yield expression not possible", bad->pos);
            error(strfmt("cannot assign to %s", expr_name(bad)), bad->pos);
        }
        s->targets = std::move(chain);
        s->pos = span(start, prev_pos());
        return s;
    }
    if (!at_kind(Tok::NEWLINE) && !at_op(";") && e->kind == ExprKind::Name && (e->id == "print" || e->id == "exec") &&
        (starts_expression() || at_op("*"))) {
        ExprP arg = parse_star_expressions();  // Python 2's print statement
        error_range(strfmt("Missing parentheses in call to '%s'. Did you mean %s(...)?", e->id.c_str(), e->id.c_str()),
                    e->pos, arg->pos);
    }
    auto s = std::make_unique<Stmt>(StmtKind::ExprStmt, e->pos);
    s->value = std::move(e);
    return s;
}

// The body after a compound statement's ':' — an indented block, or simple statements.
Body Parser::parse_block(const char* what, int line) {
    Body body;
    if (!at_kind(Tok::NEWLINE)) {
        parse_simple_statements(body);
        return body;
    }
    Token newline = advance();
    if (!at_kind(Tok::INDENT)) {
        size_t k = 0;
        while (tok(k).kind == Tok::DEDENT) k++;
        std::string msg = strfmt("expected an indented block after %s on line %d", what, line);
        const Token& t = tok(k);
        plain_error_ = false;
        if (t.kind != Tok::ENDMARKER && k > 0)  // a dedent: CPython has no column for it
            raise_syntax_error(Exc_IndentationError, msg, filename_, t.pos.line, -1, t.pos.line, -2, line_text(t.pos.line));
        if (t.kind == Tok::ENDMARKER)
            raise_syntax_error(Exc_IndentationError, msg, filename_, newline.pos.line, newline.pos.col,
                               newline.pos.line, -2, line_text(newline.pos.line));
        raise_syntax_error(Exc_IndentationError, msg, filename_, t.pos.line, t.pos.col, t.pos.end_line, t.pos.end_col,
                           line_text(t.pos.line));
    }
    advance();
    DepthGuard guard(*this);
    while (!at_kind(Tok::DEDENT) && !at_kind(Tok::ENDMARKER)) parse_statement(body);
    if (at_kind(Tok::DEDENT)) advance();
    return body;
}

StmtP Parser::parse_decorated() {
    std::vector<ExprP> decorators;
    while (at_op("@")) {
        advance();
        bracket_level_ = 0;
        decorators.push_back(parse_named_expression());
        if (!at_kind(Tok::NEWLINE)) invalid_syntax();
        advance();
    }
    if (at_kw("def")) return parse_funcdef(std::move(decorators));
    if (at_kw("class")) return parse_classdef(std::move(decorators));
    if (at_kw("async") && at_kw("def", 1)) {
        advance();
        StmtP s = parse_funcdef(std::move(decorators));
        s->is_async = true;
        return s;
    }
    invalid_syntax();
}

// async def / async for / async with: the statement after the keyword, marked async.  Whether
// it may appear here (async for/with only inside an async def) is the compiler's check.
StmtP Parser::parse_async() {
    Pos kw = advance().pos;  // async: the statement starts here
    StmtP s;
    if (at_kw("def")) s = parse_funcdef({});
    else if (at_kw("for")) s = parse_for();
    else if (at_kw("with")) s = parse_with();
    else invalid_syntax();
    s->is_async = true;
    s->pos.line = kw.line;
    s->pos.col = kw.col;
    return s;
}

StmtP Parser::parse_funcdef(std::vector<ExprP> decorators) {
    Token kw = advance();
    if (!at_name()) invalid_syntax();
    auto s = std::make_unique<Stmt>(StmtKind::FunctionDef);
    s->name = advance().text;
    s->decorators = std::move(decorators);
    if (at_op("[")) error("generic functions are not supported yet", tok().pos);
    expect_op("(");
    s->args = std::make_unique<Arguments>();
    parse_parameters(*s->args, false);
    expect_op(")");
    if (at_op("->")) {
        advance();
        s->returns = parse_expression();
    }
    expect_colon();
    s->body = parse_block("function definition", kw.pos.line);
    s->pos = span(kw.pos, body_end(s->body));
    return s;
}

// One parameter: NAME [':' annotation].
Arg Parser::parse_param(bool annotated) {
    if (!at_name()) invalid_syntax();
    const Token& name = advance();
    Arg arg{name.text, nullptr, name.pos};
    if (annotated && at_op(":")) {
        advance();
        arg.annotation = parse_expression();
        arg.pos = span(name.pos, arg.annotation->pos);
    }
    return arg;
}

// def f(posonly, /, args, *vararg, kwonly, **kwarg) — and lambda's unannotated version.
void Parser::parse_parameters(Arguments& a, bool lambda) {
    const char* close = lambda ? ":" : ")";
    bool seen_default = false, seen_star = false, seen_slash = false;
    while (!at_op(close)) {
        if (at_op("/")) {
            const Token& t = tok();
            if (seen_slash) error("/ may appear only once", t.pos);
            if (seen_star) error("/ must be ahead of *", t.pos);
            if (a.args.empty()) error("at least one argument must precede /", t.pos);
            advance();
            seen_slash = true;
            a.posonlyargs = std::move(a.args);
            a.args.clear();
        } else if (at_op("*")) {
            Token star = advance();
            if (seen_star) error("* argument may appear only once", star.pos);
            seen_star = true;
            if (at_op(close) || (at_op(",") && (at_op(close, 1) || at_op("**", 1))))
                error("named arguments must follow bare *", star.pos);
            if (!at_op(",")) {
                a.vararg = std::make_unique<Arg>(parse_param(!lambda));
                if (at_op("=")) error("var-positional argument cannot have default value", tok().pos);
            }
        } else if (at_op("**")) {
            advance();
            a.kwarg = std::make_unique<Arg>(parse_param(!lambda));
            if (at_op("=")) error("var-keyword argument cannot have default value", tok().pos);
            if (at_op(",")) {
                advance();
                if (!at_op(close)) error("arguments cannot follow var-keyword argument", tok().pos);
            }
            break;
        } else {
            Arg arg = parse_param(!lambda);
            ExprP def;
            if (at_op("=")) {
                advance();
                def = parse_expression();
            }
            if (seen_star) {
                a.kwonlyargs.push_back(std::move(arg));
                a.kw_defaults.push_back(std::move(def));
            } else {
                if (def) {
                    seen_default = true;
                    a.defaults.push_back(std::move(def));
                } else if (seen_default) {
                    error("parameter without a default follows parameter with a default", arg.pos);
                }
                a.args.push_back(std::move(arg));
            }
        }
        if (!at_op(",")) break;
        advance();
    }
}

StmtP Parser::parse_classdef(std::vector<ExprP> decorators) {
    Token kw = advance();
    if (!at_name()) invalid_syntax();
    auto s = std::make_unique<Stmt>(StmtKind::ClassDef);
    s->name = advance().text;
    s->decorators = std::move(decorators);
    if (at_op("[")) error("generic classes are not supported yet", tok().pos);
    if (at_op("(")) {
        Token open = advance();
        Expr call(ExprKind::Call);
        parse_call_arguments(&call, false, open.pos);
        s->bases = std::move(call.elts);
        s->keywords = std::move(call.keywords);
    }
    expect_colon();
    s->body = parse_block("class definition", kw.pos.line);
    s->pos = span(kw.pos, body_end(s->body));
    return s;
}

// The test of if/elif/while, with CPython's hints for "if x = 3:".
ExprP Parser::parse_condition() {
    bracket_level_ = 0;
    ExprP e = parse_named_expression();
    if (at_op("=")) {
        if (e->kind == ExprKind::Name) {
            advance();
            ExprP value = parse_bitwise_or();
            if (!at_op("=") && !at_op(":="))
                error_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e->pos, value->pos);
            invalid_syntax();
        }
        if (hint_double_equals(e.get()) && invalid_target(e.get(), TargetUse::Assign) == e.get())
            error(strfmt("cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(e.get())), e->pos);
    }
    return e;
}

StmtP Parser::parse_if(bool elif) {
    Token kw = advance();
    auto s = std::make_unique<Stmt>(StmtKind::If);
    s->test = parse_condition();
    expect_colon();
    s->body = parse_block(elif ? "'elif' statement" : "'if' statement", kw.pos.line);
    if (at_kw("elif")) {
        s->orelse.push_back(parse_if(true));
    } else if (at_kw("else")) {
        Token e = advance();
        expect_colon();
        s->orelse = parse_block("'else' statement", e.pos.line);
    }
    s->pos = span(kw.pos, body_end(s->orelse.empty() ? s->body : s->orelse));
    return s;
}

StmtP Parser::parse_while() {
    Token kw = advance();
    auto s = std::make_unique<Stmt>(StmtKind::While);
    s->test = parse_condition();
    expect_colon();
    s->body = parse_block("'while' statement", kw.pos.line);
    if (at_kw("else")) {
        Token e = advance();
        expect_colon();
        s->orelse = parse_block("'else' statement", e.pos.line);
    }
    s->pos = span(kw.pos, body_end(s->orelse.empty() ? s->body : s->orelse));
    return s;
}

StmtP Parser::parse_for() {
    Token kw = advance();
    auto s = std::make_unique<Stmt>(StmtKind::For);
    bracket_level_ = 0;
    s->target = parse_target_list();
    check_target(s->target.get(), TargetUse::Assign);
    if (!at_kw("in")) invalid_syntax();
    advance();
    s->iter = parse_star_expressions();
    expect_colon();
    s->body = parse_block("'for' statement", kw.pos.line);
    if (at_kw("else")) {
        Token e = advance();
        expect_colon();
        s->orelse = parse_block("'else' statement", e.pos.line);
    }
    s->pos = span(kw.pos, body_end(s->orelse.empty() ? s->body : s->orelse));
    return s;
}

StmtP Parser::parse_try() {
    Token kw = advance();
    auto s = std::make_unique<Stmt>(StmtKind::Try);
    expect_colon();
    s->body = parse_block("'try' statement", kw.pos.line);
    while (at_kw("except")) {
        Token ex = advance();
        ExceptHandler h;
        if (at_op("*")) {  // except* (PEP 654): every clause of this try must be one
            advance();
            h.star = true;
            if (at_op(":")) error("expected one or more exception types", tok().pos);
        }
        if (!s->handlers.empty() && s->handlers.front().star != h.star)
            error_range("cannot have both 'except' and 'except*' on the same 'try'", ex.pos, ex.pos);
        bracket_level_ = 0;
        if (!at_op(":")) {
            h.type = parse_expression();
            if (at_op(",")) {  // 3.14: except A, B:
                auto tuple = make_expr(ExprKind::Tuple, h.type->pos);
                tuple->elts.push_back(std::move(h.type));
                while (at_op(",")) {
                    advance();
                    tuple->elts.push_back(parse_expression());
                }
                tuple->pos = span(tuple->elts.front()->pos, tuple->elts.back()->pos);
                if (at_kw("as")) {
                    advance();
                    error_range("multiple exception types must be parenthesized when using 'as'", tuple->pos, tok().pos);
                }
                h.type = std::move(tuple);
            }
            if (at_kw("as")) {
                advance();
                if (!at_name()) invalid_syntax();
                h.name = advance().text;
            }
        }
        expect_colon();
        h.body = parse_block("'except' statement", ex.pos.line);
        h.pos = span(ex.pos, body_end(h.body));
        s->handlers.push_back(std::move(h));
    }
    if (s->handlers.empty() && !at_kw("finally")) error("expected 'except' or 'finally' block", tok().pos);
    if (!s->handlers.empty() && at_kw("else")) {
        Token e = advance();
        expect_colon();
        s->orelse = parse_block("'else' statement", e.pos.line);
    }
    if (at_kw("finally")) {
        Token f = advance();
        expect_colon();
        s->finalbody = parse_block("'finally' statement", f.pos.line);
    }
    const Body& last = !s->finalbody.empty() ? s->finalbody : !s->orelse.empty() ? s->orelse : s->handlers.back().body;
    s->pos = span(kw.pos, body_end(last));
    return s;
}

StmtP Parser::parse_with() {
    Token kw = advance();
    auto s = std::make_unique<Stmt>(StmtKind::With);
    bracket_level_ = 0;
    // "with (a as b, c):" — parenthesized items when the matching ')' is followed by ':'.
    bool parenthesized_items = false;
    if (at_op("(")) {
        int depth = 0;
        for (size_t k = p_; k < toks_.size(); k++) {
            const Token& t = toks_[k];
            if (t.kind != Tok::OP) continue;
            if (t.text == "(" || t.text == "[" || t.text == "{") depth++;
            if (t.text == ")" || t.text == "]" || t.text == "}") {
                if (--depth == 0) {
                    parenthesized_items = k + 1 < toks_.size() && toks_[k + 1].kind == Tok::OP && toks_[k + 1].text == ":";
                    break;
                }
            }
        }
    }
    if (parenthesized_items) {
        advance();
        bracket_level_++;
    }
    for (;;) {
        WithItem item;
        item.context_expr = parse_expression();
        if (at_kw("as")) {
            advance();
            item.optional_vars = at_op("*") ? parse_star_expression() : parse_bitwise_or();
            check_target(item.optional_vars.get(), TargetUse::Assign);
        }
        s->items.push_back(std::move(item));
        if (!at_op(",")) break;
        advance();
        if (parenthesized_items && at_op(")")) break;
    }
    if (parenthesized_items) {
        expect_op(")");
        bracket_level_--;
    }
    expect_colon();
    s->body = parse_block("'with' statement", kw.pos.line);
    s->pos = span(kw.pos, body_end(s->body));
    return s;
}

StmtP Parser::parse_import() {
    Token kw = advance();
    auto s = std::make_unique<Stmt>(StmtKind::Import);
    if (!at_name()) error("Expected one or more names after 'import'", Pos{tok().pos.line, tok().pos.col, tok().pos.line, tok().pos.col});
    for (;;) {
        if (!at_name()) invalid_syntax();
        const Token& first = advance();
        Alias alias{first.text, "", first.pos};
        while (at_op(".")) {
            advance();
            if (!at_name()) invalid_syntax();
            alias.name += "." + advance().text;
        }
        if (at_kw("as")) {
            advance();
            if (!at_name()) invalid_syntax();
            alias.asname = advance().text;
        }
        alias.pos = span(first.pos, prev_pos());
        s->names.push_back(std::move(alias));
        if (!at_op(",")) break;
        advance();
    }
    s->pos = span(kw.pos, prev_pos());
    return s;
}

StmtP Parser::parse_from_import() {
    Token kw = advance();
    auto s = std::make_unique<Stmt>(StmtKind::ImportFrom);
    while (at_op(".") || at_op("...")) s->level += advance().text.size();
    if (at_name()) {
        s->module = advance().text;
        while (at_op(".")) {
            advance();
            if (!at_name()) invalid_syntax();
            s->module += "." + advance().text;
        }
    } else if (s->level == 0) {
        invalid_syntax();
    }
    if (!at_kw("import")) invalid_syntax();
    advance();
    auto read_alias = [&] {
        if (!at_name()) invalid_syntax();
        const Token& name = advance();
        Alias alias{name.text, "", name.pos};
        if (at_kw("as")) {
            advance();
            if (!at_name()) invalid_syntax();
            alias.asname = advance().text;
        }
        alias.pos = span(name.pos, prev_pos());
        s->names.push_back(std::move(alias));
    };
    if (at_op("*")) {
        const Token& star = advance();
        s->names.push_back(Alias{"*", "", star.pos});
    } else if (at_op("(")) {
        advance();
        do {
            if (at_op(",")) advance();
            if (!s->names.empty() && at_op(")")) break;
            read_alias();
        } while (at_op(","));
        expect_op(")");
    } else {
        if (!at_name()) error("Expected one or more names after 'import'", Pos{tok().pos.line, tok().pos.col, tok().pos.line, tok().pos.col});
        read_alias();
        while (at_op(",")) {
            Token comma = advance();
            if (at_kind(Tok::NEWLINE)) error("trailing comma not allowed without surrounding parentheses", comma.pos);
            read_alias();
        }
    }
    s->pos = span(kw.pos, prev_pos());
    return s;
}

}  // namespace minipy_parser

// Newlines become '\n' (CPython reads "\r\n" and "\r" as "\n"); a UTF-8 byte order mark is dropped.
static std::string normalize_source(std::string_view source) {
    if (source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
    std::string out;
    out.reserve(source.size());
    for (size_t k = 0; k < source.size(); k++) {
        if (source[k] == '\r') {
            out += '\n';
            if (k + 1 < source.size() && source[k + 1] == '\n') k++;
        } else {
            out += source[k];
        }
    }
    return out;
}

// Which tokenizer errors that check finds: those CPython's tokenizer raises as SyntaxError on
// the spot.  A bad line continuation, the indentation errors and EOF inside a statement are
// error codes there, turned into exceptions only when the parser itself reaches them.
static bool replaces_invalid_syntax(Object* tokenizer_error) {
    if (!tokenizer_error || type_of(tokenizer_error) != Exc_SyntaxError) return false;
    Obj msg = getattr_opt(tokenizer_error, intern_cstr("msg"));
    std::string_view m = msg && is_str(msg.get()) ? str_view(msg.get()) : std::string_view();
    return m != "unexpected character after line continuation character" && m != "unexpected EOF while parsing";
}

std::unique_ptr<Module> parse(std::string_view source, const std::string& filename, ParseMode mode) {
    std::string text = normalize_source(source);
    UnclosedBracket unclosed;
    Obj tokenizer_error;
    std::vector<Token> tokens = tokenize(text, filename, &unclosed, &tokenizer_error);
    minipy_parser::Parser parser(text, filename, std::move(tokens), mode);
    parser.unclosed_ = unclosed;
    parser.tokenizer_error_ = std::move(tokenizer_error);
    try {
        return parser.parse_module();
    } catch (PyError&) {
        // CPython, when all it can say is "invalid syntax", tokenizes the rest of the source and
        // reports the tokenizer's error instead if there is one ("x = 1 +" before a line with
        // an unterminated string).
        if (!parser.plain_error_ || !replaces_invalid_syntax(parser.tokenizer_error_.get())) throw;
        fetch_exception();
        raise(parser.tokenizer_error_.get());
    }
}
