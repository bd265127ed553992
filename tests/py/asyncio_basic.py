# oracle: native
# asyncio basics: run(), the loop's callbacks and timers, Futures, Tasks, sleep, gather, wait,
# as_completed, ensure_future, to_thread.  (Native oracle: py314's WebAssembly build replaces
# the event loop with the browser's; the output is the same in 3.13 and 3.14.)
import asyncio

log = []


def cb(tag, *args):
    log.append((tag,) + args)


async def add(a, b, delay=0):
    await asyncio.sleep(delay)
    return a + b


async def after_turns(n, value):
    # Completes after n turns of the loop: an order that does not depend on the clock.
    for _ in range(n):
        await asyncio.sleep(0)
    return value


async def ticker(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)
    return name


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'from __await__'


async def main():
    loop = asyncio.get_running_loop()
    print('running:', loop.is_running(), asyncio.get_event_loop() is loop)
    task = asyncio.current_task()
    print('main task:', task.get_name(), task.done(), type(task).__name__)

    # call_soon runs callbacks in order on the next turn; timers run in deadline order.
    now = loop.time()
    loop.call_at(now + 0.05, cb, 'at', 3)
    loop.call_at(now + 0.01, cb, 'at', 1)
    loop.call_soon(cb, 'soon', 1)
    h = loop.call_soon(cb, 'soon', 2)
    h.cancel()
    loop.call_soon(cb, 'soon', 3)
    loop.call_at(now + 0.03, cb, 'at', 2)
    print('cancelled handle:', h.cancelled(), 'log so far:', log)
    await asyncio.sleep(0.1)
    print('callbacks:', log)
    log.clear()

    # Two tasks taking turns at sleep(0).
    t1 = asyncio.create_task(ticker('a', 3))
    t2 = asyncio.create_task(ticker('b', 2), name='bee')
    print('names:', t1.get_name(), t2.get_name())
    t1.set_name('ay')
    print(await t1, await t2, log, t1.get_name())
    print('done:', t1.done(), t1.result(), t1.cancelled(), t1.exception())

    # Futures.
    fut = loop.create_future()
    print(repr(fut), fut.done())
    for method in (fut.result, fut.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError:', e)
    fut.add_done_callback(lambda f: log.append(('done-cb', f.result())))
    loop.call_later(0.01, fut.set_result, 42)
    print('awaited future:', await fut, repr(fut))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    await asyncio.sleep(0)
    print(log)

    f2 = loop.create_future()
    f2.set_exception(ValueError('bad'))
    print(repr(f2), repr(f2.exception()))
    try:
        await f2
    except ValueError as e:
        print('await raised', repr(e))
    f3 = loop.create_future()
    f3.set_exception(KeyError)
    print(repr(f3), repr(f3.exception()))

    f4 = loop.create_future()
    def noop(f):
        pass
    f4.add_done_callback(noop)
    f4.add_done_callback(noop)
    print('removed', f4.remove_done_callback(noop), f4.remove_done_callback(noop))

    # sleep with a result, gather, ensure_future on awaitables.
    print(await asyncio.sleep(0.01, result='slept'))
    print(await asyncio.gather(add(1, 2, 0.02), add(3, 4), add(5, 6, 0.01)))
    print(await asyncio.gather())
    print(await asyncio.ensure_future(Awaitable()))
    f5 = loop.create_future()
    print(asyncio.ensure_future(f5) is f5)
    f5.cancel()
    print(await asyncio.gather(add(1, 1), asyncio.sleep(0, 'x'), return_exceptions=True))

    # wait() and as_completed().
    tasks = [asyncio.create_task(after_turns(n, i), name=f'w{i}')
             for i, n in ((3, 30), (1, 1), (2, 20))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('first completed:', sorted(t.get_name() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print('all completed:', sorted(t.result() for t in done), pending)
    slow = asyncio.create_task(add(0, 0, 1))
    done, pending = await asyncio.wait([slow], timeout=0.01)
    print('timeout:', done, len(pending))
    slow.cancel()
    results = []
    for c in asyncio.as_completed([after_turns(3, 1), after_turns(1, 2)]):
        results.append(await c)
    print('as_completed:', results)
    order = []
    async for t in asyncio.as_completed([after_turns(2, 10), after_turns(1, 20)]):
        order.append(t.result())
    print('async for:', order)

    coro = add(0, 0)
    print('iscoroutine:', asyncio.iscoroutine(coro), asyncio.iscoroutine(add),
          asyncio.isfuture(fut), asyncio.isfuture(42), asyncio.isfuture(coro))
    coro.close()
    return 'main result'


print(asyncio.run(main()))

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)


async def nested():
    coro = main()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()

asyncio.run(nested())


async def fails():
    await asyncio.sleep(0)
    raise KeyError('k')

try:
    asyncio.run(fails())
except KeyError as e:
    print('KeyError out of run():', e)

# A loop driven by hand.
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(add(2, 3, 0.01)))
loop.call_soon(cb, 'x')
loop.call_soon(loop.stop)
loop.call_soon(cb, 'y')
log.clear()
loop.run_forever()
print('run_forever:', log)
t0 = loop.time()
print(loop.run_until_complete(asyncio.sleep(0.02, 'z')), loop.time() - t0 >= 0.015)
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(cb, 'closed')
except RuntimeError as e:
    print('RuntimeError:', e)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)


# Threads: to_thread and run_in_executor hand a blocking call to a worker thread.
async def in_threads():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(sum, [1, 2, 3]), await loop.run_in_executor(None, pow, 2, 10))

asyncio.run(in_threads())
