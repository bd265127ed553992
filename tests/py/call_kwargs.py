# **kwargs collects extra keywords into a dict in call order; ** unpacking merges.
def opts(**kw):
    return kw
print(opts(), opts(b=1, a=2), opts(**{"x": 1}, y=2))
def config(name, **settings):
    out = name + ":"
    for k, v in settings.items():
        out += f" {k}={v}"
    return out
print(config("db", host="localhost", port=5432), config(name="x"))
defaults = {"color": "red", "size": 3}
print(opts(**defaults, shape="circle"))
