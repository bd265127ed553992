# sys.exit(3) ends the program with exit status 3 and no traceback.
import sys
print("exiting")
sys.exit(3)
print("not reached")
