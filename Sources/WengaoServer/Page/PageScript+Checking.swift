extension PageAssets {
    /// Checking as the user types: diagnostics on their fields and YAML lines, the one-click fix.
    static let scriptChecking = #"""
      // ---- Checking -------------------------------------------------------------------
      function clearMarks() {
        for (const el of $$("[aria-invalid], .has-warning")) { el.removeAttribute("aria-invalid"); el.classList.remove("has-warning"); }
        for (const list of $$(".messages")) list.remove();
      }

      function fixButton(diagnostic) {
        if (!fixable.has(diagnostic.id)) return null;
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = "修正";
        button.title = "改正整个输入里的半角标点和手写编号（与 wengao fix 相同）";
        button.addEventListener("click", applyFix);
        return button;
      }

      function showDiagnostics(diagnostics) {
        clearMarks();
        const list = $("#diagnostics");
        list.replaceChildren();
        const badLines = new Map();
        let errors = 0, warnings = 0, fixes = 0;
        for (const d of diagnostics) {
          if (d.severity === "error") errors++; else warnings++;
          if (fixable.has(d.id)) fixes++;
          if (d.line) badLines.set(d.line, d.severity === "error" || badLines.get(d.line) === "error" ? "error" : "warning");
          const text = (d.severity === "error" ? "错误：" : "警告：") + d.message + " [" + d.id + "]";
          const item = document.createElement("li");
          item.className = "severity-" + d.severity;
          const link = document.createElement("a");
          link.href = "#";
          link.textContent = (d.line ? "第 " + d.line + " 行：" : "") + text;
          link.addEventListener("click", event => { event.preventDefault(); reveal(d); });
          item.appendChild(link);
          const fix = fixButton(d);
          if (fix) item.appendChild(fix);
          list.appendChild(item);
          const field = d.line ? fieldOfLine.get(d.line) : null;
          if (field) {
            if (d.severity === "error") field.setAttribute("aria-invalid", "true"); else field.classList.add("has-warning");
            let messages = field.parentElement.querySelector(":scope > .messages");
            if (!messages) {
              messages = document.createElement("ul");
              messages.className = "messages";
              messages.id = field.id + "-messages";
              field.after(messages);
              field.setAttribute("aria-describedby", messages.id);
            }
            const note = document.createElement("li");
            note.className = "severity-" + d.severity;
            note.textContent = text;
            const fieldFix = fixButton(d);
            if (fieldFix) note.appendChild(fieldFix);
            messages.appendChild(note);
          }
        }
        const summary = $("#check-summary");
        summary.textContent = diagnostics.length === 0 ? "没有发现问题，可以下载。"
          : (errors > 0 ? errors + " 个错误（改正后才能生成文稿）" : "没有错误") + (warnings > 0 ? "，" + warnings + " 个警告" : "") + "。";
        summary.classList.toggle("ok", errors === 0);
        $("#fix-all").hidden = fixes === 0;
        drawGutter(badLines);
        return errors;
      }

      function reveal(d) {
        const field = d.line ? fieldOfLine.get(d.line) : null;
        if (field) { field.focus(); return; }
        if (d.line) {
          const lines = yaml.value.split("\n");
          let offset = 0;
          for (let i = 0; i < d.line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
          yaml.focus();
          yaml.setSelectionRange(offset + Math.max(0, (d.column || 1) - 1), offset + Math.max(0, (d.column || 1) - 1));
        }
      }

      function drawGutter(badLines) {
        const count = yaml.value.split("\n").length;
        gutter.replaceChildren();
        for (let line = 1; line <= count; line++) {
          const kind = badLines ? badLines.get(line) : undefined;
          if (kind) {
            const mark = document.createElement("span");
            mark.className = kind === "error" ? "bad" : "warn";
            mark.title = kind === "error" ? "这一行有错误" : "这一行有警告";
            mark.textContent = String(line);
            gutter.appendChild(mark);
          } else {
            gutter.appendChild(document.createTextNode(String(line)));
          }
          gutter.appendChild(document.createTextNode("\n"));
        }
        gutter.scrollTop = yaml.scrollTop;
      }

      async function check() {
        const run = ++checkRun;
        const text = yaml.value;
        let diagnostics;
        try {
          const response = await post("/api/validate", text);
          if (!response.ok) { const body = await response.json(); status(body.error || "检查失败", true); return; }
          diagnostics = await response.json();
        } catch (error) { status("连不上 wengao serve：" + error.message, true); return; }
        if (run !== checkRun) return;
        const errors = showDiagnostics(diagnostics);
        if (errors === 0) preview(); else showPreviewNote("改正错误后显示预览。");
      }

      function showPreviewNote(text) {
        const note = document.createElement("p");
        note.className = "preview-error";
        note.textContent = text;
        $("#preview").replaceChildren(note);
      }

      async function preview() {
        const genre = previewGenre, text = yaml.value;
        try {
          const response = await post("/api/" + genre + ".html", text);
          if (genre !== previewGenre || text !== yaml.value) return;
          if (!response.ok) { showPreviewNote("无法预览：请先改正错误。"); return; }
          const html = await response.text();
          // The server escaped every text of the input; the markup is its own.
          const fragment = document.createRange().createContextualFragment(html);
          $("#preview").replaceChildren(fragment);
        } catch (error) { showPreviewNote("无法预览：" + error.message); }
      }

    """#
}
