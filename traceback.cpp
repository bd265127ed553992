// traceback.cpp — printing an uncaught exception the way CPython 3.14 does.
//
// What this step does: turns an exception object into the familiar report on stderr:
//
//   Traceback (most recent call last):
//     File "t.py", line 6, in <module>
//       print(g())
//             ~^^
//     File "t.py", line 2, in f
//       return a / b
//              ~~^~~
//   ZeroDivisionError: division by zero
//
// Comes in: an ExceptionObject whose `traceback` vector the eval loop filled, one entry (code
// object + instruction index) per frame the exception passed, innermost first.  Each
// instruction's Location (compiler.cpp) gives the source range to underline, on one line or
// several; the part drawn with ^ (an operator, the [..] of a subscript, the (..) of a call) is
// found by parsing that range's text, as CPython does.
// Goes out: text on stderr.  Chained exceptions (__cause__, __context__) are printed first, with
// CPython's separator sentences.  SyntaxErrors get their own format (file, line, text, caret).
//
// Also here: `traceback` objects, the linked form of the same entries that Python code sees
// (e.__traceback__, the third argument of __exit__).
//
// Source lines come from a registry filled by run_source (so -c code and the REPL show their
// lines too), falling back to reading the file.
// Read next: main.cpp (who calls print_exception), builtins.cpp.
#include "minipy.h"
#include "builtins.h"
#include "str_internal.h"  // uni_is_wide

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>

// ───────────── source registry ─────────────

static std::mutex source_mutex;
static std::map<std::string, std::vector<std::string>> sources;  // guarded by source_mutex

static std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::string cur;
    for (char c : text) {
        if (c == '\n') { lines.push_back(cur); cur.clear(); }
        else if (c != '\r') cur += c;
    }
    if (!cur.empty()) lines.push_back(cur);
    return lines;
}

void register_source(const std::string& filename, std::string source) {
    std::lock_guard<std::mutex> lock(source_mutex);
    sources[filename] = split_lines(source);
}

std::string source_line(const std::string& filename, int line) {
    std::lock_guard<std::mutex> lock(source_mutex);
    auto it = sources.find(filename);
    if (it == sources.end()) {
        if (filename.empty() || filename[0] == '<') return "";
        std::ifstream in(filename, std::ios::binary);
        if (!in) return "";
        std::stringstream ss;
        ss << in.rdbuf();
        it = sources.emplace(filename, split_lines(ss.str())).first;
    }
    if (line < 1 || size_t(line) > it->second.size()) return "";
    return it->second[size_t(line - 1)];
}

// ───────────── helpers ─────────────

// Where the printers write: stderr, or a string while the traceback module formats one.
static thread_local std::string* put_sink = nullptr;
static void put(const std::string& s) {
    if (put_sink) *put_sink += s;
    else fwrite(s.data(), 1, s.size(), stderr);
}

// Byte offset → character offset in a UTF-8 string (columns are bytes, display is characters).
static int char_offset(const std::string& s, int byte_off) {
    int n = 0;
    for (int i = 0; i < byte_off && i < int(s.size()); i++)
        if ((static_cast<unsigned char>(s[size_t(i)]) & 0xC0) != 0x80) n++;
    return n;
}

// ───────────── the source lines of a frame ─────────────
//
// Under "  File ..., line N, in f" CPython prints the source of the failing instruction's range
// and marks it.  A one-line range:
//
//       return a / b
//              ~~^~~
//
// A range over several lines shows every line with its own marker line (at most the first and
// last line and those next to the anchors; a longer gap becomes "...<N lines>..."):
//
//       f(a=1,
//       ~^^^^^
//         b=2)
//         ^^^^
//
// This is a port of the source half of StackSummary.format_frame_summary in CPython 3.14's
// traceback.py, step for step, because its output depends on details that are easy to get
// subtly different (which lines count, how the common indentation is removed twice, when the
// markers are hidden).  Like CPython it works on characters, not bytes, and it finds the part
// drawn with ^ (the operator, the [..] of a subscript, the (..) of a call) by parsing the source
// text of the range (_extract_caret_anchors_from_line_segment).  A wide character (CJK, emoji)
// counts as two columns, as in CPython.  One difference: lines are split at '\n' only.

using Chars = std::u32string;  // CPython's offsets count code points

static Chars to_chars(const std::string& s) {
    Chars out;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
        uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        bool ok = n > 0 && i + size_t(n) <= s.size();
        for (int k = 1; ok && k < n; k++) {
            unsigned char d = static_cast<unsigned char>(s[i + size_t(k)]);
            if ((d & 0xC0) != 0x80) ok = false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if (!ok) { out += U'\uFFFD'; i++; continue; }  // errors="replace", byte by byte
        out += char32_t(cp);
        i += size_t(n);
    }
    return out;
}

static std::string to_utf8(const Chars& s) {
    std::string out;
    for (char32_t cp : s) {
        if (cp < 0x80) out += char(cp);
        else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

// str.isspace() for one character (the whitespace that str.strip() removes).
static bool is_space(char32_t c) {
    return (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}
static bool all_space(const Chars& s) {  // str.isspace(): false for ""
    if (s.empty()) return false;
    for (char32_t c : s) if (!is_space(c)) return false;
    return true;
}
static Chars lstrip(const Chars& s) {
    size_t b = 0;
    while (b < s.size() && is_space(s[b])) b++;
    return s.substr(b);
}
static Chars rstrip(const Chars& s) {
    size_t e = s.size();
    while (e > 0 && is_space(s[e - 1])) e--;
    return s.substr(0, e);
}

// "a\nb\n" → {"a", "b"} (str.splitlines for text whose only line break is '\n').
static std::vector<Chars> split_chars(const Chars& text) {
    std::vector<Chars> lines;
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find(U'\n', start);
        if (nl == Chars::npos) { lines.push_back(text.substr(start)); break; }
        lines.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}
static Chars join_chars(const std::vector<Chars>& lines) {
    Chars out;
    for (size_t i = 0; i < lines.size(); i++) {
        if (i) out += U'\n';
        out += lines[i];
    }
    return out;
}

// textwrap.dedent: remove the leading spaces and tabs all non-blank lines share (the common
// prefix of the smallest and the largest line is the common prefix of all); blank lines become
// empty.
static Chars dedent(const Chars& text) {
    std::vector<Chars> lines;
    size_t start = 0;
    for (;;) {  // text.split('\n'): a trailing '\n' gives a last empty piece
        size_t nl = text.find(U'\n', start);
        lines.push_back(text.substr(start, nl == Chars::npos ? Chars::npos : nl - start));
        if (nl == Chars::npos) break;
        start = nl + 1;
    }
    const Chars* l1 = nullptr;
    const Chars* l2 = nullptr;
    for (const Chars& l : lines) {
        if (l.empty() || all_space(l)) continue;
        if (!l1 || l < *l1) l1 = &l;
        if (!l2 || *l2 < l) l2 = &l;
    }
    size_t margin = 0;
    if (l1)
        while (margin < l1->size() && (*l1)[margin] == (*l2)[margin] && ((*l1)[margin] == U' ' || (*l1)[margin] == U'\t'))
            margin++;
    Chars out;
    for (size_t i = 0; i < lines.size(); i++) {
        if (i) out += U'\n';
        if (!all_space(lines[i])) out += lines[i].substr(std::min(margin, lines[i].size()));
    }
    return out;
}

// UTF-8 byte offset → character offset in `line` (_byte_offset_to_character_offset).
static int byte_to_char(const Chars& line, int byte_off) {
    return char_offset(to_utf8(line), byte_off);
}

// _display_width: the terminal columns of line[:offset], two for each wide character; an ASCII
// line keeps offsets past its end, as CPython's fast path does.
static int display_width(const Chars& line, int offset) {
    bool ascii = true;
    for (char32_t c : line) if (c >= 0x80) ascii = false;
    if (ascii) return offset;
    int width = 0;
    for (int i = 0; i < std::min(offset, int(line.size())); i++) width += uni_is_wide(uint32_t(line[size_t(i)])) ? 2 : 1;
    return width;
}

// Where the ^ part of a range starts and ends: (line, column) in the segment's lines, the end
// exclusive.  The marks outside it are '~', inside '^'.
struct Anchors { int left_line, left_col, right_line, right_col; };
struct NoAnchors {};  // any failure while looking for them: CPython's suppress(Exception)

// _extract_caret_anchors_from_line_segment: parse the segment as an expression (in parentheses,
// so that several lines parse) and, for a binary operation, a subscript or a call, find the
// operator, the '[' or the '(' in its text.
static bool find_anchors(const Chars& segment, Anchors* out) {
    std::unique_ptr<Module> m;
    try {
        m = parse("(\n" + to_utf8(segment) + "\n)", "<caret-anchors>", ParseMode::File);
    } catch (PyError&) {
        fetch_exception();
        return false;
    }
    if (m->body.size() != 1 || m->body[0]->kind != StmtKind::ExprStmt) return false;
    Expr* e = m->body[0]->value.get();
    std::vector<Chars> lines = split_chars(segment);
    int n = int(lines.size());
    auto line_at = [&](int l) -> const Chars& {
        if (l < 0 || l >= n) throw NoAnchors{};
        return lines[size_t(l)];
    };
    auto normalize = [&](int l, int byte_off) { return byte_to_char(line_at(l), byte_off); };
    auto next_valid = [&](int& l, int& c) {  // skip past line ends (and empty lines)
        while (l < n && c >= int(lines[size_t(l)].size())) { c = 0; l++; }
        if (l >= n) throw NoAnchors{};
    };
    auto increment = [&](int& l, int& c) { c++; next_valid(l, c); };
    auto nextline = [&](int& l, int& c) { c = 0; l++; next_valid(l, c); };
    auto increment_until = [&](int& l, int& c, auto stop) {  // skipping comments and '\' joins
        for (;;) {
            char32_t ch = line_at(l)[size_t(c)];
            if (ch == U'\\' || ch == U'#') nextline(l, c);
            else if (!stop(ch)) increment(l, c);
            else break;
        }
    };
    // The end of `x`; line numbers are 1-based and 2 lines ahead because of the added "(\n".
    auto end_of = [&](const Expr& x, int& l, int& c, bool force_valid) {
        l = x.pos.end_line - 2;
        c = normalize(l, x.pos.end_col);
        if (force_valid) next_valid(l, c);
    };
    try {
        int l, c;
        switch (e->kind) {
        case ExprKind::BinOp: {
            end_of(*e->a, l, c, true);
            increment_until(l, c, [](char32_t ch) { return !is_space(ch) && ch != U')'; });
            int right_col = c + 1;  // the operator has one or two characters, on one line
            const Chars& line = line_at(l);
            if (right_col < int(line.size()) &&
                (e->b->pos.line - 2 > l || right_col < normalize(e->b->pos.line - 2, e->b->pos.col)) &&
                !is_space(line[size_t(right_col)]) && line[size_t(right_col)] != U'\\' && line[size_t(right_col)] != U'#')
                right_col++;
            *out = {l, c, l, right_col};
            return true;
        }
        case ExprKind::Subscript:
        case ExprKind::Call: {
            char32_t open = e->kind == ExprKind::Call ? U'(' : U'[';
            end_of(*e->a, l, c, true);
            increment_until(l, c, [open](char32_t ch) { return ch == open; });
            int rl, rc;
            end_of(*e, rl, rc, false);
            *out = {l, c, rl, rc};
            return true;
        }
        default:
            return false;
        }
    } catch (NoAnchors&) {
        return false;
    }
}

// _should_show_carets: no markers for `x = <call>` (one plain name as the target) and
// `return name(...)` when the range is exactly that call, nor when the range is all there is on
// its lines and has no anchors (nothing to point at).
static bool should_show_carets(int start, int end, const std::vector<Chars>& all_lines, bool anchors) {
    try {
        std::unique_ptr<Module> m = parse(to_utf8(join_chars(all_lines)), "<caret-check>", ParseMode::File);
        if (m->body.empty()) return false;
        Stmt* s = m->body[0].get();
        Expr* value = nullptr;
        if (s->kind == StmtKind::Return && s->value && s->value->kind == ExprKind::Call &&
            s->value->a->kind == ExprKind::Name)
            value = s->value.get();
        if (s->kind == StmtKind::Assign && s->value && s->value->kind == ExprKind::Call &&
            s->targets.size() == 1 && s->targets[0]->kind == ExprKind::Name)
            value = s->value.get();
        // CPython compares the AST's byte columns with character offsets; so do we.
        if (value && value->pos.line == 1 && value->pos.end_line == int(all_lines.size()) &&
            value->pos.col == start && value->pos.end_col == end)
            return false;
    } catch (PyError&) {
        fetch_exception();  // not complete statements on their own: no special case
    }
    if (anchors) return true;
    const Chars& first = all_lines.front();
    const Chars& last = all_lines.back();
    if (!lstrip(first.substr(0, std::min(size_t(start), first.size()))).empty()) return true;
    if (size_t(end) < last.size() && !rstrip(last.substr(size_t(end))).empty()) return true;
    return false;
}

// Everything a frame prints below its "File" line, for the instruction range `loc`.
static std::string frame_source(const std::string& filename, const Location& loc) {
    if (loc.line < 1) return "";
    bool have_cols = loc.col >= 0 && loc.end_col >= 0 && loc.end_line >= loc.line;
    int last_lineno = have_cols ? loc.end_line : loc.line;
    std::vector<Chars> original;  // each line without trailing whitespace
    for (int ln = loc.line; ln <= last_lineno; ln++) original.push_back(rstrip(to_chars(source_line(filename, ln))));
    Chars dedented = dedent(join_chars(original) + U'\n');
    if (lstrip(dedented).empty()) return "";
    if (!have_cols) return "    " + to_utf8(lstrip(original[0])) + "\n";  // only the first line

    std::vector<Chars> all_lines = split_chars(dedented);
    int n = int(original.size());
    all_lines.resize(size_t(n));
    // Character offsets of the range, moved left by the indentation dedent removed.
    int dedent_chars = int(original[0].size()) - int(all_lines[0].size());
    int start = std::max(0, byte_to_char(original[0], loc.col) - dedent_chars);
    int end = std::max(0, byte_to_char(original.back(), loc.end_col) - dedent_chars);
    int dp_start = display_width(all_lines[0], start);
    int dp_end = display_width(all_lines.back(), end);

    // The range's own text: from `start` on the first line to `end` on the last.
    Chars joined = join_chars(all_lines);
    int len = int(joined.size());
    int seg_start = std::min(start, len);
    int seg_end = std::clamp(len - (int(all_lines.back().size()) - end), 0, len);
    Chars segment = seg_end > seg_start ? joined.substr(size_t(seg_start), size_t(seg_end - seg_start)) : Chars();

    Anchors an{};
    bool anchors = find_anchors(segment, &an);
    bool show = should_show_carets(start, end, all_lines, anchors);

    // Only the first and last lines, and the lines around the anchors' ends, are shown.
    std::set<int> significant = {0, n - 1};
    int left_col = 0, right_col = 0;
    if (anchors) {
        left_col = an.left_col + (an.left_line == 0 ? start : 0);  // segment line 0 starts at `start`
        right_col = an.right_col + (an.right_line == 0 ? start : 0);
        if (an.left_line >= n || an.right_line >= n) anchors = false;  // cannot happen; never index past
        else {
            left_col = display_width(all_lines[size_t(an.left_line)], left_col);
            right_col = display_width(all_lines[size_t(an.right_line)], right_col);
            for (int d = -1; d <= 1; d++) significant.insert({an.left_line + d, an.right_line + d});
        }
    }
    significant.erase(-1);
    significant.erase(n);

    Chars result;
    auto output_line = [&](int ln) {
        const Chars& line = all_lines[size_t(ln)];
        result += line + U'\n';
        if (!show) return;
        int num_spaces = int(line.size() - lstrip(line).size());
        int num_carets = ln == n - 1 ? dp_end : display_width(line, int(line.size()));
        for (int col = 0; col < num_carets; col++) {
            bool inside = anchors &&
                          (ln > an.left_line || (ln == an.left_line && col >= left_col)) &&
                          (ln < an.right_line || (ln == an.right_line && col < right_col));
            if (col < num_spaces || (ln == 0 && col < dp_start)) result += U' ';  // before the range
            else result += !anchors || inside ? U'^' : U'~';
        }
        result += U'\n';
    };
    int prev = -1;
    for (int ln : significant) {
        if (prev >= 0) {
            int gap = ln - prev;
            if (gap == 2) output_line(ln - 1);  // one line between: show it
            else if (gap > 2) result += to_chars(strfmt("...<%d lines>...\n", gap - 1));
        }
        output_line(ln);
        prev = ln;
    }
    // Dedent what was gathered once more, then indent every line by four.
    std::string out;
    for (const Chars& l : split_chars(dedent(result))) out += "    " + to_utf8(l) + "\n";
    return out;
}

// The source range of instruction `instr` (line 0 if the code has no location for it).
static Location instr_location(CodeObject* co, uint32_t instr) {
    return instr < co->locations.size() ? co->locations[instr] : Location{};
}

static void print_entry(const TracebackEntry& e) {
    CodeObject* co = e.code.get();
    Location loc = instr_location(co, e.instr);
    put(strfmt("  File \"%s\", line %d, in %s\n", co->filename.c_str(), loc.line, co->name.c_str()));
    put(frame_source(co->filename, loc));
}

// Runaway recursion would print a thousand identical entries: like CPython, print a run of
// entries with the same file, line and function three times, then count the rest.
static bool same_place(const TracebackEntry& a, const TracebackEntry& b) {
    return a.code->filename == b.code->filename && a.code->name == b.code->name &&
           instr_location(a.code.get(), a.instr).line == instr_location(b.code.get(), b.instr).line;
}

static constexpr int RECURSIVE_CUTOFF = 3;

static void print_repeats(int count) {
    if (count > RECURSIVE_CUTOFF) {
        int more = count - RECURSIVE_CUTOFF;
        put(strfmt("  [Previous line repeated %d more time%s]\n", more, more > 1 ? "s" : ""));
    }
}

// Entries are appended while the exception unwinds (innermost first); they print outermost first.
static void print_entries(const std::vector<TracebackEntry>& entries) {
    int run = 0;
    const TracebackEntry* last = nullptr;
    for (size_t i = entries.size(); i-- > 0;) {
        const TracebackEntry& e = entries[i];
        if (last && same_place(*last, e)) {
            run++;
        } else {
            print_repeats(run);
            run = 1;
        }
        last = &e;
        if (run <= RECURSIVE_CUTOFF) print_entry(e);
    }
    print_repeats(run);
}

// "ValueError", or "mod.Name" for classes outside __main__ and builtins (as CPython).
static std::string exception_type_name(Object* exc) {
    TypeObject* t = type_of(exc);
    std::string name = t->qualname.empty() ? t->name : t->qualname;
    if (t->flags & TPF_HEAPTYPE) {
        Obj mod = dict_get_str(t->dict, intern_cstr("__module__"));
        if (mod && is_str(mod.get())) {
            std::string m(str_view(mod.get()));
            if (m != "__main__" && m != "builtins") name = m + "." + name;
        }
    }
    return name;
}

static std::string safe_str(Object* o) {
    try {
        return str_string(o);
    } catch (PyError&) {
        fetch_exception();
        return "<exception str() failed>";
    }
}

static Obj exc_attr(Object* exc, const char* name) {
    try {
        return getattr_opt(exc, intern_cstr(name));
    } catch (PyError&) {
        fetch_exception();
        return nullptr;
    }
}

// SyntaxError's own layout (traceback.py, _format_syntax_error).
static void print_syntax_error_body(Object* exc, const std::string& tname) {
    Obj filename = exc_attr(exc, "filename"), lineno = exc_attr(exc, "lineno"), text = exc_attr(exc, "text");
    Obj offset = exc_attr(exc, "offset"), end_lineno = exc_attr(exc, "end_lineno"), end_offset = exc_attr(exc, "end_offset");
    Obj msg = exc_attr(exc, "msg");
    std::string suffix;
    bool have_line = lineno && is_int(lineno.get());
    std::string fname = filename && is_str(filename.get()) ? std::string(str_view(filename.get())) : "<string>";
    if (have_line) put(strfmt("  File \"%s\", line %lld\n", fname.c_str(), (long long)int_as_i64(lineno.get())));
    else if (filename && is_str(filename.get())) suffix = " (" + fname + ")";
    if (text && is_str(text.get())) {
        std::string rtext(str_view(text.get()));
        while (!rtext.empty() && rtext.back() == '\n') rtext.pop_back();
        size_t spaces = 0;
        while (spaces < rtext.size() && (rtext[spaces] == ' ' || rtext[spaces] == '\n' || rtext[spaces] == '\f')) spaces++;
        std::string ltext = rtext.substr(spaces);
        int nchars = char_offset(rtext, int(rtext.size()));
        int nspaces = int(spaces);
        if (!offset || !is_int(offset.get())) {
            put("    " + ltext + "\n");
        } else {
            int64_t off = int_as_i64(offset.get());
            int64_t eoff;
            bool same_line = end_lineno && is_int(end_lineno.get()) && have_line &&
                             int_as_i64(end_lineno.get()) == int_as_i64(lineno.get());
            if (same_line) {
                eoff = end_offset && is_int(end_offset.get()) && int_as_i64(end_offset.get()) != 0
                           ? int_as_i64(end_offset.get()) : off;
            } else {
                eoff = nchars + 1;
            }
            int textlen = char_offset(std::string(str_view(text.get())), int(static_cast<StrObject*>(text.get())->size));
            if (off > textlen) off = nchars + 1;
            if (eoff > textlen) eoff = nchars + 1;
            if (off >= eoff || eoff < 0) eoff = off + 1;
            int64_t colno = off - 1 - nspaces, end_colno = eoff - 1 - nspaces;
            put("    " + ltext + "\n");
            if (colno >= 0) {
                std::string caret;
                int64_t k = 0;
                for (size_t i = 0; i < ltext.size() && k < colno; i++) {
                    unsigned char c = static_cast<unsigned char>(ltext[i]);
                    if ((c & 0xC0) == 0x80) continue;
                    caret += (c == '\t' || c == '\f') ? char(c) : ' ';
                    k++;
                }
                while (k++ < colno) caret += ' ';
                caret += std::string(size_t(end_colno - colno > 0 ? end_colno - colno : 0), '^');
                put("    " + caret + "\n");
            }
        }
    }
    std::string m = msg && is_str(msg.get()) ? std::string(str_view(msg.get())) : "<no detail available>";
    put(tname + ": " + m + suffix + "\n");
}

static void print_exception_only(Object* exc);

static void print_one(Object* exc) {
    auto* e = static_cast<ExceptionObject*>(exc);
    if (!e->traceback.empty()) {
        put("Traceback (most recent call last):\n");
        print_entries(e->traceback);
    }
    print_exception_only(exc);
}

// The last part of a report: "ValueError: bad" (a SyntaxError's source line and caret), notes.
static void print_exception_only(Object* exc) {
    auto* e = static_cast<ExceptionObject*>(exc);
    std::string tname = exception_type_name(exc);
    if (is_subtype(type_of(exc), Exc_SyntaxError)) {
        print_syntax_error_body(exc, tname);
    } else {
        std::string msg = safe_str(exc);
        put(msg.empty() ? tname + "\n" : tname + ": " + msg + "\n");
    }
    if (e->dict) {
        Obj notes = dict_get_str(e->dict, intern_cstr("__notes__"));
        if (notes && is_list(notes.get()))
            for (Object* n : list_items(notes.get())) put(safe_str(n) + "\n");
    }
}

// ───────────── exception groups ─────────────
//
// A group prints as a box per level, each member numbered, everything inside indented by two
// columns per level and marked in the margin (CPython's traceback._ExceptionPrintContext):
//
//     + Exception Group Traceback (most recent call last):
//     |   File "t.py", line 1, in <module>
//     | ExceptionGroup: eg (2 sub-exceptions)
//     +-+---------------- 1 ----------------
//       | ValueError: 1
//       +---------------- 2 ----------------
//       | TypeError: 2
//       +------------------------------------
//
// The ordinary printers above write the pieces into a string; emit() indents it line by line.
struct GroupPrint {
    int depth = 0;           // nesting level (0: not inside any group)
    bool need_close = false;  // the innermost box still needs its closing line
    std::vector<Object*> seen;
};
constexpr int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

template <class F>
static std::string captured(F&& f) {
    std::string out;
    std::string* saved = put_sink;
    put_sink = &out;
    try {
        f();
    } catch (PyError&) {
        put_sink = saved;
        throw;
    }
    put_sink = saved;
    return out;
}

static std::string group_indent(const GroupPrint& g) { return std::string(size_t(2 * g.depth), ' '); }

static void emit(const GroupPrint& g, const std::string& text, char margin = '|') {
    std::string prefix = group_indent(g);
    if (g.depth) prefix += std::string(1, margin) + " ";
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        size_t end = nl == std::string::npos ? text.size() : nl + 1;
        put(prefix + text.substr(start, end - start));
        start = end;
    }
}

static void print_chain_in(Object* exc, GroupPrint& g);

static void print_one_in(Object* exc, GroupPrint& g) {
    Object* items = exception_group_items(exc);
    if (!items) {
        emit(g, captured([&] { print_one(exc); }));
        return;
    }
    if (g.depth > MAX_GROUP_DEPTH) {
        emit(g, strfmt("... (max_group_depth is %d)\n", MAX_GROUP_DEPTH));
        return;
    }
    bool top = g.depth == 0;
    if (top) g.depth++;
    auto* e = static_cast<ExceptionObject*>(exc);
    if (!e->traceback.empty()) {
        emit(g, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
        emit(g, captured([&] { print_entries(e->traceback); }));
    }
    emit(g, captured([&] { print_exception_only(exc); }));
    Obj keep = newref(items);
    int count = int(tuple_size(items));
    int n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
    g.need_close = false;
    for (int i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) g.need_close = true;
        bool truncated = i >= MAX_GROUP_WIDTH;
        std::string title = truncated ? "..." : std::to_string(i + 1);
        put(group_indent(g) + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n");
        g.depth++;
        if (!truncated) {
            print_chain_in(tuple_item(items, size_t(i)), g);
        } else {
            int more = count - MAX_GROUP_WIDTH;
            emit(g, strfmt("and %d more exception%s\n", more, more > 1 ? "s" : ""));
        }
        if (last && g.need_close) {
            put(group_indent(g) + "+------------------------------------\n");
            g.need_close = false;
        }
        g.depth--;
    }
    if (top) g.depth = 0;
}

// print_chain, inside whatever group boxes are open.
static void print_chain_in(Object* exc, GroupPrint& g) {
    g.seen.push_back(exc);
    auto* e = static_cast<ExceptionObject*>(exc);
    auto unseen = [&](Object* o) {
        if (!o || !(type_of(o)->flags & TPF_EXC_SUBCLASS)) return false;
        for (Object* s : g.seen) if (s == o) return false;
        return true;
    };
    if (unseen(e->cause)) {
        print_chain_in(e->cause, g);
        emit(g, "\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (!e->suppress_context && unseen(e->context)) {
        print_chain_in(e->context, g);
        emit(g, "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    print_one_in(exc, g);
}

void print_exception(Object* exc) {
    fflush(stdout);  // what the program printed so far comes first
    if (!(type_of(exc)->flags & TPF_EXC_SUBCLASS)) {
        put(std::string(type_name(exc)) + "\n");
        return;
    }
    GroupPrint g;
    print_chain_in(exc, g);
    fflush(stderr);
}

// sys.unraisablehook's format: the exception's own traceback, without its chain.
void print_exception_unchained(Object* exc) {
    fflush(stdout);
    if (type_of(exc)->flags & TPF_EXC_SUBCLASS) print_one(exc);
    else put(std::string(type_name(exc)) + "\n");
    fflush(stderr);
}

// ───────────── traceback objects ─────────────
//
// The eval loop records a traceback as a plain vector inside the exception (cheap to append
// while unwinding).  Python code sees CPython's linked form instead: e.__traceback__ and the
// third argument of __exit__ are `traceback` objects, outermost frame first, each pointing at
// the next frame inward through tb_next.  They are built on demand, so two reads of
// e.__traceback__ give equal chains but not the same object.  minipy has no frame objects, so
// there is no tb_frame.

struct TracebackObject : Object {
    Object* next = nullptr;  // the next (inner) traceback object, owned, or null
    Ref<CodeObject> code;
    uint32_t instr = 0;
};
TypeObject Traceback_Type;

static TracebackObject* as_tb(Object* o) { return static_cast<TracebackObject*>(o); }

static void traceback_dealloc(Object* o) {
    xdecref(as_tb(o)->next);
    as_tb(o)->~TracebackObject();
    object_free(o);
}

static Obj tb_get_next(Object* o) { return newref(as_tb(o)->next ? as_tb(o)->next : Py_None); }
static Obj tb_get_lineno(Object* o) { return int_from_i64(instr_location(as_tb(o)->code.get(), as_tb(o)->instr).line); }
static Obj tb_get_lasti(Object* o) { return int_from_i64(int64_t(as_tb(o)->instr) * 2); }  // a byte offset, as CPython

Obj traceback_from_entries(const std::vector<TracebackEntry>& entries) {
    Obj chain = newref(Py_None);  // built from the innermost entry (entries[0]) outwards
    Object* inner = nullptr;
    for (const TracebackEntry& e : entries) {
        Ref<TracebackObject> tb = alloc_object<TracebackObject>(&Traceback_Type);
        tb->code = e.code;
        tb->instr = e.instr;
        tb->next = inner ? newref(inner).release() : nullptr;
        chain = Obj(std::move(tb));
        inner = chain.get();
    }
    return chain;
}

bool traceback_to_entries(Object* tb, std::vector<TracebackEntry>* out) {
    if (type_of(tb) != &Traceback_Type) return false;
    std::vector<TracebackEntry> outer_first;
    for (Object* t = tb; t; t = as_tb(t)->next) outer_first.push_back({as_tb(t)->code, as_tb(t)->instr});
    out->assign(outer_first.rbegin(), outer_first.rend());
    return true;
}

void init_traceback_type() {
    Traceback_Type.dealloc = traceback_dealloc;
    type_ready(&Traceback_Type, "traceback", &Object_Type, sizeof(TracebackObject));
    add_getsets(&Traceback_Type, {{"tb_next", tb_get_next}, {"tb_lineno", tb_get_lineno}, {"tb_lasti", tb_get_lasti}});
}

// ───────────── the traceback module ─────────────
//
// traceback.print_exc(), format_exc() and friends: the printer above, writing into a string.
// minipy keeps no frame objects, so there is nothing for print_stack()/extract_tb() to walk;
// `limit` is accepted and ignored (every frame is shown).

// The report for exc (with its chain) as text, as print_exception would print it.
static std::string exception_text(Object* exc, bool chain, bool only) {
    return captured([&] {
        GroupPrint g;
        if (!(type_of(exc)->flags & TPF_EXC_SUBCLASS)) put(std::string(type_name(exc)) + ": " + safe_str(exc) + "\n");
        else if (only) print_exception_only(exc);
        else if (chain) print_chain_in(exc, g);
        else print_one_in(exc, g);
    });
}

// CPython's list form: one string per frame ("  File ...\n    source\n    ^^^\n"), per header
// line, per chaining message, and per final line.
static Obj text_chunks(const std::string& text) {
    std::vector<std::string> lines = split_lines(text);
    Obj list = list_new();
    std::string cur;
    auto flush = [&] {
        if (!cur.empty()) list_append(list.get(), str_new(cur).get());
        cur.clear();
    };
    for (size_t i = 0; i < lines.size(); i++) {
        const std::string& l = lines[i];
        if (l.rfind("  File ", 0) == 0) {
            flush();
            cur = l + "\n";
        } else if (l.rfind("    ", 0) == 0 && !cur.empty() && cur.rfind("  File ", 0) == 0) {
            cur += l + "\n";
        } else if (l.empty() && i + 2 < lines.size() && lines[i + 2].empty()) {
            flush();  // "\nDuring handling of the above exception, another exception occurred:\n\n"
            cur = "\n" + lines[i + 1] + "\n\n";
            flush();
            i += 2;
        } else {
            flush();
            cur = l + "\n";
            flush();
        }
    }
    flush();
    return list;
}

// The exception argument of print_exception/format_exception: exc, or the old (type, value, tb).
static Object* exception_argument(Object* exc, Object* value) { return value && value != Py_None ? value : exc; }

static void write_text(Object* file, const std::string& text) {
    Obj f = file && file != Py_None ? newref(file) : dict_get_str(module_dict(interp.sys), intern_cstr("stderr"));
    if (!f || f.get() == Py_None) return;
    Obj s = str_new(text);
    Object* arg = s.get();
    call_method(f.get(), "write", &arg, 1);
}

static Object* handled_or_none() {
    ThreadState* ts = tstate();
    return ts->handled_exc ? ts->handled_exc : Py_None;
}

static bool chain_arg(Object* v) { return !v || truthy(v); }

static Obj tb_format_exc(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[2] = {};
    parse_args("format_exc", args, nargs, kwnames, {"limit", "chain"}, 0, a);
    Object* exc = handled_or_none();
    if (exc == Py_None) return str_new("NoneType: None\n");
    return str_new(exception_text(exc, chain_arg(a[1]), false));
}

static Obj tb_print_exc(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3] = {};
    parse_args("print_exc", args, nargs, kwnames, {"limit", "file", "chain"}, 0, a);
    Object* exc = handled_or_none();
    write_text(a[1], exc == Py_None ? "NoneType: None\n" : exception_text(exc, chain_arg(a[2]), false));
    return newref(Py_None);
}

static Obj tb_format_exception(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[5] = {};
    parse_args("format_exception", args, nargs, kwnames, {"/exc", "/value", "/tb", "limit", "chain"}, 1, a);
    return text_chunks(exception_text(exception_argument(a[0], a[1]), chain_arg(a[4]), false));
}

static Obj tb_print_exception(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[6] = {};
    parse_args("print_exception", args, nargs, kwnames, {"/exc", "/value", "/tb", "limit", "file", "chain"}, 1, a);
    write_text(a[4], exception_text(exception_argument(a[0], a[1]), chain_arg(a[5]), false));
    return newref(Py_None);
}

static Obj tb_format_exception_only(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[2] = {};
    parse_args("format_exception_only", args, nargs, kwnames, {"/exc", "/value"}, 1, a);
    return text_chunks(exception_text(exception_argument(a[0], a[1]), false, true));
}

Obj make_traceback_module() {
    Obj m = new_module("traceback");
    add_module_function(m.get(), "format_exc", tb_format_exc);
    add_module_function(m.get(), "print_exc", tb_print_exc);
    add_module_function(m.get(), "format_exception", tb_format_exception);
    add_module_function(m.get(), "print_exception", tb_print_exception);
    add_module_function(m.get(), "format_exception_only", tb_format_exception_only);
    return m;
}
