// jit.h — the data copy-and-patch works on: stencils, their holes, and the compiled code.
//
// A *stencil* is the machine code for one bytecode instruction, assembled once at start-up
// (stencils.cpp) with blanks in it.  A blank is a *hole*: a few bytes whose value depends on the
// instruction being compiled (its oparg, a constant's address, where the next instruction's code
// will be).  Compiling a code object (jit.cpp) is then only
//
//     for each instruction:  memcpy(stencil bytes);  for each hole: patch(value);
//
// Nothing here depends on the processor except Stencil::code's bytes and PatchForm: an AArch64
// backend is one more StencilTable (hand-encoded words) and its own patch function.
//
//   Hole  = { kind: what value goes in,  form: how it is encoded,  offset: where,  arg }
//
// Read next: stencils.cpp (the x86-64 table and the register convention), jit.cpp (the compiler).
#pragma once
#include "minipy.h"

#include <vector>

// What value a hole receives.  The compile loop (jit.cpp: hole_value) computes it from the
// instruction and the layout of the compiled code, the same way for every architecture.
enum class HoleKind : uint8_t {
    OPARG,         // the instruction's oparg
    LOCAL_OFFSET,  // byte offset from the frame to localsplus[oparg] (LOAD_FAST's slot)
    CONST,         // address of co_consts[oparg] (a 64-bit operand)
    NAME,          // address of co_names[oparg >> arg] (LOAD_ATTR: arg 1, its low bit is the method flag)
    HELPER,        // address of the C++ helper function jit_helpers[arg]
    CONTINUE,      // address of the next instruction's code (a continuation)
    JUMP_TARGET,   // address of the code of instruction oparg (a jump's target)
    INSTR_INDEX,   // this instruction's index: where an exit to the interpreter happens
    NEXT_INDEX,    // the next instruction's index
    EXIT,          // address of this function's exit stub number arg (JitStub)
    TARGET_TABLE,  // address of this function's table: instruction index -> code address
    NEXT_TARGET,   // address of the code of the next instruction's jump target (a fused branch)
    SKIP,          // address of the code of the instruction after next (a fused branch)
    GLOBAL_CACHE,  // address of LOAD_GLOBAL's cache entry for co_names[oparg] (specialize.h)
    ATTR_CACHE,    // address of this instruction's attribute cache entry (specialize.h: AttrCache)
    GUARD_INDEX,   // where a failed guard hands over: the first instruction the interpreter
                   // must run, and in bits 24-31 how many more follow it (a fused group)
};
const char* hole_kind_name(HoleKind k);

// How the value is written into the bytes.  x86-64 needs only three forms.
enum class PatchForm : uint8_t {
    ABS64,  // 8 bytes, the value itself (mov r64, imm64)
    ABS32,  // 4 bytes, the value itself (imm32, disp32)
    REL32,  // 4 bytes, value - address of the byte after the field (jmp/jcc/call rel32)
};

struct Hole {
    HoleKind kind;
    PatchForm form;
    uint16_t offset;   // from the start of the stencil
    int32_t arg;       // HELPER: helper number; EXIT: stub number; else 0
    uint8_t from = 0;  // OPARG, LOCAL_OFFSET, CONST, GUARD_INDEX: of the instruction `from`
                       // places before this one (an operand fused in: see FusedOperands)
};

// Operand fusion.  `LOAD_FAST x; LOAD_CONST 1; BINARY_OP +` would push x (incref), push 1, and
// the add would pop both (decref).  A fused stencil for the BINARY_OP instead reads x from its
// local slot and 1 from co_consts directly: both references are *borrowed* (the frame and the
// code object hold them for as long as the add runs), so no count changes at all, and the two
// loads compile to no code of their own (CPython 3.14's LOAD_FAST_BORROW makes the same point).
// A group is only fused when no jump lands inside it, and a failed guard hands the interpreter
// the whole group, from its first load (GUARD_INDEX): the stack is then exactly as it was.
enum OperandSource : uint8_t { SRC_STACK, SRC_LOCAL, SRC_CONST, SRC__COUNT };
// A two-operand stencil's variant: left * SRC__COUNT + right.  (Only contiguous loads fuse, so
// a fused left operand always comes with a fused right one.)
constexpr int operand_variant(OperandSource left, OperandSource right) { return left * SRC__COUNT + right; }
constexpr int OPERAND_VARIANTS = SRC__COUNT * SRC__COUNT;

struct Stencil {
    const char* name = nullptr;  // what -X jit-dump prints: "LOAD_FAST", "BINARY_OP_ADD_INT_FLOAT" ...
    std::vector<uint8_t> code;
    std::vector<Hole> holes;
    // The size of a final jump to CONTINUE (the last hole) that the compiler leaves out when the
    // next instruction's code follows directly; 0 when the stencil falls through already.
    uint16_t tail_jump = 0;
    bool empty() const { return code.empty(); }
};

// The function header holds the entry prologue and the stubs that stencils jump to.
enum JitStub : int {
    STUB_RETURN,    // leave with JIT_EXIT_RETURN (the stack top is the return value)
    STUB_DEOPT,     // leave with JIT_EXIT_DEOPT (frame->instr already set)
    STUB_ERROR,     // leave with JIT_EXIT_ERROR (the helper set frame->instr and frame->sp)
    STUB_SLOW,      // a guard failed: run the instruction (index in the index register) with the
                    // generic helper, then continue at whatever frame->instr says
    STUB_DISPATCH,  // continue at frame->instr's code, through the target table
    STUB__COUNT
};

struct StencilTable {
    const char* arch;             // "x86-64"
    const char* objdump_args;     // "-D -b binary -m i386:x86-64"
    uint16_t elf_machine;         // EM_X86_64: for the GDB JIT interface's symbol files
    Stencil header;               // the prologue (offset 0) and the stubs
    uint16_t stub_offset[STUB__COUNT] = {};
    Stencil ops[OP__COUNT];       // one per opcode: specialised or generic
    // The two-operand stencils, each in its operand variants ([v]: operand_variant; an empty
    // stencil where the variant does not exist).
    Stencil binary_op[26][OPERAND_VARIANTS];    // BINARY_OP by oparg (else ops[OP_BINARY_OP])
    Stencil compare_op[6][OPERAND_VARIANTS];    // COMPARE_OP by oparg
    // COMPARE_OP followed by POP_JUMP_IF_FALSE [0] / _TRUE [1]: compare and branch at once, and
    // jump over the POP_JUMP (still compiled, for any jump that lands on it).
    Stencil compare_branch[6][2][OPERAND_VARIANTS];
    Stencil subscr_list[OPERAND_VARIANTS];      // BINARY_SUBSCR of list[int] (when it exists)
    Stencil load_attr_instance;                 // LOAD_ATTR of obj.x (not a method call's form)
    Stencil fused_away;                         // a load fused into the instruction after it: no code
    Stencil load_const_immortal;  // LOAD_CONST of an immortal constant: no reference count
    // Write `value` into the field at `loc` (writable view), which will execute at `address`.
    void (*patch)(uint8_t* loc, PatchForm form, uint64_t value, uint64_t address);
};
const StencilTable& x86_64_stencils();  // stencils.cpp: assembled on first use
// The table for the processor minipy runs on (null: none yet, the JIT is not available).  An
// AArch64 backend adds its table here; nothing else in jit.cpp depends on the processor.
inline const StencilTable* host_stencils() {
#if defined(__x86_64__)
    return &x86_64_stencils();
#else
    return nullptr;
#endif
}

// The C++ functions compiled code calls.  The generic ones share jit_step's signature:
//   Object** helper(ThreadState* ts, Frame* frame, Object** sp, uint32_t index)
// returning the new stack top, or null with the exception raised (frame->instr, frame->sp and
// the traceback entry are set).  None of them lets a C++ exception through: there is no unwind
// information for compiled code, so one would terminate the process.
enum JitHelper : int {
    H_STEP,          // jit_step: any instruction, the generic stencil
    H_STEP_GUARD,    // the same, after a fast path's guard failed (counted in -X stats)
    H_DECREF_ZERO,   // decref_local_zero(o): the owner's count reached zero
    H_DECREF_SHARED, // decref_shared(o): another thread's decref
    H_INT_BOX,       // Object* (int64_t): an int object for a machine word
    H_FLOAT_BOX,     // Object* (Object* a, Object* b, double): a float result, reusing a dying operand
    H_EVAL_BREAKER,  // void (ThreadState*): the periodic check of a loop back-edge
    H_FOR_ITER,      // FOR_ITER over any iterator but a range (vm.cpp)
    H_CALL,          // CALL: a compiled Python function entered directly, else jit_step (vm.cpp)
    H_LOAD_GLOBAL,   // LOAD_GLOBAL through the globals cache, else jit_step (attrcache.cpp; make tsan only)
    H_LOAD_ATTR,     // LOAD_ATTR through the inline cache, else jit_step (vm.cpp)
    H_BINARY_OP,     // any BINARY_OP: the interpreter's fast paths, else jit_step (vm.cpp)
    H_STORE_ATTR,    // STORE_ATTR through the inline cache, else jit_step (vm.cpp)
    H__COUNT
};
extern void* const jit_helpers[H__COUNT];
extern const char* const jit_helper_names[H__COUNT];

// One compiled code object.  The machine code lives in a shared executable chunk (jit.cpp);
// `targets` maps every instruction index to the address of its code (entry at a loop head,
// re-entry after an exception handler, the STUB_DISPATCH jump).
using JitEntry = int (*)(Frame* frame, Object** sp, ThreadState* ts, const void* target);
struct JitCode {
    CodeObject* code;
    JitEntry entry;                  // the header's prologue
    uint8_t* start;                  // executable address
    size_t size;
    std::vector<const uint8_t*> targets;
    // For jit_call's fast path (vm.cpp): the number of arguments a plain positional call passes
    // (-1: the function takes keyword-only or variable arguments, or is a generator), and the
    // bytes of its frame on the data stack.
    int32_t fast_argc = -1;
    uint32_t frame_bytes = 0;
};

// The specialised helpers in vm.cpp and attrcache.cpp (the interpreter's own fast paths).
Object** jit_call(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) noexcept;
Object** jit_load_global(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) noexcept;
Object** jit_load_attr(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) noexcept;
Object** jit_for_iter(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) noexcept;
Object** jit_binary_op(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) noexcept;
Object** jit_store_attr(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) noexcept;

// Run compiled code from frame->instr (jit_run without the -X stats counting).
inline int jit_enter(JitCode* jc, ThreadState* ts, Frame* frame) {
    frame->in_jit = true;
    int why = jc->entry(frame, frame->sp, ts, jc->targets[frame->instr]);
    frame->in_jit = false;
    return why;
}

// Exposed for the unit tests: which stencil each instruction of co gets, and patching.
std::vector<const Stencil*> select_stencils(const StencilTable& t, CodeObject* co);
void jit_patch_hole(const StencilTable& t, uint8_t* loc, const Hole& h, uint64_t value, uint64_t address);
