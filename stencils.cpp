// stencils.cpp — the x86-64 stencil library: one machine-code template per bytecode instruction.
//
// What this step does: at the first compilation, assembles every stencil with xbyak (an x86-64
// assembler in C++ headers) into bytes plus a list of holes (jit.h), and never again.
// Comes in: nothing but the layouts of Frame, ThreadState and the objects (minipy.h).
// Goes out: the StencilTable that jit.cpp copies and patches.
// Read next: jit.cpp (the compile loop that uses this table).
//
// Register convention inside compiled code (all callee-saved in the System V ABI, so a call to
// a C++ helper leaves them intact and the stencils need no saving or restoring around calls):
//
//   r12  Frame*        frame      locals are at [r12 + offsetof(Frame, localsplus) + 8*i]
//   r13  Object**      sp         the value-stack top (one past the last item), as in Frame::sp
//   r14  ThreadState*  ts         the owner-thread test of reference counting reads ts->tid
//   rbx  uint32_t      index      the instruction index a failing guard reports (STUB_SLOW)
//   r15  scratch                  a result kept across a helper call (a boxed sum, a bool)
//   rbp  frame pointer            so that gdb and perf can walk through compiled frames
//
// The prologue (the header stencil) saves these, loads r12-r14 from its arguments and jumps to
// the requested instruction's code; rsp then stays 16-byte aligned for every call.  The value
// stack is the frame's own (DESIGN invariant 6), so the interpreter can take over at any
// instruction boundary: compiled code writes r13 back to frame->sp whenever it leaves.
//
// Every stencil is straight-line code that falls through to the next instruction.  Its rare
// paths do not live in it: a failed type guard jumps to the header's STUB_SLOW, which runs the
// instruction with the interpreter's own code (jit_step), so a fast path here can only ever be
// a shortcut to the same result (DESIGN invariant 5).
#include "jit.h"
#include "specialize.h"
#include "int_internal.h"
#include "sequence.h"

#if defined(__x86_64__)  // the whole file: other processors get their own table (jit.h: host_stencils)
#include <cstddef>
#include <cstring>
#include <deque>
#include <string>
#include <xbyak/xbyak.h>

#pragma GCC diagnostic ignored "-Winvalid-offsetof"  // offsetof on the object structs (no virtuals)

namespace {

using namespace Xbyak::util;

constexpr int OFF_TID = offsetof(Object, ob_tid);
constexpr int OFF_LOCAL = offsetof(Object, ob_ref_local);
constexpr int OFF_SHARED = offsetof(Object, ob_ref_shared);
constexpr int OFF_TYPE = offsetof(Object, ob_type);
constexpr int OFF_INT_VALUE = offsetof(IntObject, value);
constexpr int OFF_INT_BIG = offsetof(IntObject, big);
constexpr int OFF_FLOAT_VALUE = offsetof(FloatObject, value);
constexpr int OFF_RANGE_NEXT = offsetof(RangeIterObject, next);
constexpr int OFF_RANGE_STEP = offsetof(RangeIterObject, step);
constexpr int OFF_RANGE_REMAINING = offsetof(RangeIterObject, remaining);
constexpr int OFF_FRAME_INSTR = offsetof(Frame, instr);
constexpr int OFF_FRAME_SP = offsetof(Frame, sp);
constexpr int OFF_FRAME_GLOBALS = offsetof(Frame, globals);
constexpr int OFF_FRAME_BUILTINS = offsetof(Frame, builtins);
constexpr int OFF_TS_TID = offsetof(ThreadState, tid);
constexpr int OFF_TS_BREAKER = offsetof(ThreadState, eval_breaker);
constexpr int OFF_TS_INT_FREELIST = offsetof(ThreadState, int_freelist);
constexpr int OFF_TS_FLOAT_FREELIST = offsetof(ThreadState, float_freelist);
constexpr int OFF_FL_HEAD = offsetof(ObjectFreeList, head);
constexpr int OFF_FL_COUNT = offsetof(ObjectFreeList, count);
constexpr int OFF_GC_BITS = offsetof(Object, ob_gc_bits);
constexpr int OFF_FLAGS = offsetof(Object, ob_flags);

// Placeholders the holes start with: large enough that xbyak picks the 32- or 64-bit encoding.
constexpr uint32_t MAGIC32 = 0x7fffff00;
constexpr int SMALL_INT_COUNT = int(SMALL_INT_MAX - SMALL_INT_MIN + 1);  // the immortal ints (int.cpp)
constexpr uint64_t MAGIC64 = 0x1122334455667788ull;

// x86 condition codes (the low nibble of jcc's 0F 8x opcode).
enum Cond : uint8_t { CC_O = 0x0, CC_E = 0x4, CC_NE = 0x5, CC_LE = 0xe, CC_G = 0xf };

// An assembler that records holes.  Each *_hole method emits an instruction whose last 4 or 8
// bytes are the field to patch, and notes where that field is.
class Asm : public Xbyak::CodeGenerator {
public:
    // DontSetProtectRWE: xbyak would make its buffer read-write-execute; it is only read here.
    Asm() : Xbyak::CodeGenerator(4096, Xbyak::DontSetProtectRWE) {}
    std::vector<Hole> holes;
    uint16_t tail = 0;

    void hole(HoleKind k, PatchForm f, int arg = 0, int from = 0) {
        size_t width = f == PatchForm::ABS64 ? 8 : 4;
        holes.push_back({k, f, uint16_t(getSize() - width), arg, uint8_t(from)});
    }
    void mov_hole(const Xbyak::Reg64& r, HoleKind k, int arg = 0) { mov(r, MAGIC64); hole(k, PatchForm::ABS64, arg); }
    void mov_hole(const Xbyak::Reg32& r, HoleKind k) { mov(r, MAGIC32); hole(k, PatchForm::ABS32); }
    void jmp_hole(HoleKind k, int arg = 0) { db(0xe9); dd(0); hole(k, PatchForm::REL32, arg); }
    void jcc_hole(Cond cc, HoleKind k, int arg = 0) { db(0x0f); db(0x80 | cc); dd(0); hole(k, PatchForm::REL32, arg); }
    void jcc_stub(Cond cc, JitStub s) { jcc_hole(cc, HoleKind::EXIT, s); }
    void call_helper(JitHelper h) { mov_hole(rax, HoleKind::HELPER, h); call(rax); }
    // A final `jmp CONTINUE`, which the compiler drops when the next instruction follows.
    void tail_continue() { jmp_hole(HoleKind::CONTINUE); tail = 5; }
    void local_operand_hole() { hole(HoleKind::LOCAL_OFFSET, PatchForm::ABS32); }

    Stencil finish(const char* name) {
        Stencil s;
        s.name = name;
        s.code.assign(getCode(), getCode() + getSize());
        s.holes = holes;
        s.tail_jump = tail;
        return s;
    }

    // ── reference counting, inline (the fast paths of minipy.h's incref/decref) ──
    // incref(o): immortal → nothing; owner thread → plain increment of ob_ref_local (no other
    // thread writes it); any other thread → an atomic add on ob_ref_shared.  Clobbers ecx, edx.
    void incref(const Xbyak::Reg64& o) {
        Xbyak::Label shared, done;
        mov(edx, dword[o + OFF_LOCAL]);
        cmp(edx, -1);  // IMMORTAL_REFCNT
        je(done);
        mov(rcx, qword[o + OFF_TID]);
        cmp(rcx, qword[r14 + OFF_TS_TID]);
        jne(shared);
        add(edx, 1);
        mov(dword[o + OFF_LOCAL], edx);
        jmp(done);
        L(shared);
        lock();
        add(qword[o + OFF_SHARED], 1 << SHARED_SHIFT);
        L(done);
    }
    // decref(rdi): the same tests; a count reaching zero, or another thread's decref, goes to
    // threads.cpp.  Clobbers every caller-saved register (it may call a helper).
    // numbers: a machine-word int or a float whose count reaches zero goes straight back to this
    // thread's free list, as int.cpp/float.cpp's dealloc would put it: when no other thread
    // ever referenced it (ob_ref_shared == 0, read with x86's acquire loads), no GC bits, and
    // the list is not full.
    void decref_rdi(bool numbers = false) {
        Xbyak::Label shared, done, zero;
        mov(edx, dword[rdi + OFF_LOCAL]);
        cmp(edx, -1);
        je(done, T_NEAR);
        mov(rcx, qword[rdi + OFF_TID]);
        cmp(rcx, qword[r14 + OFF_TS_TID]);
        jne(shared, T_NEAR);
        sub(edx, 1);
        mov(dword[rdi + OFF_LOCAL], edx);
        jnz(done, T_NEAR);
        if (numbers) {
            Xbyak::Label not_int, push;
            cmp(qword[rdi + OFF_SHARED], 0);
            jne(zero);
            cmp(byte[rdi + OFF_GC_BITS], 0);
            jne(zero);
            mov(rax, qword[rdi + OFF_TYPE]);
            mov(rcx, reinterpret_cast<uintptr_t>(&Int_Type));
            cmp(rax, rcx);
            jne(not_int);
            cmp(qword[rdi + offsetof(IntObject, big)], 0);
            jne(zero);
            mov(rdx, qword[r14 + OFF_TS_INT_FREELIST]);
            jmp(push);
            L(not_int);
            mov(rcx, reinterpret_cast<uintptr_t>(&Float_Type));
            cmp(rax, rcx);
            jne(zero);
            mov(rdx, qword[r14 + OFF_TS_FLOAT_FREELIST]);
            L(push);
            cmp(dword[rdx + OFF_FL_COUNT], ObjectFreeList::MAX);
            jae(zero);
            mov(rcx, qword[rdx + OFF_FL_HEAD]);  // the block's first word links to the old head
            mov(qword[rdi], rcx);
            mov(qword[rdx + OFF_FL_HEAD], rdi);
            add(dword[rdx + OFF_FL_COUNT], 1);
            jmp(done, T_NEAR);
        }
        L(zero);
        call_helper(H_DECREF_ZERO);
        jmp(done, T_NEAR);
        L(shared);
        call_helper(H_DECREF_SHARED);
        L(done);
    }
    // rax = a new object of `type` (an exact int or float) from this thread's free list,
    // header initialised as init_header does: owned by this thread, count 1.  Empty list: `empty`.
    void alloc_number(TypeObject* type, int freelist_offset, Xbyak::Label& empty) {
        mov(rdx, qword[r14 + freelist_offset]);
        mov(rax, qword[rdx + OFF_FL_HEAD]);
        test(rax, rax);
        jz(empty, T_NEAR);
        mov(rcx, qword[rax]);
        mov(qword[rdx + OFF_FL_HEAD], rcx);
        sub(dword[rdx + OFF_FL_COUNT], 1);
        mov(rcx, qword[r14 + OFF_TS_TID]);
        mov(qword[rax + OFF_TID], rcx);
        mov(dword[rax + OFF_FLAGS], 0);       // ob_flags, ob_mutex, ob_gc_bits
        mov(dword[rax + OFF_LOCAL], 1);
        mov(qword[rax + OFF_SHARED], 0);
        mov(rcx, reinterpret_cast<uintptr_t>(type));
        mov(qword[rax + OFF_TYPE], rcx);
    }
    // Push o (a new reference: incref first) onto the value stack.
    void push_new_ref(const Xbyak::Reg64& o) {
        incref(o);
        mov(qword[r13], o);
        add(r13, 8);
    }
    void xdecref_rdi(bool numbers = false) {  // the same for a slot that may be NULL
        Xbyak::Label null;
        test(rdi, rdi);
        jz(null, T_NEAR);
        decref_rdi(numbers);
        L(null);
    }
    // ts, frame, sp, index: the arguments of every generic helper.
    void helper_args_index() {
        mov(rdi, r14);
        mov(rsi, r12);
        mov(rdx, r13);
    }
    // Guards of a fast path: on failure, STUB_SLOW runs the instruction in the interpreter's
    // code.  They come before any change, so the slow path sees the instruction's inputs intact.
    // fused: how many loads before this instruction were fused into it (the slow path runs them too).
    void load_index_for_guards(int fused = 0) { mov(ebx, MAGIC32); hole(HoleKind::GUARD_INDEX, PatchForm::ABS32, 0, fused); }
    void guard_type(const Xbyak::Reg64& o, const Xbyak::Reg64& type) {
        cmp(qword[o + OFF_TYPE], type);
        jcc_stub(CC_NE, STUB_SLOW);
    }
    void guard_small_int(const Xbyak::Reg64& o) {  // type already checked: a machine-word int
        cmp(qword[o + OFF_INT_BIG], 0);
        jcc_stub(CC_NE, STUB_SLOW);
    }
};

// ── the generic stencil: any instruction, through the interpreter's code ──
// jit_step runs it exactly as eval_frame would, then the stencil goes wherever frame->instr says
// (the next instruction, or a jump's target).
Stencil generic_stencil(const char* name, JitHelper helper = H_STEP) {
    Asm a;
    a.helper_args_index();
    a.mov_hole(a.ecx, HoleKind::INSTR_INDEX);
    a.call_helper(helper);
    a.test(a.rax, a.rax);        // null: an exception, its traceback entry already added
    a.jcc_stub(CC_E, STUB_ERROR);
    a.mov(a.r13, a.rax);         // the new stack top
    a.mov(a.eax, a.dword[a.r12 + OFF_FRAME_INSTR]);
    a.cmp(a.eax, MAGIC32);
    a.hole(HoleKind::NEXT_INDEX, PatchForm::ABS32);
    a.jcc_stub(CC_NE, STUB_DISPATCH);  // it jumped: go through the target table
    return a.finish(name);
}

// ── the function header: the prologue and the stubs ──
Stencil header_stencil(uint16_t* stub) {
    Asm a;
    using namespace Xbyak::util;
    // int entry(Frame* frame /*rdi*/, Object** sp /*rsi*/, ThreadState* ts /*rdx*/, code /*rcx*/)
    a.push(rbp);
    a.mov(rbp, rsp);  // gdb and perf recognise this prologue and unwind through it
    a.push(rbx);
    a.push(r12);
    a.push(r13);
    a.push(r14);
    a.push(r15);
    a.sub(rsp, 8);    // return address + 6 pushes + 8 = 64: rsp is 16-byte aligned for calls
    a.mov(r12, rdi);
    a.mov(r13, rsi);
    a.mov(r14, rdx);
    a.jmp(rcx);

    Xbyak::Label store_sp, leave, error;
    stub[STUB_RETURN] = uint16_t(a.getSize());
    a.mov(eax, JIT_EXIT_RETURN);
    a.jmp(store_sp);
    stub[STUB_DEOPT] = uint16_t(a.getSize());
    a.mov(eax, JIT_EXIT_DEOPT);
    a.L(store_sp);
    a.mov(qword[r12 + OFF_FRAME_SP], r13);
    a.L(leave);
    a.add(rsp, 8);
    a.pop(r15);
    a.pop(r14);
    a.pop(r13);
    a.pop(r12);
    a.pop(rbx);
    a.pop(rbp);
    a.ret();
    stub[STUB_ERROR] = uint16_t(a.getSize());
    a.L(error);
    a.mov(eax, JIT_EXIT_ERROR);  // the helper has stored frame->sp and frame->instr
    a.jmp(leave);

    stub[STUB_SLOW] = uint16_t(a.getSize());
    a.helper_args_index();
    a.mov(ecx, ebx);             // the instruction whose guard failed
    a.call_helper(H_STEP_GUARD);
    a.test(rax, rax);
    a.jz(error);
    a.mov(r13, rax);
    stub[STUB_DISPATCH] = uint16_t(a.getSize());
    a.mov(eax, dword[r12 + OFF_FRAME_INSTR]);
    a.mov_hole(rcx, HoleKind::TARGET_TABLE);
    a.jmp(qword[rcx + rax * 8]);
    return a.finish("header");
}

// ── loads, stores, stack shuffles ──
Stencil load_fast() {
    Asm a;
    a.load_index_for_guards();
    a.mov(a.rax, a.qword[a.r12 + MAGIC32]);  // rax = localsplus[oparg]
    a.local_operand_hole();
    a.test(a.rax, a.rax);                    // unset: the interpreter raises UnboundLocalError
    a.jcc_stub(CC_E, STUB_SLOW);
    a.push_new_ref(a.rax);
    return a.finish("LOAD_FAST");
}

// LOAD_GLOBAL from its cache entry (attrcache.cpp) when the entry was made for this frame's
// globals and builtins and neither dict has changed since (their versions match).  The entry is
// a sequence lock: read seq, the fields, then seq again; an odd or changed seq means a writer
// was at work.  x86-64 never reorders a load with an older load, so the three reads stay in
// program order without a fence (what the C++ code's acquire fence compiles to here: nothing).
// Any miss: the interpreter's LOAD_GLOBAL, which also refills the entry.
Stencil load_global() {
    Asm a;
    a.load_index_for_guards();
    a.mov_hole(a.rsi, HoleKind::GLOBAL_CACHE);
    a.mov(a.eax, a.dword[a.rsi + offsetof(GlobalCacheEntry, lock)]);
    a.test(a.eax, 1);
    a.jcc_stub(CC_NE, STUB_SLOW);
    a.mov(a.rdx, a.qword[a.r12 + OFF_FRAME_GLOBALS]);
    a.cmp(a.rdx, a.qword[a.rsi + offsetof(GlobalCacheEntry, globals)]);
    a.jcc_stub(CC_NE, STUB_SLOW);
    a.mov(a.r8, a.qword[a.r12 + OFF_FRAME_BUILTINS]);
    a.cmp(a.r8, a.qword[a.rsi + offsetof(GlobalCacheEntry, builtins)]);
    a.jcc_stub(CC_NE, STUB_SLOW);
    a.mov(a.r10, a.qword[a.rsi + offsetof(GlobalCacheEntry, value)]);
    a.test(a.r10, a.r10);
    a.jcc_stub(CC_E, STUB_SLOW);
    a.mov(a.r9, a.qword[a.rdx + offsetof(DictObject, version)]);
    a.cmp(a.r9, a.qword[a.rsi + offsetof(GlobalCacheEntry, globals_version)]);
    a.jcc_stub(CC_NE, STUB_SLOW);
    a.mov(a.r9, a.qword[a.r8 + offsetof(DictObject, version)]);
    a.cmp(a.r9, a.qword[a.rsi + offsetof(GlobalCacheEntry, builtins_version)]);
    a.jcc_stub(CC_NE, STUB_SLOW);
    a.cmp(a.eax, a.dword[a.rsi + offsetof(GlobalCacheEntry, lock)]);
    a.jcc_stub(CC_NE, STUB_SLOW);
    a.mov(a.rax, a.r10);  // valid until this thread's next safe point (QSBR): take a reference now
    a.push_new_ref(a.rax);
    return a.finish("LOAD_GLOBAL_CACHED");
}

Stencil store_fast() {
    Asm a;
    a.sub(a.r13, 8);
    a.mov(a.rax, a.qword[a.r13]);            // the value
    a.mov(a.rdi, a.qword[a.r12 + MAGIC32]);  // the old value (maybe unset)
    a.local_operand_hole();
    a.mov(a.qword[a.r12 + MAGIC32], a.rax);  // store first: a __del__ run by the decref sees the new value
    a.local_operand_hole();
    a.xdecref_rdi(true);                     // (often the int or float a loop just replaced)
    return a.finish("STORE_FAST");
}

Stencil load_const() {
    Asm a;
    a.mov_hole(a.rax, HoleKind::CONST);  // the constant's address, patched in
    a.push_new_ref(a.rax);
    return a.finish("LOAD_CONST");
}

Stencil pop_top() {
    Asm a;
    a.sub(a.r13, 8);
    a.mov(a.rdi, a.qword[a.r13]);
    a.xdecref_rdi(true);
    return a.finish("POP_TOP");
}

Stencil push_null() {
    Asm a;
    a.mov(a.qword[a.r13], 0);
    a.add(a.r13, 8);
    return a.finish("PUSH_NULL");
}

Stencil nop() {
    Asm a;
    return a.finish("NOP");
}

// ── control flow ──
Stencil jump_forward() {
    Asm a;
    a.jmp_hole(HoleKind::JUMP_TARGET);
    return a.finish("JUMP_FORWARD");
}

// The loop back-edge: the periodic check (another thread queued objects for us, the GIL is
// wanted, a QSBR safe point), then the jump.  frame->sp is stored first because the check may
// let other threads run, and this frame's stack must be consistent by then.
Stencil jump_backward() {
    Asm a;
    Xbyak::Label check;
    a.mov(a.eax, a.dword[a.r14 + OFF_TS_BREAKER]);
    a.test(a.eax, a.eax);
    a.jnz(check);
    a.jmp_hole(HoleKind::JUMP_TARGET);
    a.L(check);
    a.mov(a.qword[a.r12 + OFF_FRAME_SP], a.r13);
    a.mov(a.rdi, a.r14);
    a.call_helper(H_EVAL_BREAKER);
    a.jmp_hole(HoleKind::JUMP_TARGET);
    return a.finish("JUMP_BACKWARD");
}

// if not v / if v: True and False are answered here (they are immortal: no decref); any other
// value goes to the interpreter's truth test.
Stencil pop_jump_if_bool(bool jump_if) {
    Asm a;
    Xbyak::Label other;
    uintptr_t jumps = reinterpret_cast<uintptr_t>(jump_if ? Py_True : Py_False);
    uintptr_t falls = reinterpret_cast<uintptr_t>(jump_if ? Py_False : Py_True);
    a.load_index_for_guards();
    a.mov(a.rax, a.qword[a.r13 - 8]);
    a.mov(a.rcx, jumps);
    a.cmp(a.rax, a.rcx);
    a.jne(other);
    a.sub(a.r13, 8);
    a.jmp_hole(HoleKind::JUMP_TARGET);
    a.L(other);
    a.mov(a.rcx, falls);
    a.cmp(a.rax, a.rcx);
    a.jcc_stub(CC_NE, STUB_SLOW);
    a.sub(a.r13, 8);
    a.tail_continue();  // left out: the next instruction's code follows
    return a.finish(jump_if ? "POP_JUMP_IF_TRUE" : "POP_JUMP_IF_FALSE");
}

Stencil pop_jump_if_none(bool jump_if_none) {
    Asm a;
    a.sub(a.r13, 8);
    a.mov(a.rdi, a.qword[a.r13]);
    a.mov(a.rcx, reinterpret_cast<uintptr_t>(Py_None));
    a.cmp(a.rdi, a.rcx);  // None is immortal: no decref on that side
    a.jcc_hole(CC_E, jump_if_none ? HoleKind::JUMP_TARGET : HoleKind::CONTINUE);
    a.decref_rdi();
    if (!jump_if_none) a.jmp_hole(HoleKind::JUMP_TARGET);
    return a.finish(jump_if_none ? "POP_JUMP_IF_NONE" : "POP_JUMP_IF_NOT_NONE");
}

// for v in range(...): the range iterator is stepped here (the same arithmetic as
// range.cpp's range_iter_next); other iterators go to their iternext through H_FOR_ITER.
void box_int_rax(Asm& a);  // (arithmetic, below)
bool vector_layout_ok();   // (lists, below)
constexpr int OFF_LIST_BEGIN = offsetof(ListObject, items);  // (std::vector's first two words)
constexpr int OFF_LIST_END = offsetof(ListObject, items) + 8;

// A list's iterator, while only one thread exists (list_iter_step takes the list's lock once
// threads do): the item at `index`, if the index is still inside the list (the loop body may
// have shrunk it); past the end, the C++ helper, which also lets the iterator go of its list.
void for_iter_list(Asm& a, Xbyak::Label& other) {
    a.mov(a.rax, reinterpret_cast<uintptr_t>(&ListIter_Type));
    a.cmp(a.qword[a.rdi + OFF_TYPE], a.rax);
    a.jne(other, Xbyak::CodeGenerator::T_NEAR);
    a.mov(a.rax, reinterpret_cast<uintptr_t>(&multithreaded));
    a.cmp(a.byte[a.rax], 0);
    a.jne(other, Xbyak::CodeGenerator::T_NEAR);
    a.mov(a.rsi, a.qword[a.rdi + offsetof(SeqIterObject, seq)]);
    a.test(a.rsi, a.rsi);                       // null: exhausted already
    a.jz(other, Xbyak::CodeGenerator::T_NEAR);
    a.mov(a.rcx, a.qword[a.rdi + offsetof(SeqIterObject, index)]);
    a.mov(a.rax, a.qword[a.rsi + OFF_LIST_BEGIN]);
    a.mov(a.rdx, a.qword[a.rsi + OFF_LIST_END]);
    a.sub(a.rdx, a.rax);
    a.sar(a.rdx, 3);
    a.cmp(a.rcx, a.rdx);                        // unsigned: a negative index is huge
    a.jae(other, Xbyak::CodeGenerator::T_NEAR);
    a.mov(a.rax, a.qword[a.rax + a.rcx * 8]);
    a.add(a.rcx, 1);
    a.mov(a.qword[a.rdi + offsetof(SeqIterObject, index)], a.rcx);
    a.push_new_ref(a.rax);
    a.jmp_hole(HoleKind::CONTINUE);
}

Stencil for_iter() {
    Asm a;
    Xbyak::Label other, exhausted, last, not_range;
    a.mov(a.rdi, a.qword[a.r13 - 8]);
    a.mov(a.rax, reinterpret_cast<uintptr_t>(&RangeIter_Type));
    a.cmp(a.qword[a.rdi + OFF_TYPE], a.rax);
    a.jne(not_range, Xbyak::CodeGenerator::T_NEAR);
    a.mov(a.rax, a.qword[a.rdi + OFF_RANGE_REMAINING]);
    a.test(a.rax, a.rax);
    a.jle(exhausted, Xbyak::CodeGenerator::T_NEAR);
    a.sub(a.rax, 1);
    a.mov(a.qword[a.rdi + OFF_RANGE_REMAINING], a.rax);
    a.mov(a.rax, a.qword[a.rdi + OFF_RANGE_NEXT]);
    a.jz(last);                                // the last item: next += step might overflow
    a.mov(a.rcx, a.rax);
    a.add(a.rcx, a.qword[a.rdi + OFF_RANGE_STEP]);
    a.mov(a.qword[a.rdi + OFF_RANGE_NEXT], a.rcx);
    a.L(last);
    box_int_rax(a);
    a.mov(a.qword[a.r13], a.rax);
    a.add(a.r13, 8);
    a.jmp_hole(HoleKind::CONTINUE);
    a.L(exhausted);                            // pop the iterator and leave the loop
    a.sub(a.r13, 8);
    a.decref_rdi();
    a.jmp_hole(HoleKind::JUMP_TARGET);
    a.L(not_range);
    if (vector_layout_ok()) for_iter_list(a, other);
    a.L(other);                                // any other iterator: its iternext, in C++
    a.helper_args_index();
    a.mov_hole(a.ecx, HoleKind::INSTR_INDEX);
    a.call_helper(H_FOR_ITER);
    a.test(a.rax, a.rax);
    a.jcc_stub(CC_E, STUB_ERROR);
    a.mov(a.r13, a.rax);
    a.mov(a.eax, a.dword[a.r12 + OFF_FRAME_INSTR]);
    a.cmp(a.eax, MAGIC32);
    a.hole(HoleKind::NEXT_INDEX, PatchForm::ABS32);
    a.jcc_stub(CC_NE, STUB_DISPATCH);          // exhausted: frame->instr is the loop's exit
    return a.finish("FOR_ITER_RANGE_LIST");
}

Stencil return_value() {
    Asm a;
    a.jmp_hole(HoleKind::EXIT, STUB_RETURN);  // the interpreter pops the value and returns it
    return a.finish("RETURN_VALUE");
}

// Instructions that switch between frames and the C++ stack (a generator suspending, a frame
// becoming a generator) stay with the interpreter: leave compiled code before them.
Stencil deopt(const char* name) {
    Asm a;
    a.mov(a.dword[a.r12 + OFF_FRAME_INSTR], MAGIC32);
    a.hole(HoleKind::INSTR_INDEX, PatchForm::ABS32);
    a.jmp_hole(HoleKind::EXIT, STUB_DEOPT);
    return a.finish(name);
}

// ── arithmetic ──
// Guards: both operands exactly int and machine-word sized (not bool, not a bigint), or, for the
// float operations, each a float or a machine-word int (converted exactly as CPython converts
// it: round to nearest).  Then the operation, with the overflow flag or a range check sending a
// result that does not fit 64 bits to the interpreter, which makes the bigint.  The result is
// boxed (small ints come from the immortal table, inline), then both operands are released and
// the result replaces them.
enum class Arith { ADD, SUB, MUL, TRUE_DIV, AND, OR, XOR, LSHIFT, RSHIFT, REMAINDER, FLOOR_DIV };
bool has_int_path(Arith op) { return op != Arith::TRUE_DIV; }
bool has_float_path(Arith op) { return op <= Arith::TRUE_DIV; }

// Where a two-operand stencil finds its operands (jit.h: operand fusion).  On the stack, each
// is a reference the stencil owns and drops; fused, a borrowed one: the local slot (null means
// unset: the interpreter raises UnboundLocalError) or the constant, which nothing decrefs.
struct Operands {
    OperandSource left = SRC_STACK, right = SRC_STACK;
    int on_stack() const { return (left == SRC_STACK) + (right == SRC_STACK); }
    int fused() const { return 2 - on_stack(); }
    OperandSource source(int side) const { return side == 0 ? left : right; }
    int slot(int side) const { return side == 0 ? on_stack() : 1; }  // from the top: left is deeper
    int from(int side) const { return side == 0 ? 2 : 1; }           // a fused operand's load
    void load(Asm& a, int side, const Xbyak::Reg64& r) const {
        switch (source(side)) {
            case SRC_STACK: a.mov(r, a.qword[a.r13 - 8 * slot(side)]); break;
            case SRC_LOCAL:
                a.mov(r, a.qword[a.r12 + MAGIC32]);
                a.hole(HoleKind::LOCAL_OFFSET, PatchForm::ABS32, 0, from(side));
                a.test(r, r);
                a.jcc_stub(CC_E, STUB_SLOW);
                break;
            default: a.mov(r, MAGIC64); a.hole(HoleKind::CONST, PatchForm::ABS64, 0, from(side)); break;
        }
    }
    // The stack's references: dropped (all, or all but the one the result took over).
    void drop(Asm& a, int keep_side = -1) const {
        for (int side = 0; side < 2; side++) {
            if (source(side) != SRC_STACK || side == keep_side) continue;
            a.mov(a.rdi, a.qword[a.r13 - 8 * slot(side)]);
            a.decref_rdi(true);
        }
    }
};

// After the result is in r15: drop the operands the stack held, leave the result on top.
void drop_operands_push_r15(Asm& a, const Operands& ops = {}, int keep_side = -1) {
    ops.drop(a, keep_side);
    switch (ops.on_stack()) {
        case 2: a.sub(a.r13, 8); a.mov(a.qword[a.r13 - 8], a.r15); break;
        case 1: a.mov(a.qword[a.r13 - 8], a.r15); break;
        default: a.mov(a.qword[a.r13], a.r15); a.add(a.r13, 8); break;
    }
}

// rax = the int object for the machine word in rax: one of the immortal small ints (no call),
// else a new one from the allocator.  Clobbers the caller-saved registers.
void box_int_rax(Asm& a) {
    Xbyak::Label alloc, done;
    a.lea(a.rcx, a.ptr[a.rax - int(SMALL_INT_MIN)]);  // -5..256 -> 0..261
    a.cmp(a.rcx, SMALL_INT_COUNT);
    a.jae(alloc, Xbyak::CodeGenerator::T_NEAR);
    a.imul(a.rcx, a.rcx, int(sizeof(IntObject)));
    a.mov(a.rax, reinterpret_cast<uintptr_t>(small_int_table()));
    a.add(a.rax, a.rcx);
    a.jmp(done, Xbyak::CodeGenerator::T_NEAR);
    a.L(alloc);
    Xbyak::Label empty;
    a.mov(a.r8, a.rax);
    a.alloc_number(&Int_Type, OFF_TS_INT_FREELIST, empty);
    a.mov(a.qword[a.rax + OFF_INT_VALUE], a.r8);
    a.mov(a.qword[a.rax + OFF_INT_BIG], 0);
    a.jmp(done, Xbyak::CodeGenerator::T_NEAR);
    a.L(empty);
    a.mov(a.rdi, a.r8);
    a.call_helper(H_INT_BOX);
    a.L(done);
}

// xmm = the value of the float or machine-word int in `o`; anything else: STUB_SLOW.
void load_double(Asm& a, const Xbyak::Xmm& x, const Xbyak::Reg64& o) {
    Xbyak::Label is_float, done;
    a.mov(a.rax, reinterpret_cast<uintptr_t>(&Float_Type));
    a.cmp(a.qword[o + OFF_TYPE], a.rax);
    a.je(is_float);
    a.mov(a.rax, reinterpret_cast<uintptr_t>(&Int_Type));
    a.guard_type(o, a.rax);
    a.guard_small_int(o);
    a.mov(a.rax, a.qword[o + OFF_INT_VALUE]);  // through a 64-bit register: xbyak encodes
    a.cvtsi2sd(x, a.rax);                      // cvtsi2sd with a memory operand as the 32-bit form
    a.jmp(done);
    a.L(is_float);
    a.movsd(x, a.qword[o + OFF_FLOAT_VALUE]);
    a.L(done);
}

// rax = rax <op> rcx for machine-word ints, or STUB_SLOW when Python's answer needs more.
void int_operation(Asm& a, Arith op) {
    Xbyak::Label ok;
    switch (op) {
        case Arith::ADD: a.add(a.rax, a.rcx); a.jcc_stub(CC_O, STUB_SLOW); break;
        case Arith::SUB: a.sub(a.rax, a.rcx); a.jcc_stub(CC_O, STUB_SLOW); break;
        case Arith::MUL: a.imul(a.rax, a.rcx); a.jcc_stub(CC_O, STUB_SLOW); break;
        case Arith::AND: a.and_(a.rax, a.rcx); break;
        case Arith::OR: a.or_(a.rax, a.rcx); break;
        case Arith::XOR: a.xor_(a.rax, a.rcx); break;
        case Arith::LSHIFT:  // 0 <= y < 64 and no bits lost: shifting back gives x again
            a.cmp(a.rcx, 63);
            a.jcc_stub(Cond(0x7), STUB_SLOW);  // ja (unsigned: a negative count is huge)
            a.mov(a.rdx, a.rax);
            a.shl(a.rdx, a.cl);
            a.mov(a.r8, a.rdx);
            a.sar(a.r8, a.cl);
            a.cmp(a.r8, a.rax);
            a.jcc_stub(CC_NE, STUB_SLOW);
            a.mov(a.rax, a.rdx);
            break;
        case Arith::RSHIFT:  // an arithmetic shift is Python's floor(x / 2**y), for 0 <= y < 64
            a.cmp(a.rcx, 63);
            a.jcc_stub(Cond(0x7), STUB_SLOW);
            a.sar(a.rax, a.cl);
            break;
        case Arith::REMAINDER:  // y > 0: idiv's remainder has x's sign; Python's has y's
            a.test(a.rcx, a.rcx);
            a.jcc_stub(CC_LE, STUB_SLOW);
            a.cqo();
            a.idiv(a.rcx);
            a.test(a.rdx, a.rdx);
            a.jns(ok);
            a.add(a.rdx, a.rcx);
            a.L(ok);
            a.mov(a.rax, a.rdx);
            break;
        case Arith::FLOOR_DIV:  // y > 0: idiv truncates; Python floors (one less when x < 0 and inexact)
            a.test(a.rcx, a.rcx);
            a.jcc_stub(CC_LE, STUB_SLOW);
            a.cqo();
            a.idiv(a.rcx);
            a.test(a.rdx, a.rdx);
            a.jns(ok);
            a.sub(a.rax, 1);
            a.L(ok);
            break;
        default: break;
    }
}

Stencil binary_op(Arith op, const char* name, Operands ops) {
    Asm a;
    Xbyak::Label not_int, done, reused;
    a.load_index_for_guards(ops.fused());
    ops.load(a, 0, a.rdi);  // left
    ops.load(a, 1, a.rsi);  // right
    a.mov(a.rax, reinterpret_cast<uintptr_t>(&Int_Type));
    a.cmp(a.qword[a.rdi + OFF_TYPE], a.rax);
    if (has_int_path(op)) {
        a.jne(not_int, Xbyak::CodeGenerator::T_NEAR);
        a.cmp(a.qword[a.rsi + OFF_TYPE], a.rax);
        a.jne(not_int, Xbyak::CodeGenerator::T_NEAR);
        a.guard_small_int(a.rdi);
        a.guard_small_int(a.rsi);
        a.mov(a.rax, a.qword[a.rdi + OFF_INT_VALUE]);
        a.mov(a.rcx, a.qword[a.rsi + OFF_INT_VALUE]);
        int_operation(a, op);
        box_int_rax(a);
        a.mov(a.r15, a.rax);
        a.jmp(done, Xbyak::CodeGenerator::T_NEAR);
    } else {  // int / int: both are converted only below 2**53 by CPython; leave it to the interpreter
        Xbyak::Label left_not_int;
        a.jne(left_not_int);
        a.cmp(a.qword[a.rsi + OFF_TYPE], a.rax);
        a.jcc_stub(CC_E, STUB_SLOW);
        a.L(left_not_int);
    }
    a.L(not_int);
    if (has_float_path(op)) {
        load_double(a, a.xmm0, a.rdi);
        load_double(a, a.xmm1, a.rsi);
        if (op == Arith::ADD) a.addsd(a.xmm0, a.xmm1);
        if (op == Arith::SUB) a.subsd(a.xmm0, a.xmm1);
        if (op == Arith::MUL) a.mulsd(a.xmm0, a.xmm1);
        if (op == Arith::TRUE_DIV) {    // x / 0.0 raises ZeroDivisionError: the interpreter's job
            a.xorpd(a.xmm2, a.xmm2);
            a.ucomisd(a.xmm1, a.xmm2);
            a.jcc_stub(CC_E, STUB_SLOW);  // (equal or unordered: a NaN divisor is fine either way)
            a.divsd(a.xmm0, a.xmm1);
        }
        // A temporary operand (the stack holds its only reference: count 1, owned by this
        // thread, no shared references) takes the result in place, as the interpreter's
        // float_result does: `x * y + z` then neither allocates nor frees.
        // (A fused operand is borrowed: never a sole reference, so never reused.)
        Xbyak::Label not_left, not_right;
        for (int side = 0; side < 2; side++) {
            if (ops.source(side) != SRC_STACK) continue;
            const Xbyak::Reg64& o = side == 0 ? a.rdi : a.rsi;
            Xbyak::Label& next = side == 0 ? not_left : not_right;
            a.mov(a.rax, reinterpret_cast<uintptr_t>(&Float_Type));
            a.cmp(a.qword[o + OFF_TYPE], a.rax);
            a.jne(next, Xbyak::CodeGenerator::T_NEAR);
            a.cmp(a.dword[o + OFF_LOCAL], 1);
            a.jne(next, Xbyak::CodeGenerator::T_NEAR);
            a.mov(a.rcx, a.qword[o + OFF_TID]);
            a.cmp(a.rcx, a.qword[a.r14 + OFF_TS_TID]);
            a.jne(next, Xbyak::CodeGenerator::T_NEAR);
            a.cmp(a.qword[o + OFF_SHARED], 1 << SHARED_SHIFT);  // unsigned: a zero count, flags only
            a.jae(next, Xbyak::CodeGenerator::T_NEAR);
            a.movsd(a.qword[o + OFF_FLOAT_VALUE], a.xmm0);
            a.mov(a.r15, o);  // the result, with the stack's reference to the operand
            drop_operands_push_r15(a, ops, side);
            a.jmp(reused, Xbyak::CodeGenerator::T_NEAR);
            a.L(next);
        }
        Xbyak::Label empty, boxed;
        a.alloc_number(&Float_Type, OFF_TS_FLOAT_FREELIST, empty);
        a.movsd(a.qword[a.rax + OFF_FLOAT_VALUE], a.xmm0);
        a.jmp(boxed);
        a.L(empty);
        for (int side = 0; side < 2; side++)  // a borrowed operand is no candidate for reuse
            if (ops.source(side) != SRC_STACK) a.xor_(side == 0 ? a.edi : a.esi, side == 0 ? a.edi : a.esi);
        a.call_helper(H_FLOAT_BOX);     // (rdi, rsi, xmm0): may reuse a dying float operand
        a.L(boxed);
        a.mov(a.r15, a.rax);
    } else {
        a.jmp_hole(HoleKind::EXIT, STUB_SLOW);
    }
    a.L(done);
    drop_operands_push_r15(a, ops);
    a.L(reused);
    return a.finish(name);
}

// a < b and friends for machine-word ints and for floats: r15d = 1 or 0.  Floats compare with
// ucomisd, which reports "unordered" for a NaN: every comparison with a NaN is then false,
// except !=.
void compare_into_r15(Asm& a, int cmp, const Operands& ops) {
    Xbyak::Label not_int, done;
    a.load_index_for_guards(ops.fused());
    ops.load(a, 0, a.rdi);
    ops.load(a, 1, a.rsi);
    a.mov(a.rax, reinterpret_cast<uintptr_t>(&Int_Type));
    a.cmp(a.qword[a.rdi + OFF_TYPE], a.rax);
    a.jne(not_int, Xbyak::CodeGenerator::T_NEAR);
    a.guard_type(a.rsi, a.rax);
    a.guard_small_int(a.rdi);
    a.guard_small_int(a.rsi);
    a.xor_(a.r15d, a.r15d);
    a.mov(a.rax, a.qword[a.rdi + OFF_INT_VALUE]);
    a.cmp(a.rax, a.qword[a.rsi + OFF_INT_VALUE]);
    switch (cmp) {
        case CMP_LT: a.setl(a.r15b); break;
        case CMP_LE: a.setle(a.r15b); break;
        case CMP_EQ: a.sete(a.r15b); break;
        case CMP_NE: a.setne(a.r15b); break;
        case CMP_GT: a.setg(a.r15b); break;
        default: a.setge(a.r15b); break;
    }
    a.jmp(done, Xbyak::CodeGenerator::T_NEAR);
    a.L(not_int);
    a.mov(a.rax, reinterpret_cast<uintptr_t>(&Float_Type));
    a.guard_type(a.rdi, a.rax);
    a.guard_type(a.rsi, a.rax);
    a.movsd(a.xmm0, a.qword[a.rdi + OFF_FLOAT_VALUE]);
    a.movsd(a.xmm1, a.qword[a.rsi + OFF_FLOAT_VALUE]);
    a.xor_(a.r15d, a.r15d);
    switch (cmp) {  // "above" is the unsigned-style flag ucomisd sets; false when unordered
        case CMP_LT: a.ucomisd(a.xmm1, a.xmm0); a.seta(a.r15b); break;
        case CMP_LE: a.ucomisd(a.xmm1, a.xmm0); a.setae(a.r15b); break;
        case CMP_GT: a.ucomisd(a.xmm0, a.xmm1); a.seta(a.r15b); break;
        case CMP_GE: a.ucomisd(a.xmm0, a.xmm1); a.setae(a.r15b); break;
        case CMP_EQ: a.ucomisd(a.xmm0, a.xmm1); a.sete(a.r15b); a.setnp(a.al); a.and_(a.r15b, a.al); break;
        default: a.ucomisd(a.xmm0, a.xmm1); a.setne(a.r15b); a.setp(a.al); a.or_(a.r15b, a.al); break;
    }
    a.L(done);
}

// COMPARE_OP alone: the result is True or False (immortal: no incref).
Stencil compare_op(int cmp, const char* name, Operands ops) {
    Asm a;
    compare_into_r15(a, cmp, ops);
    a.mov(a.rax, reinterpret_cast<uintptr_t>(Py_False));
    a.mov(a.rcx, reinterpret_cast<uintptr_t>(Py_True));
    a.test(a.r15d, a.r15d);
    a.cmovnz(a.rax, a.rcx);
    a.mov(a.r15, a.rax);
    drop_operands_push_r15(a, ops);
    return a.finish(name);
}

// COMPARE_OP + POP_JUMP_IF_x: no bool is made; the branch goes straight to the jump's target,
// or over the POP_JUMP to the instruction after it.  A failed guard runs the COMPARE_OP alone
// in the interpreter's code, which then continues at the POP_JUMP's own stencil.
Stencil compare_branch(int cmp, bool jump_if_true, const char* name, Operands ops) {
    Asm a;
    compare_into_r15(a, cmp, ops);
    ops.drop(a);
    if (ops.on_stack()) a.sub(a.r13, 8 * ops.on_stack());
    a.test(a.r15d, a.r15d);
    a.jcc_hole(jump_if_true ? CC_NE : CC_E, HoleKind::NEXT_TARGET);
    a.jmp_hole(HoleKind::SKIP);
    return a.finish(name);
}

// ── lists ──
// l[i] and l[i] = v for a list and 0 <= i < len(l), while only one thread exists (another
// could resize the list between the bounds check and the access; the interpreter takes the
// list's lock then).  The list's std::vector is read as libstdc++ lays it out: the first two
// words are the begin and end pointers (checked once at start-up: vector_layout_ok).

bool vector_layout_ok() {
    std::vector<Object*> v(3);
    auto** words = reinterpret_cast<Object***>(&v);
    DictObject d;  // (its entries vector, with the dict's own allocator, for LOAD_ATTR_INSTANCE)
    d.entries.resize(2);
    auto** dwords = reinterpret_cast<DictEntry**>(&d.entries);
    bool dict_ok = dwords[0] == d.entries.data() && dwords[1] == d.entries.data() + 2;
    return words[0] == v.data() && words[1] == v.data() + 3 && dict_ok;
}

// rax = &items[i] of the list in rdi at the int in rsi, guards on the way.
void list_slot_address(Asm& a) {
    a.mov(a.rax, reinterpret_cast<uintptr_t>(&List_Type));
    a.guard_type(a.rdi, a.rax);
    a.mov(a.rax, reinterpret_cast<uintptr_t>(&Int_Type));
    a.guard_type(a.rsi, a.rax);
    a.guard_small_int(a.rsi);
    a.mov(a.rax, reinterpret_cast<uintptr_t>(&multithreaded));
    a.cmp(a.byte[a.rax], 0);
    a.jcc_stub(CC_NE, STUB_SLOW);
    a.mov(a.rcx, a.qword[a.rsi + OFF_INT_VALUE]);
    a.mov(a.rax, a.qword[a.rdi + OFF_LIST_BEGIN]);
    a.mov(a.rdx, a.qword[a.rdi + OFF_LIST_END]);
    a.sub(a.rdx, a.rax);
    a.sar(a.rdx, 3);
    a.cmp(a.rcx, a.rdx);                 // unsigned: a negative index is huge (the slow path wraps it)
    a.jcc_stub(Cond(0x3), STUB_SLOW);    // jae
    a.lea(a.rax, a.ptr[a.rax + a.rcx * 8]);
}

Stencil binary_subscr_list(const char* name, Operands ops) {
    Asm a;
    a.load_index_for_guards(ops.fused());
    ops.load(a, 0, a.rdi);  // the list
    ops.load(a, 1, a.rsi);  // the index
    list_slot_address(a);
    a.mov(a.r15, a.qword[a.rax]);
    a.incref(a.r15);
    drop_operands_push_r15(a, ops);
    return a.finish(name);
}

Stencil store_subscr_list() {
    Asm a;
    a.load_index_for_guards();
    a.mov(a.rdi, a.qword[a.r13 - 16]);  // the list
    a.mov(a.rsi, a.qword[a.r13 - 8]);   // the index
    list_slot_address(a);
    a.mov(a.rcx, a.qword[a.r13 - 24]);  // the value: the list takes the stack's reference
    a.mov(a.rdi, a.qword[a.rax]);       // the old item
    a.mov(a.qword[a.rax], a.rcx);
    a.decref_rdi(true);                 // after the store, as the interpreter: its __del__ sees the new list
                                        // (often the float `l[i] += x` just replaced: to the free list)
    a.mov(a.rdi, a.qword[a.r13 - 16]);
    a.decref_rdi();
    a.mov(a.rdi, a.qword[a.r13 - 8]);
    a.decref_rdi();
    a.sub(a.r13, 24);
    return a.finish("STORE_SUBSCR_LIST_INT");
}

// ── attributes ──
// obj.x through LOAD_ATTR's inline cache entry (specialize.h), while only one thread exists (the
// interpreter's rule: the entries are plain memory).  A hit is exactly the interpreter's
// attr_cache_load for ATTR_INSTANCE: the entry was filled for obj's exact type, no class dict
// changed since (the epoch), and entry `index` of obj's __dict__ still has the name as its key;
// then its value is the attribute.  Anything else (another kind of entry, a miss, a method
// call's form): STUB_SLOW, whose interpreter LOAD_ATTR also refills the entry.
constexpr int OFF_CACHE_TYPE = offsetof(AttrCache, type);
constexpr int OFF_CACHE_EPOCH = offsetof(AttrCache, epoch);
constexpr int OFF_CACHE_INDEX = offsetof(AttrCache, index);
constexpr int OFF_CACHE_KIND = offsetof(AttrCache, kind);
constexpr int OFF_TYPE_DICTOFFSET = offsetof(TypeObject, dictoffset);
constexpr int OFF_DICT_ENTRIES_BEGIN = offsetof(DictObject, entries);
constexpr int OFF_DICT_ENTRIES_END = offsetof(DictObject, entries) + 8;

Stencil load_attr_instance() {
    Asm a;
    a.load_index_for_guards();
    a.mov(a.rax, reinterpret_cast<uintptr_t>(&multithreaded));
    a.cmp(a.byte[a.rax], 0);
    a.jcc_stub(CC_NE, STUB_SLOW);
    a.mov_hole(a.rsi, HoleKind::ATTR_CACHE);
    a.cmp(a.byte[a.rsi + OFF_CACHE_KIND], ATTR_INSTANCE);
    a.jcc_stub(CC_NE, STUB_SLOW);
    a.mov(a.rdi, a.qword[a.r13 - 8]);                // the owner
    a.mov(a.rax, a.qword[a.rdi + OFF_TYPE]);
    a.cmp(a.rax, a.qword[a.rsi + OFF_CACHE_TYPE]);
    a.jcc_stub(CC_NE, STUB_SLOW);
    a.mov(a.rcx, reinterpret_cast<uintptr_t>(&type_epoch));
    a.mov(a.rcx, a.qword[a.rcx]);                    // (an x86-64 load is an acquire load)
    a.cmp(a.rcx, a.qword[a.rsi + OFF_CACHE_EPOCH]);
    a.jcc_stub(CC_NE, STUB_SLOW);
    a.mov(a.rdx, a.qword[a.rax + OFF_TYPE_DICTOFFSET]);
    a.mov(a.rdx, a.qword[a.rdi + a.rdx]);            // obj's __dict__
    a.test(a.rdx, a.rdx);
    a.jcc_stub(CC_E, STUB_SLOW);
    a.mov(a.ecx, a.dword[a.rsi + OFF_CACHE_INDEX]);
    a.imul(a.rcx, a.rcx, int(sizeof(DictEntry)));   // byte offset of entry `index`
    a.mov(a.r8, a.qword[a.rdx + OFF_DICT_ENTRIES_BEGIN]);
    a.mov(a.r9, a.qword[a.rdx + OFF_DICT_ENTRIES_END]);
    a.sub(a.r9, a.r8);
    a.cmp(a.rcx, a.r9);
    a.jcc_stub(Cond(0x3), STUB_SLOW);                // jae: past the last entry
    a.add(a.r8, a.rcx);
    a.mov_hole(a.rax, HoleKind::NAME, 1);
    a.cmp(a.qword[a.r8 + offsetof(DictEntry, key)], a.rax);
    a.jcc_stub(CC_NE, STUB_SLOW);                    // the entry holds another key now
    a.mov(a.r15, a.qword[a.r8 + offsetof(DictEntry, value)]);
    a.incref(a.r15);
    a.mov(a.qword[a.r13 - 8], a.r15);                // the attribute replaces the owner
    a.decref_rdi();                                  // (rdi: the owner, still)
    return a.finish("LOAD_ATTR_INSTANCE");
}

// ── small stack shuffles ──
Stencil copy() {  // push a new reference to the oparg-th item (1 = top)
    Asm a;
    Xbyak::Label null;
    a.mov_hole(a.ecx, HoleKind::OPARG);
    a.neg(a.rcx);
    a.mov(a.rax, a.qword[a.r13 + a.rcx * 8]);
    a.test(a.rax, a.rax);
    a.jz(null, Xbyak::CodeGenerator::T_NEAR);
    a.incref(a.rax);
    a.L(null);
    a.mov(a.qword[a.r13], a.rax);
    a.add(a.r13, 8);
    return a.finish("COPY");
}

Stencil swap() {  // swap the top with the oparg-th item
    Asm a;
    a.mov_hole(a.ecx, HoleKind::OPARG);
    a.neg(a.rcx);
    a.mov(a.rax, a.qword[a.r13 - 8]);
    a.mov(a.rdx, a.qword[a.r13 + a.rcx * 8]);
    a.mov(a.qword[a.r13 - 8], a.rdx);
    a.mov(a.qword[a.r13 + a.rcx * 8], a.rax);
    return a.finish("SWAP");
}

Stencil load_const_immortal() {  // None, True, small ints, interned names: no count to keep
    Asm a;
    a.mov_hole(a.rax, HoleKind::CONST);
    a.mov(a.qword[a.r13], a.rax);
    a.add(a.r13, 8);
    return a.finish("LOAD_CONST_IMMORTAL");
}

void patch_x86_64(uint8_t* loc, PatchForm form, uint64_t value, uint64_t address) {
    switch (form) {
        case PatchForm::ABS64: std::memcpy(loc, &value, 8); break;
        case PatchForm::ABS32: {
            uint32_t v = uint32_t(value);
            std::memcpy(loc, &v, 4);
            break;
        }
        case PatchForm::REL32: {  // relative to the end of the 4-byte field, as the CPU computes it
            int64_t d = int64_t(value) - int64_t(address + 4);
            if (d != int64_t(int32_t(d))) {
                fprintf(stderr, "minipy: JIT: jump out of rel32 range\n");
                abort();
            }
            int32_t v = int32_t(d);
            std::memcpy(loc, &v, 4);
            break;
        }
    }
}

StencilTable build_table() {
    StencilTable t;
    t.arch = "x86-64";
    t.objdump_args = "-D -b binary -m i386:x86-64";
    t.elf_machine = 62;  // EM_X86_64
    t.patch = patch_x86_64;
    t.header = header_stencil(t.stub_offset);
#define X(name, stack, doc) t.ops[OP_##name] = generic_stencil(#name);
    OPCODES(X)
#undef X
    // Instructions whose fast path is the interpreter's own, in a C++ helper (vm.cpp).
    t.ops[OP_CALL] = generic_stencil("CALL (jit_call)", H_CALL);
#if defined(__SANITIZE_THREAD__)
    // ThreadSanitizer cannot see machine code's loads, so it would not know that the inline
    // cache read acquires what the writer released (plain x86-64 loads do): its reports would
    // be false.  The make tsan build takes the same cache through the instrumented C++ helper.
    t.ops[OP_LOAD_GLOBAL] = generic_stencil("LOAD_GLOBAL (jit_load_global)", H_LOAD_GLOBAL);
#else
    t.ops[OP_LOAD_GLOBAL] = load_global();
#endif
    t.ops[OP_LOAD_ATTR] = generic_stencil("LOAD_ATTR (jit_load_attr)", H_LOAD_ATTR);
    t.ops[OP_STORE_ATTR] = generic_stencil("STORE_ATTR (jit_store_attr)", H_STORE_ATTR);
    t.ops[OP_NOP] = nop();
    t.ops[OP_POP_TOP] = pop_top();
    t.ops[OP_PUSH_NULL] = push_null();
    t.ops[OP_LOAD_CONST] = load_const();
    t.ops[OP_LOAD_FAST] = load_fast();
    t.ops[OP_STORE_FAST] = store_fast();
    t.ops[OP_JUMP_FORWARD] = jump_forward();
    t.ops[OP_JUMP_BACKWARD] = jump_backward();
    t.ops[OP_POP_JUMP_IF_FALSE] = pop_jump_if_bool(false);
    t.ops[OP_POP_JUMP_IF_TRUE] = pop_jump_if_bool(true);
    t.ops[OP_POP_JUMP_IF_NONE] = pop_jump_if_none(true);
    t.ops[OP_POP_JUMP_IF_NOT_NONE] = pop_jump_if_none(false);
    t.ops[OP_FOR_ITER] = for_iter();
    t.ops[OP_RETURN_VALUE] = return_value();
    t.ops[OP_YIELD_VALUE] = deopt("YIELD_VALUE (to the interpreter)");
    t.ops[OP_RETURN_GENERATOR] = deopt("RETURN_GENERATOR (to the interpreter)");
    t.ops[OP_BINARY_OP] = generic_stencil("BINARY_OP (jit_binary_op)", H_BINARY_OP);
    t.ops[OP_COPY] = copy();
    t.ops[OP_SWAP] = swap();
    t.load_const_immortal = load_const_immortal();
    t.fused_away.name = "(fused into a later instruction)";
    // Each two-operand stencil in every operand variant (jit.h): its name says which, as
    // "BINARY_OP_ADD_INT_FLOAT (local, const)".
    static std::deque<std::string> names;  // the variants' names, alive as long as the table
    auto for_each_variant = [](const char* base, auto&& make) {
        static const char* const src_name[SRC__COUNT] = {"stack", "local", "const"};
        for (int l = 0; l < SRC__COUNT; l++)
            for (int r = 0; r < SRC__COUNT; r++) {
                if (l != SRC_STACK && r == SRC_STACK) continue;  // only contiguous loads fuse
                Operands ops{OperandSource(l), OperandSource(r)};
                const char* name = base;
                if (ops.fused()) {
                    names.push_back(std::string(base) + " (" + src_name[l] + ", " + src_name[r] + ")");
                    name = names.back().c_str();
                }
                make(operand_variant(ops.left, ops.right), name, ops);
            }
    };
    if (vector_layout_ok()) {  // else the generic stencils: the interpreter's own list fast path
        for_each_variant("BINARY_SUBSCR_LIST_INT", [&](int v, const char* name, Operands ops) {
            t.subscr_list[v] = binary_subscr_list(name, ops);
        });
        t.ops[OP_BINARY_SUBSCR] = t.subscr_list[0];
        t.ops[OP_STORE_SUBSCR] = store_subscr_list();
        t.load_attr_instance = load_attr_instance();
    }
    struct { int op; Arith a; const char* name; } arith[] = {
        {NB_ADD, Arith::ADD, "BINARY_OP_ADD_INT_FLOAT"},
        {NB_SUBTRACT, Arith::SUB, "BINARY_OP_SUBTRACT_INT_FLOAT"},
        {NB_MULTIPLY, Arith::MUL, "BINARY_OP_MULTIPLY_INT_FLOAT"},
        {NB_TRUE_DIVIDE, Arith::TRUE_DIV, "BINARY_OP_TRUE_DIVIDE_FLOAT"},
        {NB_AND, Arith::AND, "BINARY_OP_AND_INT"},
        {NB_OR, Arith::OR, "BINARY_OP_OR_INT"},
        {NB_XOR, Arith::XOR, "BINARY_OP_XOR_INT"},
        {NB_LSHIFT, Arith::LSHIFT, "BINARY_OP_LSHIFT_INT"},
        {NB_RSHIFT, Arith::RSHIFT, "BINARY_OP_RSHIFT_INT"},
        {NB_REMAINDER, Arith::REMAINDER, "BINARY_OP_REMAINDER_INT"},
        {NB_FLOOR_DIVIDE, Arith::FLOOR_DIV, "BINARY_OP_FLOOR_DIVIDE_INT"},
    };
    for (auto& x : arith) {  // ints and floats are immutable: a += b means a + b for them
        for_each_variant(x.name, [&](int v, const char* name, Operands ops) {
            t.binary_op[x.op][v] = binary_op(x.a, name, ops);
            t.binary_op[x.op + NB_INPLACE_ADD][v] = t.binary_op[x.op][v];
        });
    }
    static const char* const cmp_names[6] = {"COMPARE_OP_LT_INT_FLOAT", "COMPARE_OP_LE_INT_FLOAT",
                                             "COMPARE_OP_EQ_INT_FLOAT", "COMPARE_OP_NE_INT_FLOAT",
                                             "COMPARE_OP_GT_INT_FLOAT", "COMPARE_OP_GE_INT_FLOAT"};
    static const char* const branch_names[6][2] = {
        {"COMPARE_OP_LT_POP_JUMP_IF_FALSE", "COMPARE_OP_LT_POP_JUMP_IF_TRUE"},
        {"COMPARE_OP_LE_POP_JUMP_IF_FALSE", "COMPARE_OP_LE_POP_JUMP_IF_TRUE"},
        {"COMPARE_OP_EQ_POP_JUMP_IF_FALSE", "COMPARE_OP_EQ_POP_JUMP_IF_TRUE"},
        {"COMPARE_OP_NE_POP_JUMP_IF_FALSE", "COMPARE_OP_NE_POP_JUMP_IF_TRUE"},
        {"COMPARE_OP_GT_POP_JUMP_IF_FALSE", "COMPARE_OP_GT_POP_JUMP_IF_TRUE"},
        {"COMPARE_OP_GE_POP_JUMP_IF_FALSE", "COMPARE_OP_GE_POP_JUMP_IF_TRUE"}};
    for (int c = 0; c < 6; c++) {
        for_each_variant(cmp_names[c], [&](int v, const char* name, Operands ops) {
            t.compare_op[c][v] = compare_op(c, name, ops);
        });
        for (int j = 0; j < 2; j++)
            for_each_variant(branch_names[c][j], [&](int v, const char* name, Operands ops) {
                t.compare_branch[c][j][v] = compare_branch(c, j == 1, name, ops);
            });
    }
    return t;
}

}  // namespace

const StencilTable& x86_64_stencils() {
    static const StencilTable table = build_table();  // thread-safe one-time initialisation
    return table;
}
#endif  // __x86_64__
