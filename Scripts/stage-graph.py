#!/usr/bin/env python3
"""Derives the folder graph of Sources/WengaoKit from the code, and checks it against the stages.

A folder depends on another when one of its files names a type declared at the top level of a
file in the other (comments and string literals left out). The stages, earliest first, are the
order below (Docs/architecture.md): a folder may use only folders before it. Any edge from a
folder to one at or after it is a back-edge.

    Scripts/stage-graph.py            prints the graph, the back-edges and the types behind them
    Scripts/stage-graph.py --check    the same; exits 1 when there is a back-edge or a folder
                                      the order does not list
"""
import collections, os, re, sys

STAGES = ["System", "Diagnostics", "Model", "Numbering", "Input", "Schema", "Validation",
          "Style", "XML", "Import", "Document", "Template", "Writers", "Package", "Generation"]

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "WengaoKit")
declaration = re.compile(r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|private|fileprivate|package|final|indirect|nonisolated)\s+)*"
                         r"(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z]\w*)", re.M)

files = {}
for folder_path, _, names in os.walk(root):
    for name in names:
        if name.endswith(".swift"):
            path = os.path.join(folder_path, name)
            folder = os.path.relpath(path, root).split(os.sep)[0]
            source = open(path, encoding="utf-8").read()
            source = re.sub(r'"""[\s\S]*?"""', '""', source)
            source = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', source)
            source = re.sub(r"//[^\n]*", "", source)
            files[path] = (folder, source)

declared_in = {}
for folder, source in files.values():
    for match in declaration.finditer(source):
        declared_in.setdefault(match.group(1), folder)

because = collections.defaultdict(set)
for folder, source in files.values():
    for word in set(re.findall(r"\b[A-Z]\w*\b", source)):
        owner = declared_in.get(word)
        if owner and owner != folder:
            because[(folder, owner)].add(word)

folders = sorted({folder for folder, _ in files.values()}, key=lambda f: (STAGES.index(f) if f in STAGES else 99, f))
unlisted = [f for f in folders if f not in STAGES]
back_edges = [(a, b) for (a, b) in because if a in STAGES and b in STAGES and STAGES.index(b) >= STAGES.index(a)]

print("WengaoKit folders, earliest stage first, and the folders each uses:")
for folder in folders:
    uses = sorted((b for (a, b) in because if a == folder), key=lambda f: STAGES.index(f) if f in STAGES else 99)
    print(f"  {folder:12} -> {', '.join(uses) if uses else '(nothing)'}")
print(f"back-edges: {len(back_edges)}")
for a, b in sorted(back_edges):
    print(f"  {a} -> {b}: {', '.join(sorted(because[(a, b)]))}")
for folder in unlisted:
    print(f"  folder {folder} is not in the stage order (Scripts/stage-graph.py, Docs/architecture.md)")
if "--check" in sys.argv and (back_edges or unlisted):
    sys.exit(1)
