# SyntaxError: the rules of except* (PEP 654 exception groups).
for i in range(2):
    try:
        pass
    except* ValueError:
        break
