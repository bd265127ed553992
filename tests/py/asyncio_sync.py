# oracle: native
# asyncio synchronisation: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier, and
# Queue / LifoQueue / PriorityQueue (producers, consumers, join, shutdown).  (Native oracle:
# py314's WebAssembly build replaces the event loop; the output is the same in 3.13 and 3.14.)
import asyncio

log = []


async def locked_worker(lock, name):
    async with lock:
        log.append(f'{name} in')
        await asyncio.sleep(0)
        log.append(f'{name} out')


async def waiter(event, name):
    log.append(f'{name} waits')
    await event.wait()
    log.append(f'{name} woke')


async def cond_consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        log.append(f'{name} got {items.pop(0)}')


async def limited(sem, i, state):
    async with sem:
        state['now'] += 1
        state['max'] = max(state['max'], state['now'])
        await asyncio.sleep(0)
        state['now'] -= 1
    return i


async def producer(q, items):
    for item in items:
        await q.put(item)
        log.append(f'put {item}')


async def consumer(q, name, results):
    while True:
        item = await q.get()
        results.append((name, item))
        await asyncio.sleep(0)
        q.task_done()


async def main():
    # Lock: FIFO hand-over, errors.
    lock = asyncio.Lock()
    print('locked:', lock.locked())
    await asyncio.gather(*(locked_worker(lock, n) for n in 'abc'))
    print(log)
    log.clear()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    await lock.acquire()
    print('acquired:', lock.locked())
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    print('hand-over:', await t, lock.locked())
    lock.release()

    # Event: every waiter wakes; clear() makes wait() block again.
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ('w1', 'w2')]
    await asyncio.sleep(0)
    print('is_set:', ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print(log, await ev.wait())
    ev.clear()
    log.clear()
    print('is_set after clear:', ev.is_set())

    # Condition: notify(1) wakes one, notify_all the rest.
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(cond_consumer(cond, items, f'c{i}')) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.append('x')
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend(['y', 'z'])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(log)
    log.clear()
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)

    # Semaphore: at most 2 at once.
    sem = asyncio.Semaphore(2)
    state = {'now': 0, 'max': 0}
    print(await asyncio.gather(*(limited(sem, i, state) for i in range(5))), state)
    print('sem locked:', sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    print('bounded locked:', bs.locked())
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

    # Barrier: three parties meet.
    barrier = asyncio.Barrier(3)

    async def meet(i):
        for _ in range(i):
            await asyncio.sleep(0)
        log.append(f'arrive {i}')
        await barrier.wait()
        log.append(f'leave {i}')
    await asyncio.gather(*(meet(i) for i in range(3)))
    print(log[:3], sorted(log[3:]), barrier.n_waiting, barrier.broken)
    log.clear()

    # Queue: a bounded queue between a producer and two consumers.
    q = asyncio.Queue(maxsize=2)
    results = []
    consumers = [asyncio.create_task(consumer(q, f'c{i}', results)) for i in range(2)]
    await producer(q, range(6))
    await q.join()
    print('results:', results)
    print('log:', log)
    log.clear()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print('empty:', q.empty(), q.qsize(), q.full(), q.maxsize)

    q = asyncio.Queue(2)
    q.put_nowait(1)
    q.put_nowait(2)
    print('full:', q.full(), str(q))
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print('QueueFull')
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        lq.put_nowait(x)
        pq.put_nowait((x, f'p{x}'))
    print('lifo:', [lq.get_nowait() for _ in range(3)])
    print('priority:', [pq.get_nowait() for _ in range(3)])

    # shutdown (3.13): blocked getters wake with QueueShutDown.
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait('last')
    q.shutdown()
    print('after shutdown:', await getter)
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    try:
        await getter
    except asyncio.QueueShutDown:
        print('QueueShutDown from get')
    try:
        q.put_nowait(1)
    except asyncio.QueueShutDown:
        print('QueueShutDown from put_nowait')

asyncio.run(main())
