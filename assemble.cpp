// assemble.cpp — compiler pass 3: from a list of instructions to a finished CodeObject.
//
// What this step does, for one unit (compiler.h):
//   1. lay out the frame's slots: parameters, other locals, cells, free variables
//   2. replace jump labels by instruction indices (an unconditional jump becomes JUMP_FORWARD
//      or JUMP_BACKWARD by its direction) and cell/free slot numbers by their final slots
//   3. walk every path through the code, exception handlers included, tracking the value-stack
//      depth: this gives co->stacksize (the frame's stack space) and the stack depth each
//      exception handler restores, and proves that every join point agrees on the depth
//   4. turn the per-instruction handler ids into the exception table
//   5. write superinstructions over common pairs (LOAD_FAST + LOAD_FAST and four others)
//
// It also holds the opcode names (generated from the one opcode list, minipy.h's OPCODES) and
// disassemble(), the --dis output modelled on CPython 3.14's `dis` module.
//
// Comes in: a Unit filled by compiler.cpp.  Goes out: the unit's CodeObject, complete.
// Read next: vm.cpp, which executes these instructions.
#include "compiler.h"

#include <algorithm>
#include <map>

const char* const opcode_names[] = {
#define X(name, stack, doc) #name,
    OPCODES(X)
#undef X
};

[[noreturn]] static void internal_error(const CodeObject* co, const std::string& what) {
    raise_msg(Exc_RuntimeError, "internal compiler error in " + co->qualname + ": " + what);
}

// ───────────── stack effects ─────────────

bool opcode_jumps(uint8_t op) {
    switch (op) {
    case OP_JUMP_FORWARD: case OP_JUMP_BACKWARD: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE: case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER: case OP_SEND:
        return true;
    default:
        return false;
    }
}

// Control never continues with the next instruction.
static bool is_terminator(uint8_t op) {
    return op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS || op == OP_JUMP_FORWARD ||
           op == OP_JUMP_BACKWARD;
}

// How an instruction changes the stack depth, read off the effects in minipy.h's opcode list;
// `jump` selects the effect when a conditional jump is taken.
static int stack_effect(uint8_t op, uint32_t arg, bool jump) {
    int n = int(arg);
    switch (op) {
    case OP_NOP: case OP_SWAP: case OP_DELETE_FAST: case OP_MAKE_CELL: case OP_COPY_FREE_VARS:
    case OP_DELETE_DEREF: case OP_DELETE_GLOBAL: case OP_DELETE_NAME: case OP_UNARY_NEGATIVE:
    case OP_UNARY_POSITIVE: case OP_UNARY_INVERT: case OP_UNARY_NOT: case OP_JUMP_FORWARD:
    case OP_JUMP_BACKWARD: case OP_GET_ITER: case OP_LIST_TO_TUPLE: case OP_CONVERT_VALUE:
    case OP_FORMAT_SIMPLE: case OP_CHECK_EXC_MATCH: case OP_RETURN_GENERATOR: case OP_YIELD_VALUE:
    case OP_GET_YIELD_FROM_ITER: case OP_SEND: case OP_GET_AWAITABLE: case OP_GET_AITER: case OP_ASYNC_GEN_WRAP:
        return 0;
    case OP_BEFORE_ASYNC_WITH: case OP_GET_ANEXT:
        return 1;
    case OP_CHECK_EG_MATCH:
        return 0;
    case OP_PREP_RERAISE_STAR:
        return -1;
    case OP_END_ASYNC_FOR:
        return -2;
    case OP_PUSH_NULL: case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_FAST_AND_CLEAR: case OP_LOAD_DEREF:
    case OP_LOAD_CLOSURE: case OP_LOAD_FROM_DICT_OR_DEREF: case OP_LOAD_GLOBAL: case OP_LOAD_NAME:
    case OP_LOAD_BUILD_CLASS: case OP_IMPORT_NAME: case OP_IMPORT_FROM: case OP_PUSH_EXC_INFO:
    case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START: case OP_LOAD_ASSERTION_ERROR:
    case OP_MATCH_SEQUENCE: case OP_MATCH_MAPPING: case OP_GET_LEN: case OP_MATCH_KEYS:
        return 1;
    case OP_MATCH_CLASS:
        return -2;
    case OP_BUILD_INTERPOLATION:
        return -3;
    case OP_BUILD_TEMPLATE:
        return -1;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL: case OP_STORE_NAME:
    case OP_DELETE_ATTR: case OP_BINARY_OP: case OP_BINARY_SUBSCR: case OP_COMPARE_OP: case OP_IS_OP:
    case OP_CONTAINS_OP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND:
    case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE: case OP_FORMAT_WITH_SPEC:
    case OP_RETURN_VALUE: case OP_RERAISE: case OP_POP_EXCEPT: case OP_END_SEND: case OP_IMPORT_STAR:
        return -1;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD:
        return -2;
    case OP_STORE_SUBSCR: case OP_CALL_FUNCTION_EX:
        return -3;
    case OP_LOAD_ATTR: return (n & 1) ? 1 : 0;
    case OP_BUILD_SLICE: return 1 - n;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING: return 1 - n;
    case OP_BUILD_MAP: return 1 - 2 * n;
    case OP_UNPACK_SEQUENCE: return n - 1;
    case OP_UNPACK_EX: return (n & 0xff) + (n >> 8);
    case OP_CALL: return -n - 1;
    case OP_CALL_KW: return -n - 2;
    case OP_MAKE_FUNCTION: return -(((n & 1) != 0) + ((n & 2) != 0) + ((n & 4) != 0) + ((n & 8) != 0));
    case OP_RAISE_VARARGS: return -n;
    default:
        return 0;
    }
}

// ───────────── the steps ─────────────

static void layout_slots(Unit& u) {
    CodeObject* co = u.co.get();
    size_t nparams = u.block->params.size();
    co->localsplusnames.clear();
    co->localspluskinds.clear();
    for (size_t i = 0; i < u.varnames.size(); i++) {
        const std::string& n = u.varnames[i];
        uint8_t kind = LK_LOCAL;
        if (i < nparams) kind = u.param_cells.count(n) ? uint8_t(LK_ARG | LK_CELL) : uint8_t(LK_ARG | LK_LOCAL);
        co->localsplusnames.push_back(n);
        co->localspluskinds.push_back(kind);
    }
    for (size_t i = 0; i < u.derefs.size(); i++) {
        co->localsplusnames.push_back(u.derefs[i]);
        co->localspluskinds.push_back(i < u.ncells ? LK_CELL : LK_FREE);
    }
    co->nlocalsplus = int(co->localsplusnames.size());
    co->nfreevars = int(u.derefs.size() - u.ncells);
}

static void resolve(Unit& u) {
    uint32_t nvars = uint32_t(u.varnames.size());
    for (size_t i = 0; i < u.instrs.size(); i++) {
        Instr& in = u.instrs[i];
        if (in.target >= 0) {
            int t = u.labels[size_t(in.target)];
            if (t < 0) internal_error(u.co.get(), "unbound label");
            if (in.generic_jump) in.op = size_t(t) <= i ? OP_JUMP_BACKWARD : OP_JUMP_FORWARD;
            in.arg = uint32_t(t);
        }
        if (in.fix == SlotFix::Deref) in.arg += nvars;
        if (in.arg >= (1u << 24)) internal_error(u.co.get(), "oparg does not fit in 24 bits");
    }
}

// Depth-first walk over all paths.  An instruction covered by a handler also flows to the
// handler, entering it with the handler's depth + 1 (the exception the VM pushes).
static void compute_stack_depths(Unit& u) {
    CodeObject* co = u.co.get();
    size_t n = u.instrs.size();
    std::vector<int> depth(n, -1);
    std::vector<std::pair<size_t, int>> work{{0, 0}};
    int max_depth = 0;
    auto branch = [&](size_t target, int d) {
        if (target >= n) internal_error(co, "jump past the end");
        if (d < 0) internal_error(co, "negative stack depth");
        max_depth = std::max(max_depth, d);
        work.push_back({target, d});
    };
    while (!work.empty()) {
        auto [i, d] = work.back();
        work.pop_back();
        for (;;) {
            if (depth[i] >= 0) {
                if (depth[i] != d) internal_error(co, "inconsistent stack depth at instruction " + std::to_string(i));
                break;
            }
            depth[i] = d;
            Instr& in = u.instrs[i];
            if (in.handler >= 0) {
                Handler& h = u.handlers[size_t(in.handler)];
                if (h.depth < 0) {
                    // The handler's block starts at h.setup, which dominates everything it covers.
                    if (size_t(h.setup) >= n || depth[size_t(h.setup)] < 0) internal_error(co, "handler entered before its setup");
                    h.depth = depth[size_t(h.setup)] + h.adjust;
                    branch(size_t(u.labels[size_t(h.label)]), h.depth + 1);
                }
            }
            if (opcode_jumps(in.op)) branch(in.arg, d + stack_effect(in.op, in.arg, true));
            int nd = d + stack_effect(in.op, in.arg, false);
            if (nd < 0) internal_error(co, "stack underflow at instruction " + std::to_string(i));
            max_depth = std::max(max_depth, nd);
            if (is_terminator(in.op)) break;
            if (++i >= n) internal_error(co, "control falls off the end");
            d = nd;
        }
    }
    co->stacksize = max_depth;
}

static void build_exception_table(Unit& u) {
    CodeObject* co = u.co.get();
    co->exceptiontable.clear();
    size_t n = u.instrs.size();
    size_t start = 0;
    int cur = -1;
    for (size_t i = 0; i <= n; i++) {
        int h = i < n ? u.instrs[i].handler : -1;
        if (h == cur) continue;
        if (cur >= 0) {
            const Handler& hd = u.handlers[size_t(cur)];
            uint32_t depth = hd.depth < 0 ? 0 : uint32_t(hd.depth);  // never reached: any depth will do
            co->exceptiontable.push_back({uint32_t(start), uint32_t(i), uint32_t(u.labels[size_t(hd.label)]), depth});
        }
        cur = h;
        start = i;
    }
}

// ───────────── superinstructions ─────────────

// Step 5, over the finished words: where a pair that the eval loop can do in one dispatch
// appears, the first word's opcode becomes the pair's superinstruction (CPython 3.11's
// "quickening" of LOAD_FAST + LOAD_FAST and friends).  Only the opcode byte changes; the second
// word stays as it was, so nothing that counts or jumps to instructions notices, and a jump
// straight to the second word still runs it alone.  Chains pair up left to right: in
// LOAD_FAST a; LOAD_FAST b; LOAD_FAST c only the first two fuse.
static uint8_t superinstruction(uint8_t first, uint8_t second) {
    switch (first) {
        case OP_LOAD_FAST:
            return second == OP_LOAD_FAST ? OP_LOAD_FAST__LOAD_FAST
                 : second == OP_LOAD_CONST ? OP_LOAD_FAST__LOAD_CONST : OP_NOP;
        case OP_LOAD_CONST: return second == OP_LOAD_FAST ? OP_LOAD_CONST__LOAD_FAST : OP_NOP;
        case OP_STORE_FAST:
            return second == OP_LOAD_FAST ? OP_STORE_FAST__LOAD_FAST
                 : second == OP_STORE_FAST ? OP_STORE_FAST__STORE_FAST : OP_NOP;
        default: return OP_NOP;
    }
}

static void fuse_superinstructions(std::vector<uint32_t>& code) {
    for (size_t i = 0; i + 1 < code.size(); i++) {
        uint8_t super = superinstruction(instr_op(code[i]), instr_op(code[i + 1]));
        if (super == OP_NOP) continue;
        code[i] = make_instr(super, instr_arg(code[i]));
        i++;  // the second word is taken
    }
}

void assemble(Unit& u, const std::string& filename) {
    CodeObject* co = u.co.get();
    layout_slots(u);
    resolve(u);
    if (u.instrs.empty()) internal_error(co, "empty code");
    compute_stack_depths(u);
    build_exception_table(u);
    co->code.clear();
    co->locations.clear();
    for (const Instr& in : u.instrs) {
        co->code.push_back(make_instr(in.op, in.arg));
        co->locations.push_back(in.loc);
    }
    fuse_superinstructions(co->code);
}

int location_line(CodeObject* code, uint32_t instr) {
    if (!code || instr >= code->locations.size()) return code ? code->firstlineno : 0;
    return code->locations[instr].line;
}

// ───────────── disassembly (--dis), in the format of CPython 3.14's dis.dis(show_offsets=True) ─────

static std::string code_repr(CodeObject* co) {
    return strfmt("<code object %s at %p, file \"%s\", line %d>", co->name.c_str(), static_cast<void*>(co),
                  co->filename.c_str(), co->firstlineno);
}

static std::string const_repr(Object* v) {
    if (type_of(v) == &Code_Type) return code_repr(static_cast<CodeObject*>(v));
    return repr_string(v);
}

static std::string slot_name(CodeObject* co, uint32_t arg) {
    return arg < co->localsplusnames.size() ? co->localsplusnames[arg] : "?";
}

static std::string name_at(CodeObject* co, uint32_t i) {
    return i < co->names.size() ? std::string(str_view(co->names[i])) : "?";
}

// The text dis shows in parentheses after the oparg.
static std::string arg_repr(CodeObject* co, uint8_t op, uint32_t arg, const std::map<uint32_t, int>& labels) {
    switch (op) {
    case OP_LOAD_CONST:
        return arg < co->consts.size() ? const_repr(co->consts[arg]) : "?";
    case OP_LOAD_FAST: case OP_LOAD_FAST_AND_CLEAR: case OP_STORE_FAST: case OP_DELETE_FAST: case OP_MAKE_CELL: case OP_LOAD_DEREF:
    case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE: case OP_LOAD_FROM_DICT_OR_DEREF:
        return slot_name(co, arg);
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_NAME: case OP_STORE_NAME:
    case OP_DELETE_NAME: case OP_STORE_ATTR: case OP_DELETE_ATTR: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        return name_at(co, arg);
    case OP_LOAD_ATTR:
        return name_at(co, arg >> 1) + ((arg & 1) ? " + NULL|self" : "");
    case OP_BINARY_OP:
        return binop_symbol(int(arg));
    case OP_COMPARE_OP: {
        static const char* ops[] = {"<", "<=", "==", "!=", ">", ">="};
        return arg < 6 ? ops[arg] : "?";
    }
    case OP_IS_OP: return arg ? "is not" : "is";
    case OP_CONTAINS_OP: return arg ? "not in" : "in";
    case OP_CONVERT_VALUE: return arg == 1 ? "str" : arg == 2 ? "repr" : arg == 3 ? "ascii" : "";
    case OP_MAKE_FUNCTION: {
        std::string s;
        if (arg & 1) s += "defaults";
        if (arg & 2) s += std::string(s.empty() ? "" : ", ") + "kwdefaults";
        if (arg & 8) s += std::string(s.empty() ? "" : ", ") + "closure";
        return s;
    }
    default:
        if (opcode_jumps(op)) {
            auto it = labels.find(arg);
            return it == labels.end() ? "to " + std::to_string(arg) : "to L" + std::to_string(it->second);
        }
        return "";
    }
}

// Instructions whose oparg means nothing are shown without one, as dis does.
static bool takes_arg(uint8_t op) {
    switch (op) {
    case OP_NOP: case OP_POP_TOP: case OP_PUSH_NULL: case OP_BINARY_SUBSCR: case OP_STORE_SUBSCR:
    case OP_DELETE_SUBSCR: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_INVERT:
    case OP_UNARY_NOT: case OP_GET_ITER: case OP_LIST_TO_TUPLE: case OP_FORMAT_SIMPLE:
    case OP_FORMAT_WITH_SPEC: case OP_RETURN_VALUE: case OP_LOAD_BUILD_CLASS: case OP_PUSH_EXC_INFO:
    case OP_POP_EXCEPT: case OP_CHECK_EXC_MATCH: case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START:
    case OP_LOAD_ASSERTION_ERROR: case OP_RETURN_GENERATOR: case OP_GET_YIELD_FROM_ITER: case OP_END_SEND:
    case OP_MATCH_SEQUENCE: case OP_MATCH_MAPPING: case OP_GET_LEN: case OP_MATCH_KEYS:
    case OP_COPY_DICT_WITHOUT_KEYS: case OP_BUILD_INTERPOLATION: case OP_BUILD_TEMPLATE: case OP_IMPORT_STAR:
    case OP_BEFORE_ASYNC_WITH: case OP_GET_AITER: case OP_GET_ANEXT: case OP_END_ASYNC_FOR: case OP_ASYNC_GEN_WRAP:
    case OP_CHECK_EG_MATCH: case OP_PREP_RERAISE_STAR:
        return false;
    default:
        return true;
    }
}

static void disassemble_one(CodeObject* co, std::string& out) {
    size_t n = co->code.size();
    // Labels: jump targets and exception table boundaries, numbered in code order.
    std::map<uint32_t, int> labels;
    for (uint32_t w : co->code)
        if (opcode_jumps(base_opcode(instr_op(w)))) labels[instr_arg(w)] = 0;
    for (const ExceptEntry& e : co->exceptiontable) labels[e.start] = labels[e.end] = labels[e.target] = 0;
    int k = 0;
    for (auto& [at, id] : labels) id = ++k;

    int maxline = 0;
    bool has_none = false;
    for (const Location& l : co->locations) {
        maxline = std::max(maxline, l.line);
        has_none = has_none || l.line <= 0;
    }
    int lineno_width = std::max<int>(3, int(std::to_string(maxline).size()));
    if (lineno_width < 4 && has_none) lineno_width = 4;
    int label_width = 4 + int(std::to_string(labels.size()).size());
    int offset_width = int(std::to_string(std::max<size_t>(n ? n - 1 : 0, 9999)).size());

    int prev_line = -2;
    for (size_t i = 0; i < n; i++) {
        uint8_t op = base_opcode(instr_op(co->code[i]));
        uint32_t arg = instr_arg(co->code[i]);
        int line = i < co->locations.size() ? co->locations[i].line : 0;
        if (line <= 0) line = -1;
        std::string fields;
        if (line != prev_line) {
            if (i > 0) out += '\n';
            fields = line > 0 ? strfmt("%*d", lineno_width, line) : strfmt("%*s", lineno_width, "--");
            prev_line = line;
        } else {
            fields = std::string(size_t(lineno_width), ' ');
        }
        auto lab = labels.find(uint32_t(i));
        std::string label = lab == labels.end() ? "" : "L" + std::to_string(lab->second) + ":";
        fields += ' ' + strfmt("%*s", label_width, label.c_str());
        fields += ' ' + strfmt("%*zu  ", offset_width, i);
        fields += "     ";  // the "current instruction" marker column, between separators
        std::string name = opcode_names[op];
        fields += strfmt("%-20s", name.c_str());
        if (takes_arg(op)) {
            int excess = std::max(0, int(name.size()) - 20);
            fields += ' ' + strfmt("%*u", std::max(0, 5 - excess), arg);
            std::string r = arg_repr(co, op, arg, labels);
            if (!r.empty()) fields += " (" + r + ")";
        }
        while (!fields.empty() && fields.back() == ' ') fields.pop_back();
        out += fields + '\n';
    }
    if (!co->exceptiontable.empty()) {
        out += "ExceptionTable:\n";
        for (const ExceptEntry& e : co->exceptiontable)
            out += strfmt("  L%d to L%d -> L%d [%u]\n", labels[e.start], labels[e.end], labels[e.target], e.depth);
    }
}

std::string disassemble(CodeObject* code) {
    std::string out;
    disassemble_one(code, out);
    for (Object* c : code->consts) {
        if (type_of(c) != &Code_Type) continue;
        out += "\nDisassembly of " + code_repr(static_cast<CodeObject*>(c)) + ":\n";
        out += disassemble(static_cast<CodeObject*>(c));
    }
    return out;
}
