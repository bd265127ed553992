// jit.cpp — the copy-and-patch compiler: bytecode in, machine code out, by copying stencils.
//
// What this step does: when a code object gets hot (calls plus loop back-edges reach
// -X jit-threshold), lays out one stencil per instruction (stencils.cpp), copies their bytes
// into executable memory and patches their holes.  That is all a compilation does: no
// instruction selection beyond a table lookup, no register allocation, no optimisation pass.
// Comes in: a CodeObject (its instructions, constants and names).
// Goes out: a JitCode whose entry the interpreter calls (vm.cpp: run_jit), plus what a student
// and a debugger see of it: -X jit-dump, /tmp/perf-PID.map (-X perf), the GDB JIT interface.
// Read next: docs/09-jit.md (the tour), stencils.cpp (the templates).
//
// The compile loop, in full (compile_code below):
//
//     offset = header size
//     for each instruction i:  start[i] = offset;  offset += stencil(i).size (minus its tail jump)
//     copy the header;  for each instruction i:  memcpy(start[i], stencil(i).code);
//                                                 for each hole h: patch(h, hole_value(i, h))
//
// Thread safety: one thread compiles a code object (a compare-and-swap on jit_state picks it;
// the others go on interpreting), under jit_mutex because the executable chunk is shared.  The
// JitCode is then published with a release store to co->jit_code; the interpreter's acquire load
// (minipy.h: jit_code_for) guarantees that a thread which sees the pointer also sees the code
// bytes and the target table.  The machine code is never modified after publication.
#include "jit.h"
#include "builtins.h"
#include "specialize.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <elf.h>
#include <mutex>
#include <string>

bool jit_enabled = false;
static int32_t jit_threshold = 16;  // calls + back-edges before a code object is compiled
static bool jit_dump = false;
static bool jit_perf_map = false;

// ───────────── statistics (-X stats) ─────────────
// Updated only with -X stats on; relaxed atomics, as these are counters, not synchronisation.
static struct {
    std::atomic<uint64_t> functions{0}, instructions{0}, bytes{0}, compile_ns{0};
    std::atomic<uint64_t> exits_return{0}, exits_error{0}, guard_fallbacks{0};
    std::atomic<uint64_t> deopts[OP__COUNT] = {};
    std::atomic<uint64_t> generic[OP__COUNT] = {}, guards[OP__COUNT] = {};  // by opcode
} jstats;

static void count_by_opcode(std::atomic<uint64_t>* table, Frame* frame, uint32_t index) {
    table[base_opcode(instr_op(frame->code->code[index]))].fetch_add(1, std::memory_order_relaxed);
}

// ───────────── the helpers compiled code calls ─────────────
// Each is a plain function with a C-compatible signature; none lets a C++ exception escape.

static Object** step_generic(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) noexcept {
    if (stats_enabled) [[unlikely]] count_by_opcode(jstats.generic, frame, index);
    return jit_step(ts, frame, sp, index);
}
// guard: a GUARD_INDEX value, the first instruction to run and how many more follow it (the
// loads fused into the instruction whose guard failed, then that instruction).  They run one by
// one, as the interpreter would, until control leaves the group.
static Object** step_after_guard(ThreadState* ts, Frame* frame, Object** sp, uint32_t guard) noexcept {
    uint32_t index = guard & 0xffffff, last = index + (guard >> 24);
    if (stats_enabled) [[unlikely]] {
        jstats.guard_fallbacks.fetch_add(1, std::memory_order_relaxed);
        count_by_opcode(jstats.guards, frame, last);
    }
    for (;;) {
        sp = jit_step(ts, frame, sp, index);
        if (!sp || frame->instr <= index || frame->instr > last) return sp;
        index = frame->instr;
    }
}
static void helper_decref_zero(Object* o) noexcept { decref_local_zero(o); }
static void helper_decref_shared(Object* o) noexcept { decref_shared(o); }
static Object* helper_int_box(int64_t v) noexcept { return int_from_i64(v).release(); }
// A float result reuses an operand that is about to be dropped, when the stack holds the only
// reference to it (vm.cpp's float_result does the same): `x * y + z` then allocates nothing.
static Object* helper_float_box(Object* a, Object* b, double r) noexcept {
    auto sole = [](Object* o) {  // (an operand may be an int converted to float: not reusable;
                                 // null: a fused operand, borrowed from a local or a constant)
        return o && type_of(o) == &Float_Type && load_local(o) == 1 && load_tid(o) == current_tid() &&
               (o->ob_ref_shared.load(std::memory_order_relaxed) >> SHARED_SHIFT) == 0;
    };
    Object* reuse = sole(a) ? a : sole(b) ? b : nullptr;
    if (!reuse) return float_new(r).release();
    static_cast<FloatObject*>(reuse)->value = r;
    incref(reuse);
    return reuse;
}
void* const jit_helpers[H__COUNT] = {
    reinterpret_cast<void*>(&step_generic),      reinterpret_cast<void*>(&step_after_guard),
    reinterpret_cast<void*>(&helper_decref_zero), reinterpret_cast<void*>(&helper_decref_shared),
    reinterpret_cast<void*>(&helper_int_box),     reinterpret_cast<void*>(&helper_float_box),
    reinterpret_cast<void*>(&jit_eval_breaker),   reinterpret_cast<void*>(&jit_for_iter),
    reinterpret_cast<void*>(&jit_call),           reinterpret_cast<void*>(&jit_load_global),
    reinterpret_cast<void*>(&jit_load_attr),      reinterpret_cast<void*>(&jit_binary_op),
    reinterpret_cast<void*>(&jit_store_attr),
};
const char* const jit_helper_names[H__COUNT] = {
    "jit_step", "jit_step (guard failed)", "decref_local_zero", "decref_shared",
    "int_from_i64", "float result", "eval breaker", "iternext",
    "jit_call", "jit_load_global", "jit_load_attr", "jit_binary_op", "jit_store_attr",
};

const char* hole_kind_name(HoleKind k) {
    switch (k) {
        case HoleKind::OPARG: return "oparg";
        case HoleKind::LOCAL_OFFSET: return "local";
        case HoleKind::CONST: return "const";
        case HoleKind::NAME: return "name";
        case HoleKind::HELPER: return "helper";
        case HoleKind::CONTINUE: return "continue";
        case HoleKind::JUMP_TARGET: return "jump";
        case HoleKind::INSTR_INDEX: return "index";
        case HoleKind::NEXT_INDEX: return "next index";
        case HoleKind::EXIT: return "exit";
        case HoleKind::TARGET_TABLE: return "table";
        case HoleKind::NEXT_TARGET: return "branch";
        case HoleKind::SKIP: return "skip";
        case HoleKind::GLOBAL_CACHE: return "cache";
        case HoleKind::GUARD_INDEX: return "guard";
        case HoleKind::ATTR_CACHE: return "attr cache";
    }
    return "?";
}
static const char* const stub_names[STUB__COUNT] = {"return", "deopt", "error", "slow path", "dispatch"};

// ───────────── executable memory (W^X) ─────────────
// Code is written through one mapping and executed through another view of the same memory:
// the writable view is never executable and the executable view is never writable, so no page
// is ever both, and no mprotect flip is needed while other threads run code elsewhere in the
// same chunk.  The memory is shared anonymous memory, and mremap with old_size 0 makes the
// second view of it (Linux: "a new mapping of the same pages"); perf sees it as anonymous
// memory and so names its samples from /tmp/perf-PID.map.  Functions are packed into 1 MB
// chunks, so a small one does not cost a page.  Chunks are never freed.
//
// x86-64 keeps instruction fetch coherent with stores to the same physical memory, so no cache
// flush is needed; AArch64 will need one (DESIGN invariant 8) before the publishing store.
struct Chunk { uint8_t* rw = nullptr; uint8_t* rx = nullptr; size_t used = 0, size = 0; };
static std::mutex jit_mutex;  // guards the chunk, the perf map and the GDB list
static Chunk chunk;

static bool new_chunk(size_t need) {
    size_t size = std::max<size_t>(1 << 20, (need + 4095) & ~size_t(4095));
    void* rw = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (rw == MAP_FAILED) return false;
    void* rx = mremap(rw, 0, size, MREMAP_MAYMOVE);  // the same pages, a second time
    if (rx == MAP_FAILED) {
        // Where mremap cannot do that (valgrind), two views of a memfd instead; perf then sees
        // a file, not anonymous memory, and does not read the perf map.
        munmap(rw, size);
        int fd = memfd_create("minipy-jit", MFD_CLOEXEC);
        if (fd < 0 || ftruncate(fd, off_t(size)) != 0) return false;
        rw = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        rx = mmap(nullptr, size, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
        close(fd);
        if (rw == MAP_FAILED || rx == MAP_FAILED) return false;
    } else if (mprotect(rx, size, PROT_READ | PROT_EXEC) != 0) {
        return false;
    }
    chunk = {static_cast<uint8_t*>(rw), static_cast<uint8_t*>(rx), 0, size};
    return true;
}

// Room for `size` bytes: *rw is where to write them, the result where they will run.
static uint8_t* alloc_code(size_t size, uint8_t** rw) {
    size = (size + 15) & ~size_t(15);  // 16-byte aligned function starts
    if (!chunk.rw || chunk.used + size > chunk.size)
        if (!new_chunk(size)) return nullptr;
    *rw = chunk.rw + chunk.used;
    uint8_t* rx = chunk.rx + chunk.used;
    chunk.used += size;
    return rx;
}

// ───────────── the GDB JIT interface ─────────────
// gdb puts a breakpoint on __jit_debug_register_code; each call hands it an in-memory ELF file
// through __jit_debug_descriptor.  Ours holds one symbol, py:QUALNAME, over the function's
// code, so `bt` and `info symbol` name compiled frames.  (The names and layout are fixed by gdb's
// documentation, "JIT Compilation Interface".)
extern "C" {
struct jit_code_entry {
    jit_code_entry* next_entry;
    jit_code_entry* prev_entry;
    const char* symfile_addr;
    uint64_t symfile_size;
};
struct jit_descriptor {
    uint32_t version;
    uint32_t action_flag;  // 1 = register relevant_entry
    jit_code_entry* relevant_entry;
    jit_code_entry* first_entry;
};
[[gnu::noinline, gnu::used]] void __jit_debug_register_code() { asm volatile("" ::: "memory"); }
[[gnu::used]] jit_descriptor __jit_debug_descriptor = {1, 0, nullptr, nullptr};
}

// A minimal ELF object: .text (no bytes, only its address range), .symtab, .strtab, .shstrtab.
static std::string elf_symbol_file(const std::string& name, const uint8_t* start, size_t size, uint16_t machine) {
    const char shstrtab[] = "\0.text\0.symtab\0.strtab\0.shstrtab";
    std::string strtab = std::string(1, '\0') + name + '\0';
    Elf64_Sym syms[2] = {};
    syms[1].st_name = 1;
    syms[1].st_info = ELF64_ST_INFO(STB_GLOBAL, STT_FUNC);
    syms[1].st_shndx = 1;
    syms[1].st_value = reinterpret_cast<uint64_t>(start);
    syms[1].st_size = size;
    size_t off_symtab = sizeof(Elf64_Ehdr);
    size_t off_strtab = off_symtab + sizeof(syms);
    size_t off_shstr = off_strtab + strtab.size();
    size_t off_sh = (off_shstr + sizeof(shstrtab) + 7) & ~size_t(7);
    Elf64_Shdr sh[5] = {};
    sh[1] = {1, SHT_NOBITS, SHF_ALLOC | SHF_EXECINSTR, reinterpret_cast<uint64_t>(start), 0, size, 0, 0, 16, 0};
    sh[2] = {7, SHT_SYMTAB, 0, 0, off_symtab, sizeof(syms), 3, 1, 8, sizeof(Elf64_Sym)};
    sh[3] = {15, SHT_STRTAB, 0, 0, off_strtab, strtab.size(), 0, 0, 1, 0};
    sh[4] = {23, SHT_STRTAB, 0, 0, off_shstr, sizeof(shstrtab), 0, 0, 1, 0};
    Elf64_Ehdr eh = {};
    memcpy(eh.e_ident, ELFMAG, SELFMAG);
    eh.e_ident[EI_CLASS] = ELFCLASS64;
    eh.e_ident[EI_DATA] = ELFDATA2LSB;
    eh.e_ident[EI_VERSION] = EV_CURRENT;
    eh.e_ident[EI_OSABI] = ELFOSABI_SYSV;
    eh.e_type = ET_EXEC;  // absolute addresses: the symbol's value is where the code is
    eh.e_machine = machine;
    eh.e_version = EV_CURRENT;
    eh.e_shoff = off_sh;
    eh.e_ehsize = sizeof(Elf64_Ehdr);
    eh.e_shentsize = sizeof(Elf64_Shdr);
    eh.e_shnum = 5;
    eh.e_shstrndx = 4;
    std::string f(off_sh + sizeof(sh), '\0');
    memcpy(&f[0], &eh, sizeof eh);
    memcpy(&f[off_symtab], syms, sizeof syms);
    memcpy(&f[off_strtab], strtab.data(), strtab.size());
    memcpy(&f[off_shstr], shstrtab, sizeof shstrtab);
    memcpy(&f[off_sh], sh, sizeof sh);
    return f;
}

static void gdb_register(const std::string& name, const uint8_t* start, size_t size, uint16_t machine) {  // under jit_mutex
    std::string elf = elf_symbol_file(name, start, size, machine);
    char* file = new char[elf.size()];  // lives as long as the code (reachable from the descriptor)
    memcpy(file, elf.data(), elf.size());
    auto* e = new jit_code_entry{__jit_debug_descriptor.first_entry, nullptr, file, elf.size()};
    if (e->next_entry) e->next_entry->prev_entry = e;
    __jit_debug_descriptor.first_entry = e;
    __jit_debug_descriptor.relevant_entry = e;
    __jit_debug_descriptor.action_flag = 1;  // JIT_REGISTER_FN
    __jit_debug_register_code();
    __jit_debug_descriptor.action_flag = 0;
}

// perf's convention for JIT code: lines "START SIZE NAME" in /tmp/perf-PID.map.
static void perf_map_add(const std::string& name, const uint8_t* start, size_t size) {  // under jit_mutex
    static FILE* f = nullptr;
    if (!f) {
        std::string path = "/tmp/perf-" + std::to_string(getpid()) + ".map";
        f = fopen(path.c_str(), "a");
        if (!f) return;
    }
    fprintf(f, "%lx %zx %s\n", (unsigned long)reinterpret_cast<uintptr_t>(start), size, name.c_str());
    fflush(f);
}

// ───────────── compiling ─────────────

// Which stencil each instruction gets: a table lookup by opcode, refined by its oparg, the
// instruction after it, a property of its constant, or where its operands come from.  (This is
// the only choice the compiler makes; there is no instruction selection beyond it.)
static OperandSource operand_source(CodeObject* co, uint32_t i) {
    switch (base_opcode(instr_op(co->code[i]))) {
        case OP_LOAD_FAST: return SRC_LOCAL;
        case OP_LOAD_CONST: return SRC_CONST;
        default: return SRC_STACK;
    }
}

// The two-operand stencil for instruction i with its operands from (left, right); null: none.
static const Stencil* two_operand_stencil(const StencilTable& t, CodeObject* co, uint32_t i,
                                          OperandSource left, OperandSource right) {
    uint32_t word = co->code[i];
    uint8_t op = base_opcode(instr_op(word));
    uint32_t oparg = instr_arg(word);
    int v = operand_variant(left, right);
    const Stencil* s = nullptr;
    if (op == OP_BINARY_OP && oparg < 26) s = &t.binary_op[oparg][v];
    if (op == OP_BINARY_SUBSCR) s = &t.subscr_list[v];
    if (op == OP_COMPARE_OP && oparg < 6) {
        uint8_t next = i + 1 < co->code.size() ? base_opcode(instr_op(co->code[i + 1])) : uint8_t(OP_NOP);
        s = next == OP_POP_JUMP_IF_FALSE ? &t.compare_branch[oparg][0][v]
            : next == OP_POP_JUMP_IF_TRUE ? &t.compare_branch[oparg][1][v]
                                          : &t.compare_op[oparg][v];
    }
    return s && !s->empty() ? s : nullptr;
}

// Instructions control can arrive at other than from the one before: jump targets and the
// edges of try blocks.  A fused group may start at one, never contain one.
static std::vector<bool> landing_points(CodeObject* co) {
    std::vector<bool> at(co->code.size() + 1, false);
    for (uint32_t w : co->code)
        if (opcode_jumps(base_opcode(instr_op(w))) && instr_arg(w) < at.size()) at[instr_arg(w)] = true;
    for (const ExceptEntry& e : co->exceptiontable) {
        for (uint32_t k : {e.start, e.end, e.target})
            if (k < at.size()) at[k] = true;
    }
    return at;
}

std::vector<const Stencil*> select_stencils(const StencilTable& t, CodeObject* co) {
    size_t n = co->code.size();
    std::vector<const Stencil*> plan(n);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t word = co->code[i];
        uint8_t op = base_opcode(instr_op(word));  // a superinstruction's second word is compiled on its own
        uint32_t oparg = instr_arg(word);
        const Stencil* s = two_operand_stencil(t, co, i, SRC_STACK, SRC_STACK);
        if (!s && op == OP_LOAD_CONST && is_immortal(co->consts[oparg])) s = &t.load_const_immortal;
        if (!s && op == OP_LOAD_ATTR && !(oparg & 1) && !t.load_attr_instance.empty()) s = &t.load_attr_instance;
        if (!s) s = &t.ops[op];
        plan[i] = s;
    }
    // Operand fusion (jit.h): the loads right before a two-operand instruction, when no jump
    // lands between them, become its borrowed operands.
    std::vector<bool> landing = landing_points(co);
    for (uint32_t i = 1; i < n; i++) {
        if (landing[i] || !two_operand_stencil(t, co, i, SRC_STACK, SRC_STACK)) continue;
        OperandSource right = operand_source(co, i - 1);
        if (right == SRC_STACK) continue;
        OperandSource left = i >= 2 && !landing[i - 1] ? operand_source(co, i - 2) : SRC_STACK;
        const Stencil* s = two_operand_stencil(t, co, i, left, right);
        if (!s) left = SRC_STACK, s = two_operand_stencil(t, co, i, left, right);
        if (!s) continue;
        plan[i] = s;
        plan[i - 1] = &t.fused_away;
        if (left != SRC_STACK) plan[i - 2] = &t.fused_away;
    }
    return plan;
}

// The value of hole h in the code of instruction i (the only place that knows what each kind means).
static uint64_t hole_value(const Hole& h, CodeObject* co, uint32_t i, JitCode* jc, const StencilTable& t,
                           const uint8_t* end) {
    uint32_t oparg = instr_arg(co->code[i - h.from]);  // a fused operand's: its load's oparg
    switch (h.kind) {
        case HoleKind::OPARG: return oparg;
        case HoleKind::LOCAL_OFFSET: return offsetof(Frame, localsplus) + 8 * uint64_t(oparg);
        case HoleKind::CONST: return reinterpret_cast<uint64_t>(co->consts[oparg]);
        case HoleKind::NAME: return reinterpret_cast<uint64_t>(co->names[oparg >> h.arg]);
        case HoleKind::ATTR_CACHE: return reinterpret_cast<uint64_t>(&attr_cache_for(co)[i]);
        case HoleKind::HELPER: return reinterpret_cast<uint64_t>(jit_helpers[h.arg]);
        case HoleKind::CONTINUE:
            return reinterpret_cast<uint64_t>(i + 1 < co->code.size() ? jc->targets[i + 1] : end);
        case HoleKind::JUMP_TARGET: return reinterpret_cast<uint64_t>(jc->targets[oparg]);
        case HoleKind::INSTR_INDEX: return i;
        case HoleKind::NEXT_INDEX: return i + 1;
        case HoleKind::EXIT: return reinterpret_cast<uint64_t>(jc->start + t.stub_offset[h.arg]);
        case HoleKind::TARGET_TABLE: return reinterpret_cast<uint64_t>(jc->targets.data());
        case HoleKind::NEXT_TARGET: return reinterpret_cast<uint64_t>(jc->targets[instr_arg(co->code[i + 1])]);
        case HoleKind::SKIP:
            return reinterpret_cast<uint64_t>(i + 2 < co->code.size() ? jc->targets[i + 2] : end);
        case HoleKind::GLOBAL_CACHE: return reinterpret_cast<uint64_t>(&global_cache(co)[oparg]);
        case HoleKind::GUARD_INDEX: return (i - h.from) | uint64_t(h.from) << 24;
    }
    return 0;
}

void jit_patch_hole(const StencilTable& t, uint8_t* loc, const Hole& h, uint64_t value, uint64_t address) {
    t.patch(loc, h.form, value, address);
}

static std::string describe_value(const Hole& h, uint64_t v, CodeObject* co, uint32_t i) {
    char buf[64];
    switch (h.kind) {
        case HoleKind::HELPER: return jit_helper_names[h.arg];
        case HoleKind::EXIT: return std::string("stub ") + stub_names[h.arg];
        case HoleKind::CONST: {
            std::string r;
            try { r = str_string(repr(co->consts[instr_arg(co->code[i - h.from])]).get()); } catch (PyError&) { fetch_exception(); }
            if (r.size() > 30) r = r.substr(0, 27) + "...";
            snprintf(buf, sizeof buf, "0x%llx ", (unsigned long long)v);
            return buf + r;
        }
        case HoleKind::GUARD_INDEX:  // the slow path's first instruction, and how many follow it
            if (v >> 24) snprintf(buf, sizeof buf, "%llu (and the next %llu)", (unsigned long long)(v & 0xffffff),
                                  (unsigned long long)(v >> 24));
            else snprintf(buf, sizeof buf, "%llu", (unsigned long long)v);
            return buf;
        case HoleKind::OPARG: case HoleKind::LOCAL_OFFSET: case HoleKind::INSTR_INDEX: case HoleKind::NEXT_INDEX:
            snprintf(buf, sizeof buf, "%llu", (unsigned long long)v);
            return buf;
        default:
            snprintf(buf, sizeof buf, "0x%llx", (unsigned long long)v);
            return buf;
    }
}

static std::string code_label(CodeObject* co) {
    return co->qualname.empty() ? co->name : co->qualname;
}

// -X jit-dump: every instruction next to its stencil, bytes and patched holes; then the raw code
// in a file, disassembled by objdump when it is installed.
static void dump_compiled(JitCode* jc, const StencilTable& t, const std::vector<const Stencil*>& plan,
                          const std::vector<uint32_t>& lens) {
    CodeObject* co = jc->code;
    static int serial = 0;
    printf("JIT: %s (%s:%d): %zu instructions -> %zu bytes of %s at %p\n", code_label(co).c_str(),
           co->filename.c_str(), co->firstlineno, co->code.size(), jc->size, t.arch, (void*)jc->start);
    printf("  %-5s %-28s %-48s %6s %5s\n", "at", "instruction", "stencil", "offset", "bytes");
    printf("  %-5s %-28s %-48s %6d %5zu   (prologue and stubs)\n", "", "", "header", 0, t.header.code.size());
    for (uint32_t i = 0; i < co->code.size(); i++) {
        uint32_t w = co->code[i];
        const Stencil& s = *plan[i];
        char ins[64];
        snprintf(ins, sizeof ins, "%s %u", opcode_names[base_opcode(instr_op(w))], instr_arg(w));
        printf("  %-5u %-28s %-48s %6zu %5u%s\n", i, ins, s.name, size_t(jc->targets[i] - jc->start), lens[i],
               lens[i] < s.code.size() ? "   (tail jump left out)" : "");
        for (const Hole& h : s.holes) {
            if (h.offset >= lens[i]) continue;
            uint64_t v = hole_value(h, co, i, jc, t, jc->start + jc->size - 1);
            printf("          hole +%-3u %-10s %-5s = %s\n", h.offset, hole_kind_name(h.kind),
                   h.form == PatchForm::ABS64 ? "abs64" : h.form == PatchForm::ABS32 ? "abs32" : "rel32",
                   describe_value(h, v, co, i).c_str());
        }
    }
    std::string path = "/tmp/minipy-jit-" + std::to_string(getpid()) + "-" + std::to_string(serial++) + ".bin";
    if (FILE* f = fopen(path.c_str(), "wb")) {
        fwrite(jc->start, 1, jc->size, f);
        fclose(f);
    }
    char cmd[512];
    snprintf(cmd, sizeof cmd, "objdump %s --adjust-vma=%p %s", t.objdump_args, (void*)jc->start, path.c_str());
    printf("  machine code: %s\n  disassemble:  %s\n", path.c_str(), cmd);
    fflush(stdout);
    if (system("command -v objdump >/dev/null 2>&1") == 0) {
        std::string c = std::string(cmd) + " | tail -n +8";  // skip objdump's file header
        if (system(c.c_str()) != 0) {}
    } else {
        printf("  (objdump is not installed: apt-get install -y binutils)\n");
    }
    fflush(stdout);
}

// Compile a whole code object.  Runs under jit_mutex, in the one thread that won jit_state.
static JitCode* compile_code(CodeObject* co, const StencilTable& t) {
    auto t0 = std::chrono::steady_clock::now();
    size_t n = co->code.size();
    auto jc = std::make_unique<JitCode>();
    jc->code = co;
    jc->targets.resize(n);
    bool plain = co->kwonlyargcount == 0 && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR |
                                                          CO_COROUTINE | CO_ASYNC_GENERATOR));
    jc->fast_argc = plain ? co->argcount : -1;
    jc->frame_bytes = uint32_t(frame_size(co));

    // 1. layout: where each instruction's code starts.  Every instruction's code is followed by
    //    the next one's, so a final jump to CONTINUE is always left out.
    std::vector<const Stencil*> plan = select_stencils(t, co);
    std::vector<uint32_t> lens(n);
    size_t size = t.header.code.size();
    for (size_t i = 0; i < n; i++) {
        const Stencil& s = *plan[i];
        lens[i] = uint32_t(s.code.size() - s.tail_jump);
        size += lens[i];
    }
    size += 1;  // an int3 after the last instruction: nothing may fall off the end
    uint8_t* rw;
    uint8_t* rx = alloc_code(size, &rw);
    if (!rx) return nullptr;
    jc->start = rx;
    jc->size = size;
    size_t offset = t.header.code.size();
    for (size_t i = 0; i < n; i++) {
        jc->targets[i] = rx + offset;
        offset += lens[i];
    }

    // 2. copy and patch.
    auto copy_and_patch = [&](const Stencil& s, size_t len, size_t at, uint32_t i) {
        if (len) memcpy(rw + at, s.code.data(), len);  // a fused-away instruction has no code (and no data pointer)
        for (const Hole& h : s.holes)
            if (h.offset < len)  // the tail jump's hole went with the jump
                t.patch(rw + at + h.offset, h.form, hole_value(h, co, i, jc.get(), t, rx + size - 1),
                        reinterpret_cast<uint64_t>(rx + at + h.offset));
    };
    copy_and_patch(t.header, t.header.code.size(), 0, 0);
    for (uint32_t i = 0; i < n; i++) copy_and_patch(*plan[i], lens[i], jc->targets[i] - rx, i);
    rw[size - 1] = 0xcc;
    jc->entry = reinterpret_cast<JitEntry>(rx);

    auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count();
    jstats.functions.fetch_add(1, std::memory_order_relaxed);
    jstats.instructions.fetch_add(n, std::memory_order_relaxed);
    jstats.bytes.fetch_add(size, std::memory_order_relaxed);
    jstats.compile_ns.fetch_add(uint64_t(ns), std::memory_order_relaxed);

    std::string sym = "py:" + code_label(co);
    gdb_register(sym, rx, size, t.elf_machine);
    if (jit_perf_map) perf_map_add(sym, rx, size);
    // (minipy's own start-up code, "<sys>" and the like, is compiled too but not dumped)
    if (jit_dump && !is_startup_code(co->filename)) dump_compiled(jc.get(), t, plan, lens);
    return jc.release();
}

JitCode* jit_warm_up(CodeObject* co, int why) {
    if (co->jit_state.load(std::memory_order_relaxed) != JIT_NOT_COMPILED) return nullptr;
    // A plain load and store, not an atomic increment: two threads warming the same function
    // may lose a count, which only delays its compilation, and no locked instruction is paid.
    int32_t warmth = co->jit_warmth.load(std::memory_order_relaxed) + 1;
    if (warmth < jit_threshold) {
        co->jit_warmth.store(warmth, std::memory_order_relaxed);
        return nullptr;
    }
    uint8_t expected = JIT_NOT_COMPILED;
    if (!co->jit_state.compare_exchange_strong(expected, JIT_COMPILING, std::memory_order_acq_rel))
        return nullptr;  // another thread is compiling it: keep interpreting
    const StencilTable* table = host_stencils();  // assembled at the first compilation, outside the timing
    JitCode* jc = nullptr;
    if (table) {
        std::lock_guard<std::mutex> lock(jit_mutex);
        jc = compile_code(co, *table);
    }
    if (!jc) {
        co->jit_state.store(JIT_FAILED, std::memory_order_relaxed);
        return nullptr;
    }
    co->jit_code.store(jc, std::memory_order_release);  // publish: the code and table are complete
    co->jit_state.store(JIT_COMPILED, std::memory_order_relaxed);
    (void)why;
    return jc;
}

int jit_run(JitCode* jc, ThreadState* ts, Frame* frame) {
    frame->in_jit = true;
    int why = jc->entry(frame, frame->sp, ts, jc->targets[frame->instr]);
    frame->in_jit = false;
    if (stats_enabled) {
        if (why == JIT_EXIT_RETURN) jstats.exits_return.fetch_add(1, std::memory_order_relaxed);
        else if (why == JIT_EXIT_ERROR) jstats.exits_error.fetch_add(1, std::memory_order_relaxed);
        else jstats.deopts[instr_op(frame->code->code[frame->instr])].fetch_add(1, std::memory_order_relaxed);
    }
    return why;
}

void jit_free(JitCode* jc) { delete jc; }  // the machine code stays in its chunk

// ───────────── switches, sys._jit, -X stats ─────────────

void jit_configure(bool enabled, int threshold, bool dump, bool perf) {
    jit_enabled = enabled;
    if (threshold >= 0) jit_threshold = threshold;
    jit_dump = dump;
    jit_perf_map = perf;
}

static Obj sys_jit_is_available(Object*, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("is_available", nargs, kwnames);
    return bool_ref(host_stencils() != nullptr);  // a stencil table for this processor
}
static Obj sys_jit_is_enabled(Object*, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("is_enabled", nargs, kwnames);
    return bool_ref(jit_enabled);
}
// Is the calling Python frame running as machine code?
static Obj sys_jit_is_active(Object*, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("is_active", nargs, kwnames);
    Frame* f = tstate()->frame;
    return bool_ref(f && f->in_jit);
}

void jit_add_sys_module(Object* sys) {
    Obj m = new_module("sys._jit");
    add_module_function(m.get(), "is_available", sys_jit_is_available);
    add_module_function(m.get(), "is_enabled", sys_jit_is_enabled);
    add_module_function(m.get(), "is_active", sys_jit_is_active);
    dict_set(module_dict(sys), intern_cstr("_jit"), m.get());
}

void jit_report_stats() {
    if (!jit_enabled) {
        fprintf(stderr, "  JIT: off\n");
        return;
    }
    uint64_t fns = jstats.functions, ins = jstats.instructions, bytes = jstats.bytes, ns = jstats.compile_ns;
    fprintf(stderr, "  JIT: on, threshold %d\n", jit_threshold);
    fprintf(stderr, "    functions compiled:         %llu\n", (unsigned long long)fns);
    fprintf(stderr, "    instructions compiled:      %llu\n", (unsigned long long)ins);
    fprintf(stderr, "    machine code:               %llu bytes (%.1f per instruction)\n", (unsigned long long)bytes,
            ins ? double(bytes) / double(ins) : 0.0);
    fprintf(stderr, "    compile time:               %.3f ms (%.3f us per instruction)\n", double(ns) / 1e6,
            ins ? double(ns) / 1e3 / double(ins) : 0.0);
    fprintf(stderr, "    exits: return %llu, exception %llu\n", (unsigned long long)jstats.exits_return.load(),
            (unsigned long long)jstats.exits_error.load());
    fprintf(stderr, "    guard failures (slow path): %llu\n", (unsigned long long)jstats.guard_fallbacks.load());
    for (int op = 0; op < OP__COUNT; op++)
        if (uint64_t d = jstats.deopts[op].load())
            fprintf(stderr, "    deopt at %-20s %llu\n", opcode_names[op], (unsigned long long)d);
    for (int op = 0; op < OP__COUNT; op++)
        if (uint64_t d = jstats.guards[op].load())
            fprintf(stderr, "    guard failed at %-14s %llu\n", opcode_names[op], (unsigned long long)d);
    // The instructions run by the generic stencil (the interpreter's code, one at a time): where
    // a specialised stencil would pay off next.
    std::vector<std::pair<uint64_t, int>> generic;
    for (int op = 0; op < OP__COUNT; op++)
        if (uint64_t d = jstats.generic[op].load()) generic.push_back({d, op});
    std::sort(generic.rbegin(), generic.rend());
    for (auto& [d, op] : generic)
        fprintf(stderr, "    generic %-21s %llu\n", opcode_names[op], (unsigned long long)d);
}
