# A field that does not parse, run as a script: the SyntaxError report points at the token
# after the longest expression in the field (parser_strings.cpp, parse_field_expression).
print("never runs")
width = 5
print(f"{width + :>10}")
