# match statement SyntaxError: alternatives binding different names (sequences)
match 1:
    case [a] | (b,):
        pass
