# lib/asyncio/__init__.py — the `asyncio` package: many tasks on one thread, taking turns.
#
# What this step does: runs coroutines concurrently without threads.  Three ideas, one per layer:
#   * An event loop is a queue of callbacks.  loop.call_soon(f) appends f to a deque;
#     loop.call_later(d, f) pushes f on a heap ordered by deadline.  run_forever() repeats one
#     "turn": move the timers that are due into the deque, run every callback that was in it,
#     and when nothing is ready sleep until the earliest deadline (base_events.py).
#   * A Future is a box for a result that does not exist yet, plus a list of callbacks to call
#     when the result arrives (futures.py).  `await fut` is `yield from fut.__await__()`, and
#     that generator simply yields the Future itself up to whoever drives the coroutine.
#   * A Task drives a coroutine: it calls coro.send(None) from a loop callback; the coroutine
#     runs until it awaits a Future that is not done, and that Future comes out of send() as its
#     yielded value.  The Task hangs its own wakeup() on the Future's callbacks and returns to
#     the loop.  When the Future completes, wakeup() runs and calls send() again (or throw(),
#     if the Future failed or was cancelled).  When the coroutine returns, StopIteration
#     carries the value and the Task — itself a Future — takes it as its result (tasks.py).
#
#       loop turn ──► task.__step(): coro.send(None) ──► coroutine runs ... await fut
#          ▲                                                                   │ yields fut
#          │                        fut.add_done_callback(task.__wakeup) ◄─────┘
#          └── fut.set_result(x): call_soon(task.__wakeup) ──► next turn: send() again
#
# Everything else is built from those three: sleep() is a Future that a timer completes; Lock,
# Event, Queue keep Futures of their waiters and complete one when the waiter may go on;
# cancel() throws CancelledError into the coroutine at the await where it is parked; timeout()
# cancels its task from a timer and turns that CancelledError into TimeoutError.
#
# Comes in: `import asyncio` (frozen by lib/freeze.sh), typically asyncio.run(main()).
# Goes out: the names of the submodules' __all__, collected below.
# Read next: base_events.py (the loop), futures.py, tasks.py, then waiting.py (gather, wait),
# locks.py, queues.py, timeouts.py, taskgroups.py and runners.py (asyncio.run).  The C++ side
# of `await` — the coroutine object and its send/throw/close — is genobject.cpp and
# GET_AWAITABLE in vm.cpp.
#
# Differences from CPython: pure Python on top of the coroutine protocol only — no _asyncio C
# accelerator, no selectors, sockets, streams, subprocesses or signal handling (minipy has no
# networking), no event loop policies (deprecated in 3.14), no contextvars (the context=
# arguments are accepted and stored; callbacks run without a context), no eager task factory,
# and no async-generator finalisation.  The per-module headers list the smaller differences.

from .exceptions import *
from .coroutines import *
from .events import *
from .futures import *
from .base_events import *
from .locks import *
from .queues import *
from .tasks import *
from .waiting import *
from .timeouts import *
from .taskgroups import *
from .runners import *
from .threads import *

__all__ = (exceptions.__all__ + coroutines.__all__ + events.__all__ + futures.__all__ +
           base_events.__all__ + locks.__all__ + queues.__all__ + tasks.__all__ + waiting.__all__ +
           timeouts.__all__ + taskgroups.__all__ + runners.__all__ + threads.__all__)
