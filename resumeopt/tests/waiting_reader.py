"""A reader that waits without computing, for the tests of `run_bounded`'s wall clock."""

import time


def wait(data: bytes, seconds: str) -> str:
    time.sleep(float(seconds))
    return data.decode()
