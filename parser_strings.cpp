// parser_strings.cpp — literals: numbers, strings, and f-strings, from tokens to AST constants.
//
// What this step does: the tokenizer only finds where a literal starts and ends; this file
// gives it a value.  A NUMBER token becomes an int or float Constant.  Adjacent STRING tokens
// ("a" 'b' f"{c}") are concatenated, their backslash escapes decoded.  An f-string arrives cut
// into pieces (CPython 3.12+ style):
//
//     f"x = {x!r:>{w}}\n"   →   FSTRING_START  f"
//                               FSTRING_MIDDLE x =          (literal text, escapes not decoded)
//                               OP {   NAME x   OP !   NAME r   OP :
//                               FSTRING_MIDDLE >            (the format spec is itself an f-string)
//                               OP {   NAME w   OP }
//                               OP }
//                               FSTRING_MIDDLE \n
//                               FSTRING_END    "
//
// and becomes JoinedStr[Constant "x = ", FormattedValue(x, 'r', JoinedStr[">", FV(w)]), "\n"].
// In:  the parser positioned at a NUMBER, STRING or FSTRING_START token.
// Out: an Expr (Constant or JoinedStr); SyntaxError for bad escapes and bad fields.
// Read next: compile_expr.cpp (compile_joined_str turns JoinedStr into BUILD_STRING).
#include "parser_internal.h"
#include "str_internal.h"  // utf8_append

#include <cstdint>
#include <string>
#include <vector>

namespace minipy_parser {

// ───────────────────────────── numbers ─────────────────────────────

ExprP Parser::parse_number() {
    const Token& t = advance();
    std::string text;
    for (char c : t.text)
        if (c != '_') text += c;
    ExprP e = make_expr(ExprKind::Constant, t.pos);
    bool hex = text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    char last = text.empty() ? 0 : text.back();
    if (last == 'j' || last == 'J') {  // 2j, 1.5e3J: an imaginary literal, complex(0, x)
        e->value = complex_new(0.0, float_from_string(std::string_view(text).substr(0, text.size() - 1)));
        return e;
    }
    bool is_float = !hex && text.find_first_of(".eE") != std::string::npos;
    try {
        e->value = is_float ? float_new(float_from_string(text)) : int_from_literal(t.text);
    } catch (PyError&) {
        Obj exc = fetch_exception();  // e.g. more digits than sys.get_int_max_str_digits()
        std::string msg = str_string(exc.get());
        error(msg, t.pos);
    }
    return e;
}

// ───────────────────────────── escapes ─────────────────────────────

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Decodes the text between the quotes.  In an f-string's literal part, "{{" and "}}" stand for
// single braces.  Unknown escapes such as "\d" keep their backslash (CPython also warns).
std::string Parser::decode_string_body(std::string_view body, bool raw, const Pos& where, bool fstring_part) {
    std::string out;
    out.reserve(body.size());
    for (size_t i = 0; i < body.size(); i++) {
        char c = body[i];
        if (fstring_part && (c == '{' || c == '}') && i + 1 < body.size() && body[i + 1] == c) {
            out += c;
            i++;
            continue;
        }
        if (c != '\\' || raw) {
            out += c;
            continue;
        }
        if (++i == body.size()) { out += '\\'; break; }
        char e = body[i];
        switch (e) {
            case '\n': break;  // backslash-newline: the line continues
            case '\\': out += '\\'; break;
            case '\'': out += '\''; break;
            case '"': out += '"'; break;
            case 'a': out += '\a'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'v': out += '\v'; break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                uint32_t v = 0;
                size_t k = 0;
                for (; k < 3 && i + k < body.size() && body[i + k] >= '0' && body[i + k] <= '7'; k++)
                    v = v * 8 + uint32_t(body[i + k] - '0');
                i += k - 1;
                utf8_append(out, v);
                break;
            }
            case 'x': case 'u': case 'U': {
                size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                uint32_t v = 0;
                for (size_t k = 1; k <= n; k++) {
                    int h = i + k < body.size() ? hex_value(body[i + k]) : -1;
                    if (h < 0) {
                        const char* what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                                                   : "truncated \\UXXXXXXXX escape";
                        error(strfmt("(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                                     out.size(), out.size() + k, what), where);
                    }
                    v = v * 16 + uint32_t(h);
                }
                if (v > 0x10FFFF)
                    error(strfmt("(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                                 "illegal Unicode character", out.size(), out.size() + n + 1), where);
                i += n;
                utf8_append(out, v);
                break;
            }
            case 'N':
                error("(unicode error) \\N{...} escapes are not supported yet", where);
            default:
                out += '\\';
                out += e;
        }
    }
    return out;
}

// The body of a bytes literal: only ASCII characters; \xhh and \ooo give one byte each (not a
// code point's UTF-8), and \u, \U, \N are no escapes in bytes.
static std::string decode_bytes_body(std::string_view body, bool raw) {
    std::string out;
    for (size_t i = 0; i < body.size(); i++) {
        char c = body[i];
        if (c != '\\' || raw || i + 1 == body.size()) { out += c; continue; }
        char e = body[++i];
        switch (e) {
            case '\n': break;
            case '\\': out += '\\'; break;
            case '\'': out += '\''; break;
            case '"': out += '"'; break;
            case 'a': out += '\a'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'v': out += '\v'; break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                uint32_t v = 0;
                size_t k = 0;
                for (; k < 3 && i + k < body.size() && body[i + k] >= '0' && body[i + k] <= '7'; k++)
                    v = v * 8 + uint32_t(body[i + k] - '0');
                i += k - 1;
                out += char(v & 0xFF);
                break;
            }
            case 'x': {
                int h1 = i + 1 < body.size() ? hex_value(body[i + 1]) : -1;
                int h2 = i + 2 < body.size() ? hex_value(body[i + 2]) : -1;
                if (h1 < 0 || h2 < 0) return std::string("\0bad-x", 7);  // reported by the caller
                out += char(h1 * 16 + h2);
                i += 2;
                break;
            }
            default:
                out += '\\';
                out += e;
        }
    }
    return out;
}

// ───────────────────────────── string literals ─────────────────────────────

struct Prefix { bool raw = false, bytes = false, fstring = false, tstring = false; size_t len = 0; };

static Prefix read_prefix(std::string_view text) {
    Prefix p;
    while (p.len < text.size() && text[p.len] != '\'' && text[p.len] != '"') {
        char c = char(text[p.len] | 0x20);
        if (c == 'r') p.raw = true;
        if (c == 'b') p.bytes = true;
        if (c == 'f') p.fstring = true;
        if (c == 't') p.tstring = true;
        p.len++;
    }
    return p;
}

// Appends literal text to a JoinedStr's parts, merging with a preceding constant.
static void add_text(std::vector<ExprP>& parts, std::string text, const Pos& pos) {
    if (text.empty()) return;
    if (!parts.empty() && parts.back()->kind == ExprKind::Constant) {
        Expr& prev = *parts.back();
        prev.value = str_new(std::string(str_view(prev.value.get())) + text);
        prev.pos = span(prev.pos, pos);
        return;
    }
    ExprP c = make_expr(ExprKind::Constant, pos);
    c->value = str_new(text);
    parts.push_back(std::move(c));
}

ExprP Parser::parse_strings() {
    Pos start = tok().pos, end = start;
    std::vector<ExprP> parts;
    std::string bytes_text;
    bool any_fstring = false, any_bytes = false, any_str = false, any_template = false;
    while (at_kind(Tok::STRING) || at_kind(Tok::FSTRING_START)) {
        if (at_kind(Tok::FSTRING_START)) {
            bool is_template = false;
            parse_fstring(parts, &is_template);
            (is_template ? any_template : any_fstring) = true;
            if (!is_template) any_str = true;
            end = prev_pos();
            continue;
        }
        const Token& t = advance();
        end = t.pos;
        Prefix p = read_prefix(t.text);
        (p.bytes ? any_bytes : any_str) = true;
        std::string_view quoted = std::string_view(t.text).substr(p.len);
        size_t q = quoted.size() >= 6 && quoted[0] == quoted[1] && quoted[1] == quoted[2] ? 3 : 1;
        std::string_view body = quoted.substr(q, quoted.size() - 2 * q);
        if (p.bytes) {
            for (unsigned char c : body)
                if (c >= 0x80) error("bytes can only contain ASCII literal characters", t.pos);
            std::string b = decode_bytes_body(body, p.raw);
            if (b == std::string("\0bad-x", 7))
                error("(value error) invalid \\x escape at position " + std::to_string(body.find("\\x")), t.pos);
            bytes_text += b;
            continue;
        }
        add_text(parts, decode_string_body(body, p.raw, t.pos, false), t.pos);
        if (parts.empty()) {  // keep an empty constant so "" stays a str
            ExprP c = make_expr(ExprKind::Constant, t.pos);
            c->value = str_new("");
            parts.push_back(std::move(c));
        }
    }
    Pos whole = span(start, end);
    if (any_template && (any_str || any_bytes)) error("cannot mix t-string literals with string or bytes literals", whole);
    if (any_template) {
        // A t-string: the text parts and the Interpolations in order (compile_template_str).
        ExprP ts = make_expr(ExprKind::TemplateStr, whole);
        ts->elts = std::move(parts);
        return ts;
    }
    if (any_bytes && any_str) error("cannot mix bytes and nonbytes literals", whole);
    if (any_bytes) {
        ExprP c = make_expr(ExprKind::Constant, whole);
        c->value = bytes_from(bytes_text);
        return c;
    }
    if (!any_fstring) {
        ExprP c = std::move(parts.front());
        c->pos = whole;
        return c;
    }
    // An f-string: drop empty constants, keep the rest in order.
    ExprP js = make_expr(ExprKind::JoinedStr, whole);
    for (auto& part : parts)
        if (!(part->kind == ExprKind::Constant && str_view(part->value.get()).empty())) js->elts.push_back(std::move(part));
    return js;
}

// FSTRING_START (FSTRING_MIDDLE | field)* FSTRING_END
void Parser::parse_fstring(std::vector<ExprP>& parts, bool* is_template) {
    const Token& start = advance();
    Prefix p = read_prefix(start.text);
    *is_template = p.tstring;
    char saved_kind = fstring_kind_;  // an f-string inside a t-string's field says "f-string:"
    fstring_kind_ = p.tstring ? 't' : 'f';
    for (;;) {
        if (at_kind(Tok::FSTRING_END)) { advance(); fstring_kind_ = saved_kind; return; }
        if (at_kind(Tok::FSTRING_MIDDLE)) {
            const Token& t = advance();
            add_text(parts, decode_string_body(t.text, p.raw, t.pos, true), t.pos);
            continue;
        }
        if (at_op("{")) {
            parse_replacement_field(parts, p.tstring);
            continue;
        }
        invalid_syntax();
    }
}

// A replacement field that does not parse gets CPython's invalid_replacement_field messages.
// Its PEG parser, when a field fails, takes the longest prefix that is a whole expression and
// looks at the token after it: "{1+}" is "expecting '=', or '!', or ':', or '}'" at the '+'.
// This recursive-descent parser finds that prefix by trying again with the field cut short: a
// '}' put in place of each later token in turn, from the furthest one back, until a parse stops
// exactly there.  Only the error path pays for it, and fields are short.
[[noreturn]] void Parser::field_error(const std::string& msg, const Pos& where) {
    error(strfmt("%c-string: %s", fstring_kind_, msg.c_str()), where);
}

ExprP Parser::parse_field_value() {
    return at_kw("yield") ? parse_yield_expression() : parse_star_expressions();
}

// invalid_expression's f-string rule: "{lambda x: x}" reads as a lambda whose body was cut off
// by the format spec; the error covers `lambda x:`.
void Parser::check_field_lambda(size_t start) {
    if (!(toks_[start].kind == Tok::NAME && toks_[start].text == "lambda")) return;
    int depth = 0;
    for (size_t k = start + 1; k + 1 < toks_.size(); k++) {
        const Token& t = toks_[k];
        if (t.kind == Tok::FSTRING_END || t.kind == Tok::ENDMARKER) return;
        if (t.kind != Tok::OP) continue;
        if (t.text == "(" || t.text == "[" || t.text == "{") depth++;
        else if (t.text == ")" || t.text == "]" || t.text == "}") { if (depth-- == 0) return; }
        else if (t.text == ":" && depth == 0) {
            const Token& after = toks_[k + 1];
            if (after.kind == Tok::FSTRING_MIDDLE || (after.kind == Tok::OP && after.text == "{"))
                field_error("lambda expressions are not allowed without parentheses", span(toks_[start].pos, t.pos));
            return;
        }
    }
}

bool Parser::at_field_end() { return at_kind(Tok::FSTRING_END) || at_kind(Tok::ENDMARKER); }

// Unless `ok`, the field goes wrong here: "expecting '}'" when the f-string ends first, else `msg`.
void Parser::field_expect(bool ok, const char* msg) {
    if (!ok) field_error(at_field_end() ? "expecting '}'" : msg, tok().pos);
}

// The field's expression, or the error CPython gives for it.
ExprP Parser::parse_field_expression() {
    if (at_op("}") || at_op("!") || at_op(":") || at_op("="))
        field_error(strfmt("valid expression required before '%s'", tok().text.c_str()), tok().pos);
    size_t start = p_;
    plain_error_ = false;
    ExprP value;
    try {
        value = parse_field_value();
    } catch (PyError&) {
        if (!plain_error_) throw;  // a message of its own ("Perhaps you forgot a comma?" in a [list]) stands
        size_t stop = furthest_;
        if (toks_[stop].kind == Tok::FSTRING_END || toks_[stop].kind == Tok::ENDMARKER) {
            fetch_exception();
            field_error("expecting '}'", toks_[stop].pos);
        }
        fetch_exception();
        check_field_lambda(start);
        size_t end = longest_expression_prefix(start, stop, &Parser::parse_field_value);
        if (end == SIZE_MAX) invalid_syntax();  // (furthest_ is where the first parse failed)
        if (end == start) field_error("expecting a valid expression after '{'", toks_[start].pos);
        field_error("expecting '=', or '!', or ':', or '}'", toks_[end].pos);
    }
    if (at_op("=") || at_op("!") || at_op(":") || at_op("}")) return value;
    if (at_field_end()) field_error("expecting '}'", tok().pos);
    plain_error_ = false;
    try {
        missing_comma_or_invalid(value.get());  // "{a b}": "Perhaps you forgot a comma?"
    } catch (PyError&) {
        if (!plain_error_) throw;
        fetch_exception();
    }
    field_error("expecting '=', or '!', or ':', or '}'", tok().pos);
}

// '{' expression ['='] ['!' conversion] [':' spec] '}'
void Parser::parse_replacement_field(std::vector<ExprP>& parts, bool template_string) {
    const Token& open = advance();
    Pos open_pos = open.pos;
    BracketScope scope(*this);
    ExprP value = parse_field_expression();
    ExprP fv = make_expr(template_string ? ExprKind::Interpolation : ExprKind::FormattedValue, value->pos);
    if (template_string)  // Interpolation.expression: the source text from after '{' to the expression's end
        fv->value = str_new(source_text(open_pos.end_line, open_pos.end_col, value->pos.end_line, value->pos.end_col));
    if (at_op("=")) {  // {x=}: the text "x=" (with its spaces) and then the value, as repr
        const Token& eq = advance();
        std::string text = source_text(open_pos.end_line, open_pos.end_col, eq.pos.end_line, eq.pos.end_col);
        // Spaces after '=' belong to the text too: they lie before the next token.
        const Token& next = tok();
        if (next.pos.line == eq.pos.end_line && next.pos.col > eq.pos.end_col)
            text += source_text(eq.pos.end_line, eq.pos.end_col, next.pos.line, next.pos.col);
        add_text(parts, text, eq.pos);
        fv->id = text;
        fv->conversion = 'r';
        field_expect(at_op("!") || at_op(":") || at_op("}"), "expecting '!', or ':', or '}'");
    }
    bool explicit_conversion = at_op("!");
    if (explicit_conversion) {
        advance();
        field_expect(at_name(), at_op(":") || at_op("}") ? "missing conversion character"
                                                         : "invalid conversion character");  // {a!1}, {a!yield}
        const Token& c = advance();
        if (c.text != "s" && c.text != "r" && c.text != "a")
            field_error(strfmt("invalid conversion character '%s': expected 's', 'r', or 'a'", c.text.c_str()), c.pos);
        fv->conversion = c.text[0];
        field_expect(at_op(":") || at_op("}"), "expecting ':' or '}'");
    }
    if (at_op(":")) {
        advance();
        if (!fv->id.empty() && !explicit_conversion) fv->conversion = -1;  // {x=:>5} formats x itself
        fv->b = parse_format_spec(template_string);
        if (!at_op("}")) field_error("expecting '}', or format specs", tok().pos);
    }
    field_expect(at_op("}"), "expecting '}'");
    advance();
    fv->a = std::move(value);
    parts.push_back(std::move(fv));
}

// The spec after ':' is a small f-string of its own: literal text and nested {fields}.
ExprP Parser::parse_format_spec(bool template_string) {
    ExprP spec = make_expr(ExprKind::JoinedStr, tok().pos);
    std::vector<ExprP> parts;
    for (;;) {
        if (at_kind(Tok::FSTRING_MIDDLE)) {
            const Token& t = advance();
            add_text(parts, decode_string_body(t.text, false, t.pos, false), t.pos);
        } else if (at_op("{")) {
            parse_replacement_field(parts, false);  // fields in a spec are formatted at once, even in a t-string
        } else {
            break;
        }
    }
    spec->elts = std::move(parts);
    return spec;
}

}  // namespace minipy_parser
