# oracle: native
# asyncio cancellation: Task.cancel() and what the coroutine sees, cancelling()/uncancel(),
# shield, wait_for, timeout()/timeout_at(), gather and wait with exceptions, TaskGroup, and the
# tasks asyncio.run() cancels at the end.  (Native oracle: py314's WebAssembly build replaces
# the event loop; the output is the same in 3.13 and 3.14.)
import asyncio

log = []


async def sleeper(name, delay=10):
    try:
        await asyncio.sleep(delay)
        log.append(f'{name} finished')
        return name
    except asyncio.CancelledError as e:
        log.append(f'{name} cancelled {e.args}')
        raise
    finally:
        log.append(f'{name} finally')


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append('stubborn refuses')
    return 'kept going'


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    print(issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException), asyncio.TimeoutError is TimeoutError)

    # Cancel a parked task: CancelledError comes out of its await.
    t = asyncio.create_task(sleeper('a'))
    await asyncio.sleep(0)
    print('cancel:', t.cancel('stop'), t.cancelling(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting it raises CancelledError', e.args)
    print(t.cancelled(), t.cancel(), log)
    log.clear()

    # Cancelled before its first step: the body never runs.
    t = asyncio.create_task(sleeper('b'))
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print('never started:', t.cancelled(), log)

    # A task may refuse; uncancel() takes the request back.
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling(), t.uncancel(), log)
    log.clear()

    # Cancelling a task cancels the task it awaits; shield() protects the inner one.
    inner = asyncio.create_task(sleeper('inner', 0.01))

    async def shielded():
        return await asyncio.shield(inner)
    outer = asyncio.create_task(shielded())
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print('shield:', outer.cancelled(), inner.cancelled(), await inner, log)
    log.clear()
    inner = asyncio.create_task(sleeper('inner2'))

    async def awaits_inner():
        return await inner
    outer = asyncio.create_task(awaits_inner())
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print('no shield:', outer.cancelled(), inner.cancelled(), log)
    log.clear()

    # wait_for.
    try:
        await asyncio.wait_for(sleeper('slow'), 0.01)
    except TimeoutError as e:
        print('wait_for timed out', repr(e), type(e.__cause__).__name__, log)
    log.clear()
    print(await asyncio.wait_for(sleeper('quick', 0), 5), log)
    log.clear()
    print(await asyncio.wait_for(stubborn(), 0.01), log)
    log.clear()
    print(await asyncio.wait_for(asyncio.sleep(0, 'no limit'), None))

    # timeout() and timeout_at().
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print('timeout expired:', cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print('no deadline:', cm.expired(), cm.when(), repr(cm))
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 10) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(10)
    except TimeoutError:
        print('rescheduled timeout expired:', cm.expired())
    try:
        async with asyncio.timeout(10):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(10)
            except TimeoutError:
                print('inner timeout only')
            await asyncio.sleep(0)
        print('outer timeout not expired')
    except TimeoutError:
        print('wrong')
    try:
        asyncio.timeout(1).reschedule(2)
    except RuntimeError as e:
        print('RuntimeError:', e)

    # A cancellation from outside is not turned into TimeoutError.
    async def in_timeout():
        async with asyncio.timeout(10):
            await asyncio.sleep(10)
    t = asyncio.create_task(in_timeout())
    await asyncio.sleep(0)
    t.cancel()
    [result] = await asyncio.gather(t, return_exceptions=True)
    print('outside cancel:', type(result).__name__)

    # gather: the first exception propagates, the others go on.
    gate = asyncio.Event()

    async def sibling():
        await gate.wait()
        log.append('sibling finished')
        return 'sibling'
    t1 = asyncio.create_task(sibling())
    try:
        await asyncio.gather(t1, fail(0, ValueError('boom')))
    except ValueError as e:
        print('gather raised', repr(e), t1.done())
    gate.set()
    print(await t1, log)
    log.clear()
    res = await asyncio.gather(fail(0, KeyError('k')), sleeper('ok', 0), return_exceptions=True)
    print('return_exceptions:', res, log)
    log.clear()
    t2 = asyncio.create_task(sleeper('c'))
    g = asyncio.gather(t2, asyncio.sleep(0, 'fine'), return_exceptions=True)
    await asyncio.sleep(0)
    t2.cancel()
    print('cancelled child:', await g)
    g = asyncio.gather(sleeper('g1'), sleeper('g2'))
    await asyncio.sleep(0)
    print('cancel gather:', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', sorted(log))
    log.clear()

    # wait(FIRST_EXCEPTION).
    ts = [asyncio.create_task(fail(0.01, OSError('io'))), asyncio.create_task(sleeper('w'))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('first exception:', [repr(t.exception()) for t in done], len(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print(log)
    log.clear()

    # TaskGroup without errors.
    async with asyncio.TaskGroup() as tg:
        ta = tg.create_task(sleeper('ta', 0.01))
        tb = tg.create_task(sleeper('tb', 0))
    print('taskgroup:', ta.result(), tb.result())
    log.clear()
    try:
        tg.create_task(sleeper('late'))
    except RuntimeError as e:
        print('RuntimeError:', e)

    # Leftover tasks are cancelled by asyncio.run().
    asyncio.create_task(sleeper('leftover'))
    await asyncio.sleep(0)
    return 'main done'

print(asyncio.run(main()))
print(log)
