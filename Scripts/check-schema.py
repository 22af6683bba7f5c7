#!/usr/bin/env python3
"""Checks YAML input files against Wengao's JSON Schema, as an editor would.

    python3 Scripts/check-schema.py Samples/wengao-input.schema.json FILE...

Prints one JSON object a line: {"file": ..., "valid": true|false, "errors": [...]}.
Exits 0 when every file was read (valid or not), 2 when a file is not YAML at all.
Needs the pip packages jsonschema and pyyaml (Scripts/install-dependencies.sh).

YAML is read as editors read it for a schema, except that a date such as 2026-07-10
stays a string: Wengao reads dates itself, and JSON has no date type.
"""
import json
import sys

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    pass


# Drop the timestamp resolver: 2026-07-10 is text to Wengao.
Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 64
    with open(argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    status = 0
    for path in argv[2:]:
        try:
            with open(path, encoding="utf-8-sig") as handle:
                document = yaml.load(handle, Loader=Loader)
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            print(json.dumps({"file": path, "valid": None, "errors": [str(error)]}, ensure_ascii=False))
            status = 2
            continue
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]
        print(json.dumps({"file": path, "valid": not errors, "errors": errors}, ensure_ascii=False))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
