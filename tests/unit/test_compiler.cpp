// test_compiler.cpp — unit tests of the compiler (symtable.cpp, compiler.cpp, compile_expr.cpp,
// assemble.cpp): the bytecode shapes the VM relies on, scope classification, exception tables,
// stack sizes, locations and compile-time SyntaxErrors.
//
// The expected instruction sequences are minipy's own bytecode design (minipy.h and the compiler's
// file headers), not CPython's: CPython 3.14 emits different opcodes.  Where a value comes from
// CPython (co_stacksize of a plain expression, error messages), it was checked with CPython.
//
// Run by make test (the unit_tests binary).  Read next: test_objects.cpp (the objects the bytecode works on).
#include <gtest/gtest.h>

#include <mutex>

#include "minipy.h"

static void ensure_runtime() {
    static std::once_flag once;
    std::call_once(once, [] { runtime_init(0, nullptr); });
}

static Ref<CodeObject> compile_src(const std::string& src) {
    ensure_runtime();
    std::unique_ptr<Module> m = parse(src, "t.py", ParseMode::File);
    return compile(*m, "t.py");
}

// The code object named `name` among the constants (searched depth-first).
static CodeObject* find_code(CodeObject* co, const std::string& name) {
    if (co->name == name) return co;
    for (Object* c : co->consts)
        if (type_of(c) == &Code_Type)
            if (CodeObject* r = find_code(static_cast<CodeObject*>(c), name)) return r;
    return nullptr;
}

using Ops = std::vector<std::pair<std::string, uint32_t>>;

// The instructions as the compiler chose them: superinstructions shown as the first of their
// pair (base_opcode), as dis shows them.  raw_ops_of shows what the eval loop runs.
static Ops ops_of(CodeObject* co) {
    Ops v;
    for (uint32_t w : co->code) v.push_back({opcode_names[base_opcode(instr_op(w))], instr_arg(w)});
    return v;
}

static Ops raw_ops_of(CodeObject* co) {
    Ops v;
    for (uint32_t w : co->code) v.push_back({opcode_names[instr_op(w)], instr_arg(w)});
    return v;
}

static std::vector<std::string> names_of(CodeObject* co) {
    std::vector<std::string> v;
    for (uint32_t w : co->code) v.push_back(opcode_names[base_opcode(instr_op(w))]);
    return v;
}

static bool contains_op(CodeObject* co, const std::string& op) {
    for (const std::string& n : names_of(co))
        if (n == op) return true;
    return false;
}

// The message of the SyntaxError (or other error) that compiling `src` raises ("" if none).
static std::string compile_error_of(const std::string& src, TypeObject* expected_type = nullptr) {
    ensure_runtime();
    try {
        std::unique_ptr<Module> m = parse(src, "t.py", ParseMode::File);
        compile(*m, "t.py");
    } catch (PyError&) {
        Obj e = fetch_exception();
        if (expected_type && !exception_matches(e.get(), (Object*)expected_type)) return "<wrong exception type>";
        Object* args = static_cast<ExceptionObject*>(e.get())->args;
        if (args && is_tuple(args) && tuple_size(args) > 0 && is_str(tuple_item(args, 0)))
            return std::string(str_view(tuple_item(args, 0)));
        return str_string(e.get());
    }
    return "";
}

// ───────────── bytecode shapes ─────────────

TEST(Compiler, AddTwoArguments) {
    Ref<CodeObject> mod = compile_src("def f(a, b): return a + b\n");
    CodeObject* f = find_code(mod.get(), "f");
    ASSERT_NE(f, nullptr);
    Ops expected = {{"LOAD_FAST", 0}, {"LOAD_FAST", 1}, {"BINARY_OP", NB_ADD}, {"RETURN_VALUE", 0}};
    EXPECT_EQ(ops_of(f), expected);
    EXPECT_EQ(f->argcount, 2);
    EXPECT_EQ(f->nlocalsplus, 2);
    EXPECT_EQ(f->stacksize, 2);  // CPython 3.14: co_stacksize == 2 as well
    EXPECT_EQ(f->localsplusnames, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(f->qualname, "f");
}

// assemble.cpp's last step: the first word of a common pair becomes the pair's superinstruction,
// keeping its own oparg; the second word is untouched; a chain pairs up left to right.
TEST(Compiler, SuperinstructionsFuseCommonPairs) {
    Ref<CodeObject> mod = compile_src("def f(a, b, c):\n    x = a\n    y = b + c * 1\n    z = w = 2 + x\n    return a, b, c\n");
    CodeObject* f = find_code(mod.get(), "f");
    ASSERT_NE(f, nullptr);
    Ops expected = {
        {"LOAD_FAST", 0}, {"STORE_FAST__LOAD_FAST", 3}, {"LOAD_FAST", 1},               // x = a; b
        {"LOAD_FAST__LOAD_CONST", 2}, {"LOAD_CONST", 0},                                // c 1
        {"BINARY_OP", NB_MULTIPLY}, {"BINARY_OP", NB_ADD}, {"STORE_FAST", 4},           // y =
        {"LOAD_CONST__LOAD_FAST", 1}, {"LOAD_FAST", 3}, {"BINARY_OP", NB_ADD},          // 2 + x
        {"COPY", 1}, {"STORE_FAST__STORE_FAST", 5}, {"STORE_FAST", 6},                  // z = w =
        {"LOAD_FAST__LOAD_FAST", 0}, {"LOAD_FAST", 1}, {"LOAD_FAST", 2},                // a, b, c
        {"BUILD_TUPLE", 3}, {"RETURN_VALUE", 0}};
    EXPECT_EQ(raw_ops_of(f), expected);
    EXPECT_EQ(ops_of(f)[1], (std::pair<std::string, uint32_t>{"STORE_FAST", 3}));
}

TEST(Compiler, ModuleCodeUsesNamesAndEndsWithReturnNone) {
    Ref<CodeObject> mod = compile_src("x = 1\nprint(x)\n");
    Ops ops = ops_of(mod.get());
    ASSERT_EQ(ops.size(), 9u);
    EXPECT_EQ(ops[0].first, "LOAD_CONST");
    EXPECT_EQ(ops[1].first, "STORE_NAME");
    EXPECT_EQ(ops[2].first, "LOAD_NAME");   // print
    EXPECT_EQ(ops[3].first, "PUSH_NULL");
    EXPECT_EQ(ops[4].first, "LOAD_NAME");   // x
    EXPECT_EQ(ops[5], (std::pair<std::string, uint32_t>{"CALL", 1}));
    EXPECT_EQ(ops[6].first, "POP_TOP");
    EXPECT_EQ(ops[7].first, "LOAD_CONST");
    EXPECT_EQ(mod->consts[ops[7].second], Py_None);
    EXPECT_EQ(ops[8].first, "RETURN_VALUE");
}

TEST(Compiler, MethodCallPushesMethodAndSelf) {
    Ref<CodeObject> mod = compile_src("def f(o, x): return o.m(x, k=1)\n");
    CodeObject* f = find_code(mod.get(), "f");
    ASSERT_NE(f, nullptr);
    std::vector<std::string> expected = {"LOAD_FAST", "LOAD_ATTR", "LOAD_FAST", "LOAD_CONST", "LOAD_CONST", "CALL_KW", "RETURN_VALUE"};
    EXPECT_EQ(names_of(f), expected);
    uint32_t attr = instr_arg(f->code[1]);
    EXPECT_EQ(attr & 1, 1u);                               // method form
    EXPECT_EQ(str_view(f->names[attr >> 1]), "m");
    EXPECT_EQ(instr_arg(f->code[5]), 2u);                  // CALL_KW counts all arguments
    Object* kwnames = f->consts[instr_arg(f->code[4])];
    ASSERT_TRUE(is_tuple(kwnames));
    EXPECT_EQ(str_view(tuple_item(kwnames, 0)), "k");
}

TEST(Compiler, GlobalsInFunctionsUseLoadGlobal) {
    Ref<CodeObject> mod = compile_src("def f():\n    global g\n    g = len\n    return g\n");
    CodeObject* f = find_code(mod.get(), "f");
    std::vector<std::string> expected = {"LOAD_GLOBAL", "STORE_GLOBAL", "LOAD_GLOBAL", "RETURN_VALUE"};
    EXPECT_EQ(names_of(f), expected);
}

TEST(Compiler, StarArgsUseCallFunctionEx) {
    Ref<CodeObject> mod = compile_src("def f(g, a, k): return g(1, *a, x=2, **k)\n");
    CodeObject* f = find_code(mod.get(), "f");
    std::vector<std::string> expected = {"LOAD_FAST", "PUSH_NULL", "LOAD_CONST", "BUILD_LIST", "LOAD_FAST",
                                         "LIST_EXTEND", "LIST_TO_TUPLE", "LOAD_CONST", "LOAD_CONST", "BUILD_MAP",
                                         "LOAD_FAST", "DICT_MERGE", "CALL_FUNCTION_EX", "RETURN_VALUE"};
    EXPECT_EQ(names_of(f), expected);
    Ref<CodeObject> mod2 = compile_src("def f(g, a): return g(*a)\n");
    CodeObject* f2 = find_code(mod2.get(), "f");
    std::vector<std::string> expected2 = {"LOAD_FAST", "PUSH_NULL", "BUILD_LIST", "LOAD_FAST", "LIST_EXTEND",
                                          "LIST_TO_TUPLE", "PUSH_NULL", "CALL_FUNCTION_EX", "RETURN_VALUE"};
    EXPECT_EQ(names_of(f2), expected2);
}

TEST(Compiler, ForLoopBreakPopsTheIterator) {
    Ref<CodeObject> mod = compile_src("def f(xs):\n    for x in xs:\n        break\n");
    CodeObject* f = find_code(mod.get(), "f");
    Ops ops = ops_of(f);
    std::vector<std::string> expected = {"LOAD_FAST", "GET_ITER", "FOR_ITER", "STORE_FAST", "POP_TOP",
                                         "JUMP_FORWARD", "LOAD_CONST", "RETURN_VALUE"};
    EXPECT_EQ(names_of(f), expected);
    EXPECT_EQ(ops[2].second, 6u);  // exhausted: to the implicit return
    EXPECT_EQ(ops[5].second, 6u);
}

TEST(Compiler, WhileLoopJumpsBackward) {
    Ref<CodeObject> mod = compile_src("def f(n):\n    while n:\n        n -= 1\n    return n\n");
    CodeObject* f = find_code(mod.get(), "f");
    Ops expected = {{"LOAD_FAST", 0}, {"POP_JUMP_IF_FALSE", 7}, {"LOAD_FAST", 0}, {"LOAD_CONST", 0},
                    {"BINARY_OP", NB_SUBTRACT + 13}, {"STORE_FAST", 0}, {"JUMP_BACKWARD", 0},
                    {"LOAD_FAST", 0}, {"RETURN_VALUE", 0}};
    EXPECT_EQ(ops_of(f), expected);
}

TEST(Compiler, ChainedComparisonEvaluatesMiddleOnce) {
    Ref<CodeObject> mod = compile_src("def f(a, b, c): return a < b < c\n");
    CodeObject* f = find_code(mod.get(), "f");
    Ops expected = {{"LOAD_FAST", 0}, {"LOAD_FAST", 1}, {"SWAP", 2}, {"COPY", 2}, {"COMPARE_OP", CMP_LT},
                    {"JUMP_IF_FALSE_OR_POP", 9}, {"LOAD_FAST", 2}, {"COMPARE_OP", CMP_LT},
                    {"JUMP_FORWARD", 11}, {"SWAP", 2}, {"POP_TOP", 0}, {"RETURN_VALUE", 0}};
    EXPECT_EQ(ops_of(f), expected);
}

TEST(Compiler, UnpackingAndAugmentedSubscript) {
    Ref<CodeObject> mod = compile_src("def f(s, d):\n    a, *b, c = s\n    d[a] += 1\n");
    CodeObject* f = find_code(mod.get(), "f");
    Ops ops = ops_of(f);
    EXPECT_EQ(ops[1], (std::pair<std::string, uint32_t>{"UNPACK_EX", 1 | 1 << 8}));
    std::vector<std::string> names = names_of(f);
    std::vector<std::string> aug(names.begin() + 5, names.begin() + 16);
    std::vector<std::string> expected = {"LOAD_FAST", "LOAD_FAST", "COPY", "COPY", "BINARY_SUBSCR", "LOAD_CONST",
                                         "BINARY_OP", "SWAP", "SWAP", "STORE_SUBSCR", "LOAD_CONST"};
    EXPECT_EQ(aug, expected);
}

TEST(Compiler, FStringFormatsEachField) {
    Ref<CodeObject> mod = compile_src("def f(x, w): return f'a{x!r:>{w}}b{x}'\n");
    CodeObject* f = find_code(mod.get(), "f");
    std::vector<std::string> expected = {"LOAD_CONST", "LOAD_FAST", "CONVERT_VALUE", "LOAD_CONST", "LOAD_FAST",
                                         "FORMAT_SIMPLE", "BUILD_STRING", "FORMAT_WITH_SPEC", "LOAD_CONST",
                                         "LOAD_FAST", "FORMAT_SIMPLE", "BUILD_STRING", "RETURN_VALUE"};
    EXPECT_EQ(names_of(f), expected);
    EXPECT_EQ(instr_arg(f->code[2]), 2u);   // !r
    EXPECT_EQ(instr_arg(f->code[11]), 4u);  // 'a', {x!r:..}, 'b', {x}
}

TEST(Compiler, DefaultsAndDecorators) {
    Ref<CodeObject> mod = compile_src("@d\ndef f(a, b=1, *, c=2): pass\n");
    std::vector<std::string> expected = {"LOAD_NAME", "PUSH_NULL", "LOAD_CONST", "BUILD_TUPLE", "LOAD_CONST",
                                         "LOAD_CONST", "BUILD_MAP", "LOAD_CONST", "MAKE_FUNCTION", "CALL",
                                         "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"};
    EXPECT_EQ(names_of(mod.get()), expected);
    EXPECT_EQ(instr_arg(mod->code[8]), 3u);  // defaults | kwdefaults
    CodeObject* f = find_code(mod.get(), "f");
    EXPECT_EQ(f->argcount, 2);
    EXPECT_EQ(f->kwonlyargcount, 1);
    EXPECT_EQ(f->firstlineno, 1);  // the decorator's line, as CPython
}

TEST(Compiler, DocstringIsFirstConstant) {
    Ref<CodeObject> mod = compile_src("def f():\n    'the doc'\n    return 1\n");
    CodeObject* f = find_code(mod.get(), "f");
    EXPECT_TRUE(f->flags & CO_HAS_DOCSTRING);
    ASSERT_FALSE(f->consts.empty());
    EXPECT_EQ(str_view(f->consts[0]), "the doc");
}

// ───────────── constants ─────────────

TEST(Compiler, ConstantsStayDistinctByTypeAndSign) {
    Ref<CodeObject> mod = compile_src("def f(): return [1, 1.0, True, 0.0, -0.0, 1, -5]\n");
    CodeObject* f = find_code(mod.get(), "f");
    std::vector<uint32_t> args;
    for (uint32_t w : f->code)
        if (instr_op(w) == OP_LOAD_CONST) args.push_back(instr_arg(w));
    EXPECT_EQ(args, (std::vector<uint32_t>{0, 1, 2, 3, 4, 0, 5}));
    EXPECT_FALSE(contains_op(f, "UNARY_NEGATIVE"));  // -5 and -0.0 are folded
    EXPECT_EQ(repr_string(f->consts[4]), "-0.0");
    EXPECT_EQ(repr_string(f->consts[5]), "-5");
}

TEST(Compiler, ConstantTuplesAreFolded) {
    Ref<CodeObject> mod = compile_src("x = (1, (2, 'a'), -3)\n");
    EXPECT_EQ(repr_string(mod->consts[instr_arg(mod->code[0])]), "(1, (2, 'a'), -3)");
}

// ───────────── scopes ─────────────

TEST(Compiler, ClosureCellsAndFreeVariables) {
    Ref<CodeObject> mod = compile_src(
        "def outer(a):\n    n = 0\n    def inner():\n        nonlocal n\n        n += a\n        return n\n    return inner\n");
    CodeObject* outer = find_code(mod.get(), "outer");
    CodeObject* inner = find_code(mod.get(), "inner");
    ASSERT_NE(outer, nullptr);
    ASSERT_NE(inner, nullptr);
    // outer: a (argument and cell), inner (local), n (cell)
    EXPECT_EQ(outer->localsplusnames, (std::vector<std::string>{"a", "inner", "n"}));
    EXPECT_EQ(outer->localspluskinds[0], LK_ARG | LK_CELL);
    EXPECT_EQ(outer->localspluskinds[1], LK_LOCAL);
    EXPECT_EQ(outer->localspluskinds[2], LK_CELL);
    EXPECT_EQ(outer->nfreevars, 0);
    EXPECT_EQ(ops_of(outer)[0], (std::pair<std::string, uint32_t>{"MAKE_CELL", 0}));
    EXPECT_EQ(ops_of(outer)[1], (std::pair<std::string, uint32_t>{"MAKE_CELL", 2}));
    // inner: free a, n (sorted), copied in first
    EXPECT_EQ(inner->localsplusnames, (std::vector<std::string>{"a", "n"}));
    EXPECT_EQ(inner->nfreevars, 2);
    EXPECT_EQ(inner->localspluskinds[0], LK_FREE);
    EXPECT_EQ(ops_of(inner)[0], (std::pair<std::string, uint32_t>{"COPY_FREE_VARS", 2}));
    EXPECT_TRUE(contains_op(inner, "STORE_DEREF"));
    EXPECT_EQ(inner->qualname, "outer.<locals>.inner");
    // The closure tuple is built in inner's free-variable order, then MAKE_FUNCTION 8.
    Ops ops = ops_of(outer);
    size_t i = 0;
    while (i < ops.size() && ops[i].first != "LOAD_CLOSURE") i++;
    ASSERT_LT(i + 4, ops.size());
    EXPECT_EQ(ops[i], (std::pair<std::string, uint32_t>{"LOAD_CLOSURE", 0}));
    EXPECT_EQ(ops[i + 1], (std::pair<std::string, uint32_t>{"LOAD_CLOSURE", 2}));
    EXPECT_EQ(ops[i + 2], (std::pair<std::string, uint32_t>{"BUILD_TUPLE", 2}));
    EXPECT_EQ(ops[i + 4], (std::pair<std::string, uint32_t>{"MAKE_FUNCTION", 8}));
}

TEST(Compiler, ClassNamesAreNotVisibleToMethods) {
    Ref<CodeObject> mod = compile_src("class C:\n    x = 1\n    def m(self):\n        return x\n");
    CodeObject* m = find_code(mod.get(), "m");
    EXPECT_EQ(names_of(m)[0], "LOAD_GLOBAL");
    EXPECT_EQ(m->qualname, "C.m");
    EXPECT_EQ(m->nfreevars, 0);
}

TEST(Compiler, SuperGivesTheClassCell) {
    Ref<CodeObject> mod = compile_src("class C(B):\n    def m(self):\n        return super().m()\n");
    CodeObject* c = find_code(mod.get(), "C");
    CodeObject* m = find_code(mod.get(), "m");
    EXPECT_EQ(c->localsplusnames, (std::vector<std::string>{"__class__"}));
    EXPECT_EQ(c->localspluskinds[0], LK_CELL);
    EXPECT_EQ(m->localsplusnames, (std::vector<std::string>{"self", "__class__"}));
    EXPECT_EQ(m->nfreevars, 1);
    // The body starts with the namespace bookkeeping and ends by storing __classcell__.
    Ops ops = ops_of(c);
    EXPECT_EQ(ops[0], (std::pair<std::string, uint32_t>{"MAKE_CELL", 0}));
    EXPECT_EQ(str_view(c->names[ops[1].second]), "__name__");
    EXPECT_EQ(str_view(c->names[ops[2].second]), "__module__");
    size_t n = ops.size();
    EXPECT_EQ(ops[n - 4], (std::pair<std::string, uint32_t>{"LOAD_CLOSURE", 0}));
    EXPECT_EQ(str_view(c->names[ops[n - 3].second]), "__classcell__");
    // Module: LOAD_BUILD_CLASS, PUSH_NULL, MAKE_FUNCTION, 'C', B, CALL 3
    std::vector<std::string> expected = {"LOAD_BUILD_CLASS", "PUSH_NULL", "LOAD_CONST", "MAKE_FUNCTION",
                                         "LOAD_CONST", "LOAD_NAME", "CALL", "STORE_NAME", "LOAD_CONST",
                                         "RETURN_VALUE"};
    EXPECT_EQ(names_of(mod.get()), expected);
    EXPECT_EQ(instr_arg(mod->code[6]), 3u);
}

// PEP 709: a list comprehension runs inline.  CPython 3.14's `dis` of the same function shows the
// same sequence except for: RESUME; superinstructions and variants (LOAD_FAST_BORROW,
// STORE_FAST_LOAD_FAST, LOAD_SMALL_INT); TO_BOOL / NOT_TAKEN before the conditional jump (minipy's
// POP_JUMP_IF_FALSE tests truth itself, so the `if` jumps straight to the back-edge); END_FOR /
// POP_ITER after the loop (minipy's FOR_ITER pops the exhausted iterator).
TEST(Compiler, ListComprehensionIsInlined) {
    Ref<CodeObject> mod = compile_src("def f(xs): return [x * 2 for x in xs if x]\n");
    CodeObject* f = find_code(mod.get(), "f");
    EXPECT_EQ(find_code(mod.get(), "<listcomp>"), nullptr);
    EXPECT_EQ(f->localsplusnames, (std::vector<std::string>{"xs", "x"}));
    Ops expected = {{"LOAD_FAST", 0}, {"GET_ITER", 0}, {"LOAD_FAST_AND_CLEAR", 1}, {"SWAP", 2},
                    {"BUILD_LIST", 0}, {"SWAP", 2}, {"FOR_ITER", 15}, {"STORE_FAST", 1}, {"LOAD_FAST", 1},
                    {"POP_JUMP_IF_FALSE", 14}, {"LOAD_FAST", 1}, {"LOAD_CONST", 0}, {"BINARY_OP", NB_MULTIPLY},
                    {"LIST_APPEND", 2}, {"JUMP_BACKWARD", 6},
                    {"SWAP", 2}, {"STORE_FAST", 1}, {"RETURN_VALUE", 0},
                    // the handler, placed after the end: restore x, raise again
                    {"SWAP", 2}, {"POP_TOP", 0}, {"SWAP", 2}, {"STORE_FAST", 1}, {"RERAISE", 0}};
    EXPECT_EQ(ops_of(f), expected);
    ASSERT_EQ(f->exceptiontable.size(), 1u);
    const ExceptEntry& h = f->exceptiontable[0];
    EXPECT_EQ(h.start, 4u);   // from BUILD_LIST (the saved x and the iterator stay: depth 2)
    EXPECT_EQ(h.end, 15u);    // to the restore after the loop
    EXPECT_EQ(h.target, 18u);
    EXPECT_EQ(h.depth, 2u);
}

TEST(Compiler, ComprehensionVariablesInModuleAndClassAreHiddenFastLocals) {
    Ref<CodeObject> mod = compile_src("d = {k: v for k, v in items}\nclass C:\n    s = [y for y in C0]\n");
    EXPECT_EQ(mod->localsplusnames, (std::vector<std::string>{"k", "v"}));
    EXPECT_TRUE(contains_op(mod.get(), "LOAD_FAST_AND_CLEAR"));
    EXPECT_TRUE(contains_op(mod.get(), "MAP_ADD"));
    CodeObject* c = find_code(mod.get(), "C");
    EXPECT_EQ(c->localsplusnames, (std::vector<std::string>{"y"}));
}

TEST(Compiler, CapturedComprehensionVariableGetsAFreshCell) {
    // CPython: x becomes a cell of f; each run of the comprehension makes a new cell in its slot.
    Ref<CodeObject> mod = compile_src("def f(xs): return [lambda: x for x in xs]\n");
    CodeObject* f = find_code(mod.get(), "f");
    EXPECT_EQ(f->localsplusnames, (std::vector<std::string>{"xs", "x"}));
    EXPECT_EQ(f->localspluskinds[1], LK_CELL);
    std::vector<std::string> head = {"MAKE_CELL", "LOAD_FAST", "GET_ITER", "LOAD_FAST_AND_CLEAR", "MAKE_CELL",
                                     "SWAP", "BUILD_LIST", "SWAP", "FOR_ITER", "STORE_DEREF", "LOAD_CLOSURE"};
    std::vector<std::string> got = names_of(f);
    got.resize(head.size());
    EXPECT_EQ(got, head);
    CodeObject* lam = find_code(mod.get(), "<lambda>");
    ASSERT_NE(lam, nullptr);
    EXPECT_EQ(lam->qualname, "f.<locals>.<lambda>");
}

// ───────────── exceptions ─────────────

TEST(Compiler, TryExceptTable) {
    Ref<CodeObject> mod = compile_src("def f():\n    try:\n        g()\n    except E:\n        h()\n");
    CodeObject* f = find_code(mod.get(), "f");
    std::vector<std::string> expected = {
        "LOAD_GLOBAL", "PUSH_NULL", "CALL", "POP_TOP", "JUMP_FORWARD",                // 0-4 body
        "PUSH_EXC_INFO", "LOAD_GLOBAL", "CHECK_EXC_MATCH", "POP_JUMP_IF_FALSE",       // 5-8 handler
        "POP_TOP", "LOAD_GLOBAL", "PUSH_NULL", "CALL", "POP_TOP", "POP_EXCEPT",       // 9-14
        "JUMP_FORWARD", "RERAISE", "SWAP", "POP_EXCEPT", "RERAISE",                   // 15-19
        "LOAD_CONST", "RETURN_VALUE"};                                                // 20-21
    EXPECT_EQ(names_of(f), expected);
    ASSERT_EQ(f->exceptiontable.size(), 3u);
    auto eq = [](const ExceptEntry& e, uint32_t s, uint32_t end, uint32_t t, uint32_t d) {
        return e.start == s && e.end == end && e.target == t && e.depth == d;
    };
    EXPECT_TRUE(eq(f->exceptiontable[0], 0, 4, 5, 0));    // body → handler, nothing kept
    EXPECT_TRUE(eq(f->exceptiontable[1], 5, 14, 17, 1));  // handler → cleanup, keeps prev
    EXPECT_TRUE(eq(f->exceptiontable[2], 16, 17, 17, 1)); // the no-match RERAISE too
    EXPECT_EQ(f->stacksize, 3);                          // prev exc E at CHECK_EXC_MATCH
}

TEST(Compiler, ExceptAsClearsTheName) {
    Ref<CodeObject> mod = compile_src("def f():\n    try:\n        g()\n    except E as e:\n        return e\n");
    CodeObject* f = find_code(mod.get(), "f");
    int deletes = 0;
    for (uint32_t w : f->code) deletes += instr_op(w) == OP_DELETE_FAST;
    EXPECT_EQ(deletes, 2);  // on return and on an exception leaving the clause
}

TEST(Compiler, WithHandlerKeepsExit) {
    Ref<CodeObject> mod = compile_src("def f():\n    with m() as x:\n        g(x)\n");
    CodeObject* f = find_code(mod.get(), "f");
    ASSERT_FALSE(f->exceptiontable.empty());
    const ExceptEntry& body = f->exceptiontable[0];
    EXPECT_EQ(opcode_names[instr_op(f->code[body.start])], std::string("STORE_FAST"));
    EXPECT_EQ(body.depth, 1u);  // __exit__ stays on the stack
    EXPECT_EQ(opcode_names[instr_op(f->code[body.target])], std::string("PUSH_EXC_INFO"));
    EXPECT_EQ(opcode_names[instr_op(f->code[body.target + 1])], std::string("WITH_EXCEPT_START"));
    EXPECT_TRUE(contains_op(f, "BEFORE_WITH"));
}

TEST(Compiler, ReturnInsideFinallyRunsTheFinallyBodyFirst) {
    Ref<CodeObject> mod = compile_src("def f():\n    try:\n        return g()\n    finally:\n        h()\n");
    CodeObject* f = find_code(mod.get(), "f");
    std::vector<std::string> names = names_of(f);
    std::vector<std::string> start(names.begin(), names.begin() + 8);
    std::vector<std::string> expected = {"LOAD_GLOBAL", "PUSH_NULL", "CALL",   // g() first
                                         "LOAD_GLOBAL", "PUSH_NULL", "CALL", "POP_TOP",  // h()
                                         "RETURN_VALUE"};
    EXPECT_EQ(start, expected);
    // Only g() is covered by the finally handler; the inlined h() and the return are not.
    EXPECT_EQ(f->exceptiontable[0].start, 0u);
    EXPECT_EQ(f->exceptiontable[0].end, 3u);
}

// ───────────── stack sizes and locations ─────────────

TEST(Compiler, StackSizeOfAnExpression) {
    // CPython 3.14: f.__code__.co_stacksize == 3 for both.
    EXPECT_EQ(find_code(compile_src("def f(a, b, c): return a + b * c\n").get(), "f")->stacksize, 3);
    EXPECT_EQ(find_code(compile_src("def f(a, b, c): return [a, b, c]\n").get(), "f")->stacksize, 3);
}

TEST(Compiler, Locations) {
    // Each instruction records the column range of its expression; the ~ and ^ anchors inside it
    // are found when a traceback is printed (traceback.cpp, find_anchors), as CPython 3.14 does.
    //                        0         1         2
    //                        0123456789012345678901234567
    Ref<CodeObject> mod = compile_src("def f(a, b):\n    return a[b] + g(a)\n");
    CodeObject* f = find_code(mod.get(), "f");
    for (size_t i = 0; i < f->code.size(); i++) {
        const Location& l = f->locations[i];
        EXPECT_EQ(l.line, 2);
        switch (instr_op(f->code[i])) {
        case OP_BINARY_SUBSCR:  // a[b]: the whole subscript
            EXPECT_EQ(l.col, 11); EXPECT_EQ(l.end_col, 15);
            break;
        case OP_CALL:           // g(a): the whole call
            EXPECT_EQ(l.col, 18); EXPECT_EQ(l.end_col, 22);
            break;
        case OP_BINARY_OP:      // a[b] + g(a): the whole binary expression
            EXPECT_EQ(l.col, 11); EXPECT_EQ(l.end_col, 22);
            break;
        case OP_RETURN_VALUE:   // the statement
            EXPECT_EQ(l.col, 4); EXPECT_EQ(l.end_col, 22);
            break;
        default:
            break;
        }
    }
    EXPECT_EQ(location_line(f, 0), 2);
}

TEST(Compiler, DisassemblyListsNestedCodeAndTable) {
    Ref<CodeObject> mod = compile_src("def f(a):\n    try:\n        return a + 1\n    except E:\n        pass\n");
    std::string d = disassemble(mod.get());
    EXPECT_NE(d.find("Disassembly of <code object f at 0x"), std::string::npos);
    EXPECT_NE(d.find("BINARY_OP                0 (+)"), std::string::npos);
    EXPECT_NE(d.find("LOAD_FAST                0 (a)"), std::string::npos);
    EXPECT_NE(d.find("ExceptionTable:\n  L1 to L2 -> L3 [0]\n"), std::string::npos);
    EXPECT_NE(d.find("(to L"), std::string::npos);
}

TEST(Compiler, OpcodeNamesFollowTheOpcodeList) {
    EXPECT_STREQ(opcode_names[OP_NOP], "NOP");
    EXPECT_STREQ(opcode_names[OP_LOAD_FAST], "LOAD_FAST");
    EXPECT_STREQ(opcode_names[OP_YIELD_VALUE], "YIELD_VALUE");
}

// ───────────── compile-time errors ─────────────

TEST(Compiler, SyntaxErrorsWithCPythonMessages) {
    TypeObject* se = Exc_SyntaxError;
    EXPECT_EQ(compile_error_of("x = 1\nreturn x\n", se), "'return' outside function");
    EXPECT_EQ(compile_error_of("break\n", se), "'break' outside loop");
    EXPECT_EQ(compile_error_of("while 1:\n    def f():\n        continue\n", se), "'continue' not properly in loop");
    EXPECT_EQ(compile_error_of("def f():\n    print(x)\n    global x\n", se), "name 'x' is used prior to global declaration");
    EXPECT_EQ(compile_error_of("def f(x):\n    global x\n", se), "name 'x' is parameter and global");
    EXPECT_EQ(compile_error_of("def f():\n    nonlocal x\n", se), "no binding for nonlocal 'x' found");
    EXPECT_EQ(compile_error_of("nonlocal x\n", se), "nonlocal declaration not allowed at module level");
    EXPECT_EQ(compile_error_of("class C:\n    nonlocal x\n", se), "no binding for nonlocal 'x' found");
    EXPECT_EQ(compile_error_of("*a = 1\n", se), "starred assignment target must be in a list or tuple");
    EXPECT_EQ(compile_error_of("a, *b, *c = 1\n", se), "multiple starred expressions in assignment");
    EXPECT_EQ(compile_error_of("yield 1\n", se), "'yield' outside function");
    EXPECT_EQ(compile_error_of("[(yield 1) for x in y]\n", se), "'yield' inside list comprehension");
    EXPECT_EQ(compile_error_of("def f():\n    yield 1\n"), "");
    EXPECT_EQ(compile_error_of("x = 1\n"), "");
}

TEST(Compiler, DeepExpressionRaisesRecursionError) {
    ensure_runtime();
    // 1 + 1 + ... + 1 with 100000 terms, built by hand (a left-leaning tree).
    ExprP e = std::make_unique<Expr>(ExprKind::Constant);
    e->value = int_from_i64(1);
    for (int i = 0; i < 100000; i++) {
        auto b = std::make_unique<Expr>(ExprKind::BinOp);
        b->a = std::move(e);
        b->b = std::make_unique<Expr>(ExprKind::Constant);
        b->b->value = int_from_i64(1);
        e = std::move(b);
    }
    Module m;
    auto s = std::make_unique<Stmt>(StmtKind::ExprStmt);
    s->value = std::move(e);
    m.body.push_back(std::move(s));
    bool raised = false;
    try {
        compile(m, "t.py");
    } catch (PyError&) {
        Obj exc = fetch_exception();
        raised = exception_matches(exc.get(), (Object*)Exc_RecursionError);
    }
    EXPECT_TRUE(raised);
    // Free the chain iteratively: the recursive destructors would need a very deep C++ stack.
    ExprP cur = std::move(m.body[0]->value);
    while (cur) {
        ExprP next = std::move(cur->a);
        cur = std::move(next);
    }
}

// dis.dis(f) prints what --dis prints for f's code: dis.code_text(f) is that text.
TEST(Compiler, DisModuleShowsTheFunctionsBytecode) {
    ensure_runtime();
    Obj g = new_globals("__main__");
    run_source("import dis\ndef f(a):\n    return a + 1\ntext = dis.code_text(f)\n", "t.py", g.get(), ParseMode::File);
    Obj f = dict_get_str(g.get(), intern_cstr("f"));
    Obj text = dict_get_str(g.get(), intern_cstr("text"));
    ASSERT_TRUE(f && text);
    std::string expected = disassemble(static_cast<FunctionObject*>(f.get())->code);
    EXPECT_EQ(std::string(str_view(text.get())), expected);
    EXPECT_NE(expected.find("RETURN_VALUE"), std::string::npos);
    EXPECT_NE(expected.find("BINARY_OP"), std::string::npos);
    dict_clear(g.get());  // f's globals are g: break the cycle, as main.cpp does at exit
}
