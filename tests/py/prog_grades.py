# Program: student grades — averages, letter grades, ranking, histogram.
students = {
    "alice": [92, 88, 95, 79],
    "bob": [65, 70, 58, 81],
    "carol": [78, 85, 80, 90],
    "dave": [55, 62, 49, 70],
    "erin": [99, 97, 100, 94],
}
def letter(avg):
    for cutoff, g in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return g
    return "F"
averages = {}
for name, marks in students.items():
    averages[name] = sum(marks) / len(marks)
for rank, (name, avg) in enumerate(sorted(averages.items(), key=lambda kv: -kv[1]), 1):
    print(f"{rank}. {name:<6} {avg:6.2f} {letter(avg)} best={max(students[name])}")
hist = {}
for avg in averages.values():
    g = letter(avg)
    hist[g] = hist.get(g, 0) + 1
for g in "ABCDF":
    print(g, "*" * hist.get(g, 0))
overall = sum([sum(m) for m in students.values()]) / sum([len(m) for m in students.values()])
print(f"class average {overall:.3f}", round(overall, 1))
