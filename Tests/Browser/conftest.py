"""What both browsers' tests share: the real `wengao serve`, and the rule that a missing
tool fails under CI=true and skips elsewhere, never passes."""
import os
import re
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WENGAO = Path(os.environ.get("WENGAO_BIN", ROOT / ".build/debug/wengao"))
IN_CI = os.environ.get("CI") == "true"


def missing(reason):
    if IN_CI:
        pytest.fail(f"{reason}; CI must have it (Scripts/install-dependencies.sh)")
    pytest.skip(f"not run: {reason}")


@pytest.fixture(scope="session")
def server():
    if not WENGAO.exists():
        missing(f"{WENGAO} is not built (swift build)")
    process = subprocess.Popen([str(WENGAO), "serve", "--port", "0"], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    address = None
    deadline = time.time() + 30
    while time.time() < deadline and address is None:
        line = process.stderr.readline()
        if not line:
            if process.poll() is not None:
                break
            continue
        match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        if match:
            address = match.group(1)
    if address is None:
        process.kill()
        pytest.fail("wengao serve did not start: " + (process.stderr.read() or ""))
    yield address
    process.terminate()
    process.wait(timeout=10)
