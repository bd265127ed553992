// test_parser.cpp — unit tests of step 2, parse() (parser.cpp, parser_expr.cpp,
// parser_strings.cpp): AST shapes, and syntax errors with CPython 3.14's messages and positions.
//
// The error table was printed by tests/unit/syntax_errors_oracle.py under CPython 3.14:
// (source, exception type, msg, lineno, offset, end_lineno, end_offset), offsets 1-based.
//
// Run by make test (the unit_tests binary).  Read next: test_compiler.cpp (the next step, compiling the AST).
#include <gtest/gtest.h>

#include <mutex>

#include "minipy.h"

static void ensure_runtime() {
    static std::once_flag once;
    std::call_once(once, [] { runtime_init(0, nullptr); });
}

static std::unique_ptr<Module> parse_src(const std::string& src) {
    ensure_runtime();
    return parse(src, "t.py", ParseMode::File);
}

static Expr& expr_of(Module& m, size_t i = 0) { return *m.body.at(i)->value; }

TEST(Parser, PrecedenceOfBinaryOperators) {
    auto m = parse_src("a + b * c ** d\n");
    Expr& e = expr_of(*m);
    ASSERT_EQ(e.kind, ExprKind::BinOp);
    EXPECT_EQ(e.op, NB_ADD);
    EXPECT_EQ(e.a->id, "a");
    ASSERT_EQ(e.b->kind, ExprKind::BinOp);
    EXPECT_EQ(e.b->op, NB_MULTIPLY);
    ASSERT_EQ(e.b->b->kind, ExprKind::BinOp);
    EXPECT_EQ(e.b->b->op, NB_POWER);
    // Positions follow CPython's ast: 0-based columns, the end exclusive; each operand has its own.
    EXPECT_EQ(e.pos.col, 0);
    EXPECT_EQ(e.pos.end_col, 14);
    EXPECT_EQ(e.b->pos.col, 4);
    EXPECT_EQ(e.b->b->pos.col, 8);
}

TEST(Parser, ChainedComparisonIsOneCompare) {
    auto m = parse_src("a < b <= c != d\n");
    Expr& e = expr_of(*m);
    ASSERT_EQ(e.kind, ExprKind::Compare);
    EXPECT_EQ(e.cmpops, (std::vector<int>{CMP_LT, CMP_LE, CMP_NE}));
    EXPECT_EQ(e.elts.size(), 3u);
}

TEST(Parser, StatementsAndBlocks) {
    auto m = parse_src("def f(a, b=1, *args, c, **kw):\n    if a:\n        return b\n    else:\n        pass\nx, *y = 1, 2, 3\n");
    ASSERT_EQ(m->body.size(), 2u);
    Stmt& f = *m->body[0];
    ASSERT_EQ(f.kind, StmtKind::FunctionDef);
    EXPECT_EQ(f.name, "f");
    EXPECT_EQ(f.args->args.size(), 2u);
    EXPECT_EQ(f.args->defaults.size(), 1u);
    ASSERT_TRUE(f.args->vararg);
    EXPECT_EQ(f.args->vararg->name, "args");
    EXPECT_EQ(f.args->kwonlyargs.size(), 1u);
    ASSERT_TRUE(f.args->kwarg);
    ASSERT_EQ(f.body.size(), 1u);
    EXPECT_EQ(f.body[0]->kind, StmtKind::If);
    EXPECT_EQ(f.body[0]->orelse.size(), 1u);
    Stmt& a = *m->body[1];
    ASSERT_EQ(a.kind, StmtKind::Assign);
    ASSERT_EQ(a.targets.size(), 1u);
    ASSERT_EQ(a.targets[0]->kind, ExprKind::Tuple);
    EXPECT_EQ(a.targets[0]->elts[1]->kind, ExprKind::Starred);
    EXPECT_EQ(a.targets[0]->ctx, Ctx::Store);
}

TEST(Parser, FStringBecomesJoinedStr) {
    auto m = parse_src("f'a{b!r:>{w}}c'\n");
    Expr& e = expr_of(*m);
    ASSERT_EQ(e.kind, ExprKind::JoinedStr);
    ASSERT_EQ(e.elts.size(), 3u);
    EXPECT_EQ(str_view(e.elts[0]->value.get()), "a");
    Expr& fv = *e.elts[1];
    ASSERT_EQ(fv.kind, ExprKind::FormattedValue);
    EXPECT_EQ(fv.conversion, 'r');
    EXPECT_EQ(fv.a->id, "b");
    ASSERT_TRUE(fv.b);
    ASSERT_EQ(fv.b->kind, ExprKind::JoinedStr);
    EXPECT_EQ(fv.b->elts.size(), 2u);
    EXPECT_EQ(str_view(e.elts[2]->value.get()), "c");
}

TEST(Parser, StringEscapesAndConcatenation) {
    auto m = parse_src("'a\\tb' \"\\x41\\u00e9\" r'\\n'\n");
    Expr& e = expr_of(*m);
    ASSERT_EQ(e.kind, ExprKind::Constant);
    EXPECT_EQ(str_view(e.value.get()), "a\tbA\xc3\xa9\\n");
}

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
    ensure_runtime();
    std::string src = std::string(100000, '(') + std::string(100000, ')') + "\n";
    EXPECT_THROW(parse(src, "t.py", ParseMode::File), PyError);
    Obj exc = fetch_exception();
    EXPECT_TRUE(isinstance(exc.get(), (Object*)Exc_SyntaxError) || isinstance(exc.get(), (Object*)Exc_RecursionError));
}

struct SyntaxCase { const char* src; const char* type; const char* msg; int lineno, offset, end_lineno, end_offset; };

static const SyntaxCase syntax_cases[] = {
    {"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"if x:\n        a\n    b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 6, 3, -1},
    {"x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = 1 +* 2\n", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
    {"x = )\n", "SyntaxError", "unmatched ')'", 1, 5, 1, 5},
    {"x = '''abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5},
    {"a b\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
    {"f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"x = 08\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6},
    {"1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
    {"if x\n    pass\n", "SyntaxError", "expected ':'", 1, 5, 1, 6},
    {"print 'x'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10},
    {"x = [1, 2\ny = 3\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"  x = 1\n", "IndentationError", "unexpected indent", 1, 2, 1, -1},
    {"for x in y:\npass\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 2, 5},
    {"return 5\n", "SyntaxError", "'return' outside function", 1, 1, 1, 9},
    {"def f():\n    nonlocal q\n", "SyntaxError", "no binding for nonlocal 'q' found", 2, 5, 2, 15},
    {"x = 1e\n", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
    {"f'{}'\n", "SyntaxError", "f-string: valid expression required before '}'", 1, 4, 1, 5},
    {"del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 1, 8},
    {"x += 1, = 2\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
    // An open bracket at EOF: reported only if the parser reached EOF or failed on a later line.
    {"def f(:\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"if (x:\n  pass\n", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
    {"print(1 2\n", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
    {"d = {1: 2\nprint(d)\n", "SyntaxError", "'{' was never closed", 1, 5, 1, 0},
    {"x = (1,\ny = 2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
};


static int int_attr(Object* exc, const char* name) {
    Obj v = getattr_str(exc, name);
    return v.get() == Py_None ? -99 : int(int_as_i64(v.get()));
}

// Compile errors ('return' outside function) come from the compiler, so both steps run.
static void check_syntax_cases(const SyntaxCase* begin, const SyntaxCase* end) {
    for (const SyntaxCase* p = begin; p != end; ++p) {
        const SyntaxCase& c = *p;
        SCOPED_TRACE(c.src);
        bool raised = false;
        try {
            auto m = parse(c.src, "t.py", ParseMode::File);
            compile(*m, "t.py");
        } catch (PyError&) {
            raised = true;
            Obj exc = fetch_exception();
            EXPECT_STREQ(type_name(exc.get()), c.type);
            EXPECT_EQ(str_string(getattr_str(exc.get(), "msg").get()), c.msg);
            EXPECT_EQ(int_attr(exc.get(), "lineno"), c.lineno);
            EXPECT_EQ(int_attr(exc.get(), "offset"), c.offset);
            EXPECT_EQ(int_attr(exc.get(), "end_lineno"), c.end_lineno);
            EXPECT_EQ(int_attr(exc.get(), "end_offset"), c.end_offset);
        }
        EXPECT_TRUE(raised);
    }
}

TEST(Parser, SyntaxErrorsMatchCPython) {
    ensure_runtime();
    check_syntax_cases(std::begin(syntax_cases), std::end(syntax_cases));
}

