extension PageAssets {
    /// The page's own look: plain, large enough to read at 125 %, every control reachable and
    /// visibly focused by keyboard. Sizes in rem so that the browser's zoom and font size apply.
    static let css = """
    :root { --ink: #1d2330; --muted: #596275; --line: #c9cfdb; --accent: #9b1c1c; --warn: #8a5a00; --ok: #23643a; }
    * { box-sizing: border-box; }
    [hidden] { display: none !important; }
    body { margin: 0; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: 1rem; line-height: 1.6; color: var(--ink); background: #f4f5f8; }
    .top { padding: 0.75rem 1.25rem; background: #fff; border-bottom: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; }
    h1 { font-size: 1.4rem; margin: 0; color: var(--accent); }
    h1 span { font-size: 1rem; color: var(--muted); font-weight: normal; margin-left: 0.5rem; }
    h2 { font-size: 1.15rem; margin: 0.5rem 0; }
    .toolbar { display: flex; gap: 0.5rem; align-items: center; }
    #open-file { position: absolute; width: 1px; height: 1px; opacity: 0; }
    #open-file:focus-visible + label { outline: 3px solid #2b59c3; outline-offset: 1px; }
    #status { margin: 0; color: var(--muted); flex: 1 1 20rem; }
    #status.error { color: var(--accent); }
    main { display: flex; flex-wrap: wrap; gap: 1rem; padding: 1rem; align-items: flex-start; }
    .pane { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; min-width: 0; }
    #form-pane { flex: 2 1 30rem; }
    #yaml-pane { flex: 1 1 24rem; }
    #preview-pane { flex: 1 1 100%; overflow-x: auto; }
    .hint { color: var(--muted); font-size: 0.9rem; margin: 0.25rem 0 0.5rem; }
    fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 1rem; padding: 0.5rem 0.75rem 0.75rem; }
    legend { font-weight: bold; padding: 0 0.25rem; }
    .field { margin: 0.4rem 0; }
    .field > label { display: block; font-size: 0.95rem; }
    input, textarea, select, button, .button { font: inherit; }
    input, textarea { width: 100%; padding: 0.3rem 0.45rem; border: 1px solid #8d96a8; border-radius: 4px; background: #fff; color: inherit; }
    textarea { resize: vertical; }
    select { padding: 0.25rem; border: 1px solid #8d96a8; border-radius: 4px; background: #fff; max-width: 100%; }
    button, .button { padding: 0.25rem 0.75rem; border: 1px solid #6b7487; border-radius: 4px; background: #eef0f5; color: var(--ink); cursor: pointer; display: inline-block; }
    button:hover, .button:hover { background: #e0e4ee; }
    :focus-visible { outline: 3px solid #2b59c3; outline-offset: 1px; }
    [aria-invalid="true"] { border-color: var(--accent); box-shadow: 0 0 0 1px var(--accent); }
    .has-warning { border-color: var(--warn); box-shadow: 0 0 0 1px var(--warn); }
    .messages { list-style: none; margin: 0.2rem 0 0; padding: 0; font-size: 0.92rem; }
    .messages li, #diagnostics li { margin: 0.15rem 0; }
    .severity-error { color: var(--accent); }
    .severity-warning { color: var(--warn); }
    .messages button, #diagnostics button { font-size: 0.85rem; padding: 0 0.5rem; margin-left: 0.4rem; }
    .voiced .voiced-only { display: none; }
    .voiced.is-voiced .voiced-only { display: block; }
    .voiced.is-voiced .shared-only { display: none; }
    ol.items { padding-left: 1.6rem; margin: 0.4rem 0; }
    li.item { border-left: 3px solid var(--line); padding: 0.2rem 0 0.4rem 0.6rem; margin: 0.5rem 0; }
    .item-actions { display: flex; flex-wrap: wrap; gap: 0.35rem; }
    .item-actions button { font-size: 0.88rem; }
    .yaml-box { display: flex; border: 1px solid #8d96a8; border-radius: 4px; height: 26rem; overflow: hidden; }
    #yaml-gutter, #yaml { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace; font-size: 0.9rem; line-height: 1.5; margin: 0; }
    #yaml-gutter { padding: 0.3rem 0.4rem; min-width: 3.2rem; text-align: right; color: var(--muted); background: #f0f2f6; overflow: hidden; white-space: pre; user-select: none; }
    #yaml-gutter .bad { color: #fff; background: var(--accent); display: inline-block; padding: 0 0.2rem; }
    #yaml-gutter .warn { color: #fff; background: var(--warn); display: inline-block; padding: 0 0.2rem; }
    #yaml { border: 0; border-radius: 0; height: 100%; resize: none; white-space: pre; overflow: auto; }
    #check-summary.ok { color: var(--ok); }
    #diagnostics { padding-left: 1.2rem; max-height: 16rem; overflow: auto; }
    #diagnostics a { color: inherit; }
    .downloads p { margin: 0.35rem 0; display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
    .downloads span { min-width: 7rem; }
    [role="tablist"] { display: flex; gap: 0.3rem; margin-bottom: 0.3rem; }
    [role="tab"][aria-selected="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
    #preview { background: #dfe3ea; padding: 1rem; overflow-x: auto; min-height: 8rem; }
    #preview .sheet { margin: 0 auto; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); }
    #preview .preview-error { color: var(--accent); background: #fff; padding: 0.5rem; }
    """
}
