# minipy — every way to build and check it.
#
#   make                  ./minipy            (-O2 -g)
#   make debug            ./minipy-debug      (-O0 -g3 -fno-inline, for gdb)
#   make asan             ./minipy-asan + its unit tests, then the whole suite under ASan/UBSan/LSan
#   make tsan             ./minipy-tsan + its unit tests, then the whole suite under TSan
#   make test             unit tests + script tests; last line "N passed, M failed"
#   make run              run two examples
#   make update-expected  regenerate tests/py/*.out|.err|.rc and examples/*.out with CPython 3.14
#   make bench            bench/run.sh: minipy against python3; bench/jit.sh: the JIT against both;
#                         bench/compile_speed.sh: the JIT's compile cost per instruction;
#                         bench/threads.sh: thread scaling
#   make deps             check (and as root, install) the Debian packages the build needs
#   make clean
#
# Each flavour has its own object directory build/<flavour>/ with -MMD dependency files, so
# switching flavours never rebuilds the others and header edits rebuild what they must.

CXX ?= g++
CXXFLAGS ?=
LDFLAGS ?=
BASE_CXXFLAGS := -std=c++20 -Wall -Wextra -Wno-unused-parameter -pthread
LDLIBS := -pthread
# Static GoogleTest libraries: gtest_main needs gtest, so gtest_main comes first on the line.
GTEST_LIBS := -lgtest_main -lgtest -pthread

SRCS := $(filter-out main.cpp,$(wildcard *.cpp))
MAIN_SRC := main.cpp
UNIT_SRCS := $(wildcard tests/unit/*.cpp)
# The Python-written part of the standard library (lib/*.py, packages in lib/*/), frozen into the binary as C++
# source by lib/freeze.sh; every flavour compiles the one generated file.
LIB_PY := $(sort $(wildcard lib/*.py lib/*/*.py))
FROZEN_SRC := build/gen/frozen.cpp

FLAVOURS := release debug asan tsan

release_FLAGS := -O2 -g
debug_FLAGS   := -O0 -g3 -fno-inline
asan_FLAGS    := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer
tsan_FLAGS    := -O1 -g -fsanitize=thread -fno-omit-frame-pointer

release_BIN := minipy
debug_BIN   := minipy-debug
asan_BIN    := minipy-asan
tsan_BIN    := minipy-tsan

PY314 := ../shared/tools/py314

.PHONY: all debug asan tsan test run deps update-expected bench clean unit-release \
        unit-asan unit-tsan

all: $(release_BIN)
debug: $(debug_BIN)

# --- one set of rules per flavour -------------------------------------------------------------
# $(1) = flavour name. Objects: build/$(1)/NAME.o; unit test objects: build/$(1)/unit/NAME.o.
define FLAVOUR_RULES
$(1)_OBJS      := $$(SRCS:%.cpp=build/$(1)/%.o) build/$(1)/frozen.o
$(1)_MAIN_OBJ  := build/$(1)/main.o
$(1)_UNIT_OBJS := $$(UNIT_SRCS:tests/unit/%.cpp=build/$(1)/unit/%.o)
$(1)_UNIT_BIN  := build/$(1)/unit_tests
$(1)_ALLFLAGS  := $$(BASE_CXXFLAGS) $$($(1)_FLAGS) $$(CXXFLAGS)

$$($(1)_BIN): $$($(1)_OBJS) $$($(1)_MAIN_OBJ)
	$$(CXX) $$($(1)_ALLFLAGS) $$(LDFLAGS) $$^ -o $$@ $$(LDLIBS)

$$($(1)_UNIT_BIN): $$($(1)_OBJS) $$($(1)_UNIT_OBJS)
	$$(CXX) $$($(1)_ALLFLAGS) $$(LDFLAGS) $$^ -o $$@ $$(GTEST_LIBS)

build/$(1)/%.o: %.cpp
	@mkdir -p $$(@D)
	$$(CXX) $$($(1)_ALLFLAGS) -MMD -MP -c $$< -o $$@

build/$(1)/frozen.o: $$(FROZEN_SRC)
	@mkdir -p $$(@D)
	$$(CXX) $$($(1)_ALLFLAGS) -I. -MMD -MP -c $$< -o $$@

build/$(1)/unit/%.o: tests/unit/%.cpp
	@mkdir -p $$(@D)
	$$(CXX) $$($(1)_ALLFLAGS) -I. -MMD -MP -c $$< -o $$@

-include $$(wildcard build/$(1)/*.d build/$(1)/unit/*.d)
endef
$(foreach f,$(FLAVOURS),$(eval $(call FLAVOUR_RULES,$(f))))

# frozen.list holds the names of the frozen files and changes only when that set does, so that a
# module deleted from lib/ leaves the binary too (a dependency on the files alone cannot see that).
FROZEN_LIST := build/gen/frozen.list
$(FROZEN_LIST): FORCE
	@mkdir -p $(@D)
	@echo '$(LIB_PY)' | cmp -s - $@ || echo '$(LIB_PY)' > $@
.PHONY: FORCE
FORCE:

$(FROZEN_SRC): lib/freeze.sh $(LIB_PY) $(FROZEN_LIST)
	@mkdir -p $(@D)
	sh lib/freeze.sh $(LIB_PY) > $@.tmp && mv $@.tmp $@

# The unit test binary of a flavour, or nothing when tests/unit/ holds no tests yet.
unit_bin = $(if $(UNIT_SRCS),$($(1)_UNIT_BIN))

# run_tests.sh counts a missing or crashing unit test binary as a failure, so a unit test build
# error does not stop the script tests from running; it shows up in the final count instead.
define RUN_SUITE
	@$(MAKE) --no-print-directory $($(1)_BIN)
	@$(if $(UNIT_SRCS),$(MAKE) --no-print-directory $($(1)_UNIT_BIN) \
	  || echo "make: the $(1) unit tests failed to build (counted as a failure)")
	@$(2) UNIT_TESTS=$(call unit_bin,$(1)) tests/run_tests.sh ./$($(1)_BIN)
endef

# --- checking ---------------------------------------------------------------------------------
# deps runs first and alone; the builds are then recursive makes (which keep -j via the jobserver).
test: deps
	$(call RUN_SUITE,release,)

# LeakSanitizer is on: every test must free everything it made by exit.  minipy has no cycle
# collector yet, so the tests whose programs make true reference cycles (a method using super():
# class -> function -> __class__ cell -> class; a list holding itself) are listed, each with its
# cycle, in tests/lsan_cyclic.txt; run_tests.sh runs those with leaks off and checks they still leak.
asan: deps
	$(call RUN_SUITE,asan,ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 TEST_TIMEOUT=120 JIT_TOOL_TESTS=0)

tsan: deps
	$(call RUN_SUITE,tsan,TSAN_OPTIONS=halt_on_error=1:allocator_may_return_null=1 TEST_TIMEOUT=120 JIT_TOOL_TESTS=0)

run: deps
	@$(MAKE) --no-print-directory $(release_BIN)
	./$(release_BIN) examples/hello.py
	./$(release_BIN) examples/fib.py

bench:
	@$(MAKE) --no-print-directory $(release_BIN)
	bench/run.sh ./$(release_BIN)
	bench/jit.sh ./$(release_BIN)
	bench/compile_speed.sh ./$(release_BIN)
	bench/threads.sh ./$(release_BIN)

# Expected outputs come from CPython 3.14 (the oracle), never from minipy and never by hand.
update-expected:
	PY314=$(PY314) tests/update_expected.sh tests/py tests/programs examples

# --- dependencies -----------------------------------------------------------------------------
DEB_PACKAGES := g++ make libgtest-dev libxbyak-dev gdb binutils

deps:
	@missing=""; \
	command -v g++ >/dev/null 2>&1 || missing="$$missing g++"; \
	command -v make >/dev/null 2>&1 || missing="$$missing make"; \
	gtest_lib=""; \
	for f in /usr/lib/*/libgtest.a /usr/lib/*/libgtest.so /usr/lib/libgtest.a /usr/lib/libgtest.so; do \
	  [ -f "$$f" ] && gtest_lib="$$f"; done; \
	if [ ! -f /usr/include/gtest/gtest.h ] || [ -z "$$gtest_lib" ]; then \
	  missing="$$missing libgtest-dev"; fi; \
	[ -f /usr/include/xbyak/xbyak.h ] || missing="$$missing libxbyak-dev"; \
	command -v gdb >/dev/null 2>&1 || missing="$$missing gdb"; \
	command -v objdump >/dev/null 2>&1 || missing="$$missing binutils"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "deps: installing$$missing"; \
	    apt-get update && apt-get install -y $$missing; \
	  else \
	    echo "deps: missing$$missing; run as root:"; \
	    echo "  apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi

clean:
	rm -rf build $(release_BIN) $(debug_BIN) $(asan_BIN) $(tsan_BIN)
