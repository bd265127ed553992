// parser_internal.h — the recursive-descent parser's class, shared by its five source files.
//
// Not part of the contract (minipy.h): only parser.cpp (statements, the entry point),
// parser_errors.cpp (SyntaxErrors and their messages), parser_expr.cpp (expressions),
// parser_strings.cpp (number and string literals, f-strings) and parser_match.cpp (the match
// statement's patterns) include it.  The grammar followed is CPython 3.14's Grammar/python.gram, one function per
// rule that matters, with the few "invalid_*" rules that produce CPython's friendlier messages.
#pragma once
#include "minipy.h"

namespace minipy_parser {

// How an assignment-like target is being checked (the word used in the error message).
enum class TargetUse : uint8_t { Assign, Delete };

class Parser {
public:
    Parser(std::string_view source, const std::string& filename, std::vector<Token> tokens, ParseMode mode);
    std::unique_ptr<Module> parse_module();

    // ---- tokens (parser.cpp) ----
    const Token& tok(size_t k = 0);                      // peek (records how far we looked)
    const Token& advance();                              // consume and return the current token
    bool at_op(const char* s, size_t k = 0) { const Token& t = tok(k); return t.kind == Tok::OP && t.text == s; }
    bool at_kw(const char* s, size_t k = 0) { const Token& t = tok(k); return t.kind == Tok::NAME && t.text == s; }
    bool at_kind(Tok kind, size_t k = 0) { return tok(k).kind == kind; }
    bool at_name(size_t k = 0);                          // a NAME that is not a hard keyword
    bool starts_expression(size_t k = 0);
    const Pos& prev_pos() const { return toks_[p_ - 1].pos; }
    void expect_op(const char* s);                       // or "invalid syntax"
    void expect_colon();                                 // or "expected ':'"
    std::string source_text(int line, int col, int end_line, int end_col) const;
    std::string line_text(int line) const;

    // ---- errors (parser_errors.cpp) ----
    [[noreturn]] void error(const std::string& msg, const Pos& where);
    [[noreturn]] void error_range(const std::string& msg, const Pos& from, const Pos& to);
    [[noreturn]] void invalid_syntax();                  // at the furthest token looked at
    void check_unclosed_bracket();                       // "'(' was never closed" instead?
    [[noreturn]] void raise_tokenizer_error();           // at the ERRORTOKEN (tok() does it)
    bool is_tokenizer_error();                           // the exception being handled is that one
    [[noreturn]] void too_deep();
    [[noreturn]] void missing_comma_or_invalid(const Expr* before);
    size_t longest_expression_prefix(size_t start, size_t stop, ExprP (Parser::*parse)());
    const Expr* invalid_target(Expr* e, TargetUse use);  // first invalid sub-target, or null; sets ctx
    void check_target(Expr* e, TargetUse use);
    bool parenthesized(const Expr* e);

    // ---- statements (parser.cpp) ----
    void parse_statement(Body& out);
    void parse_simple_statements(Body& out);
    StmtP parse_simple_statement();
    StmtP parse_expression_statement();
    Body parse_block(const char* what, int line);
    StmtP parse_decorated();
    StmtP parse_funcdef(std::vector<ExprP> decorators);
    StmtP parse_async();
    StmtP parse_classdef(std::vector<ExprP> decorators);
    StmtP parse_if(bool elif);
    StmtP parse_while();
    StmtP parse_for();
    StmtP parse_try();
    StmtP parse_with();
    StmtP parse_import();
    StmtP parse_from_import();
    ExprP parse_condition();                             // if/elif/while tests: named_expression + hints
    void parse_parameters(Arguments& args, bool lambda);
    Arg parse_param(bool annotated);
    bool looks_like_match_statement();

    // ---- the match statement (parser_match.cpp) ----
    StmtP parse_match();
    PatternP parse_pattern_top();                        // `case a, b:` (an open sequence) or one pattern
    PatternP parse_pattern();
    PatternP parse_or_pattern();
    PatternP parse_closed_pattern();
    PatternP parse_maybe_star_pattern();
    PatternP parse_mapping_pattern();
    PatternP parse_class_pattern(ExprP cls);
    ExprP parse_literal_expr();                          // -1, 2+3j, 1.5 ...
    ExprP parse_dotted_name_expr();

    // ---- expressions (parser_expr.cpp) ----
    ExprP parse_star_expressions();                      // a, *b, c   (a Tuple when there are commas)
    ExprP parse_star_expression();
    ExprP parse_star_named_expression();
    ExprP parse_named_expression();
    ExprP parse_expression();
    ExprP parse_yield_expression();
    ExprP parse_disjunction();
    ExprP parse_conjunction();
    ExprP parse_inversion();
    ExprP parse_comparison();
    ExprP parse_binary(int level);                       // | ^ & << >> + - * / // % @ by precedence
    ExprP parse_bitwise_or() { return parse_binary(0); }
    ExprP parse_factor();
    ExprP parse_power();
    ExprP parse_primary();
    ExprP parse_atom();
    ExprP parse_lambda();
    ExprP parse_paren_atom();
    ExprP parse_list_atom();
    ExprP parse_brace_atom();
    ExprP parse_subscript_index();
    ExprP parse_slice();
    ExprP parse_target_list();                           // for-loop and comprehension targets
    std::vector<Comprehension> parse_comprehension_clauses();
    void parse_call_arguments(Expr* call, bool allow_genexp, const Pos& open);
    void finish_element_list(std::vector<ExprP>& elts, const char* close);

    // ---- literals (parser_strings.cpp) ----
    ExprP parse_number();
    ExprP parse_strings();                               // implicitly concatenated literals
    void parse_fstring(std::vector<ExprP>& parts, bool* is_template);
    void parse_replacement_field(std::vector<ExprP>& parts, bool template_string);
    ExprP parse_format_spec(bool template_string);
    ExprP parse_field_expression();                      // and the errors of invalid_replacement_field
    ExprP parse_field_value();                           // yield_expr | star_expressions
    void check_field_lambda(size_t start);
    bool at_field_end();                                 // the f-string (or the file) ends inside a field
    void field_expect(bool ok, const char* msg);         // or the field's error at this token
    [[noreturn]] void field_error(const std::string& msg, const Pos& where);  // "f-string: msg" or "t-string: msg"
    std::string decode_string_body(std::string_view body, bool raw, const Pos& where, bool fstring_part);

    // ---- state ----
    std::string_view src_;
    const std::string& filename_;
    std::vector<Token> toks_;
    std::vector<size_t> line_starts_;
    ParseMode mode_;
    size_t p_ = 0;           // index of the current token
    size_t furthest_ = 0;    // the furthest token ever looked at: where "invalid syntax" points
    UnclosedBracket unclosed_;  // a bracket open at EOF (ch == 0: none); see invalid_syntax()
    Obj tokenizer_error_;       // the tokenizer's SyntaxError, raised on reaching its ERRORTOKEN
    int depth_ = 0;          // nesting of recursive rules (see DepthGuard)
    bool no_in_ = false;     // parsing a for-target: 'in' is not a comparison here
    int bracket_level_ = 0;  // inside (), [], {} or an f-string field: "forgot a comma?" applies
    char fstring_kind_ = 'f';  // the innermost f- or t-string being parsed (its messages' prefix)
    bool plain_error_ = false; // the last SyntaxError raised was plain "invalid syntax" (see parse_field_expression)
};

// Deeply nested source (-(-(-...)), not not not ...) must raise, never overflow the C++ stack.
constexpr int MAX_PARSE_DEPTH = 3000;
struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser) : p(parser) { if (++p.depth_ > MAX_PARSE_DEPTH) p.too_deep(); }
    ~DepthGuard() { --p.depth_; }
};

// Entering (), [], {} or an f-string field: 'in' is an operator again and "forgot a comma?"
// hints apply.  Restores both on exit.
struct BracketScope {
    Parser& p;
    bool saved_no_in;
    explicit BracketScope(Parser& parser) : p(parser), saved_no_in(parser.no_in_) { p.bracket_level_++; p.no_in_ = false; }
    ~BracketScope() { p.bracket_level_--; p.no_in_ = saved_no_in; }
};

inline ExprP make_expr(ExprKind kind, const Pos& pos) { return std::make_unique<Expr>(kind, pos); }
inline Pos span(const Pos& a, const Pos& b) { return Pos{a.line, a.col, b.end_line, b.end_col}; }
// The extent of e as part of a larger expression: with the parentheses written around it, as
// CPython's AST positions of the enclosing node include them ((a) + b starts at the '(').
inline const Pos& outer(const Expr& e) { return e.outer.line ? e.outer : e.pos; }
const char* expr_name(const Expr* e);                   // "literal", "function call" ... (parser_errors.cpp)
bool is_hard_keyword(std::string_view s);

}  // namespace minipy_parser
