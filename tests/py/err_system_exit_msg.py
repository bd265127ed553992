# SystemExit with a string message prints it to stderr and exits with status 1.
import sys
print("about to fail")
raise SystemExit("fatal: configuration missing")
