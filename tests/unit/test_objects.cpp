// test_objects.cpp — unit tests of the object layer: arbitrary-precision ints (int.cpp,
// bigint.cpp), float repr (float.cpp), hashes, and reference counts (threads.cpp).
//
// Every expected value below was printed by CPython: arithmetic and reprs by CPython 3.14
// (../shared/tools/py314), hashes by the native CPython 3.13 (python3.13) because the
// WebAssembly build is 32-bit and its hash() differs.
//
// Run by make test (the unit_tests binary).  Read next: test_threads.cpp (the same reference counts across threads).
#include <gtest/gtest.h>

#include <cmath>
#include <mutex>

#include "minipy.h"

static void ensure_runtime() {
    static std::once_flag once;
    std::call_once(once, [] { runtime_init(0, nullptr); });
}

static Obj I(const char* digits) { return int_from_string(digits, 10); }
static std::string S(const Obj& o) { return repr_string(o.get()); }
static Obj op(const Obj& a, const Obj& b, int o) { return binary_op(a.get(), b.get(), o); }

TEST(Int, PowersAndFactorial) {
    ensure_runtime();
    EXPECT_EQ(S(op(int_from_i64(2), int_from_i64(200), NB_POWER)),
              "1606938044258990275541962092341162602522202993782792835301376");
    Obj f = int_from_i64(1);
    for (int k = 2; k <= 60; k++) f = op(f, int_from_i64(k), NB_MULTIPLY);
    EXPECT_EQ(S(f), "8320987112741390144276341183223364380754172606361245952449277696409600000000000000");
}

TEST(Int, FloorDivisionAndModuloRoundTowardMinusInfinity) {
    ensure_runtime();
    EXPECT_EQ(S(op(int_from_i64(-7), int_from_i64(2), NB_FLOOR_DIVIDE)), "-4");
    EXPECT_EQ(S(op(int_from_i64(-7), int_from_i64(3), NB_REMAINDER)), "2");
    Obj big = op(I("1000000000000000000000000000000"), int_from_i64(-1), NB_MULTIPLY);
    EXPECT_EQ(S(op(big, int_from_i64(7), NB_FLOOR_DIVIDE)), "-142857142857142857142857142858");
    EXPECT_EQ(S(op(big, int_from_i64(7), NB_REMAINDER)), "6");
    Obj n = I("10000000000000000000000000000000000000007");
    EXPECT_EQ(S(op(n, I("12345678901"), NB_FLOOR_DIVIDE)), "810000007305390065887313004237");
    EXPECT_EQ(S(op(n, I("12345678901"), NB_REMAINDER)), "8345496470");
}

TEST(Int, BigMultiplicationAndPowMod) {
    ensure_runtime();
    Obj p = op(I("12345678901234567890123"), I("98765432109876543210"), NB_MULTIPLY);
    EXPECT_EQ(S(op(p, int_from_i64(5), NB_SUBTRACT)), "1219326311370217952249611949260778341714825");
    Obj three = int_from_i64(3), e = int_from_i64(200), m = int_from_i64(1000007);
    EXPECT_EQ(S(int_pow_mod(three.get(), e.get(), m.get())), "959082");
}

TEST(Int, ConversionsWithFloat) {
    ensure_runtime();
    Obj two70 = op(int_from_i64(2), int_from_i64(70), NB_POWER);
    EXPECT_EQ(S(int_from_double(int_as_double(two70.get()) / 3)), "393530540239137079296");
    EXPECT_EQ(float_repr(int_as_double(op(two70, int_from_i64(1), NB_ADD).get())), "1.1805916207174113e+21");
    Obj two63 = op(int_from_i64(2), int_from_i64(63), NB_POWER);
    EXPECT_EQ(S(two63), "9223372036854775808");
    EXPECT_EQ(S(op(op(two63, int_from_i64(-1), NB_MULTIPLY), int_from_i64(1), NB_SUBTRACT)), "-9223372036854775809");
}

TEST(Int, HashesMatchCPython64Bit) {
    ensure_runtime();
    Obj two100 = op(int_from_i64(2), int_from_i64(100), NB_POWER);
    EXPECT_EQ(hash(two100.get()), 549755813888);
    EXPECT_EQ(hash(op(two100, int_from_i64(-1), NB_MULTIPLY).get()), -549755813888);
    EXPECT_EQ(hash(I("100000000000000000000").get()), 848750603811160107);
    EXPECT_EQ(hash(int_from_i64(-1).get()), -2);
    EXPECT_EQ(float_hash(1.5), 1152921504606846977);
    EXPECT_EQ(float_hash(-0.5), -1152921504606846976);
    EXPECT_EQ(float_hash(1e300), 1224995262755759164);
    Obj t = tuple_pack({int_from_i64(1).get(), int_from_i64(2).get()});
    EXPECT_EQ(hash(t.get()), -3550055125485641917);
    Obj empty = tuple_new(0);
    EXPECT_EQ(hash(empty.get()), 5740354900026072187);
}

TEST(Float, ReprIsShortestRoundTrip) {
    ensure_runtime();
    EXPECT_EQ(float_repr(0.1), "0.1");
    EXPECT_EQ(float_repr(1e16), "1e+16");
    EXPECT_EQ(float_repr(1e-5), "1e-05");
    EXPECT_EQ(float_repr(123456789.0), "123456789.0");
    EXPECT_EQ(float_repr(1.0 / 3), "0.3333333333333333");
    EXPECT_EQ(float_repr(1.4142135623730951), "1.4142135623730951");
    EXPECT_EQ(float_repr(-0.0), "-0.0");
    EXPECT_EQ(float_repr(1e22), "1e+22");
    EXPECT_EQ(float_repr(1.5e-300), "1.5e-300");
    EXPECT_EQ(float_repr(5e-324), "5e-324");
    EXPECT_EQ(float_repr(1e15), "1000000000000000.0");
    EXPECT_EQ(float_repr(INFINITY), "inf");
    EXPECT_EQ(float_repr(-INFINITY), "-inf");
    EXPECT_EQ(float_repr(NAN), "nan");
}

// ───────────── reference counts ─────────────
//
// A test type whose dealloc counts how many of its instances were freed: an acyclic graph
// must be freed exactly when its last reference goes, not before and not never.

static int freed = 0;
static TypeObject Probe_Type;
static void probe_dealloc(Object* o) {
    freed++;
    dealloc_as<Object>(o);
}
static Obj new_probe() {
    static std::once_flag once;
    std::call_once(once, [] {
        Probe_Type.dealloc = probe_dealloc;
        type_ready(&Probe_Type, "probe", &Object_Type, sizeof(Object));
    });
    return alloc_object<Object>(&Probe_Type);
}

TEST(RefCount, ContainersFreeTheirItemsWithTheLastReference) {
    ensure_runtime();
    freed = 0;
    Obj a = new_probe(), b = new_probe(), c = new_probe();
    Obj list = list_new();
    list_append(list.get(), a.get());
    Obj tup = tuple_pack({b.get(), list.get()});
    Obj d = dict_new();
    Obj key = str_new("k");
    dict_set(d.get(), key.get(), tup.get());
    dict_set(d.get(), c.get(), c.get());
    a = nullptr;
    b = nullptr;
    c = nullptr;
    list = nullptr;
    tup = nullptr;
    EXPECT_EQ(freed, 0);  // all still reachable from d
    EXPECT_EQ(load_local(d.get()), 1u);
    d = nullptr;
    EXPECT_EQ(freed, 3);
}

TEST(RefCount, RefCountsTrackReferences) {
    ensure_runtime();
    Obj p = new_probe();
    EXPECT_EQ(load_local(p.get()), 1u);
    {
        Obj q = p;
        Obj list = list_new();
        list_append(list.get(), p.get());
        EXPECT_EQ(load_local(p.get()), 3u);
    }
    EXPECT_EQ(load_local(p.get()), 1u);
}

// Runs `source` with a fresh probe bound to the global name `probe`, clears the module's globals
// (as main.cpp does at exit) and reports whether the probe was freed with the last reference.
// `keep`, if given, names a global the caller wants back (to break a cycle by hand afterwards).
static bool program_frees_probe(const char* source, const char* keep = nullptr, Obj* kept = nullptr) {
    ensure_runtime();
    freed = 0;
    Obj globals = new_globals("__main__");
    dict_set(globals.get(), intern_cstr("probe"), new_probe().get());
    run_source(source, "<test>", globals.get(), ParseMode::File);
    if (keep) *kept = dict_get(globals.get(), intern_cstr(keep));
    dict_clear(globals.get());
    return freed == 1;
}

// The LeakSanitizer check of `make asan` in miniature: an acyclic program that stores an object
// in instances, closures, containers, bound methods and caught exceptions drops every reference
// by exit.  A class whose method uses super() is a cycle (class -> function -> __class__ cell ->
// class) that only a cycle collector could free: that is why tests/lsan_cyclic.txt exists.
TEST(RefCount, AcyclicProgramFreesEverything) {
    EXPECT_TRUE(program_frees_probe(
        "class Box:\n"
        "    def __init__(self, v): self.v = v\n"
        "    def get(self): return self.v\n"
        "class Sub(Box):\n"
        "    def get(self): return Box.get(self)\n"
        "def keep(v):\n"
        "    def inner(): return v\n"
        "    return inner\n"
        "b = Sub(probe)\n"
        "m = b.get\n"
        "f = keep(probe)\n"
        "data = [probe, (probe, {'k': probe}), {probe: [probe]}]\n"
        "try:\n"
        "    raise ValueError(probe)\n"
        "except ValueError as e:\n"
        "    saved = e\n"
        "assert m() is probe and f() is probe and saved.args[0] is probe\n"));
    Obj sub;
    EXPECT_FALSE(program_frees_probe(
        "class Box:\n"
        "    def __init__(self, v): self.v = v\n"
        "class Sub(Box):\n"
        "    def __init__(self, v): super().__init__(v)\n"
        "Sub.keep = probe\n",
        "Sub", &sub));
    // Break the cycle by hand, as a cycle collector would, so that this test itself leaks nothing.
    ASSERT_TRUE(sub);
    delattr(sub.get(), intern_cstr("__init__"));
    sub = nullptr;
    EXPECT_EQ(freed, 1);
}

TEST(RefCount, ImmortalObjectsIgnoreCounting) {
    ensure_runtime();
    EXPECT_TRUE(is_immortal(Py_None));
    EXPECT_TRUE(is_immortal(Py_True));
    EXPECT_TRUE(is_immortal(int_from_i64(256).get()));
    EXPECT_TRUE(is_immortal(int_from_i64(-5).get()));
    EXPECT_FALSE(is_immortal(int_from_i64(257).get()));
    EXPECT_TRUE(is_immortal(intern("some_identifier").get()));
    for (int i = 0; i < 10; i++) decref(Py_None);  // must not free None
    EXPECT_TRUE(is_immortal(Py_None));
}
