// tokenizer.cpp — step 1 of the pipeline: source text → tokens.
//
// What it does: cuts the source into NAME, NUMBER, STRING and OP tokens, and turns the layout of
// the lines into NEWLINE, INDENT and DEDENT tokens, the way CPython's tokenizer (Parser/lexer/)
// does.  f-strings and t-strings are cut CPython 3.12 style: FSTRING_START, then FSTRING_MIDDLE
// tokens for the literal text and ordinary tokens for each {expression}, then FSTRING_END, so
// that expressions inside f-strings get exact source positions for free.
// In:  the source text (newlines already normalised to '\n' by parse()) and the file name.
// Out: std::vector<Token>, ending with ENDMARKER; or a SyntaxError / IndentationError with
//      CPython's message and position (raise_syntax_error), raised at once or, for parse(),
//      kept for later behind a final ERRORTOKEN.
// Read next: parser.cpp, which turns these tokens into the AST of minipy.h.
//
// Why tokenize the whole file before parsing: it keeps both steps simple.  CPython's parser
// instead pulls tokens one at a time, so which error is reported depends on who meets a problem
// first: a mistake the parser finds before a bad token wins (f"{} x}" is the empty field, not
// the single '}'), and after a plain "invalid syntax" CPython tokenizes the rest of the file and
// prefers a tokenizer error found there.  The ERRORTOKEN gives parse() both rules (parser.cpp).
#include "minipy.h"

namespace {

constexpr int EOF_CHAR = -1;
constexpr size_t MAX_BRACKETS = 200;  // CPython's MAXLEVEL
constexpr size_t MAX_INDENTS = 100;   // CPython's MAXINDENT (the base level 0 included)

// Where an f-string is: in its literal text, in a {replacement field}'s expression, or in the
// format spec after the field's top-level ':'.
enum class FState : uint8_t { Literal, Expr, Spec };

struct Bracket {
    char ch;               // '(' '[' '{'
    int line, col;
    bool fstring_field;    // this '{' opened an f-string replacement field
    FState return_to;      // the f-string's state once the field's '}' closes it
};

struct FStringMode {
    char quote;
    bool triple, raw;
    char prefix;           // 'f' or 't' (for error messages)
    int line, col;         // where the literal starts (its prefix)
    size_t start;          // byte offset of the prefix
    FState state = FState::Literal;
    int fields = 0;        // replacement fields open in this literal ({a:{b}}: two)
};

// f"{a:{b:{c}}}" is as deep as fields may nest inside one f-string (CPython's limit: a fourth
// '{' in the innermost spec is refused by its tokenizer too).
constexpr int MAX_FSTRING_FIELDS = 3;

// UTF-8: the code point at s[i] and its length in bytes (invalid bytes count as one byte).
uint32_t decode_utf8(std::string_view s, size_t i, size_t* len) {
    unsigned char c = s[i];
    int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (i + n > s.size()) n = 1;
    uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1f) : n == 3 ? (c & 0x0f) : (c & 0x07);
    for (int k = 1; k < n; k++) cp = cp << 6 | (static_cast<unsigned char>(s[i + k]) & 0x3f);
    *len = n;
    return cp;
}

// Non-ASCII characters that cannot be part of an identifier.  CPython asks the Unicode
// database (XID_Start / XID_Continue); we keep a short list of the symbol and punctuation
// blocks that students actually type (curly quotes, dashes, currency, arrows, emoji ...).
bool is_unicode_symbol(uint32_t cp) {
    if (cp < 0xC0) return !(cp == 0xAA || cp == 0xB5 || cp == 0xBA);
    if (cp == 0xD7 || cp == 0xF7 || cp == 0xFEFF) return true;
    if (cp >= 0x2000 && cp <= 0x206F) return true;   // general punctuation, spaces
    if (cp >= 0x20A0 && cp <= 0x20CF) return true;   // currency
    if (cp >= 0x2190 && cp <= 0x2BFF) return true;   // arrows, math, box drawing, dingbats
    if (cp >= 0x3000 && cp <= 0x3003) return true;   // CJK spaces and punctuation
    if (cp >= 0x3008 && cp <= 0x3020) return true;
    if (cp >= 0xFE30 && cp <= 0xFE6F) return true;
    if (cp >= 0xFF01 && cp <= 0xFF0F) return true;   // fullwidth punctuation
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return true; // emoji and pictographs
    return false;
}

bool is_ascii_ident_char(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// A string prefix: at most one each of r, b, u, f, t (any case) in a combination Python allows.
bool is_string_prefix(std::string_view p, bool* fstring, bool* raw, char* kind) {
    bool r = false, b = false, u = false, f = false, t = false;
    if (p.size() > 2) return false;
    for (char ch : p) {
        bool* flag = nullptr;
        switch (ch | 0x20) {
            case 'r': flag = &r; break;
            case 'b': flag = &b; break;
            case 'u': flag = &u; break;
            case 'f': flag = &f; break;
            case 't': flag = &t; break;
            default: return false;
        }
        if (*flag) return false;
        *flag = true;
    }
    if (u && p.size() > 1) return false;
    if (b && (f || t)) return false;
    if (f && t) return false;
    *fstring = f || t;
    *raw = r;
    *kind = t ? 't' : 'f';
    return true;
}

// The operators, longest first so that the first match is the longest one.
const char* const OPERATORS[] = {
    "**=", "//=", ">>=", "<<=", "...",
    "->", ":=", "==", "!=", "<=", ">=", "<<", ">>", "**", "//", "+=", "-=", "*=", "/=", "%=",
    "&=", "|=", "^=", "@=",
    "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "+", "-", "*", "/", "%", "&", "|", "^",
    "~", "<", ">", "=", "@", "!",
};

class Tokenizer {
public:
    Tokenizer(std::string_view src, const std::string& filename) : src_(src), filename_(filename) {
        line_starts_.push_back(0);
        for (size_t k = 0; k < src.size(); k++)
            if (src[k] == '\n') line_starts_.push_back(k + 1);
    }
    std::vector<Token> run();
    std::vector<Token> run_deferring_errors(Obj* error);
    UnclosedBracket* unclosed_ = nullptr;  // where to report an open bracket at EOF (else: raise)

private:
    std::string_view src_;
    const std::string& filename_;
    std::vector<size_t> line_starts_;
    size_t i_ = 0;              // the next byte to read ("cur" in CPython)
    int line_ = 1;
    size_t line_start_ = 0;     // byte offset where line_ starts
    std::vector<Token> toks_;
    std::vector<int> indents_{0}, alt_indents_{0};  // alt: tabs counted as one column
    std::vector<Bracket> brackets_;
    std::vector<FStringMode> fstrings_;
    bool line_has_tokens_ = false;  // the current logical line produced a token

    // ---- reading characters ----
    int peekc(size_t k = 0) const { return i_ + k < src_.size() ? static_cast<unsigned char>(src_[i_ + k]) : EOF_CHAR; }
    int nextc() {
        if (i_ >= src_.size()) return EOF_CHAR;
        int c = static_cast<unsigned char>(src_[i_++]);
        if (c == '\n') { line_++; line_start_ = i_; }
        return c;
    }
    void backup(int c) {
        if (c == EOF_CHAR) return;
        i_--;
        if (c == '\n') { line_--; line_start_ = line_starts_[line_ - 1]; }
    }
    int col() const { return static_cast<int>(i_ - line_start_); }
    // "detected at line N": the line of the last character read.
    int detected_line() const { return (i_ > 0 && src_[i_ - 1] == '\n') ? line_ - 1 : line_; }

    // ---- errors ----
    std::string line_text(int line) const {
        if (line < 1 || line > static_cast<int>(line_starts_.size())) return "";
        size_t b = line_starts_[line - 1], e = src_.find('\n', b);
        return std::string(src_.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    }
    [[noreturn]] void error_at(TypeObject* type, const std::string& msg, int line, int col, int end_col) {
        raise_syntax_error(type, msg, filename_, line, col, line, end_col, line_text(line));
    }
    // CPython's tokenizer syntaxerror(): the caret goes under the last character read.
    [[noreturn]] void error_here(const std::string& msg) { error_at(Exc_SyntaxError, msg, line_, col() - 1, col() - 1); }

    // ---- producing tokens ----
    void emit(Tok kind, size_t start, int line, int col) {
        toks_.push_back(Token{kind, std::string(src_.substr(start, i_ - start)), Pos{line, col, line_, this->col()}});
        line_has_tokens_ = true;
    }

    void read_indentation();
    bool read_token();          // false at the end of the input
    void read_newline();
    void read_backslash();
    void read_name_or_prefixed_string();
    void read_number();
    void read_string(size_t start, int line, int col);
    void start_fstring(size_t start, int line, int col, bool raw, char kind);
    void read_fstring_text();
    void read_operator();
    void open_bracket(char ch, int line, int col, bool fstring_field, FState return_to);
    void close_bracket(char ch, int line, int col);
    void finish();
    bool verify_end_of_number(int c, const char* kind);
    int decimal_tail();
};

std::vector<Token> Tokenizer::run() {
    if (src_.find('\0') != std::string_view::npos)
        raise_syntax_error(Exc_SyntaxError, "source code cannot contain null bytes", filename_, 1, -1, 1, -1, "");
    for (;;) {
        if (!fstrings_.empty() && fstrings_.back().state != FState::Expr) {
            read_fstring_text();
            continue;
        }
        if (!read_token()) break;
    }
    finish();
    return std::move(toks_);
}

// At the start of a line outside brackets: measure the indentation and emit INDENT/DEDENT.
// Blank lines and comment-only lines do not count (CPython skips them entirely).
void Tokenizer::read_indentation() {
    int column = 0, alt = 0;
    size_t j = i_;
    for (; j < src_.size(); j++) {
        char c = src_[j];
        if (c == ' ') { column++; alt++; }
        else if (c == '\t') { column = (column / 8 + 1) * 8; alt++; }
        else if (c == '\f') { column = alt = 0; }
        else break;
    }
    size_t indent_bytes = j - i_;
    i_ = j;
    if (j >= src_.size() || src_[j] == '#' || src_[j] == '\n') return;  // blank line
    auto tab_error = [&] {
        error_at(Exc_TabError, "inconsistent use of tabs and spaces in indentation", line_, 0, -1);
    };
    if (column == indents_.back()) {
        if (alt != alt_indents_.back()) tab_error();
    } else if (column > indents_.back()) {
        if (indents_.size() >= MAX_INDENTS)
            error_at(Exc_IndentationError, "too many levels of indentation", line_, 0, -1);
        if (alt <= alt_indents_.back()) tab_error();
        indents_.push_back(column);
        alt_indents_.push_back(alt);
        toks_.push_back(Token{Tok::INDENT, std::string(src_.substr(line_start_, indent_bytes)),
                              Pos{line_, 0, line_, static_cast<int>(indent_bytes)}});
    } else {
        while (indents_.size() > 1 && column < indents_.back()) {
            indents_.pop_back();
            alt_indents_.pop_back();
            toks_.push_back(Token{Tok::DEDENT, "", Pos{line_, col(), line_, col()}});
        }
        if (column != indents_.back()) {
            // CPython puts the caret at the end of the line here.
            std::string text = line_text(line_);
            error_at(Exc_IndentationError, "unindent does not match any outer indentation level", line_,
                     static_cast<int>(text.size()), -2);
        }
        if (alt != alt_indents_.back()) tab_error();
    }
}

// One token (or one piece of layout).  Returns false at the end of the input.
bool Tokenizer::read_token() {
    bool logical_line_start = brackets_.empty() && !line_has_tokens_ && i_ == line_start_;
    if (logical_line_start) read_indentation();
    while (peekc() == ' ' || peekc() == '\t' || peekc() == '\f') i_++;
    int c = peekc();
    if (c == EOF_CHAR) return false;
    if (c == '#') {
        while (peekc() != '\n' && peekc() != EOF_CHAR) i_++;
        return true;
    }
    if (c == '\n') { read_newline(); return true; }
    if (c == '\\') { read_backslash(); return true; }
    if (is_ascii_ident_char(c) && !is_digit(c)) { read_name_or_prefixed_string(); return true; }
    if (c >= 0x80) {
        size_t len;
        uint32_t cp = decode_utf8(src_, i_, &len);
        if (is_unicode_symbol(cp)) {
            char buf[16];
            snprintf(buf, sizeof buf, "%04X", cp);
            error_at(Exc_SyntaxError, "invalid character '" + std::string(src_.substr(i_, len)) + "' (U+" + buf + ")",
                     line_, col(), col());
        }
        read_name_or_prefixed_string();
        return true;
    }
    if (is_digit(c) || (c == '.' && is_digit(peekc(1)))) { read_number(); return true; }
    if (c == '\'' || c == '"') {
        size_t start = i_;
        int line = line_, column = col();
        read_string(start, line, column);
        return true;
    }
    read_operator();
    return true;
}

void Tokenizer::read_newline() {
    int line = line_, column = col();
    bool significant = brackets_.empty() && line_has_tokens_;
    nextc();
    if (significant) {
        toks_.push_back(Token{Tok::NEWLINE, "\n", Pos{line, column, line, column + 1}});
        line_has_tokens_ = false;
    }
}

// Explicit line joining: a backslash must be the last character of its line.
void Tokenizer::read_backslash() {
    int column = col();
    nextc();
    int c = peekc();
    if (c == '\n') { nextc(); return; }
    if (c == EOF_CHAR) error_at(Exc_SyntaxError, "unexpected EOF while parsing", line_, column, column);
    error_at(Exc_SyntaxError, "unexpected character after line continuation character", line_, column + 1, -1);
}

void Tokenizer::read_name_or_prefixed_string() {
    size_t start = i_;
    int line = line_, column = col();
    while (i_ < src_.size()) {
        int c = peekc();
        if (is_ascii_ident_char(c)) { i_++; continue; }
        if (c >= 0x80) {
            size_t len;
            uint32_t cp = decode_utf8(src_, i_, &len);
            if (is_unicode_symbol(cp)) break;
            i_ += len;
            continue;
        }
        break;
    }
    int c = peekc();
    bool fstring = false, raw = false;
    char kind = 'f';
    if ((c == '\'' || c == '"') && is_string_prefix(src_.substr(start, i_ - start), &fstring, &raw, &kind)) {
        if (fstring) start_fstring(start, line, column, raw, kind);
        else read_string(start, line, column);
        return;
    }
    emit(Tok::NAME, start, line, column);
}

// After a number: a letter right behind it is an error ("1abc"), except before the keywords
// that may legally follow a number ("1if x else y"), which CPython only warns about.
bool Tokenizer::verify_end_of_number(int c, const char* kind) {
    auto lookahead = [&](const char* rest) {
        size_t k = 0;
        for (; rest[k]; k++)
            if (peekc(k) != rest[k]) return false;
        return true;
    };
    bool keyword = false;
    if (c == 'a') keyword = lookahead("nd");
    else if (c == 'e') keyword = lookahead("lse");
    else if (c == 'f') keyword = lookahead("or");
    else if (c == 'i') keyword = peekc() == 'f' || peekc() == 'n' || peekc() == 's';
    else if (c == 'o') keyword = lookahead("r");
    else if (c == 'n') keyword = lookahead("ot");
    if (keyword) return true;  // TODO: CPython prints "SyntaxWarning: invalid decimal literal"
    if (c != EOF_CHAR && c < 128 && is_ascii_ident_char(c)) {
        backup(c);
        error_here(std::string("invalid ") + kind + " literal");
    }
    return true;
}

// Digits with single underscores between them; returns the first character after them.
int Tokenizer::decimal_tail() {
    int c;
    for (;;) {
        do { c = nextc(); } while (is_digit(c));
        if (c != '_') break;
        c = nextc();
        if (!is_digit(c)) {
            backup(c);
            error_here("invalid decimal literal");
        }
    }
    return c;
}

// Numbers, following CPython's tok_get() number branch closely (the error positions depend on
// exactly which character has been read when the error is detected).
void Tokenizer::read_number() {
    size_t start = i_;
    int line = line_, column = col();
    int c = nextc();
    auto based = [&](auto is_ok, const char* kind) {
        c = nextc();
        do {
            if (c == '_') c = nextc();
            if (!is_ok(c)) {
                if (is_digit(c)) error_here(strfmt("invalid digit '%c' in %s literal", c, kind));
                backup(c);
                error_here(std::string("invalid ") + kind + " literal");
            }
            do { c = nextc(); } while (is_ok(c));
        } while (c == '_');
        if (is_digit(c)) error_here(strfmt("invalid digit '%c' in %s literal", c, kind));
        verify_end_of_number(c, kind);
    };
    bool fraction = false, exponent = false, imaginary = false;
    if (c == '.') {
        c = nextc();
        fraction = true;
    } else if (c == '0') {
        c = nextc();
        if (c == 'x' || c == 'X') { based(is_hex_digit, "hexadecimal"); backup(c); emit(Tok::NUMBER, start, line, column); return; }
        if (c == 'o' || c == 'O') { based([](int d) { return d >= '0' && d <= '7'; }, "octal"); backup(c); emit(Tok::NUMBER, start, line, column); return; }
        if (c == 'b' || c == 'B') { based([](int d) { return d == '0' || d == '1'; }, "binary"); backup(c); emit(Tok::NUMBER, start, line, column); return; }
        // "0", "00", or the start of a float such as 0.5 / 01.5 / 0e3.
        bool nonzero = false;
        for (;;) {
            if (c == '_') {
                c = nextc();
                if (!is_digit(c)) { backup(c); error_here("invalid decimal literal"); }
            }
            if (c != '0') break;
            c = nextc();
        }
        int zeros_end = col();
        if (is_digit(c)) {
            nonzero = true;
            c = decimal_tail();
        }
        if (c == '.') { c = nextc(); fraction = true; }
        else if (c == 'e' || c == 'E') exponent = true;
        else if (c == 'j' || c == 'J') imaginary = true;
        else if (nonzero) {
            backup(c);
            error_at(Exc_SyntaxError, "leading zeros in decimal integer literals are not permitted; "
                     "use an 0o prefix for octal integers", line, column, zeros_end - 1);
        }
    } else {
        c = decimal_tail();
        if (c == '.') { c = nextc(); fraction = true; }
        else if (c == 'e' || c == 'E') exponent = true;
        else if (c == 'j' || c == 'J') imaginary = true;
    }
    if (fraction) {
        if (is_digit(c)) c = decimal_tail();
        if (c == 'e' || c == 'E') exponent = true;
        else if (c == 'j' || c == 'J') imaginary = true;
    }
    if (exponent) {
        int e = c;
        c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!is_digit(c)) { backup(c); error_here("invalid decimal literal"); }
        } else if (!is_digit(c)) {
            backup(c);
            verify_end_of_number(e, "decimal");
            backup(e);  // "1else": the 'e' starts the next token
            emit(Tok::NUMBER, start, line, column);
            return;
        }
        c = decimal_tail();
        if (c == 'j' || c == 'J') imaginary = true;
    }
    if (imaginary) {
        c = nextc();
        verify_end_of_number(c, "imaginary");
    } else {
        verify_end_of_number(c, "decimal");
    }
    backup(c);
    emit(Tok::NUMBER, start, line, column);
}

// A string literal without f/t: find its end; the parser decodes the escapes.
void Tokenizer::read_string(size_t start, int line, int column) {
    int quote = nextc();
    bool triple = peekc() == quote && peekc(1) == quote;
    if (triple) { nextc(); nextc(); }
    for (;;) {
        int c = peekc();
        if (c == EOF_CHAR || (!triple && c == '\n')) {
            // Inside an f-string expression a string with the f-string's own quote that never
            // ends means the f-string's '}' is missing.
            if (!fstrings_.empty() && fstrings_.back().quote == quote && fstrings_.back().triple == triple)
                error_at(Exc_SyntaxError, strfmt("%c-string: expecting '}'", fstrings_.back().prefix), line, column, column);
            int detected = c == EOF_CHAR ? detected_line() : line_;
            error_at(Exc_SyntaxError, strfmt(triple ? "unterminated triple-quoted string literal (detected at line %d)"
                                                    : "unterminated string literal (detected at line %d)", detected),
                     line, column, column);
        }
        nextc();
        if (c == '\\') {
            if (peekc() != EOF_CHAR) nextc();  // even in raw strings a backslash protects the next quote
            continue;
        }
        if (c == quote) {
            if (!triple) break;
            if (peekc() == quote && peekc(1) == quote) { nextc(); nextc(); break; }
        }
    }
    emit(Tok::STRING, start, line, column);
}

void Tokenizer::start_fstring(size_t start, int line, int column, bool raw, char kind) {
    int quote = nextc();
    bool triple = peekc() == quote && peekc(1) == quote;
    if (triple) { nextc(); nextc(); }
    emit(Tok::FSTRING_START, start, line, column);
    fstrings_.push_back(FStringMode{static_cast<char>(quote), triple, raw, kind, line, column, start});
}

// The literal text of an f-string (state Literal) or of a format spec (state Spec), up to the
// next replacement field, the end of the spec, or the closing quote.
void Tokenizer::read_fstring_text() {
    FStringMode& fs = fstrings_.back();
    size_t start = i_;
    int line = line_, column = col();
    auto flush_middle = [&] {
        if (i_ > start) emit(Tok::FSTRING_MIDDLE, start, line, column);
    };
    for (;;) {
        int c = peekc();
        bool closing = c == fs.quote && (!fs.triple || (peekc(1) == fs.quote && peekc(2) == fs.quote));
        if (c == EOF_CHAR || (!fs.triple && c == '\n')) {
            if (c == '\n' && fs.state == FState::Spec)
                error_at(Exc_SyntaxError, strfmt("%c-string: newlines are not allowed in format specifiers for single quoted %c-strings",
                                                 fs.prefix, fs.prefix),
                         line_, col(), col());
            int detected = c == EOF_CHAR ? detected_line() : line_;
            std::string what = strfmt(fs.triple ? "unterminated triple-quoted %c-string literal (detected at line %d)"
                                                : "unterminated %c-string literal (detected at line %d)", fs.prefix, detected);
            error_at(Exc_SyntaxError, what, fs.line, fs.col, fs.col);
        }
        if (closing) {
            if (fs.state == FState::Spec)  // CPython's parser reports this one, on the closing quote token
                error_at(Exc_SyntaxError, strfmt("%c-string: expecting '}', or format specs", fs.prefix), line_, col(), col() + 1);
            flush_middle();
            size_t qstart = i_;
            int qline = line_, qcol = col();
            for (int k = 0; k < (fs.triple ? 3 : 1); k++) nextc();
            emit(Tok::FSTRING_END, qstart, qline, qcol);
            fstrings_.pop_back();
            return;
        }
        if (c == '\\' && !fs.raw) {
            nextc();
            int d = peekc();
            if (d == 'N' && peekc(1) == '{') {  // \N{NAME}: its braces are not a field
                while (peekc() != '}' && peekc() != EOF_CHAR && peekc() != fs.quote) nextc();
                if (peekc() == '}') nextc();
            } else if (d != '{' && d != '}' && d != EOF_CHAR) {
                nextc();
            }
            continue;
        }
        if (c == '{') {
            if (fs.state == FState::Literal && peekc(1) == '{') { nextc(); nextc(); continue; }
            flush_middle();
            size_t bstart = i_;
            int bline = line_, bcol = col();
            if (fs.fields == MAX_FSTRING_FIELDS)  // CPython points one column before the '{'
                error_at(Exc_SyntaxError, strfmt("%c-string: expressions nested too deeply", fs.prefix), bline, bcol - 1, bcol - 1);
            fs.fields++;
            nextc();
            emit(Tok::OP, bstart, bline, bcol);
            open_bracket('{', bline, bcol, true, fs.state);
            fs.state = FState::Expr;
            return;
        }
        if (c == '}') {
            if (fs.state == FState::Spec) {  // the end of the spec closes the replacement field
                flush_middle();
                size_t bstart = i_;
                int bline = line_, bcol = col();
                nextc();
                emit(Tok::OP, bstart, bline, bcol);
                close_bracket('}', bline, bcol);
                return;
            }
            if (peekc(1) == '}') { nextc(); nextc(); continue; }
            error_at(Exc_SyntaxError, strfmt("%c-string: single '}' is not allowed", fs.prefix), line_, col(), col());
        }
        nextc();
    }
}

void Tokenizer::open_bracket(char ch, int line, int column, bool fstring_field, FState return_to) {
    if (brackets_.size() >= MAX_BRACKETS) error_at(Exc_SyntaxError, "too many nested parentheses", line, column, column);
    brackets_.push_back(Bracket{ch, line, column, fstring_field, return_to});
}

void Tokenizer::close_bracket(char ch, int line, int column) {
    if (brackets_.empty()) error_at(Exc_SyntaxError, strfmt("unmatched '%c'", ch), line, column, column);
    Bracket open = brackets_.back();
    char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
    if (ch != want && open.fstring_field)  // f"{a)}": the field's '{' is no bracket to CPython
        error_at(Exc_SyntaxError, strfmt("%c-string: unmatched '%c'", fstrings_.back().prefix, ch), line, column, column);
    if (ch != want) {
        std::string msg = open.line != line
            ? strfmt("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", ch, open.ch, open.line)
            : strfmt("closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open.ch);
        error_at(Exc_SyntaxError, msg, line, column, column);
    }
    brackets_.pop_back();
    if (open.fstring_field) {
        fstrings_.back().state = open.return_to;
        fstrings_.back().fields--;
    }
}

void Tokenizer::read_operator() {
    size_t start = i_;
    int line = line_, column = col();
    bool in_field = !brackets_.empty() && brackets_.back().fstring_field && !fstrings_.empty() &&
                    fstrings_.back().state == FState::Expr;
    // A top-level ':' in a replacement field starts the spec even before '=' (f"{n:=6}" is the
    // spec "=6"; a walrus there needs parentheses).  "!=" stays an operator.
    if (in_field && src_[i_] == ':') {
        i_++;
        emit(Tok::OP, start, line, column);
        fstrings_.back().state = FState::Spec;
        return;
    }
    for (const char* op : OPERATORS) {
        size_t n = strlen(op);
        if (src_.substr(i_, n) != op) continue;
        i_ += n;
        char ch = op[0];
        // A bracket error comes before the token: the parser must not see a ')' that was refused.
        if (n == 1 && (ch == '(' || ch == '[' || ch == '{')) open_bracket(ch, line, column, false, FState::Literal);
        else if (n == 1 && (ch == ')' || ch == ']' || ch == '}')) close_bracket(ch, line, column);
        emit(Tok::OP, start, line, column);
        return;
    }
    // Any other character ($, ?, `): a one-character token the parser will reject.
    size_t len;
    decode_utf8(src_, i_, &len);
    i_ += len;
    emit(Tok::OP, start, line, column);
}

void Tokenizer::finish() {
    if (!fstrings_.empty()) {  // EOF inside a replacement field
        const FStringMode& fs = fstrings_.back();
        error_at(Exc_SyntaxError, strfmt(fs.triple ? "unterminated triple-quoted %c-string literal (detected at line %d)"
                                                   : "unterminated %c-string literal (detected at line %d)", fs.prefix, detected_line()),
                 fs.line, fs.col, fs.col);
    }
    if (!brackets_.empty()) {
        const Bracket& b = brackets_.back();  // CPython names the innermost open bracket
        if (!unclosed_) error_at(Exc_SyntaxError, strfmt("'%c' was never closed", b.ch), b.line, b.col, -1);
        *unclosed_ = UnclosedBracket{b.ch, b.line, b.col};
    }
    int column = col();
    if (line_has_tokens_) {
        toks_.push_back(Token{Tok::NEWLINE, "", Pos{line_, column, line_, column + 1}});
        line_has_tokens_ = false;
    }
    int end_line = static_cast<int>(line_starts_.size()) + (src_.empty() || src_.back() == '\n' ? 0 : 1);
    while (indents_.size() > 1) {
        indents_.pop_back();
        toks_.push_back(Token{Tok::DEDENT, "", Pos{end_line, 0, end_line, 0}});
    }
    toks_.push_back(Token{Tok::ENDMARKER, "", Pos{end_line, 0, end_line, 0}});
}

}  // namespace

// CPython's parser pulls one token at a time, so an error the parser finds before the tokenizer
// reaches a bad spot is the one reported: in f"{} x}" the empty field, not the single '}'.
// This tokenizer runs first, so it keeps its error for the parser as a last ERRORTOKEN.
std::vector<Token> Tokenizer::run_deferring_errors(Obj* error) {
    try {
        return run();
    } catch (PyError&) {
        *error = fetch_exception();
        Pos at = toks_.empty() ? Pos{1, 0, 1, 0} : toks_.back().pos;
        toks_.push_back(Token{Tok::ERRORTOKEN, "", at});
        return std::move(toks_);
    }
}

std::vector<Token> tokenize(std::string_view source, const std::string& filename, UnclosedBracket* unclosed,
                            Obj* deferred_error) {
    Tokenizer t(source, filename);
    t.unclosed_ = unclosed;
    return deferred_error ? t.run_deferring_errors(deferred_error) : t.run();
}
