# bench-repeat: 20   (a copy of tests/programs/richards.py; bench/run.sh runs it 20 times over)
# A Richards-like operating-system simulation: a scheduler that runs a set of tasks (idle,
# worker, handler, device) which pass packets to each other through work queues.  Exercises
# classes with inheritance and super(), class attributes used as constants, state flags kept
# as bit masks, linked lists of objects, properties and a small exception hierarchy.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
TASK_NAMES = ["idle", "worker", "handlerA", "handlerB", "deviceA", "deviceB"]

KIND_DEVICE = 0
KIND_WORK = 1
BUFSIZE = 4


class SchedulerError(Exception):
    pass


class UnknownTask(SchedulerError):
    def __init__(self, ident):
        super().__init__(f"no task with id {ident}")
        self.ident = ident


class Packet:

    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        """Append self to the end of the linked list `queue`; return the new head."""
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue

    def __repr__(self):
        return f"Packet(id={self.ident}, kind={self.kind}, datum={self.datum}, data={self.data})"


class TaskState:
    PACKET_PENDING = 1
    TASK_WAITING = 2
    TASK_HOLDING = 4

    def __init__(self):
        self.flags = 0

    def _set(self, mask, on):
        if on:
            self.flags |= mask
        else:
            self.flags &= ~mask

    packet_pending = property(lambda self: bool(self.flags & TaskState.PACKET_PENDING),
                              lambda self, v: self._set(TaskState.PACKET_PENDING, v))
    waiting = property(lambda self: bool(self.flags & TaskState.TASK_WAITING),
                       lambda self, v: self._set(TaskState.TASK_WAITING, v))

    @property
    def holding(self):
        return bool(self.flags & TaskState.TASK_HOLDING)

    @holding.setter
    def holding(self, value):
        self._set(TaskState.TASK_HOLDING, value)

    def is_held_or_waiting(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.waiting and not self.holding

    def state_name(self):
        parts = []
        for name, mask in (("P", self.PACKET_PENDING), ("W", self.TASK_WAITING), ("H", self.TASK_HOLDING)):
            parts.append(name if self.flags & mask else "-")
        return "".join(parts)


class Task(TaskState):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__()
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.link = scheduler.task_list
        scheduler.task_list = self
        scheduler.table[ident] = self
        self.packet_pending = queue is not None
        self.runs = 0

    def add_packet(self, packet, old_task):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > old_task.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return old_task

    def run_task(self):
        self.runs += 1
        if self.is_waiting_with_packet():
            packet = self.queue
            self.queue = packet.link
            self.packet_pending = self.queue is not None
            self.waiting = False
        else:
            packet = None
        return self.fn(packet)

    def fn(self, packet):
        raise NotImplementedError(type(self).__name__)

    # helpers used by the task bodies
    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.scheduler.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        task = self.scheduler.find(ident)
        task.holding = False
        return task if task.priority > self.priority else self

    def qpkt(self, packet):
        task = self.scheduler.find(packet.ident)
        self.scheduler.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return task.add_packet(packet, self)

    def __repr__(self):
        return f"<{type(self).__name__} {TASK_NAMES[self.ident]} pri={self.priority} {self.state_name()}>"


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.pending = None

    def fn(self, packet):
        if packet is None:
            packet, self.pending = self.pending, None
            if packet is None:
                return self.wait()
            return self.qpkt(packet)
        self.pending = packet
        if self.scheduler.trace:
            self.scheduler.log.append(chr(packet.datum))
        return self.hold()


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def fn(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        if self.work_in is not None:
            work = self.work_in
            count = work.datum
            if count >= BUFSIZE:
                self.work_in = work.link
                return self.qpkt(work)
            if self.device_in is not None:
                dev = self.device_in
                self.device_in = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.qpkt(dev)
        return self.wait()


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, count):
        super().__init__(scheduler, ident, priority, queue)
        self.control = 1
        self.count = count
        self.packet_pending = False
        self.holding = False
        self.waiting = False

    def fn(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control //= 2
            return self.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.release(DEVICE_B)


class WorkTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.count = 0

    def fn(self, packet):
        if packet is None:
            return self.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord("A") + self.count - 1
        return self.qpkt(packet)


class Scheduler:
    def __init__(self, trace=False):
        self.task_list = None
        self.table = [None] * 6
        self.hold_count = 0
        self.queue_count = 0
        self.trace = trace
        self.log = []
        self.switches = 0

    def find(self, ident):
        if not 0 <= ident < len(self.table) or self.table[ident] is None:
            raise UnknownTask(ident)
        return self.table[ident]

    def setup(self, idle_count):
        IdleTask(self, IDLE, 0, None, idle_count)
        wq = Packet(None, 0, KIND_WORK)
        wq = Packet(wq, 0, KIND_WORK)
        WorkTask(self, WORKER, 1000, wq)
        wq = Packet(None, DEVICE_A, KIND_DEVICE)
        wq = Packet(wq, DEVICE_A, KIND_DEVICE)
        wq = Packet(wq, DEVICE_A, KIND_DEVICE)
        HandlerTask(self, HANDLER_A, 2000, wq)
        wq = Packet(None, DEVICE_B, KIND_DEVICE)
        wq = Packet(wq, DEVICE_B, KIND_DEVICE)
        wq = Packet(wq, DEVICE_B, KIND_DEVICE)
        HandlerTask(self, HANDLER_B, 3000, wq)
        DeviceTask(self, DEVICE_A, 4000, None)
        DeviceTask(self, DEVICE_B, 5000, None)

    def tasks(self):
        task = self.task_list
        while task is not None:
            yield task
            task = task.link

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.is_held_or_waiting():
                task = task.link
            else:
                self.switches += 1
                task = task.run_task()


def run(idle_count, trace=False):
    sched = Scheduler(trace)
    sched.setup(idle_count)
    print("before:", [repr(t) for t in sched.tasks()])
    sched.schedule()
    print("after: ", [repr(t) for t in sched.tasks()])
    runs = {TASK_NAMES[t.ident]: t.runs for t in sched.tasks()}
    print(f"idle={idle_count:>6} queue={sched.queue_count:>6} hold={sched.hold_count:>6} "
          f"switches={sched.switches}")
    print("  runs:", ", ".join(f"{k}={v}" for k, v in sorted(runs.items())))
    if trace:
        text = "".join(sched.log)
        print("  trace:", len(text), text[:60])
    return sched.queue_count, sched.hold_count


expected = {}
for count in (10, 100, 1000, 10000):
    expected[count] = run(count, trace=count == 100)
print(expected)
assert expected[10000] == (23246, 9297), expected[10000]

try:
    Scheduler().find(9)
except SchedulerError as exc:
    print(type(exc).__name__, exc, exc.ident, isinstance(exc, Exception))

try:
    Task(Scheduler(), 3, 1, None).fn(None)
except NotImplementedError as exc:
    print("NotImplementedError:", exc)

p = Packet(None, 2, KIND_WORK)
q = Packet(None, 3, KIND_DEVICE).append_to(p)
print(p, q is p, p.link)
