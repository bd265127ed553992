// parser_match.cpp — the match statement's patterns (PEP 634): tokens → Pattern trees.
//
// What this step does: parses
//
//   match subject:
//       case pattern [if guard]:
//           block
//
// following the pattern rules of CPython 3.14's Grammar/python.gram.  A pattern looks like an
// expression but means something else: `Point(x=0, y=yy)` does not call Point.  It asks "is the
// subject a Point whose .x equals 0?" and binds its .y to yy.  So patterns get their own small
// tree (struct Pattern, minipy.h) instead of reusing Expr.  Only literals and dotted names
// (`Color.RED`) inside a pattern are real expressions: they are evaluated and compared with ==.
//
// Comes in: the tokens after the `match` soft keyword.  Goes out: a Stmt of kind Match.
// Read next: compile_match.cpp (how a pattern becomes tests and jumps).
#include "parser_internal.h"

namespace minipy_parser {

namespace {

bool is_capture_name(const std::string& s) { return s != "_"; }

}  // namespace

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
static ExprP parse_subject(Parser& p) {
    ExprP first = p.parse_star_named_expression();
    if (!p.at_op(",")) return first;
    auto t = make_expr(ExprKind::Tuple, first->pos);
    t->elts.push_back(std::move(first));
    while (p.at_op(",")) {
        p.advance();
        if (p.at_op(":")) break;
        t->elts.push_back(p.parse_star_named_expression());
    }
    t->pos = span(t->pos, t->elts.back()->pos);
    return t;
}

PatternP Parser::parse_pattern_top() {
    // open_sequence_pattern: `case a, b:` is a sequence pattern without brackets
    Pos start = tok().pos;
    PatternP first = parse_maybe_star_pattern();
    if (!at_op(",")) {
        if (first->kind == PatKind::Star) error("star patterns are only allowed inside sequence patterns", first->pos);
        return first;
    }
    auto seq = std::make_unique<Pattern>(PatKind::Sequence, start);
    seq->patterns.push_back(std::move(first));
    while (at_op(",")) {
        advance();
        if (at_op(":") || at_kw("if")) break;
        seq->patterns.push_back(parse_maybe_star_pattern());
    }
    return seq;
}

// pattern: or_pattern ['as' NAME]
PatternP Parser::parse_pattern() {
    DepthGuard guard(*this);
    Pos start = tok().pos;
    PatternP p = parse_or_pattern();
    if (at_kw("as")) {
        advance();
        if (!at_name()) invalid_syntax();
        const Token& n = advance();
        if (n.text == "_") error("cannot use '_' as a target", n.pos);
        auto as = std::make_unique<Pattern>(PatKind::As, span(start, n.pos));
        as->pattern = std::move(p);
        as->name = n.text;
        return as;
    }
    return p;
}

PatternP Parser::parse_or_pattern() {
    Pos start = tok().pos;
    PatternP first = parse_closed_pattern();
    if (!at_op("|")) return first;
    auto alt = std::make_unique<Pattern>(PatKind::Or, start);
    alt->patterns.push_back(std::move(first));
    while (at_op("|")) {
        advance();
        alt->patterns.push_back(parse_closed_pattern());
    }
    alt->pos = span(start, alt->patterns.back()->pos);
    return alt;
}

// A literal: a number (maybe signed, maybe complex: -1, 2+3j), strings, None/True/False.
ExprP Parser::parse_literal_expr() {
    Pos start = tok().pos;
    bool negative = false;
    if (at_op("-")) {
        advance();
        negative = true;
    }
    if (!at_kind(Tok::NUMBER)) invalid_syntax();
    ExprP e = parse_number();
    if (negative) {
        auto neg = make_expr(ExprKind::UnaryOp, span(start, e->pos));
        neg->unop = UnOp::Neg;
        neg->a = std::move(e);
        e = std::move(neg);
    }
    if (at_op("+") || at_op("-")) {  // real + imaginary
        bool plus = at_op("+");
        advance();
        if (!at_kind(Tok::NUMBER)) invalid_syntax();
        ExprP imag = parse_number();
        auto bin = make_expr(ExprKind::BinOp, span(start, imag->pos));
        bin->op = plus ? NB_ADD : NB_SUBTRACT;
        bin->a = std::move(e);
        bin->b = std::move(imag);
        e = std::move(bin);
    }
    return e;
}

// NAME ('.' NAME)*: a capture (one plain name), or a value / class name (dotted).
ExprP Parser::parse_dotted_name_expr() {
    const Token& t = advance();
    auto e = make_expr(ExprKind::Name, t.pos);
    e->id = t.text;
    while (at_op(".")) {
        advance();
        if (!at_name()) invalid_syntax();
        const Token& n = advance();
        auto attr = make_expr(ExprKind::Attribute, span(e->pos, n.pos));
        attr->a = std::move(e);
        attr->id = n.text;
        e = std::move(attr);
    }
    return e;
}

PatternP Parser::parse_closed_pattern() {
    DepthGuard guard(*this);
    const Token& t = tok();
    Pos start = t.pos;
    if (t.kind == Tok::NUMBER || (t.kind == Tok::OP && t.text == "-")) {
        auto p = std::make_unique<Pattern>(PatKind::Value, start);
        p->value = parse_literal_expr();
        p->pos = p->value->pos;
        return p;
    }
    if (t.kind == Tok::STRING || t.kind == Tok::FSTRING_START) {
        auto p = std::make_unique<Pattern>(PatKind::Value, start);
        p->value = parse_strings();
        if (p->value->kind != ExprKind::Constant) error("patterns may only match literals and attribute lookups", p->value->pos);
        p->pos = p->value->pos;
        return p;
    }
    if (t.kind == Tok::NAME && (t.text == "None" || t.text == "True" || t.text == "False")) {
        auto p = std::make_unique<Pattern>(PatKind::Singleton, start);
        p->value = parse_atom();
        return p;
    }
    if (t.kind == Tok::NAME && at_name()) {
        ExprP name = parse_dotted_name_expr();
        if (at_op("(")) return parse_class_pattern(std::move(name));
        if (name->kind == ExprKind::Attribute) {
            auto p = std::make_unique<Pattern>(PatKind::Value, name->pos);
            p->value = std::move(name);
            return p;
        }
        auto p = std::make_unique<Pattern>(PatKind::Capture, name->pos);
        if (is_capture_name(name->id)) p->name = name->id;
        return p;
    }
    if (t.kind == Tok::OP && (t.text == "(" || t.text == "[")) {
        bool paren = t.text == "(";
        const char* close = paren ? ")" : "]";
        advance();
        BracketScope scope(*this);
        auto seq = std::make_unique<Pattern>(PatKind::Sequence, start);
        if (at_op(close)) {
            advance();
            return seq;
        }
        PatternP first = parse_maybe_star_pattern();
        if (paren && at_op(")")) {  // (p): just grouping — and (*p) is no pattern at all
            if (first->kind == PatKind::Star) invalid_syntax();
            advance();
            return first;
        }
        seq->patterns.push_back(std::move(first));
        while (at_op(",")) {
            advance();
            if (at_op(close)) break;
            seq->patterns.push_back(parse_maybe_star_pattern());
        }
        if (!at_op(close)) invalid_syntax();
        seq->pos = span(start, advance().pos);
        return seq;
    }
    if (t.kind == Tok::OP && t.text == "{") return parse_mapping_pattern();
    if (t.kind == Tok::OP && t.text == "*") error("star patterns are only allowed inside sequence patterns", t.pos);
    invalid_syntax();
}

PatternP Parser::parse_maybe_star_pattern() {
    if (!at_op("*")) return parse_pattern();
    Pos start = advance().pos;
    if (!at_name()) invalid_syntax();
    const Token& n = advance();
    auto p = std::make_unique<Pattern>(PatKind::Star, span(start, n.pos));
    if (is_capture_name(n.text)) p->name = n.text;
    return p;
}

// '{' (key ':' pattern ',')* ['**' NAME] '}'
PatternP Parser::parse_mapping_pattern() {
    Pos start = advance().pos;
    BracketScope scope(*this);
    auto m = std::make_unique<Pattern>(PatKind::Mapping, start);
    while (!at_op("}")) {
        if (at_op("**")) {
            advance();
            if (!at_name()) invalid_syntax();
            const Token& n = advance();
            if (n.text == "_") invalid_syntax();
            m->name = n.text;
            if (at_op(",")) advance();
            if (!at_op("}")) invalid_syntax();
            break;
        }
        const Token& k = tok();
        ExprP key;
        if (k.kind == Tok::NUMBER || (k.kind == Tok::OP && k.text == "-")) key = parse_literal_expr();
        else if (k.kind == Tok::STRING || k.kind == Tok::FSTRING_START) key = parse_strings();
        else if (k.kind == Tok::NAME && (k.text == "None" || k.text == "True" || k.text == "False")) key = parse_atom();
        else if (k.kind == Tok::NAME && at_name()) {
            key = parse_dotted_name_expr();
            if (key->kind != ExprKind::Attribute) invalid_syntax();
        } else {
            invalid_syntax();
        }
        expect_op(":");
        m->keys.push_back(std::move(key));
        m->patterns.push_back(parse_pattern());
        if (!at_op(",")) break;
        advance();
    }
    if (!at_op("}")) invalid_syntax();
    m->pos = span(start, advance().pos);
    return m;
}

// Cls(p, q, attr=r): positional sub-patterns first, then keyword ones.
PatternP Parser::parse_class_pattern(ExprP cls) {
    Pos start = cls->pos;
    advance();  // (
    BracketScope scope(*this);
    auto c = std::make_unique<Pattern>(PatKind::Class, start);
    c->cls = std::move(cls);
    while (!at_op(")")) {
        if (at_name() && at_op("=", 1)) {
            const Token& n = advance();
            advance();
            c->kwd_attrs.push_back(n.text);
            c->kwd_patterns.push_back(parse_pattern());
        } else {
            if (!c->kwd_attrs.empty()) {
                PatternP bad = parse_pattern();
                error("positional patterns follow keyword patterns", bad->pos);
            }
            c->patterns.push_back(parse_pattern());
        }
        if (!at_op(",")) break;
        advance();
    }
    if (!at_op(")")) invalid_syntax();
    c->pos = span(start, advance().pos);
    return c;
}

StmtP Parser::parse_match() {
    Token kw = advance();
    auto s = std::make_unique<Stmt>(StmtKind::Match, kw.pos);
    s->value = parse_subject(*this);
    expect_colon();
    if (!at_kind(Tok::NEWLINE)) invalid_syntax();
    advance();
    if (!at_kind(Tok::INDENT)) invalid_syntax();
    advance();
    while (at_kw("case")) {
        MatchCase mc;
        mc.pos = advance().pos;
        mc.pattern = parse_pattern_top();
        if (at_kw("if")) {
            advance();
            mc.guard = parse_named_expression();
        }
        expect_colon();
        mc.body = parse_block("'case' statement", mc.pos.line);
        s->cases.push_back(std::move(mc));
    }
    if (!at_kind(Tok::DEDENT) && !at_kind(Tok::ENDMARKER)) invalid_syntax();
    if (at_kind(Tok::DEDENT)) advance();
    s->pos = span(kw.pos, s->cases.back().body.back()->pos);
    return s;
}

}  // namespace minipy_parser
