# from __future__ import: where it may stand, which names exist, and the __future__ module.
import sys
exec("from __future__ import annotations\nimport os\nprint('fine')")
for src in ["x = 1\nfrom __future__ import annotations", "from __future__ import braces", "from __future__ import nope", "def f():\n    from __future__ import annotations", '"doc"\nfrom __future__ import (annotations,\n   division)\nfrom __future__ import generators']:
    try:
        compile(src, "t", "exec"); print("compiled")
    except SyntaxError as e: print(e.msg, e.lineno, e.offset)
import __future__
print(__future__.annotations, __future__.all_feature_names)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease(), __future__.annotations.compiler_flag)
