extension PageAssets {
    /// The YAML the form makes, and the form filled from the server's reading of the YAML.
    static let scriptForm = #"""
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

    """#
}
