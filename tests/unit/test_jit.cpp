// test_jit.cpp — unit tests of the JIT: the stencils as assembled (stencils.cpp), the three
// patch forms, and the value of every hole kind in compiled code (jit.cpp), decoded from the
// machine code itself and checked against what the hole kind means (jit.h).
//
// Run by make test (the unit_tests binary).  Read next: tests/run_tests.sh (how make test
// runs these and the script suites).
#include <gtest/gtest.h>

#include <cstring>
#include <mutex>
#include <set>

#include "jit.h"
#include "specialize.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

static void ensure_runtime() {
    static std::once_flag once;
    std::call_once(once, [] { runtime_init(0, nullptr); });
}

// Every stencil in the table, with where it came from.
static std::vector<const Stencil*> all_stencils(const StencilTable& t) {
    std::vector<const Stencil*> v = {&t.header, &t.load_const_immortal, &t.load_attr_instance};
    for (const Stencil& s : t.ops) v.push_back(&s);
    auto add = [&](const Stencil& s) {
        if (!s.empty()) v.push_back(&s);
    };
    for (auto& variants : t.binary_op)
        for (const Stencil& s : variants) add(s);
    for (auto& variants : t.compare_op)
        for (const Stencil& s : variants) add(s);
    for (auto& pair : t.compare_branch)
        for (auto& variants : pair)
            for (const Stencil& s : variants) add(s);
    for (const Stencil& s : t.subscr_list) add(s);
    return v;
}

TEST(Stencils, AssembledOnceWithHolesInsideTheirBytes) {
    ensure_runtime();
    const StencilTable& t = x86_64_stencils();
    EXPECT_EQ(&t, &x86_64_stencils());  // one table, assembled once
    for (const Stencil* s : all_stencils(t)) {
        ASSERT_NE(s->name, nullptr);
        for (const Hole& h : s->holes) {
            size_t width = h.form == PatchForm::ABS64 ? 8 : 4;
            EXPECT_LE(h.offset + width, s->code.size()) << s->name;
        }
        // A droppable tail is exactly `jmp rel32` to CONTINUE, the stencil's last five bytes.
        if (s->tail_jump) {
            ASSERT_EQ(s->tail_jump, 5) << s->name;
            ASSERT_FALSE(s->holes.empty());
            const Hole& last = s->holes.back();
            EXPECT_EQ(last.kind, HoleKind::CONTINUE) << s->name;
            EXPECT_EQ(last.offset, s->code.size() - 4) << s->name;
            EXPECT_EQ(s->code[s->code.size() - 5], 0xe9) << s->name;
        }
    }
    // The header starts with the frame-pointer prologue that debuggers recognise.
    ASSERT_GE(t.header.code.size(), 4u);
    EXPECT_EQ(t.header.code[0], 0x55);  // push rbp
    EXPECT_EQ(t.header.code[1], 0x48);  // mov rbp, rsp
    EXPECT_EQ(t.header.code[2], 0x89);
    EXPECT_EQ(t.header.code[3], 0xe5);
    for (int s = 1; s < STUB__COUNT; s++) EXPECT_GT(t.stub_offset[s], 0) << s;
}

TEST(Stencils, SpecialisedStencilsForTheHotOperations) {
    ensure_runtime();
    const StencilTable& t = x86_64_stencils();
    // These must not be the generic stencil (which calls jit_step).
    auto calls_step = [](const Stencil& s) {
        for (const Hole& h : s.holes)
            if (h.kind == HoleKind::HELPER && h.arg == H_STEP) return true;
        return false;
    };
    for (Opcode op : {OP_LOAD_FAST, OP_STORE_FAST, OP_LOAD_CONST, OP_POP_TOP, OP_POP_JUMP_IF_FALSE,
                      OP_POP_JUMP_IF_TRUE, OP_FOR_ITER, OP_JUMP_BACKWARD, OP_RETURN_VALUE, OP_LOAD_GLOBAL})
        EXPECT_FALSE(calls_step(t.ops[op])) << opcode_names[op];
    // Each in every operand variant: the operands on the stack, or fused from the loads before.
    std::vector<int> variants = {operand_variant(SRC_STACK, SRC_STACK), operand_variant(SRC_STACK, SRC_LOCAL),
                                 operand_variant(SRC_STACK, SRC_CONST), operand_variant(SRC_LOCAL, SRC_LOCAL),
                                 operand_variant(SRC_LOCAL, SRC_CONST), operand_variant(SRC_CONST, SRC_LOCAL)};
    for (int v : variants) {
        for (int nb : {NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_TRUE_DIVIDE, NB_INPLACE_ADD}) {
            ASSERT_FALSE(t.binary_op[nb][v].empty()) << nb << " variant " << v;
            EXPECT_FALSE(calls_step(t.binary_op[nb][v])) << nb;
        }
        for (int c = 0; c < 6; c++) {
            ASSERT_FALSE(t.compare_op[c][v].empty());
            EXPECT_FALSE(calls_step(t.compare_op[c][v])) << c;
            EXPECT_FALSE(calls_step(t.compare_branch[c][0][v])) << c;
        }
    }
    // A fused left operand without a fused right one does not exist (only contiguous loads fuse).
    EXPECT_TRUE(t.binary_op[NB_ADD][operand_variant(SRC_LOCAL, SRC_STACK)].empty());
    EXPECT_TRUE(t.fused_away.code.empty());
    EXPECT_TRUE(calls_step(t.ops[OP_BUILD_MAP]));  // the generic stencil
}

TEST(Stencils, PatchForms) {
    const StencilTable& t = x86_64_stencils();
    uint8_t buf[16];
    memset(buf, 0, sizeof buf);
    t.patch(buf, PatchForm::ABS64, 0x1122334455667788ull, 0);
    uint64_t v64;
    memcpy(&v64, buf, 8);
    EXPECT_EQ(v64, 0x1122334455667788ull);
    t.patch(buf + 8, PatchForm::ABS32, 0xdeadbeef, 0);
    uint32_t v32;
    memcpy(&v32, buf + 8, 4);
    EXPECT_EQ(v32, 0xdeadbeefu);
    // rel32 is relative to the end of the field: a field at 0x1000 reaching 0x0ff0 holds -20.
    t.patch(buf, PatchForm::REL32, 0x0ff0, 0x1000);
    int32_t r;
    memcpy(&r, buf, 4);
    EXPECT_EQ(r, -20);
    t.patch(buf, PatchForm::REL32, 0x2004, 0x1000);
    memcpy(&r, buf, 4);
    EXPECT_EQ(r, 0x1000);
}

// The field a hole was patched into, read back as the value it encodes.
static uint64_t read_back(const uint8_t* at, PatchForm form) {
    if (form == PatchForm::ABS64) {
        uint64_t v;
        memcpy(&v, at, 8);
        return v;
    }
    if (form == PatchForm::ABS32) {
        uint32_t v;
        memcpy(&v, at, 4);
        return v;
    }
    int32_t d;
    memcpy(&d, at, 4);
    return reinterpret_cast<uint64_t>(at + 4 + d);
}

static CodeObject* find_code(CodeObject* co, const std::string& name) {
    if (co->name == name) return co;
    for (Object* c : co->consts)
        if (type_of(c) == &Code_Type)
            if (CodeObject* r = find_code(static_cast<CodeObject*>(c), name)) return r;
    return nullptr;
}

// Compile a function with every kind of hole, then check each patched field against what its
// kind means, computed here independently of jit.cpp's hole_value.
TEST(JitCompile, EveryHoleKindGetsItsValue) {
    ensure_runtime();
    const char* src =
        "def f(n, xs):\n"
        "    t = 0\n"
        "    for i in range(n):\n"
        "        if i < 3:\n"
        "            t += xs[i] * 2\n"
        "            xs[0] += 1\n"
        "        t = t ^ len(xs) ^ n.real\n"
        "    return (t, {1: 2})\n";
    std::unique_ptr<Module> m = parse(src, "t.py", ParseMode::File);
    Ref<CodeObject> mod = compile(*m, "t.py");
    CodeObject* co = find_code(mod.get(), "f");
    ASSERT_NE(co, nullptr);
    jit_configure(true, 0, false, false);
    JitCode* jc = jit_code_for(co, JIT_HOT_CALL);
    jit_configure(false, -1, false, false);
    ASSERT_NE(jc, nullptr);
    EXPECT_EQ(co->jit_code.load(), jc);  // published
    EXPECT_EQ(co->jit_state.load(), JIT_COMPILED);
    ASSERT_EQ(jc->targets.size(), co->code.size());
    EXPECT_EQ(reinterpret_cast<const uint8_t*>(jc->entry), jc->start);

    const StencilTable& t = x86_64_stencils();
    std::set<HoleKind> seen;
    size_t n = co->code.size();
    std::vector<const Stencil*> plan = select_stencils(t, co);
    int fused_groups = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t w = co->code[i];
        const uint8_t* code = jc->targets[i];
        size_t len = (i + 1 < n ? jc->targets[i + 1] : jc->start + jc->size - 1) - code;
        const Stencil* s = plan[i];
        if (s == &t.fused_away) {  // a load fused into a later instruction: no code of its own
            EXPECT_EQ(len, 0u);
            uint8_t op = base_opcode(instr_op(w));
            EXPECT_TRUE(op == OP_LOAD_FAST || op == OP_LOAD_CONST) << opcode_names[op];
            continue;
        }
        ASSERT_TRUE(len == s->code.size() || len == s->code.size() - s->tail_jump) << s->name;
        for (size_t k = 0; k < len; k++) {  // the copied bytes: the stencil's, outside its holes
            bool in_hole = false;
            for (const Hole& h : s->holes)
                in_hole |= k >= h.offset && k < h.offset + (h.form == PatchForm::ABS64 ? 8u : 4u);
            if (!in_hole) {
                ASSERT_EQ(code[k], s->code[k]) << s->name << " byte " << k;
            }
        }
        ASSERT_NE(s, nullptr) << "instruction " << i << " " << opcode_names[instr_op(w)];
        for (const Hole& h : s->holes) {
            if (h.offset >= len) continue;  // the dropped tail jump
            uint64_t got = read_back(code + h.offset, h.form);
            uint64_t want = 0;
            ASSERT_LE(h.from, i);
            if (h.from) {  // a fused operand: the load it replaces comes h.from instructions before
                ASSERT_EQ(plan[i - h.from], &t.fused_away) << s->name;
                fused_groups++;
            }
            uint32_t oparg = instr_arg(co->code[i - h.from]);
            switch (h.kind) {
                case HoleKind::OPARG: want = oparg; break;
                case HoleKind::LOCAL_OFFSET: want = offsetof(Frame, localsplus) + 8 * oparg; break;
                case HoleKind::CONST: want = reinterpret_cast<uint64_t>(co->consts[oparg]); break;
                case HoleKind::NAME: want = reinterpret_cast<uint64_t>(co->names[oparg >> h.arg]); break;
                case HoleKind::ATTR_CACHE: want = reinterpret_cast<uint64_t>(&attr_cache_for(co)[i]); break;
                case HoleKind::HELPER: want = reinterpret_cast<uint64_t>(jit_helpers[h.arg]); break;
                case HoleKind::CONTINUE: want = reinterpret_cast<uint64_t>(jc->targets[i + 1]); break;
                case HoleKind::JUMP_TARGET: want = reinterpret_cast<uint64_t>(jc->targets[oparg]); break;
                case HoleKind::INSTR_INDEX: want = i; break;
                case HoleKind::NEXT_INDEX: want = i + 1; break;
                case HoleKind::EXIT: want = reinterpret_cast<uint64_t>(jc->start + t.stub_offset[h.arg]); break;
                case HoleKind::TARGET_TABLE: want = reinterpret_cast<uint64_t>(jc->targets.data()); break;
                case HoleKind::NEXT_TARGET: want = reinterpret_cast<uint64_t>(jc->targets[instr_arg(co->code[i + 1])]); break;
                case HoleKind::SKIP: want = reinterpret_cast<uint64_t>(jc->targets[i + 2]); break;
                case HoleKind::GLOBAL_CACHE: want = reinterpret_cast<uint64_t>(&global_cache(co)[oparg]); break;
                case HoleKind::GUARD_INDEX: want = (i - h.from) | uint64_t(h.from) << 24; break;
            }
            EXPECT_EQ(got, want) << "instruction " << i << " " << s->name << " hole " << hole_kind_name(h.kind);
            seen.insert(h.kind);
        }
    }
    // The header's TARGET_TABLE hole.
    for (const Hole& h : t.header.holes) {
        if (h.kind == HoleKind::TARGET_TABLE) {
            EXPECT_EQ(read_back(jc->start + h.offset, h.form), reinterpret_cast<uint64_t>(jc->targets.data()));
        }
    }
    std::vector<HoleKind> kinds = {HoleKind::OPARG, HoleKind::LOCAL_OFFSET, HoleKind::CONST, HoleKind::HELPER,
                                   HoleKind::CONTINUE, HoleKind::JUMP_TARGET, HoleKind::INSTR_INDEX,
                                   HoleKind::NEXT_INDEX, HoleKind::EXIT, HoleKind::NEXT_TARGET, HoleKind::SKIP,
                                   HoleKind::GUARD_INDEX, HoleKind::NAME, HoleKind::ATTR_CACHE};
#if !defined(__SANITIZE_THREAD__)  // make tsan's LOAD_GLOBAL is the helper stencil (stencils.cpp)
    kinds.push_back(HoleKind::GLOBAL_CACHE);
#endif
    for (HoleKind k : kinds) EXPECT_TRUE(seen.count(k)) << "no " << hole_kind_name(k) << " hole was checked";
    EXPECT_GT(fused_groups, 0);  // `i < 3`, `xs[i]`, `t ^ ...`: operands fused from their loads
}

// Running compiled code: the result and an exception's traceback match the interpreter's.
TEST(JitCompile, CompiledCodeRunsAndRaises) {
    ensure_runtime();
    jit_configure(true, 0, false, false);
    Obj globals = new_globals("__jit_test__");
    run_source("def g(a, b):\n    return a * b + 1.5\nr = g(3, 4)\n", "<jit>", globals.get(), ParseMode::File);
    Obj r = dict_get(globals.get(), intern_cstr("r"));
    ASSERT_TRUE(r);
    EXPECT_EQ(float_value(r.get()), 13.5);
    bool raised = false;
    try {
        run_source("def h(x):\n    return 10 // x\nh(0)\n", "<jit>", globals.get(), ParseMode::File);
    } catch (PyError&) {
        raised = true;
        Obj e = fetch_exception();
        EXPECT_TRUE(exception_matches(e.get(), (Object*)Exc_ZeroDivisionError));
        auto& tb = static_cast<ExceptionObject*>(e.get())->traceback;
        ASSERT_EQ(tb.size(), 2u);  // h line 2, then <module> line 3, as the interpreter records them
        EXPECT_EQ(tb[0].code->name, "h");
        EXPECT_EQ(location_line(tb[0].code.get(), tb[0].instr), 2);
        EXPECT_EQ(location_line(tb[1].code.get(), tb[1].instr), 3);
    }
    EXPECT_TRUE(raised);
    jit_configure(false, -1, false, false);
    dict_clear(globals.get());
}
