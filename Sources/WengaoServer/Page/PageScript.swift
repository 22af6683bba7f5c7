extension PageAssets {
    /// The page's script: no library, no build. The form and the YAML are two views of one
    /// input; the server reads the YAML (`/api/form`), checks it (`/api/validate`), fixes it
    /// (`/api/fix`), previews and makes the documents, with the same code as the command line.
    ///
    /// One function scope, written in pieces by concern: the YAML and the form here and in
    /// PageScript+Form.swift, checking in PageScript+Checking.swift, keeping the views in step,
    /// downloads and opening files in PageScript+Files.swift. Joined with line breaks, the
    /// pieces are the one script the page loads.
    static let script = [scriptStart, scriptForm, scriptChecking, scriptFiles, scriptWiring].joined(separator: "\n")

    /// The shared state and helpers, opening the function scope.
    static let scriptStart = #"""
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

    """#

    /// The page's events, closing the function scope.
    static let scriptWiring = #"""
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
