# The n-body simulation (the Jovian planets around the sun), written with a Body class and
# attribute access rather than lists, plus a leapfrog integrator for comparison and a few
# orbital statistics.  Float-heavy: exercises float arithmetic and formatting (%, format specs,
# repr of floats), math.sqrt/hypot/atan2/degrees, tuple unpacking, attribute loads/stores,
# itertools-free pair generation, and min/max/sum with keys.
import math

PI = math.pi
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, name, x, y, z, vx, vy, vz, mass):
        self.name = name
        self.x, self.y, self.z = x, y, z
        self.vx = vx * DAYS_PER_YEAR
        self.vy = vy * DAYS_PER_YEAR
        self.vz = vz * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS

    def distance_to(self, other):
        dx, dy, dz = self.x - other.x, self.y - other.y, self.z - other.z
        return math.sqrt(dx * dx + dy * dy + dz * dz)

    def speed(self):
        return math.sqrt(self.vx ** 2 + self.vy ** 2 + self.vz ** 2)

    def kinetic(self):
        return 0.5 * self.mass * (self.vx * self.vx + self.vy * self.vy + self.vz * self.vz)

    def __repr__(self):
        return f"{self.name:<8} pos=({self.x:+.6f}, {self.y:+.6f}, {self.z:+.6f}) |v|={self.speed():.6f}"


def make_system():
    return [
        Body("sun", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        Body("jupiter", 4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
             1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
             9.54791938424326609e-04),
        Body("saturn", 8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
             -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
             2.85885980666130812e-04),
        Body("uranus", 1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
             2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
             4.36624404335156298e-05),
        Body("neptune", 1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
             2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
             5.15138902046611451e-05),
    ]


def pairs_of(bodies):
    return [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    sun = bodies[0]
    sun.vx, sun.vy, sun.vz = -px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS
    return px, py, pz


def energy(bodies, pairs):
    e = sum(b.kinetic() for b in bodies)
    for b1, b2 in pairs:
        e -= b1.mass * b2.mass / b1.distance_to(b2)
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1.x - b2.x
            dy = b1.y - b2.y
            dz = b1.z - b2.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            m1 = b1.mass * mag
            m2 = b2.mass * mag
            b1.vx -= dx * m2
            b1.vy -= dy * m2
            b1.vz -= dz * m2
            b2.vx += dx * m1
            b2.vy += dy * m1
            b2.vz += dz * m1
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def accelerations(bodies):
    acc = [[0.0, 0.0, 0.0] for _ in bodies]
    for i, b1 in enumerate(bodies):
        for j in range(i + 1, len(bodies)):
            b2 = bodies[j]
            dx, dy, dz = b1.x - b2.x, b1.y - b2.y, b1.z - b2.z
            inv = 1.0 / (dx * dx + dy * dy + dz * dz) ** 1.5
            for k, d in enumerate((dx, dy, dz)):
                acc[i][k] -= d * b2.mass * inv
                acc[j][k] += d * b1.mass * inv
    return acc


def leapfrog(bodies, dt, steps):
    acc = accelerations(bodies)
    for _ in range(steps):
        for b, a in zip(bodies, acc):
            b.vx += 0.5 * dt * a[0]
            b.vy += 0.5 * dt * a[1]
            b.vz += 0.5 * dt * a[2]
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz
        acc = accelerations(bodies)
        for b, a in zip(bodies, acc):
            b.vx += 0.5 * dt * a[0]
            b.vy += 0.5 * dt * a[1]
            b.vz += 0.5 * dt * a[2]


bodies = make_system()
pairs = pairs_of(bodies)
p = offset_momentum(bodies)
print("momentum before offset: (%.9e, %.9e, %.9e)" % p)
e0 = energy(bodies, pairs)
print("%.9f" % e0)
for b in bodies:
    print(" ", b)

checkpoints = []
for chunk in range(5):
    advance(bodies, pairs, 0.01, 4000)
    e = energy(bodies, pairs)
    checkpoints.append(e)
    print(f"after {(chunk + 1) * 4000:5d} steps: energy {e:.9f}  drift {e - e0:+.3e}")
for b in bodies:
    print(" ", b)

angles = {b.name: round(math.degrees(math.atan2(b.y, b.x)), 3) for b in bodies[1:]}
print("angles:", angles)
far = max(bodies, key=lambda b: math.hypot(b.x, b.y, b.z))
fast = min(bodies[1:], key=Body.speed)
print("farthest:", far.name, f"{math.hypot(far.x, far.y, far.z):.5f}", "| slowest planet:", fast.name)
dists = sorted((b1.distance_to(b2), b1.name, b2.name) for b1, b2 in pairs)
print("closest pair: %s-%s %.6f; widest: %s-%s %.6f" % (dists[0][1], dists[0][2], dists[0][0],
                                                      dists[-1][1], dists[-1][2], dists[-1][0]))
print("energy monotone?", all(a >= b for a, b in zip(checkpoints, checkpoints[1:])),
      "| spread %.3e" % (max(checkpoints) - min(checkpoints)))

# the same system with a symplectic leapfrog integrator
lf = make_system()
offset_momentum(lf)
leapfrog(lf, 0.01, 3000)
e_lf = energy(lf, pairs_of(lf))
print(f"leapfrog 3000 steps: {e_lf:.9f}  drift {e_lf - e0:+.3e}")
print("jupiter after leapfrog:", repr(round(lf[1].x, 6)), repr(round(lf[1].y, 6)), lf[1].z.__round__(4))
print(repr(e_lf), str(e0), float.hex(e0)[:12], e0.as_integer_ratio()[1].bit_length())
