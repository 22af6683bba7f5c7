"""The same page in Firefox (Debian's firefox-esr), driven through WebDriver BiDi, which
Firefox itself serves (`--remote-debugging-port`): Playwright drives only its own build of
Firefox, and there is no download here. A small client over `websockets` is enough: open
the page, type into the form as a user's input events do, wait for the diagnostic on its
field, apply the fix, and download the speech's DOCX through the page's own code path.
"""
import asyncio
import itertools
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import zipfile
from io import BytesIO

import pytest

from conftest import ROOT, missing

FIREFOX = os.environ.get("WENGAO_FIREFOX", shutil.which("firefox-esr") or shutil.which("firefox") or "")


class BiDi:
    """Commands and answers over one WebDriver BiDi connection."""

    def __init__(self, socket):
        self.socket = socket
        self.ids = itertools.count(1)

    async def send(self, method, params):
        number = next(self.ids)
        await self.socket.send(json.dumps({"id": number, "method": method, "params": params}))
        while True:
            message = json.loads(await asyncio.wait_for(self.socket.recv(), 60))
            if message.get("id") == number:
                if message.get("type") == "error":
                    raise AssertionError(f"{method}: {message.get('error')}: {message.get('message')}")
                return message["result"]

    async def evaluate(self, context, expression):
        result = await self.send("script.evaluate", {
            "expression": expression, "target": {"context": context}, "awaitPromise": True,
            "resultOwnership": "none"})
        if result.get("type") == "exception":
            raise AssertionError(f"{expression[:80]}…: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    async def until(self, context, expression, seconds=20):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if await self.evaluate(context, expression):
                return
            await asyncio.sleep(0.2)
        raise AssertionError(f"not true within {seconds} s: {expression}")


# Typing as the page sees it: the value changes, then an input event bubbles to the form.
TYPE = """((selector, text) => {
  const field = document.querySelector(selector);
  field.focus(); field.value = text;
  field.dispatchEvent(new InputEvent("input", {bubbles: true, inputType: "insertText", data: text}));
  return true;
})"""


async def drive(address):
    import websockets

    profile = tempfile.mkdtemp(prefix="wengao-firefox-")
    port = 9500 + os.getpid() % 400
    firefox = subprocess.Popen([FIREFOX, "--headless", "--no-remote", "--profile", profile,
                                "--remote-debugging-port", str(port), "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        socket = None
        for _ in range(100):
            try:
                socket = await websockets.connect(f"ws://127.0.0.1:{port}/session", max_size=None)
                break
            except OSError:
                await asyncio.sleep(0.2)
        assert socket is not None, "Firefox's WebDriver BiDi did not answer"
        bidi = BiDi(socket)
        await bidi.send("session.new", {"capabilities": {}})
        tree = await bidi.send("browsingContext.getTree", {})
        context = tree["contexts"][0]["context"]
        await bidi.send("browsingContext.navigate", {"context": context, "url": address, "wait": "complete"})
        assert await bidi.evaluate(context, "document.title") == "文稿 · 填写、检查、下载"
        # The script ran: the YAML's line numbers are drawn and the fix button is hidden.
        await bidi.until(context, "document.querySelector('#yaml-gutter').textContent.trim() === '1'")
        assert await bidi.evaluate(context, "getComputedStyle(document.querySelector('#fix-all')).display") == "none"

        async def type_into(selector, text):
            await bidi.evaluate(context, f"{TYPE}({json.dumps(selector)}, {json.dumps(text)})")

        await type_into("#f-title", "某某区市场监管局2026年上半年工作总结")
        await type_into("#f-occasion", "全局2026年上半年工作总结会")
        await type_into("#f-date", "2026-07-10")
        await bidi.evaluate(context, "document.querySelector(\"button[data-add='achievements']\").click(), true")
        point = "ol[data-items='achievements'] > li.item .point"
        await type_into(point, "坚持监管为民,守牢安全底线")
        await type_into("ol[data-items='achievements'] > li.item .details", "开展食品安全专项检查326次。")
        # The warning on its field, in Chinese, with the fix.
        await bidi.until(context, f"!!document.querySelector(\"{point}\").parentElement.querySelector('.messages button')")
        message = await bidi.evaluate(context, f"document.querySelector(\"{point}\").parentElement.querySelector('.messages').textContent")
        assert "half-width-punctuation" in message and "半角" in message
        await bidi.evaluate(context, f"document.querySelector(\"{point}\").parentElement.querySelector('.messages button').click(), true")
        await bidi.until(context, f"document.querySelector(\"{point}\").value === '坚持监管为民，守牢安全底线'")
        await bidi.until(context, "document.querySelector('#check-summary').textContent.includes('没有发现问题')")
        await bidi.until(context, "!!document.querySelector('#preview .sheet .p-title')")
        # The download the buttons make: the same request, its name and its bytes.
        download = await bidi.evaluate(context, """(async () => {
          const response = await fetch('/api/speech.docx', {method: 'POST', body: document.querySelector('#yaml').value});
          const bytes = new Uint8Array(await response.arrayBuffer());
          let binary = ''; for (const b of bytes) binary += String.fromCharCode(b);
          return JSON.stringify({status: response.status, name: response.headers.get('Content-Disposition'), data: btoa(binary),
                                 yaml: document.querySelector('#yaml').value});
        })()""")
        await socket.close()
        return json.loads(download)
    finally:
        firefox.terminate()
        try:
            firefox.wait(timeout=15)
        except subprocess.TimeoutExpired:
            firefox.kill()
        shutil.rmtree(profile, ignore_errors=True)


def test_fill_check_fix_and_download_in_firefox(server, tmp_path):
    if not FIREFOX:
        missing("Firefox is not installed (apt-get install firefox-esr)")
    try:
        import websockets  # noqa: F401
    except ImportError:
        missing("websockets for Python is not installed (pip install websockets)")
    import base64

    result = asyncio.run(drive(server))
    assert result["status"] == 200
    assert "filename*=UTF-8''" in result["name"]
    data = base64.b64decode(result["data"])
    with zipfile.ZipFile(BytesIO(data)) as package:
        assert package.testzip() is None
        assert "坚持监管为民，守牢安全底线" in package.read("word/document.xml").decode("utf-8")
    source = tmp_path / "page.yaml"
    source.write_text(result["yaml"], encoding="utf-8")
    from conftest import WENGAO
    subprocess.run([str(WENGAO), "speech", str(source), "-o", str(tmp_path / "cli.docx")], cwd=ROOT, check=True,
                   capture_output=True, env={k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"})
    assert data == (tmp_path / "cli.docx").read_bytes()
