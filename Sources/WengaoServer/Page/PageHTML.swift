import WengaoKit

/// The one page: server-rendered HTML, the form's fields for everything the input holds.
/// The script (PageScript.swift) adds items, keeps the form and the YAML in step, checks as
/// the user types and downloads; without it the page still shows every field.
enum PageAssets {
    static let html: String = {
        let fixable = InputFix.fixedRules.map(\.id).joined(separator: " ")
        var parts = ""
        for (part, heading, leadHint) in [
            (Part.achievements, "一、成绩", "如：上半年，……取得较好成效，主要有以下特点。"),
            (Part.problems, "二、问题", "如：在看到成绩的同时，更要看到问题和差距。"),
            (Part.nextSteps, "三、意见 / 下步打算", "如：下面，我讲几点意见。"),
        ] {
            let key = part.rawValue
            parts += """
            <fieldset class="part" id="part-\(key)" data-part="\(key)">
              <legend>\(heading)</legend>
              <div class="field"><label for="f-\(key).heading">小标题（总结里这一部分的标题；不写用模板的）</label><input id="f-\(key).heading" data-key="\(key).heading" autocomplete="off"></div>
              \(voicedField(key + ".lead", label: "引语", hint: leadHint, multiline: false))
              <div class="field">
                <label for="f-\(key).layout">讲话稿里的排法</label>
                <select id="f-\(key).layout" data-key="\(key).layout">
                  <option value="">自动</option><option value="together">连排（一是……二是……连成一段）</option><option value="separate">分段（每条一段）</option>
                </select>
              </div>
              <ol class="items" data-items="\(key)" aria-label="\(heading)的条目"></ol>
              <button type="button" class="add-item" data-add="\(key)">＋ 添加一条\(part.chineseName)</button>
            </fieldset>

            """
        }
        return """
        <!doctype html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>文稿 · 填写、检查、下载</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/assets/wengao.css">
        <link rel="stylesheet" href="/assets/document.css">
        <script src="/assets/wengao.js" defer></script>
        </head>
        <body data-fixable="\(fixable)">
        <header class="top">
          <h1>文稿 <span>半年工作总结 · 会议讲话稿</span></h1>
          <div class="toolbar">
            <input type="file" id="open-file" accept=".yaml,.yml,.docx,.odt,.txt,.md">
            <label class="button" for="open-file">打开文件…</label>
            <button type="button" id="clear">清空重填</button>
          </div>
          <p id="status" role="status" aria-live="polite"></p>
        </header>
        <main>
        <section class="pane" id="form-pane" aria-labelledby="form-heading">
        <h2 id="form-heading">填写</h2>
        <p class="hint">编号（一是、第一、（一）……）由程序生成，不用手写。带 * 的必填。</p>
        <form id="report-form" novalidate>
        <fieldset>
          <legend>基本信息</legend>
          \(field("title", label: "标题 *", hint: "如：中共某某区委组织部2026年上半年基层党建工作总结"))
          \(field("organization", label: "单位（署名）", hint: "如：中共某某区委组织部"))
          \(field("occasion", label: "会议", hint: "讲话稿标题成为“在……上的讲话”"))
          \(field("speaker", label: "讲话人", hint: "如：李某某"))
          <div class="field">
            <label for="f-date">成文日期</label>
            <input id="f-date" data-key="date" placeholder="2026-07-10" inputmode="numeric" autocomplete="off">
          </div>
          <div class="field">
            <label for="f-seal">盖章</label>
            <select id="f-seal" data-key="seal"><option value="">不写</option><option value="true">盖章</option><option value="false">不盖章</option></select>
          </div>
          \(field("audience", label: "称呼", hint: "默认“同志们”"))
        </fieldset>
        <fieldset>
          <legend>开场</legend>
          \(voicedField("opening", label: "开场", hint: "每行一段", multiline: true))
        </fieldset>
        \(parts)
        <fieldset>
          <legend>结尾</legend>
          \(voicedField("closing", label: "结尾", hint: "每行一段，如：同志们，……谢谢大家！", multiline: true))
        </fieldset>
        </form>
        </section>
        <section class="pane" id="yaml-pane" aria-labelledby="yaml-heading">
          <h2 id="yaml-heading"><label for="yaml">YAML</label></h2>
          <p class="hint">表单和 YAML 互相同步；在表单里修改会重新写出 YAML（注释不保留）。</p>
          <div class="yaml-box"><pre id="yaml-gutter" aria-hidden="true"></pre><textarea id="yaml" spellcheck="false" wrap="off" aria-describedby="checks-heading"></textarea></div>
          <h2 id="checks-heading">检查结果</h2>
          <p id="check-summary" role="status" aria-live="polite">还没有检查。</p>
          <button type="button" id="fix-all" hidden>一键修正标点和编号（与 wengao fix 相同）</button>
          <ul id="diagnostics"></ul>
          <h2>下载</h2>
          <div class="downloads">
            <p><span>会议讲话稿</span>
              <button type="button" data-download="speech.docx">DOCX</button>
              <button type="button" data-download="speech.odt">ODT</button>
              <button type="button" data-download="speech.pdf">PDF</button></p>
            <p><span>半年工作总结</span>
              <button type="button" data-download="summary.docx">DOCX</button>
              <button type="button" data-download="summary.odt">ODT</button>
              <button type="button" data-download="summary.pdf">PDF</button></p>
            <p><span>输入文件</span> <button type="button" data-download="input.yaml">YAML</button></p>
          </div>
        </section>
        <section class="pane" id="preview-pane" aria-labelledby="preview-heading">
          <h2 id="preview-heading">预览</h2>
          <div role="tablist" aria-label="预览哪种文稿">
            <button type="button" role="tab" id="tab-speech" data-preview="speech" aria-selected="true">会议讲话稿</button>
            <button type="button" role="tab" id="tab-summary" data-preview="summary" aria-selected="false">半年工作总结</button>
          </div>
          <p class="hint">按文稿的字体、字号和每行 28 字、每页 22 行的版心排出；分页以下载的文件为准。</p>
          <div id="preview" role="tabpanel" tabindex="0" aria-live="polite"></div>
        </section>
        </main>
        <template id="item-template">
          <li class="item">
            <div class="field"><label>要点</label><input class="point" autocomplete="off"></div>
            <div class="field"><label>具体内容（每行一段）</label><textarea class="details" rows="3"></textarea></div>
            <ol class="items subpoints"></ol>
            <div class="item-actions">
              <button type="button" data-action="up">上移</button>
              <button type="button" data-action="down">下移</button>
              <button type="button" data-action="sub">＋ 分项</button>
              <button type="button" data-action="remove">删除</button>
            </div>
          </li>
        </template>
        </body>
        </html>

        """
    }()

    static func field(_ key: String, label: String, hint: String) -> String {
        """
        <div class="field"><label for="f-\(key)">\(label)</label><input id="f-\(key)" data-key="\(key)" placeholder="\(hint)" autocomplete="off"></div>
        """
    }

    /// A text both documents share, or one for each: the input's per-genre wording.
    static func voicedField(_ key: String, label: String, hint: String, multiline: Bool) -> String {
        func control(_ id: String, _ placeholder: String) -> String {
            multiline
                ? "<textarea id=\"f-\(id)\" data-key=\"\(id)\" rows=\"3\" placeholder=\"\(placeholder)\"></textarea>"
                : "<input id=\"f-\(id)\" data-key=\"\(id)\" placeholder=\"\(placeholder)\" autocomplete=\"off\">"
        }
        return """
        <div class="voiced" data-voiced="\(key)">
          <div class="field"><label for="f-\(key).mode">\(label)的写法</label>
            <select id="f-\(key).mode" data-mode="\(key)"><option value="shared">两种文稿共用</option><option value="voiced">讲话稿和总结分开写</option></select></div>
          <div class="field shared-only"><label for="f-\(key).shared">\(label)</label>\(control(key + ".shared", hint))</div>
          <div class="field voiced-only"><label for="f-\(key).speech">\(label)（讲话稿）</label>\(control(key + ".speech", hint))</div>
          <div class="field voiced-only"><label for="f-\(key).summary">\(label)（总结）</label>\(control(key + ".summary", hint))</div>
        </div>
        """
    }
}
