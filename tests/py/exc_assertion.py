# AssertionError with and without messages, and with non-string messages.
for cond, msg in ((False, "failed!"), (0, 42), ([], None)):
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)
