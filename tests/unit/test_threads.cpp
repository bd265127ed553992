// test_threads.cpp — unit tests of the free-threading machinery in threads.cpp: biased reference
// counting (local and shared counts, merging, the merge queue, an owner that has exited), the
// 1-byte ob_mutex, two-object critical sections, and QSBR's delayed decref.
//
// Each test states a fact a wrong implementation would break: a lost update under the mutex,
// an object freed too early or never, a deadlock between two threads locking the same pair of
// objects in opposite orders.  Run them under `make tsan` as well: a race is a failure there.
//
// Run by make test (the unit_tests binary).  Read next: test_jit.cpp (compiled code, shared by the threads).
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include "minipy.h"

static std::atomic<int> freed{0};
static TypeObject ThreadProbe_Type;
static void probe_dealloc(Object* o) {
    freed++;
    dealloc_as<Object>(o);
}
static void ensure_runtime() {
    static std::once_flag once;
    std::call_once(once, [] {
        runtime_init(0, nullptr);
        ThreadProbe_Type.dealloc = probe_dealloc;
        type_ready(&ThreadProbe_Type, "thread_probe", &Object_Type, sizeof(Object));
        multithreaded.store(true);  // critical sections really lock from now on
    });
}
static Object* new_probe() { return alloc_object<Object>(&ThreadProbe_Type).release(); }

// Runs f on a new OS thread with its own ThreadState (its own ob_tid), and waits for it.
template <class F>
static void on_other_thread(F f) {
    std::thread t([&] {
        ThreadState* ts = thread_state_new();
        f();
        thread_state_delete(ts);
    });
    t.join();
}

TEST(BiasedRefcount, OtherThreadsCountInTheSharedField) {
    ensure_runtime();
    freed = 0;
    Object* o = new_probe();
    std::vector<std::thread> ts;
    for (int k = 0; k < 4; k++)
        ts.emplace_back([o] {
            ThreadState* s = thread_state_new();
            for (int i = 0; i < 20000; i++) incref(o);
            for (int i = 0; i < 20000; i++) decref(o);
            thread_state_delete(s);
        });
    for (auto& t : ts) t.join();
    EXPECT_EQ(load_local(o), 1u);                            // the owner's count never moved
    EXPECT_EQ(o->ob_ref_shared.load() >> SHARED_SHIFT, 0);   // +80000 -80000, none lost
    EXPECT_EQ(freed, 0);
    decref(o);
    EXPECT_EQ(freed, 1);
}

TEST(BiasedRefcount, OwnerDroppingLastLocalReferenceMergesInsteadOfFreeing) {
    ensure_runtime();
    freed = 0;
    Object* o = new_probe();
    on_other_thread([o] { incref(o); });  // another thread now holds a (shared) reference
    decref(o);                             // the owner's only reference
    EXPECT_EQ(freed, 0);                   // still referenced by the other count
    EXPECT_EQ(o->ob_tid, 0u);              // no owner any more: merged
    on_other_thread([o] { decref(o); });
    EXPECT_EQ(freed, 1);
}

TEST(BiasedRefcount, NonOwnerDecrefBelowZeroQueuesToTheOwner) {
    ensure_runtime();
    ThreadState* me = tstate();  // runtime_init attached this test thread
    freed = 0;
    Object* o = new_probe();
    incref(o);                             // a reference counted locally, handed to the other thread
    on_other_thread([o] { decref(o); });   // shared count would go to -1: queue it
    EXPECT_EQ(freed, 0);
    EXPECT_TRUE(me->eval_breaker.load() & EVAL_BRC_PENDING);  // the owner was told
    brc_merge_queue(me);                   // what the eval loop does at JUMP_BACKWARD
    EXPECT_FALSE(me->eval_breaker.load() & EVAL_BRC_PENDING);
    EXPECT_EQ(freed, 0);                   // the owner's own reference remains
    decref(o);
    EXPECT_EQ(freed, 1);
}

TEST(BiasedRefcount, ObjectOfAnExitedOwnerIsFreedByTheLastHolder) {
    ensure_runtime();
    freed = 0;
    Object* o = nullptr;
    on_other_thread([&o] { o = new_probe(); });  // created, handed over, and the owner exits
    EXPECT_EQ(freed, 0);
    decref(o);                                   // the owner is gone: merge here, then free
    EXPECT_EQ(freed, 1);
}

// QSBR (threads.cpp): a reference parked with decref_after_grace is dropped only once every
// other live thread has passed a safe point; a thread blocked in AllowThreads does not hold it up.
static void wait_for(std::atomic<int>& step, int value) {
    while (step.load() != value) std::this_thread::yield();
}

TEST(Qsbr, ParkedReferenceWaitsForEveryOtherThreadsSafePoint) {
    ensure_runtime();
    ThreadState* me = tstate();
    freed = 0;
    std::atomic<int> step{0};
    std::thread other([&] {
        ThreadState* s = thread_state_new();
        step = 1;
        wait_for(step, 2);
        EXPECT_TRUE(s->eval_breaker.load() & EVAL_QSBR);  // the parking thread asked for a report
        qsbr_quiescent(s);                                 // what its eval loop's check does
        step = 3;
        wait_for(step, 4);
        thread_state_delete(s);
    });
    wait_for(step, 1);
    decref_after_grace(new_probe());  // our only reference, parked
    qsbr_quiescent(me);               // we poll, but the other thread has not reported yet
    EXPECT_EQ(freed, 0);
    step = 2;
    wait_for(step, 3);
    me->qsbr_countdown = 0;           // poll now rather than after QSBR_POLL_EVERY safe points
    qsbr_quiescent(me);
    EXPECT_EQ(freed, 1);
    EXPECT_TRUE(me->qsbr_pending.empty());
    step = 4;
    other.join();
}

TEST(Qsbr, BlockedThreadDoesNotDelayAndExitingThreadLeavesItsParkedObjects) {
    ensure_runtime();
    ThreadState* me = tstate();
    freed = 0;
    std::atomic<int> step{0};
    std::thread blocked([&] {
        ThreadState* s = thread_state_new();
        {
            AllowThreads wait;  // as in time.sleep or a lock wait: holds nothing borrowed
            step = 1;
            wait_for(step, 2);
        }
        thread_state_delete(s);
    });
    wait_for(step, 1);
    decref_after_grace(new_probe());
    qsbr_quiescent(me);
    EXPECT_EQ(freed, 1);  // the only other thread is offline: no need to wait for it
    // A thread that exits with a parked reference hands it over; our next poll drops it.
    on_other_thread([] { decref_after_grace(new_probe()); });
    EXPECT_EQ(freed, 1);
    decref_after_grace(new_probe());  // something of our own to poll for
    me->qsbr_countdown = 0;
    qsbr_quiescent(me);
    EXPECT_EQ(freed, 3);
    step = 2;
    blocked.join();
}

TEST(ObMutex, NoLostUpdatesUnderContention) {
    ensure_runtime();
    Object* o = new_probe();
    long counter = 0;  // plain: only the mutex protects it (TSan checks that claim)
    std::vector<std::thread> ts;
    for (int k = 0; k < 4; k++)
        ts.emplace_back([o, &counter] {
            for (int i = 0; i < 50000; i++) {
                mutex_lock(o->ob_mutex);
                counter++;
                mutex_unlock(o->ob_mutex);
            }
        });
    for (auto& t : ts) t.join();
    EXPECT_EQ(counter, 200000);
    EXPECT_EQ(o->ob_mutex.load(), 0);  // unlocked, nobody parked
    freed = 0;
    decref(o);
}

TEST(CriticalSection, TwoObjectsInOppositeOrdersDoNotDeadlock) {
    ensure_runtime();
    Object* a = new_probe();
    Object* b = new_probe();
    long counter = 0;
    auto worker = [&counter](Object* x, Object* y) {
        for (int i = 0; i < 20000; i++) {
            CriticalSection2 cs(x, y);  // locks in address order whatever the argument order
            counter++;
        }
    };
    std::thread t1(worker, a, b), t2(worker, b, a);
    t1.join();
    t2.join();
    EXPECT_EQ(counter, 40000);
    EXPECT_EQ(a->ob_mutex.load(), 0);
    EXPECT_EQ(b->ob_mutex.load(), 0);
    decref(a);
    decref(b);
}
