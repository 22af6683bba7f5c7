"""The page of `wengao serve` in a real browser (Debian's Chromium, driven by Playwright).

Starts the real `wengao serve` on a free port, fills the form as a clerk would, waits for a
diagnostic on the field that caused it, applies the offered fix, and downloads DOCX, ODT and
PDF, which must be valid packages holding the text and have the bytes the command line writes
for the same YAML. Run by Scripts/test-browser.sh (and so by Scripts/test.sh).

Under CI=true a missing browser or Playwright fails; elsewhere the tests are skipped with the
reason. WENGAO_SCREENSHOTS=Docs/images saves the page's pictures there.
"""
import os
import re
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

try:
    from playwright.sync_api import expect
except ImportError:  # reported by the browser fixture
    expect = None

from conftest import IN_CI, ROOT, WENGAO, missing

CHROMIUM = os.environ.get("WENGAO_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright for Python is not installed (pip install playwright)")
    if not Path(CHROMIUM).exists():
        missing(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        # Root in a container has no user namespace for Chromium's sandbox.
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(accept_downloads=True, locale="zh-CN", viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    # A CSP violation or a failed asset shows in the console as an error.
    # (Input with errors is answered 422 on purpose; the browser logs that too.)
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" and "status of 422" not in message.text else None)
    page.goto(server)
    yield page
    context.close()
    assert errors == [], f"the page reported errors: {errors}"


def until(condition, seconds=15):
    """Polls from Python: the page's CSP rightly refuses the evaluated strings of wait_for_function."""
    deadline = time.time() + seconds
    while not condition():
        assert time.time() < deadline, "condition not met in time"
        time.sleep(0.1)


def shoot(page, name, locator=None):
    folder = os.environ.get("WENGAO_SCREENSHOTS")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    target = Path(folder) / f"serve-{name}.png"
    if locator is None:
        page.screenshot(path=str(target), full_page=True)
    else:
        locator.screenshot(path=str(target))


def command_line(genre, yaml_text, suffix, scratch):
    """What `wengao speech|summary FILE -o OUT` writes for the page's YAML."""
    source = scratch / "page.yaml"
    source.write_text(yaml_text, encoding="utf-8")
    output = scratch / f"cli-{genre}.{suffix}"
    subprocess.run([str(WENGAO), genre, str(source), "-o", str(output)], cwd=ROOT, check=True,
                   capture_output=True, env={k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"})
    return output.read_bytes()


def fill_form(page):
    page.fill("#f-title", "某某区市场监管局2026年上半年工作总结")
    page.fill("#f-organization", "某某区市场监管局")
    page.fill("#f-occasion", "全局2026年上半年工作总结会")
    page.fill("#f-speaker", "王某某")
    page.fill("#f-date", "2026-07-10")
    page.select_option("#f-seal", "true")
    page.fill("#f-opening\\.shared", "今年以来，全局上下坚持稳中求进工作总基调，各项工作取得积极成效。")
    page.fill("#f-achievements\\.lead\\.shared", "上半年，我们主要抓了以下几项工作。")
    page.click("button[data-add='achievements']")
    first = page.locator("ol[data-items='achievements'] > li.item").nth(0)
    # A half-width comma in Chinese text: the diagnostic the test waits for.
    first.locator(".point").fill("坚持监管为民,守牢安全底线")
    first.locator(".details").fill("开展食品安全专项检查326次，查处案件58件。\n抽检食品2100批次，合格率98.6%。")
    page.click("button[data-add='achievements']")
    second = page.locator("ol[data-items='achievements'] > li.item").nth(1)
    second.locator(".point").fill("优化营商环境，服务市场主体")
    second.locator(".details").fill("新登记市场主体4120户，同比增长7.8%。")
    page.click("button[data-add='problems']")
    page.locator("ol[data-items='problems'] > li.item").nth(0).locator(".point").fill("基层监管力量还比较薄弱")
    page.click("button[data-add='next_steps']")
    step = page.locator("ol[data-items='next_steps'] > li.item").nth(0)
    step.locator(".point").fill("持续深化食品安全治理")
    step.locator("button[data-action='sub']").click()
    step.locator("ol.subpoints > li.item .point").fill("要压实企业主体责任")
    # The closing speaks to the audience: the speech's own, the summary without one.
    page.select_option("#f-closing\\.mode", "voiced")
    page.fill("#f-closing\\.speech", "同志们，下半年任务艰巨，让我们共同努力。谢谢大家！")


def test_fill_check_fix_preview_and_download(page, tmp_path):
    expect(page.locator("#fix-all")).to_be_hidden()
    fill_form(page)
    point = page.locator("ol[data-items='achievements'] > li.item").nth(0).locator(".point")
    # The diagnostic appears on the field that caused it, in Chinese, with the fix offered.
    message = point.locator("xpath=following-sibling::ul[contains(@class,'messages')]")
    message.wait_for(timeout=15000)
    assert "half-width-punctuation" in message.inner_text()
    assert "半角" in message.inner_text() or "，" in message.inner_text()
    assert "has-warning" in (point.get_attribute("class") or "")
    expect(page.locator("#fix-all")).to_be_visible()
    # …and on the YAML line that holds it.
    yaml_text = page.input_value("#yaml")
    line = next(i + 1 for i, text in enumerate(yaml_text.split("\n")) if "坚持监管为民,守牢安全底线" in text)
    assert page.locator("#yaml-gutter .warn", has_text=re.compile(rf"^{line}$")).count() == 1
    shoot(page, "diagnostic", page.locator("#part-achievements"))
    shoot(page, "page")

    message.locator("button", has_text="修正").click()
    expect(point).to_have_value("坚持监管为民，守牢安全底线", timeout=15000)
    expect(page.locator("#check-summary")).to_contain_text("没有发现问题", timeout=15000)
    assert "坚持监管为民，守牢安全底线" in page.input_value("#yaml")
    assert page.locator(".messages").count() == 0
    expect(page.locator("#fix-all")).to_be_hidden()

    # The preview shows the document in its own styles.
    page.wait_for_selector("#preview .sheet .p-title", timeout=15000)
    assert "在全局2026年上半年工作总结会上的讲话" in page.inner_text("#preview .sheet")
    shoot(page, "preview", page.locator("#preview-pane"))
    page.click("#tab-summary")
    expect(page.locator("#preview .sheet")).to_contain_text("一、", timeout=15000)

    yaml_text = page.input_value("#yaml")
    for genre, suffix, part in [("speech", "docx", "word/document.xml"), ("speech", "odt", "content.xml"),
                                ("summary", "docx", "word/document.xml"), ("speech", "pdf", None)]:
        with page.expect_download(timeout=90000) as info:
            page.click(f"button[data-download='{genre}.{suffix}']")
        download = info.value
        name = download.suggested_filename
        assert name.endswith("." + suffix) and re.search(r"[\u4e00-\u9fff]", name), name
        saved = tmp_path / f"page-{genre}.{suffix}"
        download.save_as(saved)
        data = saved.read_bytes()
        if part:
            with zipfile.ZipFile(saved) as package:
                assert package.testzip() is None
                xml = package.read(part).decode("utf-8")
            assert "坚持监管为民，守牢安全底线" in xml
            assert "要压实企业主体责任" in xml or "压实企业主体责任" in xml
        else:
            assert data.startswith(b"%PDF")
            if shutil.which("pdftotext"):
                text = subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True).stdout
                assert "坚持监管为民" in re.sub(r"\s", "", text)
        assert data == command_line(genre, yaml_text, suffix, tmp_path), f"{genre}.{suffix} differs from the command line's"


def test_yaml_edits_fill_the_form_and_errors_point_at_the_line(page):
    sample = (ROOT / "Samples" / "meeting-speech.yaml").read_text(encoding="utf-8")
    page.fill("#yaml", sample)
    expect(page.locator("#f-title")).not_to_have_value("", timeout=15000)
    assert page.locator("ol[data-items='achievements'] > li.item").count() > 0
    expect(page.locator("#check-summary")).to_contain_text("没有", timeout=15000)
    # Break the YAML: the form keeps what it had, the line is marked.
    page.fill("#yaml", "title: [未闭合\n")
    page.wait_for_selector("#yaml-gutter .bad", timeout=15000)
    assert page.locator("#diagnostics li.severity-error").count() >= 1
    assert page.input_value("#f-title") != ""


def test_items_move_and_go_by_keyboard(page):
    page.fill("#f-title", "标题")
    for text in ["第一条要点内容", "第二条要点内容"]:
        page.locator("button[data-add='problems']").focus()
        page.keyboard.press("Enter")
        page.keyboard.type(text)
    items = page.locator("ol[data-items='problems'] > li.item .point")
    assert [items.nth(0).input_value(), items.nth(1).input_value()] == ["第一条要点内容", "第二条要点内容"]
    page.locator("ol[data-items='problems'] > li.item").nth(1).locator("button[data-action='up']").focus()
    page.keyboard.press("Enter")
    assert [items.nth(0).input_value(), items.nth(1).input_value()] == ["第二条要点内容", "第一条要点内容"]
    until(lambda: 0 <= page.input_value("#yaml").find("第二条") < page.input_value("#yaml").find("第一条"))
    page.locator("ol[data-items='problems'] > li.item").nth(0).locator("button[data-action='remove']").click()
    assert items.count() == 1
    until(lambda: "第二条" not in page.input_value("#yaml"))


def test_page_is_readable_at_125_percent(browser, server):
    # 125 % zoom on a 1280-pixel screen: the page laid out at 1024 CSS pixels, scaled 1.25.
    context = browser.new_context(viewport={"width": 1024, "height": 800}, device_scale_factor=1.25)
    page = context.new_page()
    page.goto(server)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow} px at 125 %"
    shoot(page, "zoom125")
    context.close()


@pytest.mark.parametrize("sample", ["meeting-speech.yaml", "half-year-summary.yaml"])
def test_the_form_rewrites_a_file_without_losing_anything(page, server, sample):
    # A sample read into the form and written back by it (one keystroke and its undoing)
    # must make the very documents the file makes: every text, list and option survives.
    original = (ROOT / "Samples" / sample).read_text(encoding="utf-8")
    page.fill("#yaml", original)
    expect(page.locator("#f-title")).not_to_have_value("", timeout=15000)
    page.locator("#f-title").focus()
    page.keyboard.press("End")
    page.keyboard.type("x")
    page.keyboard.press("Backspace")
    until(lambda: page.input_value("#yaml") != original and "x\n" not in page.input_value("#yaml")[:200])
    rewritten = page.input_value("#yaml")
    assert "#" not in rewritten.split("\n")[0], "the form's YAML starts with its first key"
    for document in ["speech.docx", "summary.odt"]:
        answers = [page.request.post(server + "api/" + document, data=text.encode("utf-8")) for text in (original, rewritten)]
        assert [a.status for a in answers] == [200, 200], [a.text() for a in answers]
        assert answers[0].body() == answers[1].body(), f"{sample}: {document} differs after the form rewrote the YAML"


def test_last_years_speech_opens_into_the_form(page):
    # A .docx of last year's speech, opened with the page's own file button, is read by
    # `wengao import` and fills the form: title, the items of each part, the YAML view.
    speech = ROOT / "Tests" / "WengaoEndToEndTests" / "Fixtures" / "import" / "half-year-speech-web.docx"
    page.set_input_files("#open-file", str(speech))
    expect(page.locator("#f-title")).not_to_have_value("", timeout=15000)
    until(lambda: page.locator("ol[data-items='achievements'] > li.item").count() >= 4)
    assert page.locator("ol[data-items='problems'] > li.item").count() >= 4
    assert "# 原文" in page.input_value("#yaml"), "the importer's comments are in the YAML view"
    expect(page.locator("#status")).to_contain_text("已导入")
