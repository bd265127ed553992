// parser_errors.cpp — the parser's error reporting: where a SyntaxError points, and which message.
//
// What it does: raises the SyntaxErrors of parsing (parser.cpp, parser_expr.cpp,
// parser_strings.cpp call these) with CPython 3.14's messages and positions.  "invalid syntax"
// points at the furthest token the parser looked at, as CPython's PEG parser does; the friendlier
// messages ("cannot assign to ...", "Perhaps you forgot a comma?") reproduce CPython's invalid_*
// grammar rules for common mistakes.  Where those rules depend on the PEG parser backtracking,
// longest_expression_prefix finds what it would have found.
// In:  the parser's tokens and position.  Out: a raised SyntaxError (PyError), or a checked target.
// Read next: parser_expr.cpp (the expressions whose mistakes these messages name).
#include "parser_internal.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace minipy_parser {

// The words CPython uses for an expression in "cannot assign to %s" (_PyPegen_get_expr_name).
const char* expr_name(const Expr* e) {
    switch (e->kind) {
        case ExprKind::Attribute: return "attribute";
        case ExprKind::Subscript: return "subscript";
        case ExprKind::Starred: return "starred";
        case ExprKind::Name: return "name";
        case ExprKind::List: return "list";
        case ExprKind::Tuple: return "tuple";
        case ExprKind::Lambda: return "lambda";
        case ExprKind::Call: return "function call";
        case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
        case ExprKind::GeneratorExp: return "generator expression";
        case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
        case ExprKind::Await: return "await expression";
        case ExprKind::ListComp: return "list comprehension";
        case ExprKind::SetComp: return "set comprehension";
        case ExprKind::DictComp: return "dict comprehension";
        case ExprKind::Dict: return "dict literal";
        case ExprKind::Set: return "set display";
        case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
        case ExprKind::TemplateStr: case ExprKind::Interpolation: return "t-string expression";
        case ExprKind::Compare: return "comparison";
        case ExprKind::IfExp: return "conditional expression";
        case ExprKind::NamedExpr: return "named expression";
        case ExprKind::Slice: return "slice";
        case ExprKind::Constant:
            if (e->value.get() == Py_None) return "None";
            if (e->value.get() == Py_True) return "True";
            if (e->value.get() == Py_False) return "False";
            if (e->value.get() == Py_Ellipsis) return "ellipsis";
            return "literal";
    }
    return "expression";
}

// The parser has read as far as the tokenizer got: now its error is the one to report.
void Parser::raise_tokenizer_error() {
    plain_error_ = false;
    raise(tokenizer_error_.get());
}

bool Parser::is_tokenizer_error() {
    return tokenizer_error_ && tstate()->curexc == tokenizer_error_.get();
}

// ───────────────────────────── errors ─────────────────────────────

// A bracket left open at EOF explains a syntax error when the parser, looking for the error, read
// up to the end of the file or onto a later line than the bracket (CPython's rule: the line of the
// last token it fetched decides).  Otherwise the parser's own error stands: "def f(:" is "invalid
// syntax" at the ':'.
void Parser::check_unclosed_bracket() {
    if (!unclosed_.ch) return;
    const UnclosedBracket& b = unclosed_;
    const Token& t = toks_[furthest_];
    bool after = t.pos.line > b.line || (t.pos.line == b.line && t.pos.col > b.col);
    bool at_eof = after && (t.kind == Tok::NEWLINE || t.kind == Tok::DEDENT || t.kind == Tok::ENDMARKER);
    if (at_eof || t.pos.line > b.line)
        raise_syntax_error(Exc_SyntaxError, strfmt("'%c' was never closed", b.ch), filename_, b.line, b.col, b.line,
                           -1, line_text(b.line));
}

void Parser::error(const std::string& msg, const Pos& where) {
    plain_error_ = false;
    check_unclosed_bracket();
    raise_syntax_error(Exc_SyntaxError, msg, filename_, where.line, where.col, where.end_line, where.end_col,
                       line_text(where.line));
}

void Parser::error_range(const std::string& msg, const Pos& from, const Pos& to) { error(msg, span(from, to)); }

void Parser::invalid_syntax() {
    plain_error_ = false;
    check_unclosed_bracket();
    const Token& t = toks_[furthest_];
    if (t.kind == Tok::INDENT || t.kind == Tok::DEDENT) {
        // CPython reports these at the end of the indentation, with no end column.
        raise_syntax_error(Exc_IndentationError, t.kind == Tok::INDENT ? "unexpected indent" : "unexpected unindent",
                           filename_, t.pos.line, t.pos.end_col - 1, t.pos.line, -2, line_text(t.pos.line));
    }
    plain_error_ = true;  // an f-string field turns this one into its own message (parser_strings.cpp)
    raise_syntax_error(Exc_SyntaxError, "invalid syntax", filename_, t.pos.line, t.pos.col, t.pos.end_line,
                       t.pos.end_col, line_text(t.pos.line));
}

void Parser::too_deep() { raise_msg(Exc_MemoryError, "Parser stack overflowed - Python source too complex to parse"); }

// The end of the longest prefix of tokens [start, stop] that `parse` accepts whole (what a PEG
// parser's backtracking finds: in "{1+}" that is `1`):
// start when none does, or SIZE_MAX when it would take too long to find out (a field thousands
// of tokens long whose every prefix fails).  A whole expression has its brackets balanced, so
// only the places where they are are tried.
size_t Parser::longest_expression_prefix(size_t start, size_t stop, ExprP (Parser::*parse)()) {
    constexpr int MAX_TRIES = 64;
    std::vector<size_t> balanced;  // k such that the brackets of tokens [start, k) balance
    int depth = 0;
    for (size_t k = start; k <= stop && k < toks_.size(); k++) {
        if (depth == 0 && k > start) balanced.push_back(k);
        const Token& t = toks_[k];
        if (t.kind == Tok::OP && (t.text == "(" || t.text == "[" || t.text == "{")) depth++;
        if (t.kind == Tok::OP && (t.text == ")" || t.text == "]" || t.text == "}")) depth--;
    }
    size_t saved_furthest = furthest_;
    size_t found = start;
    int tries = 0;
    for (auto it = balanced.rbegin(); it != balanced.rend() && found == start; ++it) {
        if (++tries > MAX_TRIES) { found = SIZE_MAX; break; }
        size_t k = *it;
        Token saved = toks_[k];
        toks_[k] = Token{Tok::OP, "}", saved.pos};  // no expression goes on past a '}'
        p_ = start;
        try {
            (this->*parse)();
            if (p_ == k) found = k;
        } catch (PyError&) {
            fetch_exception();
        }
        toks_[k] = std::move(saved);
    }
    p_ = start;
    furthest_ = saved_furthest;
    return found;
}

// CPython's invalid_expression rule: inside brackets, two expressions side by side most likely
// lack a comma between them ("print(1 2)").  Otherwise it is plain "invalid syntax".
void Parser::missing_comma_or_invalid(const Expr* before) {
    if (bracket_level_ == 0 || !before || !starts_expression()) invalid_syntax();
    switch (before->kind) {
        case ExprKind::IfExp: case ExprKind::Lambda: case ExprKind::NamedExpr: case ExprKind::Starred:
            invalid_syntax();
        default: break;
    }
    if (before->kind == ExprKind::Name && (before->id == "print" || before->id == "exec")) invalid_syntax();
    // Not when the first expression starts with NAME STRING or a soft keyword.
    auto it = std::lower_bound(toks_.begin(), toks_.end(), before->pos, [](const Token& t, const Pos& p) {
        return t.pos.line < p.line || (t.pos.line == p.line && t.pos.col < p.col);
    });
    while (it != toks_.end() && (it->kind == Tok::INDENT || it->kind == Tok::DEDENT)) ++it;
    if (it != toks_.end() && it->kind == Tok::NAME && !is_hard_keyword(it->text)) {  // (None "s" counts)
        if (it->text == "match" || it->text == "case" || it->text == "_" || it->text == "type") invalid_syntax();
        if (it + 1 != toks_.end() && ((it + 1)->kind == Tok::STRING || (it + 1)->kind == Tok::FSTRING_START))
            invalid_syntax();
    }
    size_t saved_p = p_, saved_furthest = furthest_;
    Pos end;
    try {
        ExprP next = parse_expression();
        end = next->pos;
    } catch (PyError&) {  // (its own messages are not raised: CPython's expression_without_invalid)
        if (is_tokenizer_error()) throw;
        // The second expression may be the start of a longer, broken one: "f(a b+)" lacks a
        // comma before `b` all the same (CPython's parser backtracks to the `b`).
        fetch_exception();
        size_t stop = furthest_;
        furthest_ = saved_furthest;
        size_t k = longest_expression_prefix(saved_p, stop, &Parser::parse_expression);
        p_ = saved_p;
        if (k == saved_p || k == SIZE_MAX) invalid_syntax();
        end = toks_[k - 1].pos;
    }
    error_range("invalid syntax. Perhaps you forgot a comma?", before->pos, end);
}

// Marks e (and the parts of a tuple/list/starred target) as a store/delete target.  Returns
// the first part that cannot be a target, or null when all is well.
const Expr* Parser::invalid_target(Expr* e, TargetUse use) {
    Ctx ctx = use == TargetUse::Assign ? Ctx::Store : Ctx::Del;
    switch (e->kind) {
        case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript:
            e->ctx = ctx;
            return nullptr;
        case ExprKind::Starred:
            if (use == TargetUse::Delete) return e;
            e->ctx = ctx;
            return invalid_target(e->a.get(), use);
        case ExprKind::Tuple: case ExprKind::List:
            e->ctx = ctx;
            for (auto& elt : e->elts)
                if (const Expr* bad = invalid_target(elt.get(), use)) return bad;
            return nullptr;
        default:
            return e;
    }
}

void Parser::check_target(Expr* e, TargetUse use) {
    if (const Expr* bad = invalid_target(e, use))
        error(strfmt(use == TargetUse::Assign ? "cannot assign to %s" : "cannot delete %s", expr_name(bad)), bad->pos);
}

// Was e written inside its own parentheses, as in "(a): int"?
bool Parser::parenthesized(const Expr* e) {
    for (size_t k = 1; k < toks_.size(); k++) {
        const Pos& q = toks_[k].pos;
        if (q.line == e->pos.line && q.col == e->pos.col && toks_[k].kind != Tok::DEDENT && toks_[k].kind != Tok::INDENT)
            return toks_[k - 1].kind == Tok::OP && toks_[k - 1].text == "(";
    }
    return false;
}

}  // namespace minipy_parser
