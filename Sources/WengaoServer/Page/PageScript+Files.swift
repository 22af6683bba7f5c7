extension PageAssets {
    /// Keeping the two views in step, downloads, and opening a YAML file or a document to import.
    static let scriptFiles = #"""
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

    """#
}
