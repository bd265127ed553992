print("pkgdemo.sub runs:", __package__)
