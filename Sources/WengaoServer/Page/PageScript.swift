extension PageAssets {
    /// The page's script: no library, no build. The form and the YAML are two views of one
    /// input; the server reads the YAML (`/api/form`), checks it (`/api/validate`), fixes it
    /// (`/api/fix`), previews and makes the documents, with the same code as the command line.
    static let script = #"""
    "use strict";
    (function () {
      const $ = (selector, root) => (root || document).querySelector(selector);
      const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));
      const form = $("#report-form"), yaml = $("#yaml"), gutter = $("#yaml-gutter");
      const fixable = new Set((document.body.dataset.fixable || "").split(" ").filter(Boolean));
      const parts = ["achievements", "problems", "next_steps"];
      // The line each field's text stands on in the YAML: diagnostics are put on the field of their line.
      let fieldOfLine = new Map();
      let ignore = [];
      let previewGenre = "speech";
      let uniqueId = 0;
      let checkRun = 0;

      function status(text, isError) {
        const line = $("#status");
        line.textContent = text;
        line.classList.toggle("error", !!isError);
      }

      function post(path, body) {
        return fetch(path, { method: "POST", body: body, headers: { "Content-Type": "application/yaml; charset=utf-8" } });
      }

      // ---- The YAML the form makes --------------------------------------------------------
      const reserved = /^(true|false|yes|no|on|off|null|~|y|n)$/i;
      function scalar(text) {
        const plain = text !== "" && !/^[\s\-?:,\[\]{}#&*!|>'"%@`]/.test(text) && !/[\s]$/.test(text) &&
          !/: |:$| #|[\n\r\t]/.test(text) && !reserved.test(text) && !/^[-+.]?\d/.test(text) && !/[\u0000-\u001f\u007f]/.test(text);
        return plain ? text : JSON.stringify(text);
      }
      function paragraphs(text) {
        return text.split("\n").map(s => s.trim()).filter(s => s !== "");
      }

      class Writer {
        constructor() { this.lines = []; this.fields = new Map(); }
        line(text, field) {
          this.lines.push(text);
          if (field) this.fields.set(this.lines.length, field);
        }
        // A key with one text, or a list when there are several paragraphs.
        texts(indent, key, list, field) {
          if (list.length === 1) { this.line(indent + key + ": " + scalar(list[0]), field); return; }
          this.line(indent + key + ":", field);
          for (const text of list) this.line(indent + "  - " + scalar(text), field);
        }
      }

      function voicedValue(key) {
        const mode = document.getElementById("f-" + key + ".mode").value;
        const read = id => { const el = document.getElementById("f-" + key + "." + id); return { el, list: paragraphs(el.value) }; };
        return { mode, shared: read("shared"), speech: read("speech"), summary: read("summary") };
      }

      function writeVoiced(writer, indent, key, value) {
        if (value.mode === "voiced") {
          const entries = [["speech", value.speech], ["summary", value.summary]].filter(([, v]) => v.list.length > 0);
          if (entries.length === 0) return;
          writer.line(indent + key + ":");
          for (const [genre, v] of entries) writer.texts(indent + "  ", genre, v.list, v.el);
        } else if (value.shared.list.length > 0) {
          writer.texts(indent, key, value.shared.list, value.shared.el);
        }
      }

      function writeItems(writer, indent, list) {
        for (const item of $$(":scope > li.item", list)) {
          const point = $(".point", item), details = $(".details", item);
          writer.line(indent + "- point: " + scalar(point.value.trim()), point);
          const detailList = paragraphs(details.value);
          if (detailList.length > 0) writer.texts(indent + "  ", "details", detailList, details);
          const sub = $(":scope > ol.subpoints", item);
          if ($$(":scope > li.item", sub).length > 0) {
            writer.line(indent + "  subpoints:");
            writeItems(writer, indent + "    ", sub);
          }
        }
      }

      function formToYAML() {
        const writer = new Writer();
        for (const key of ["title", "organization", "speaker", "occasion", "date", "audience"]) {
          const el = document.getElementById("f-" + key), value = el.value.trim();
          if (value === "") continue;
          writer.line(key + ": " + (key === "date" && /^\d{4}-\d{1,2}-\d{1,2}$/.test(value) ? value : scalar(value)), el);
        }
        const seal = $("#f-seal");
        if (seal.value !== "") writer.line("seal: " + seal.value, seal);
        writeVoiced(writer, "", "opening", voicedValue("opening"));
        for (const part of parts) {
          const list = $('ol[data-items="' + part + '"]');
          const lead = voicedValue(part + ".lead"), layout = document.getElementById("f-" + part + ".layout");
          const heading = document.getElementById("f-" + part + ".heading");
          const hasItems = $$(":scope > li.item", list).length > 0;
          const hasLead = lead.mode === "voiced" ? lead.speech.list.length + lead.summary.list.length > 0 : lead.shared.list.length > 0;
          if (!hasItems && !hasLead && layout.value === "" && heading.value.trim() === "") continue;
          writer.line(part + ":");
          if (heading.value.trim() !== "") writer.line("  heading: " + scalar(heading.value.trim()), heading);
          writeVoiced(writer, "  ", "lead", lead);
          if (layout.value !== "") writer.line("  layout: " + layout.value, layout);
          if (hasItems) { writer.line("  items:"); writeItems(writer, "    ", list); }
        }
        writeVoiced(writer, "", "closing", voicedValue("closing"));
        if (ignore.length > 0) writer.line("ignore: [" + ignore.map(scalar).join(", ") + "]");
        return { text: writer.lines.join("\n") + "\n", fields: writer.fields };
      }

      // ---- The form from the server's reading of the YAML ---------------------------------
      function setVoiced(key, value, fields) {
        const box = $('[data-voiced="' + key + '"]');
        const mode = document.getElementById("f-" + key + ".mode");
        const isList = Array.isArray(value.shared);
        const join = texts => (texts || []).map(t => t.text).join("\n");
        const lines = (texts, el) => { for (const t of texts || []) if (t && t.line) fields.set(t.line, el); };
        const get = id => document.getElementById("f-" + key + "." + id);
        if (isList) {
          const voiced = value.speech !== null || value.summary !== null;
          mode.value = voiced ? "voiced" : "shared";
          get("shared").value = join(value.shared); lines(value.shared, get("shared"));
          get("speech").value = join(value.speech); lines(value.speech, get("speech"));
          get("summary").value = join(value.summary); lines(value.summary, get("summary"));
        } else {
          const voiced = value.speech !== null || value.summary !== null;
          mode.value = voiced ? "voiced" : "shared";
          for (const id of ["shared", "speech", "summary"]) {
            get(id).value = value[id] ? value[id].text : "";
            if (value[id] && value[id].line) fields.set(value[id].line, get(id));
          }
        }
        box.classList.toggle("is-voiced", mode.value === "voiced");
      }

      function addItem(list, data, fields) {
        const item = $("#item-template").content.firstElementChild.cloneNode(true);
        for (const field of $$(".field", item)) {
          const control = $("input, textarea", field), id = "item-" + (++uniqueId);
          control.id = id;
          $("label", field).htmlFor = id;
        }
        list.appendChild(item);
        if (data) {
          const point = $(".point", item), details = $(".details", item);
          point.value = data.point ? data.point.text : "";
          if (data.point && data.point.line) fields.set(data.point.line, point);
          if (data.line && !fields.has(data.line)) fields.set(data.line, point);
          details.value = data.details.map(t => t.text).join("\n");
          for (const t of data.details) if (t.line) fields.set(t.line, details);
          for (const sub of data.subpoints) addItem($(":scope > ol.subpoints", item), sub, fields);
        }
        labelItems();
        return item;
      }

      // Each item's buttons say which item they act on, for screen readers.
      function labelItems() {
        for (const list of $$("ol.items")) {
          $$(":scope > li.item", list).forEach((item, index) => {
            const name = "第" + (index + 1) + "条";
            for (const button of $$(":scope > .item-actions > button", item)) button.setAttribute("aria-label", name + button.textContent);
          });
        }
      }

      function fillForm(report) {
        const fields = new Map();
        for (const key of ["title", "organization", "speaker", "occasion", "audience"]) {
          const el = document.getElementById("f-" + key);
          el.value = report[key] ? report[key].text : "";
          if (report[key] && report[key].line) fields.set(report[key].line, el);
        }
        $("#f-date").value = report.date || "";
        $("#f-seal").value = report.seal === null ? "" : String(report.seal);
        setVoiced("opening", report.opening, fields);
        setVoiced("closing", report.closing, fields);
        for (const part of parts) {
          const section = report[part];
          setVoiced(part + ".lead", section.lead, fields);
          const heading = document.getElementById("f-" + part + ".heading");
          heading.value = section.heading ? section.heading.text : "";
          if (section.heading && section.heading.line) fields.set(section.heading.line, heading);
          document.getElementById("f-" + part + ".layout").value = section.layout || "";
          const list = $('ol[data-items="' + part + '"]');
          list.replaceChildren();
          for (const item of section.items) addItem(list, item, fields);
        }
        ignore = report.ignore || [];
        fieldOfLine = fields;
      }

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

      // ---- Keeping the two views in step ----------------------------------------------
      function debounce(fn, ms) { let timer; return () => { clearTimeout(timer); timer = setTimeout(fn, ms); }; }

      const formChanged = debounce(() => {
        const written = formToYAML();
        yaml.value = written.text;
        fieldOfLine = written.fields;
        drawGutter();
        check();
      }, 300);

      async function readYAML(text) {
        const response = await post("/api/form", text);
        if (response.ok) { fillForm(await response.json()); return true; }
        return false;
      }

      const yamlChanged = debounce(async () => {
        const text = yaml.value;
        try { await readYAML(text); } catch (error) { status("连不上 wengao serve：" + error.message, true); }
        if (text === yaml.value) check();
      }, 400);

      async function applyFix() {
        const response = await post("/api/fix", yaml.value);
        const body = await response.json();
        if (!response.ok) { status("无法修正：输入还有格式错误，请先改正。", true); return; }
        yaml.value = body.yaml;
        await readYAML(body.yaml);
        status("已修正：标点 " + body.punctuation + " 处，编号 " + body.numbering + " 处，行尾空格 " + body.trailing_spaces + " 处。");
        drawGutter();
        check();
      }

      // ---- Downloads --------------------------------------------------------------------
      function fileName(header, fallback) {
        const match = /filename\*=UTF-8''([^;]+)/i.exec(header || "");
        return match ? decodeURIComponent(match[1]) : fallback;
      }

      async function download(what, button) {
        button.disabled = true;
        status(what.endsWith(".pdf") ? "正在生成 PDF（要几秒钟）……" : "正在生成……");
        try {
          const response = await post("/api/" + what, yaml.value);
          if (!response.ok) {
            const body = await response.json().catch(() => null);
            if (Array.isArray(body)) { showDiagnostics(body); status("输入有错误，没有生成。请看检查结果。", true); }
            else status((body && body.error) || "生成失败（HTTP " + response.status + "）", true);
            return;
          }
          const blob = await response.blob();
          const name = fileName(response.headers.get("Content-Disposition"), what);
          const link = document.createElement("a");
          link.href = URL.createObjectURL(blob);
          link.download = name;
          document.body.appendChild(link);
          link.click();
          link.remove();
          setTimeout(() => URL.revokeObjectURL(link.href), 60000);
          status("已下载：" + name);
        } catch (error) {
          status("下载失败：" + error.message, true);
        } finally {
          button.disabled = false;
        }
      }

      // ---- Opening a file ------------------------------------------------------------------
      async function openFile(file) {
        if (/\.(ya?ml)$/i.test(file.name)) {
          if (file.size > 1024 * 1024) { status("文件超过 1 MiB，不能打开。", true); return; }
          yaml.value = await file.text();
          drawGutter();
          if (!(await readYAML(yaml.value))) status("已打开 " + file.name + "，但有格式错误：表单没有更新，请看检查结果。", true);
          else status("已打开 " + file.name);
          check();
          return;
        }
        // .docx/.odt/.txt go to /api/import (wengao import), which answers with the YAML.
        const response = await fetch("/api/import?name=" + encodeURIComponent(file.name), { method: "POST", body: file });
        const body = await response.json().catch(() => ({}));
        if (response.ok && body.yaml) {
          yaml.value = body.yaml;
          await readYAML(body.yaml);
          status("已导入 " + file.name + (body.notes && body.notes.length ? "：" + body.notes.join("；") : ""));
          check();
          return;
        }
        status(body.error || "无法导入 " + file.name, true);
      }

      // ---- Wiring ----------------------------------------------------------------------
      form.addEventListener("input", formChanged);
      form.addEventListener("change", event => {
        const mode = event.target.dataset.mode;
        if (mode) {
          const box = $('[data-voiced="' + mode + '"]');
          const voiced = event.target.value === "voiced";
          box.classList.toggle("is-voiced", voiced);
          // Switching never drops what was typed: the shared text becomes both genres' text.
          const get = id => document.getElementById("f-" + mode + "." + id);
          if (voiced) { for (const id of ["speech", "summary"]) if (get(id).value.trim() === "") get(id).value = get("shared").value; }
          else if (get("shared").value.trim() === "") get("shared").value = get("speech").value || get("summary").value;
        }
        formChanged();
      });
      form.addEventListener("click", event => {
        const button = event.target.closest("button");
        if (!button) return;
        if (button.dataset.add) {
          const item = addItem($('ol[data-items="' + button.dataset.add + '"]'));
          $(".point", item).focus();
          formChanged();
          return;
        }
        const item = button.closest("li.item"), action = button.dataset.action;
        if (!item || !action) return;
        if (action === "remove") {
          const next = item.nextElementSibling || item.previousElementSibling;
          const focusTarget = next ? $(".point", next) : item.closest("fieldset, li.item").querySelector("button");
          item.remove();
          if (focusTarget) focusTarget.focus();
        } else if (action === "up" && item.previousElementSibling) {
          item.parentElement.insertBefore(item, item.previousElementSibling);
          button.focus();
        } else if (action === "down" && item.nextElementSibling) {
          item.parentElement.insertBefore(item.nextElementSibling, item);
          button.focus();
        } else if (action === "sub") {
          const sub = addItem($(":scope > ol.subpoints", item));
          $(".point", sub).focus();
        }
        labelItems();
        formChanged();
      });
      yaml.addEventListener("input", () => { drawGutter(); yamlChanged(); });
      yaml.addEventListener("scroll", () => { gutter.scrollTop = yaml.scrollTop; });
      $("#fix-all").addEventListener("click", applyFix);
      for (const button of $$("[data-download]")) button.addEventListener("click", () => download(button.dataset.download, button));
      for (const tab of $$("[data-preview]")) {
        tab.addEventListener("click", () => {
          previewGenre = tab.dataset.preview;
          for (const other of $$("[data-preview]")) other.setAttribute("aria-selected", String(other === tab));
          check();
        });
      }
      $("#open-file").addEventListener("change", event => { if (event.target.files[0]) openFile(event.target.files[0]); event.target.value = ""; });
      $("#clear").addEventListener("click", () => {
        if (!confirm("清空表单和 YAML？没有下载的内容会丢失。")) return;
        form.reset();
        for (const list of $$("ol[data-items]")) list.replaceChildren();
        for (const box of $$("[data-voiced]")) box.classList.remove("is-voiced");
        ignore = [];
        formChanged();
      });
      drawGutter();
      showPreviewNote("填写标题和内容后显示预览。");
    })();
    """#
}
