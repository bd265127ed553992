# partition and rpartition: found, not found, separator at the ends.
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=start".partition("="), "end=".rpartition("="))
print("日本:語".partition(":"), "a::b::c".partition("::"))
