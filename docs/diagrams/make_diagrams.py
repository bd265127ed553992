# docs/diagrams/make_diagrams.py — draws the two SVG figures of docs/06-threads.md.
#
#   python3 docs/diagrams/make_diagrams.py      (any CPython 3; writes next to this file)
#
# header.svg:     the 32-byte object header (minipy.h, struct Object), byte by byte.
# shared_life.svg: the life of one object shared by two threads under biased reference counting
#                 (threads.cpp): who counts each reference and when ownership is given up.
# The figures are plain SVG written by hand-placed rectangles and text, so the source stays
# readable and the output is byte-for-byte the same on every run.
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def svg(width, height, body):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="13">\n'
            f'<rect width="{width}" height="{height}" fill="white"/>\n' + "".join(body) + "</svg>\n")


def rect(x, y, w, h, fill, stroke="#333"):
    return f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{fill}" stroke="{stroke}"/>\n'


def text(x, y, s, size=13, anchor="middle", weight="normal", fill="#111"):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (f'<text x="{x}" y="{y}" font-size="{size}" text-anchor="{anchor}" '
            f'font-weight="{weight}" fill="{fill}">{s}</text>\n')


def line(x1, y1, x2, y2, stroke="#333", width=1.5, dash=None):
    d = f' stroke-dasharray="{dash}"' if dash else ""
    return f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{stroke}" stroke-width="{width}"{d}/>\n'


# ─── the header: 32 bytes, 4 rows of 8 ───
FIELDS = [  # (first byte, size, name, meaning, colour)
    (0, 8, "ob_tid", "owning thread's id (0: no owner)", "#fde0c5"),
    (8, 2, "ob_flags", "flags", "#e0e0e0"),
    (10, 1, "ob_mutex", "1-byte lock", "#f4a6a6"),
    (11, 1, "ob_gc_bits", "deferred bit", "#e0e0e0"),
    (12, 4, "ob_ref_local", "owner's count, plain", "#b8e0b8"),
    (16, 8, "ob_ref_shared", "others' count << 2 | state, atomic", "#b8d4f0"),
    (24, 8, "ob_type", "pointer to the type", "#e8d8f0"),
]


def header_svg():
    cell, left, top = 80, 70, 50
    body = [text(left + 4 * cell, 25, "struct Object: the 32-byte header every object starts with",
                 15, weight="bold")]
    for b in range(8):
        body.append(text(left + b * cell + cell / 2, top - 8, f"+{b}", 11, fill="#666"))
    for start, size, name, meaning, colour in FIELDS:
        row, col = divmod(start, 8)
        x, y = left + col * cell, top + row * 56
        body.append(rect(x, y, size * cell, 48, colour))
        body.append(text(x + size * cell / 2, y + 20, name, 13 if size > 1 else 11, weight="bold"))
        if size >= 2:
            body.append(text(x + size * cell / 2, y + 38, meaning, 11))
        elif name == "ob_mutex":
            body.append(text(x + cell / 2, y + 38, "lock", 11))
    for row in range(4):
        body.append(text(left - 10, top + row * 56 + 29, f"{row * 8}", 12, anchor="end", fill="#666"))
    body.append(text(left + 4 * cell, top + 4 * 56 + 20,
                     "ob_tid and ob_ref_local: the owner, plain stores; ob_mutex and ob_ref_shared: "
                     "any thread, atomic instructions", 12, fill="#444"))
    return svg(left * 2 + 8 * cell, top + 4 * 56 + 40, body)


# ─── the life of a shared object ───
# Each step: (who acts, what it does, ob_tid, ob_ref_local, ob_ref_shared as "count|state").
STEPS = [
    ("T1", "x = Box()   creates the object", "T1", "1", "0 | default"),
    ("T1", "Thread(args=(x,))   a second reference", "T1", "2", "0 | default"),
    ("T2", "the worker reads x: incref", "T1", "2", "1 | default"),
    ("T2", "the worker drops it: decref", "T1", "2", "0 | default"),
    ("T2", "drops T1's reference (args): would go below 0", "T1", "2", "0 | queued"),
    ("T1", "next safe point: merge the queue (-1)", "0", "0", "1 | merged"),
    ("T1", "del x: no owner, atomic decref to 0", "0", "0", "0 | merged  → freed"),
]


def shared_life_svg():
    left, top, rowh = 20, 70, 44
    cols = [(left, 60, "thread"), (left + 60, 330, "what happens"), (left + 390, 70, "ob_tid"),
            (left + 460, 100, "ob_ref_local"), (left + 560, 200, "ob_ref_shared")]
    width = left * 2 + 820
    body = [text(width / 2, 25, "Biased reference counting: one object, two threads", 15, weight="bold"),
            text(width / 2, 45, "true count = ob_ref_local + (ob_ref_shared >> 2)", 12, fill="#444")]
    for x, w, name in cols:
        body.append(rect(x, top, w, 28, "#eeeeee"))
        body.append(text(x + w / 2, top + 19, name, 12, weight="bold"))
    for i, (who, what, tid, local, shared) in enumerate(STEPS):
        y = top + 28 + i * rowh
        colour = "#fde0c5" if who == "T1" else "#cfe3f5"
        values = [who, what, tid, local, shared]
        for (x, w, _), v in zip(cols, values):
            body.append(rect(x, y, w, rowh, colour if x == left else "white"))
            anchor = "start" if w == 330 else "middle"
            tx = x + 8 if anchor == "start" else x + w / 2
            body.append(text(tx, y + 27, v, 12, anchor=anchor,
                             weight="bold" if v in ("queued",) or "merged" in v else "normal"))
    y = top + 28 + len(STEPS) * rowh + 22
    body.append(text(left, y, "T1 (orange) owns the object and counts without atomics; T2 (blue) "
                     "uses compare-and-swap on ob_ref_shared.", 12, anchor="start", fill="#444"))
    body.append(text(left, y + 18, "Steps 5-6: only the owner may read ob_ref_local, so T2 queues the object "
                     "and T1 merges it", 12, anchor="start",
                     fill="#444"))
    body.append(text(left, y + 36, "(threads.cpp: decref_shared, brc_queue_object, brc_merge_queue, "
                     "merge_refcount).", 12, anchor="start", fill="#444"))
    return svg(width, y + 52, body)


for name, make in [("header.svg", header_svg), ("shared_life.svg", shared_life_svg)]:
    with open(os.path.join(HERE, name), "w") as f:
        f.write(make())
    print("wrote", os.path.join("docs/diagrams", name))
