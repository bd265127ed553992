# lib/asyncio/taskgroups.py — TaskGroup: tasks that start and end inside one `async with`.
#
# What this step does: structured concurrency (3.11).
#
#     async with asyncio.TaskGroup() as tg:
#         tg.create_task(a())
#         tg.create_task(b())
#     # here a() and b() have both finished
#
# __aexit__ waits until every task of the group is done.  If one of them fails, the group
# cancels all the others *and the task running the `async with` body* (its parent), so that
# the body stops at its current await; when everything has stopped, the errors are raised
# together as an ExceptionGroup ("unhandled errors in a TaskGroup").  Cancelling the parent
# from outside cancels the group's tasks too.
#
# The parent's cancel() made by the group must not look like a cancellation from outside:
# the group calls parent.uncancel() for it in __aexit__ (_parent_cancel_requested), the same
# cancelling()/uncancel() bookkeeping as timeouts.py.  KeyboardInterrupt and SystemExit in a
# task are not grouped: they are re-raised as themselves.
#
# Comes in: `async with asyncio.TaskGroup() as tg:`.
# Goes out: TaskGroup.
# Read next: runners.py (asyncio.run, which cancels the tasks left over at the end).
#
# Differences from CPython: none intended.  It needs the built-in BaseExceptionGroup.

from . import events
from . import exceptions
from . import tasks

__all__ = ('TaskGroup',)


class TaskGroup:
    """Asynchronous context manager for managing groups of tasks.

    All tasks are awaited when the context manager exits.  Any exception other than
    CancelledError raised within a task cancels the remaining tasks; the exceptions are
    then raised together as an ExceptionGroup.
    """

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')

        info_str = ' '.join(info)
        return f'<TaskGroup{info_str}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(
                f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(
                f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True

        return self

    async def __aexit__(self, et, exc, tb):
        tb = None
        try:
            return await self._aexit(et, exc)
        finally:
            # Drop the references to the exceptions and the parent task.
            self._parent_task = None
            self._errors = None
            self._base_error = None
            exc = None

    async def _aexit(self, et, exc):
        self._exiting = True

        if (exc is not None and
                self._is_base_error(exc) and
                self._base_error is None):
            self._base_error = exc

        if et is not None and issubclass(et, exceptions.CancelledError):
            propagate_cancellation_error = exc
        else:
            propagate_cancellation_error = None

        if et is not None:
            if not self._aborting:
                # The body raised (or our parent task is being cancelled):
                # cancel the group's tasks.
                self._abort()

        # A while loop: _on_completed_fut may be cancelled several times if the parent
        # task is cancelled repeatedly while we wait.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()

            try:
                await self._on_completed_fut
            except exceptions.CancelledError as ex:
                if not self._aborting:
                    # Our parent task is being cancelled while the group's tasks
                    # still run: cancel them, and propagate the cancellation later.
                    propagate_cancellation_error = ex
                    self._abort()

            self._on_completed_fut = None

        assert not self._tasks

        if self._base_error is not None:
            try:
                raise self._base_error
            finally:
                exc = None

        if self._parent_cancel_requested:
            # If this flag is set we *must* call uncancel().
            if self._parent_task.uncancel() == 0:
                # If there are no pending cancellations left,
                # don't propagate CancelledError.
                propagate_cancellation_error = None

        # Propagate CancelledError if there is one, except if there
        # are other errors -- those have priority.
        try:
            if propagate_cancellation_error is not None and not self._errors:
                try:
                    raise propagate_cancellation_error
                finally:
                    exc = None
        finally:
            propagate_cancellation_error = None

        if et is not None and not issubclass(et, exceptions.CancelledError):
            self._errors.append(exc)

        if self._errors:
            # If the parent task is being cancelled from the outside
            # of the taskgroup, un-cancel and re-cancel the parent task,
            # which will keep the cancel count stable.
            if self._parent_task.cancelling():
                self._parent_task.uncancel()
                self._parent_task.cancel()
            try:
                raise BaseExceptionGroup(
                    'unhandled errors in a TaskGroup',
                    self._errors,
                ) from None
            finally:
                exc = None

    def create_task(self, coro, **kwargs):
        """Create a new task in this group and return it (like asyncio.create_task)."""
        if not self._entered:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro, **kwargs)

        # Always add the done callback, even if the task is done already.
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    # Since Python 3.8 Tasks propagate all exceptions correctly,
    # except for KeyboardInterrupt and SystemExit which are
    # still considered special.

    def _is_base_error(self, exc):
        assert isinstance(exc, BaseException)
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True

        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)

        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)

        if task.cancelled():
            return

        exc = task.exception()
        if exc is None:
            return

        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        if self._parent_task.done():
            # Not sure if this case is possible, but we want to handle
            # it anyways.
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return

        if not self._aborting and not self._parent_cancel_requested:
            # The parent task is not being cancelled: cancel it ourselves, to stop the
            # body at its current await, and mark that we did (so that __aexit__
            # takes the request back with uncancel()).
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
