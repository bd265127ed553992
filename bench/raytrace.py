# bench-repeat: 20   (a copy of tests/programs/raytrace.py; bench/run.sh runs it 20 times over)
# A small ray tracer: a Vector class with operator overloading, spheres and planes behind an
# abstract Shape interface, point lights with shadows and mirror reflections, rendered to a
# tiny ASCII image.  Exercises float arithmetic, dunder methods (including reflected ones),
# __eq__/__hash__, __repr__ with float formatting, inheritance and classmethods.
import math


class Vector:
    def __init__(self, x, y, z):
        self.x = float(x)
        self.y = float(y)
        self.z = float(z)

    @classmethod
    def zero(cls):
        return cls(0, 0, 0)

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        if isinstance(k, Vector):  # component-wise product (used for colours)
            return Vector(self.x * k.x, self.y * k.y, self.z * k.z)
        return Vector(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def __abs__(self):
        return math.sqrt(self.dot(self))

    def __eq__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return (self.x, self.y, self.z) == (o.x, o.y, o.z)

    def __hash__(self):
        return hash((self.x, self.y, self.z))

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def __repr__(self):
        return f"Vector({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def normalized(self):
        n = abs(self)
        return self / n if n else Vector.zero()

    def reflect(self, normal):
        return self - 2 * self.dot(normal) * normal


EPSILON = 1e-6


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Shape:
    def __init__(self, colour, reflectivity=0.0):
        self.colour = colour
        self.reflectivity = reflectivity

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError

    def colour_at(self, point):
        return self.colour


class Sphere(Shape):
    def __init__(self, centre, radius, colour, reflectivity=0.0):
        super().__init__(colour, reflectivity)
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        for t in (-b - root, -b + root):
            if t > EPSILON:
                return t
        return None

    def normal_at(self, point):
        return (point - self.centre).normalized()

    def __repr__(self):
        return f"Sphere({self.centre!r}, r={self.radius})"


class Plane(Shape):
    def __init__(self, point, normal, colour, reflectivity=0.0, checker=None):
        super().__init__(colour, reflectivity)
        self.point = point
        self.normal = normal.normalized()
        self.checker = checker

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal

    def colour_at(self, point):
        if self.checker is None:
            return self.colour
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.colour
        return self.checker

    def __repr__(self):
        return f"Plane({self.point!r}, n={self.normal!r})"


class Light:
    def __init__(self, position, intensity):
        self.position = position
        self.intensity = intensity


class Scene:
    def __init__(self, shapes, lights, ambient=0.1):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient
        self.rays = 0
        self.hits = {}

    def nearest(self, ray):
        best_t, best = math.inf, None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < best_t:
                best_t, best = t, shape
        return best_t, best

    def trace(self, ray, depth=0):
        self.rays += 1
        t, shape = self.nearest(ray)
        if shape is None:
            return Vector(0.05, 0.05, 0.1)
        name = type(shape).__name__
        self.hits[name] = self.hits.get(name, 0) + 1
        point = ray.point_at(t)
        normal = shape.normal_at(point)
        base = shape.colour_at(point)
        colour = base * self.ambient
        for light in self.lights:
            to_light = light.position - point
            distance = abs(to_light)
            shadow_ray = Ray(point + normal * 1e-4, to_light)
            st, blocker = self.nearest(shadow_ray)
            if blocker is not None and st < distance:
                continue
            diffuse = max(0.0, normal.dot(shadow_ray.direction))
            half = (shadow_ray.direction - ray.direction).normalized()
            specular = max(0.0, normal.dot(half)) ** 32
            colour = colour + base * (diffuse * light.intensity) + Vector(1, 1, 1) * (specular * light.intensity * 0.5)
        if shape.reflectivity > 0 and depth < 3:
            reflected = Ray(point + normal * 1e-4, ray.direction.reflect(normal))
            colour = colour * (1 - shape.reflectivity) + shape.reflectivity * self.trace(reflected, depth + 1)
        return colour


def render(scene, width, height, eye, fov=60.0):
    aspect = width / height
    scale = math.tan(math.radians(fov) / 2)
    rows = []
    for j in range(height):
        row = []
        for i in range(width):
            px = (2 * (i + 0.5) / width - 1) * aspect * scale
            py = (1 - 2 * (j + 0.5) / height) * scale
            ray = Ray(eye, Vector(px, py, -1))
            row.append(scene.trace(ray))
        rows.append(row)
    return rows


SHADES = " .:-=+*#%@"


def to_ascii(image):
    lines = []
    for row in image:
        chars = []
        for c in row:
            lum = 0.2126 * c.x + 0.7152 * c.y + 0.0722 * c.z
            lum = min(max(lum, 0.0), 0.999)
            chars.append(SHADES[int(lum * len(SHADES))])
        lines.append("".join(chars))
    return lines


def checksum(image):
    total = 0
    for j, row in enumerate(image):
        for i, c in enumerate(row):
            r, g, b = (min(255, int(v * 255)) for v in c)
            total = (total * 31 + r * 65536 + g * 256 + b + i * j) % 1000000007
    return total


# --- the vector algebra itself ------------------------------------------------------------
a = Vector(1, 2, 3)
b = Vector(-2, 0.5, 4)
print(a + b, a - b, a * 2, 3 * a, -a, a / 4)
print(abs(Vector(3, 4, 12)), a.dot(b), a.cross(b), a * b)
print(a == Vector(1.0, 2.0, 3.0), a == b, a != b, a == (1, 2, 3), list(a))
print(len({a, Vector(1, 2, 3), b}), Vector(0, 0, 5).normalized(), Vector.zero().normalized())
print(Vector(1, -1, 0).reflect(Vector(0, 1, 0)))

# --- the scene ----------------------------------------------------------------------------
scene = Scene(
    shapes=[
        Sphere(Vector(0, 0, -5), 1.0, Vector(0.9, 0.2, 0.2), reflectivity=0.3),
        Sphere(Vector(-2.2, -0.3, -6), 0.7, Vector(0.2, 0.9, 0.3)),
        Sphere(Vector(2.0, 0.4, -4.5), 0.6, Vector(0.3, 0.3, 0.95), reflectivity=0.6),
        Plane(Vector(0, -1, 0), Vector(0, 1, 0), Vector(0.9, 0.9, 0.9), reflectivity=0.15,
              checker=Vector(0.15, 0.15, 0.15)),
    ],
    lights=[Light(Vector(-4, 5, 0), 0.8), Light(Vector(3, 3, -1), 0.5)],
)
for shape in scene.shapes:
    print(shape)

image = render(scene, 64, 26, Vector(0, 0.4, 0.5), fov=42.0)
for line in to_ascii(image):
    print("|" + line + "|")
print("rays traced:", scene.rays)
print("hits:", sorted(scene.hits.items()))
print("checksum:", checksum(image))
centre = image[13][32]
print("centre pixel:", centre, f"{abs(centre):.6f}")
brightest = max((abs(c), j, i) for j, row in enumerate(image) for i, c in enumerate(row))
print("brightest: %.5f at row %d col %d" % brightest)
