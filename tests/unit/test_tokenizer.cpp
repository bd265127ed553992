// test_tokenizer.cpp — unit tests of step 1, tokenize() (tokenizer.cpp).
//
// Each case lists the tokens CPython 3.14's tokenize module produces for the same source
// (printed by tests/unit/tokens_oracle.py under CPython 3.14; NL and COMMENT tokens, which minipy's tokenizer never emits, and
// CPython's empty FSTRING_MIDDLE tokens are left out), as "KIND 'text' line:col-line:col".
// NEWLINE/INDENT/DEDENT/ENDMARKER are compared without their text: minipy keeps it empty.
//
// Run by make test (the unit_tests binary).  Read next: test_parser.cpp (the next step, parsing these tokens).
#include <gtest/gtest.h>

#include <mutex>

#include "minipy.h"

static void ensure_runtime() {
    static std::once_flag once;
    std::call_once(once, [] { runtime_init(0, nullptr); });
}

static const char* kind_name(Tok k) {
    switch (k) {
        case Tok::NAME: return "NAME";
        case Tok::NUMBER: return "NUMBER";
        case Tok::STRING: return "STRING";
        case Tok::OP: return "OP";
        case Tok::NEWLINE: return "NEWLINE";
        case Tok::INDENT: return "INDENT";
        case Tok::DEDENT: return "DEDENT";
        case Tok::ENDMARKER: return "ENDMARKER";
        case Tok::FSTRING_START: return "FSTRING_START";
        case Tok::FSTRING_MIDDLE: return "FSTRING_MIDDLE";
        case Tok::FSTRING_END: return "FSTRING_END";
        case Tok::ERRORTOKEN: return "ERRORTOKEN";
    }
    return "?";
}

static std::string listing(const std::string& src) {
    ensure_runtime();
    std::string out;
    for (const Token& t : tokenize(src, "t.py")) {
        bool textless = t.kind == Tok::NEWLINE || t.kind == Tok::INDENT || t.kind == Tok::DEDENT || t.kind == Tok::ENDMARKER;
        Obj r = str_new(textless ? "" : t.text);
        out += strfmt("%s %s %d:%d-%d:%d\n", kind_name(t.kind), repr_string(r.get()).c_str(), t.pos.line, t.pos.col,
                      t.pos.end_line, t.pos.end_col);
    }
    return out;
}

TEST(Tokenizer, IndentDedentAndFStrings) {
    const char* src = "if x:\n    y = (1 +\n         2)\nz = f\"a{b!r:>{w}}c\"\n";
    const char* expected =
        "NAME 'if' 1:0-1:2\n"
        "NAME 'x' 1:3-1:4\n"
        "OP ':' 1:4-1:5\n"
        "NEWLINE '' 1:5-1:6\n"
        "INDENT '' 2:0-2:4\n"
        "NAME 'y' 2:4-2:5\n"
        "OP '=' 2:6-2:7\n"
        "OP '(' 2:8-2:9\n"
        "NUMBER '1' 2:9-2:10\n"
        "OP '+' 2:11-2:12\n"
        "NUMBER '2' 3:9-3:10\n"
        "OP ')' 3:10-3:11\n"
        "NEWLINE '' 3:11-3:12\n"
        "DEDENT '' 4:0-4:0\n"
        "NAME 'z' 4:0-4:1\n"
        "OP '=' 4:2-4:3\n"
        "FSTRING_START 'f\"' 4:4-4:6\n"
        "FSTRING_MIDDLE 'a' 4:6-4:7\n"
        "OP '{' 4:7-4:8\n"
        "NAME 'b' 4:8-4:9\n"
        "OP '!' 4:9-4:10\n"
        "NAME 'r' 4:10-4:11\n"
        "OP ':' 4:11-4:12\n"
        "FSTRING_MIDDLE '>' 4:12-4:13\n"
        "OP '{' 4:13-4:14\n"
        "NAME 'w' 4:14-4:15\n"
        "OP '}' 4:15-4:16\n"
        "OP '}' 4:16-4:17\n"
        "FSTRING_MIDDLE 'c' 4:17-4:18\n"
        "FSTRING_END '\"' 4:18-4:19\n"
        "NEWLINE '' 4:19-4:20\n"
        "ENDMARKER '' 5:0-5:0\n"
        ;
    EXPECT_EQ(listing(src), expected);
}

TEST(Tokenizer, ImplicitJoiningCommentsNumbers) {
    const char* src = "def f(a, *b, **c):\n    return [a,\n            b]  # comment\n\n\nx = 0x1F + 1_000 + 3.5e-2 + .5\n";
    const char* expected =
        "NAME 'def' 1:0-1:3\n"
        "NAME 'f' 1:4-1:5\n"
        "OP '(' 1:5-1:6\n"
        "NAME 'a' 1:6-1:7\n"
        "OP ',' 1:7-1:8\n"
        "OP '*' 1:9-1:10\n"
        "NAME 'b' 1:10-1:11\n"
        "OP ',' 1:11-1:12\n"
        "OP '**' 1:13-1:15\n"
        "NAME 'c' 1:15-1:16\n"
        "OP ')' 1:16-1:17\n"
        "OP ':' 1:17-1:18\n"
        "NEWLINE '' 1:18-1:19\n"
        "INDENT '' 2:0-2:4\n"
        "NAME 'return' 2:4-2:10\n"
        "OP '[' 2:11-2:12\n"
        "NAME 'a' 2:12-2:13\n"
        "OP ',' 2:13-2:14\n"
        "NAME 'b' 3:12-3:13\n"
        "OP ']' 3:13-3:14\n"
        "NEWLINE '' 3:25-3:26\n"
        "DEDENT '' 6:0-6:0\n"
        "NAME 'x' 6:0-6:1\n"
        "OP '=' 6:2-6:3\n"
        "NUMBER '0x1F' 6:4-6:8\n"
        "OP '+' 6:9-6:10\n"
        "NUMBER '1_000' 6:11-6:16\n"
        "OP '+' 6:17-6:18\n"
        "NUMBER '3.5e-2' 6:19-6:25\n"
        "OP '+' 6:26-6:27\n"
        "NUMBER '.5' 6:28-6:30\n"
        "NEWLINE '' 6:30-6:31\n"
        "ENDMARKER '' 7:0-7:0\n"
        ;
    EXPECT_EQ(listing(src), expected);
}

TEST(Tokenizer, StringPrefixesAndDedents) {
    const char* src = "s = r'\\n' + b'x' + '''tri\nple''' + \"q\\\"\"\nclass A:\n    pass\n  # odd comment\nfor i in x:\n    if i:\n        break\n";
    const char* expected =
        "NAME 's' 1:0-1:1\n"
        "OP '=' 1:2-1:3\n"
        "STRING \"r'\\\\n'\" 1:4-1:9\n"
        "OP '+' 1:10-1:11\n"
        "STRING \"b'x'\" 1:12-1:16\n"
        "OP '+' 1:17-1:18\n"
        "STRING \"'''tri\\nple'''\" 1:19-2:6\n"
        "OP '+' 2:7-2:8\n"
        "STRING '\"q\\\\\"\"' 2:9-2:14\n"
        "NEWLINE '' 2:14-2:15\n"
        "NAME 'class' 3:0-3:5\n"
        "NAME 'A' 3:6-3:7\n"
        "OP ':' 3:7-3:8\n"
        "NEWLINE '' 3:8-3:9\n"
        "INDENT '' 4:0-4:4\n"
        "NAME 'pass' 4:4-4:8\n"
        "NEWLINE '' 4:8-4:9\n"
        "DEDENT '' 6:0-6:0\n"
        "NAME 'for' 6:0-6:3\n"
        "NAME 'i' 6:4-6:5\n"
        "NAME 'in' 6:6-6:8\n"
        "NAME 'x' 6:9-6:10\n"
        "OP ':' 6:10-6:11\n"
        "NEWLINE '' 6:11-6:12\n"
        "INDENT '' 7:0-7:4\n"
        "NAME 'if' 7:4-7:6\n"
        "NAME 'i' 7:7-7:8\n"
        "OP ':' 7:8-7:9\n"
        "NEWLINE '' 7:9-7:10\n"
        "INDENT '' 8:0-8:8\n"
        "NAME 'break' 8:8-8:13\n"
        "NEWLINE '' 8:13-8:14\n"
        "DEDENT '' 9:0-9:0\n"
        "DEDENT '' 9:0-9:0\n"
        "ENDMARKER '' 9:0-9:0\n"
        ;
    EXPECT_EQ(listing(src), expected);
}

TEST(Tokenizer, ExplicitJoiningAndOperators) {
    const char* src = "a = 1; b = 2 \\\n  + 3\nprint(a**=2, a//b, a->b, a := 1, ...)\n";
    const char* expected =
        "NAME 'a' 1:0-1:1\n"
        "OP '=' 1:2-1:3\n"
        "NUMBER '1' 1:4-1:5\n"
        "OP ';' 1:5-1:6\n"
        "NAME 'b' 1:7-1:8\n"
        "OP '=' 1:9-1:10\n"
        "NUMBER '2' 1:11-1:12\n"
        "OP '+' 2:2-2:3\n"
        "NUMBER '3' 2:4-2:5\n"
        "NEWLINE '' 2:5-2:6\n"
        "NAME 'print' 3:0-3:5\n"
        "OP '(' 3:5-3:6\n"
        "NAME 'a' 3:6-3:7\n"
        "OP '**=' 3:7-3:10\n"
        "NUMBER '2' 3:10-3:11\n"
        "OP ',' 3:11-3:12\n"
        "NAME 'a' 3:13-3:14\n"
        "OP '//' 3:14-3:16\n"
        "NAME 'b' 3:16-3:17\n"
        "OP ',' 3:17-3:18\n"
        "NAME 'a' 3:19-3:20\n"
        "OP '->' 3:20-3:22\n"
        "NAME 'b' 3:22-3:23\n"
        "OP ',' 3:23-3:24\n"
        "NAME 'a' 3:25-3:26\n"
        "OP ':=' 3:27-3:29\n"
        "NUMBER '1' 3:30-3:31\n"
        "OP ',' 3:31-3:32\n"
        "OP '...' 3:33-3:36\n"
        "OP ')' 3:36-3:37\n"
        "NEWLINE '' 3:37-3:38\n"
        "ENDMARKER '' 4:0-4:0\n"
        ;
    EXPECT_EQ(listing(src), expected);
}

// With a place to keep it, a tokenizer error is not raised: the tokens read before it come back,
// then an ERRORTOKEN, and the SyntaxError waits for the parser to reach that point.
TEST(Tokenizer, ErrorDeferredToTheParser) {
    ensure_runtime();
    Obj error;
    std::vector<Token> toks = tokenize("x = (1 +}\n", "t.py", nullptr, &error);
    ASSERT_TRUE(error);
    EXPECT_TRUE(exception_matches(error.get(), Exc_SyntaxError));
    Obj msg = getattr_str(error.get(), "msg");
    EXPECT_EQ(str_view(msg.get()), "closing parenthesis '}' does not match opening parenthesis '('");
    ASSERT_EQ(toks.size(), 6u);  // x = ( 1 + and the ERRORTOKEN, no '}' before it
    EXPECT_EQ(toks[4].text, "+");
    EXPECT_EQ(toks.back().kind, Tok::ERRORTOKEN);
    // Without one the error is raised at once, as before.
    EXPECT_THROW(tokenize("x = (1 +}\n", "t.py"), PyError);
    fetch_exception();
}
