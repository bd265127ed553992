# oracle: native
# asyncio.TaskGroup when things go wrong: a failing task cancels its siblings and the body, the
# errors come out together as an ExceptionGroup; cancellation from outside and timeouts around
# a group.  (Native oracle: py314's WebAssembly build replaces the event loop; the output is
# the same in 3.13 and 3.14.)
import asyncio

log = []


async def worker(name, delay, exc=None):
    try:
        await asyncio.sleep(delay)
        if exc is not None:
            raise exc
        log.append(f'{name} done')
        return name
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise


def show(eg):
    print(type(eg).__name__, '|', eg, '|', [repr(e) for e in eg.exceptions])


async def main():
    me = asyncio.current_task()

    # One task fails: the sibling and the body are cancelled.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker('slow', 10))
            tg.create_task(worker('bad', 0.01, ValueError('bad value')))
            await asyncio.sleep(10)
            log.append('body not reached')
    except ExceptionGroup as eg:
        show(eg)
    print(log, me.cancelling())
    log.clear()

    # Two tasks fail in the same turn of the loop: both errors, in the order they happened.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker('e1', 0, KeyError('k')))
            tg.create_task(worker('e2', 0, OSError('os')))
    except ExceptionGroup as eg:
        show(eg)
    log.clear()

    # The body raises: the group's tasks are cancelled, and the error joins the group.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker('child', 10))
            await asyncio.sleep(0)
            raise ZeroDivisionError('body')
    except ExceptionGroup as eg:
        show(eg)
    print(log)
    log.clear()

    # The parent is cancelled from outside: CancelledError, not a group.
    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker('p1', 10))
            tg.create_task(worker('p2', 10))
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('parent cancelled', sorted(log))
    log.clear()

    # A timeout around a group cancels the whole group and raises TimeoutError.
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(worker('t1', 10))
                tg.create_task(worker('t2', 0))
    except TimeoutError:
        print('timeout around the group', log)
    log.clear()

    # After all that the main task is not being cancelled, and can go on.
    print('cancelling:', me.cancelling())
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(f'n{i}', 0)) for i in range(3)]
    print([t.result() for t in tasks], log)

    # A failing group inside a group: an ExceptionGroup inside an ExceptionGroup.
    async def nested():
        async with asyncio.TaskGroup() as inner:
            inner.create_task(worker('deep', 0, RuntimeError('deep')))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(nested())
    except ExceptionGroup as eg:
        show(eg)
        show(eg.exceptions[0])

asyncio.run(main())
