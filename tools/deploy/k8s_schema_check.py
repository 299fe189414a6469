#!/usr/bin/python3
"""Checks Kubernetes manifests against the API's own schema, offline.

The models of Debian's python3-kubernetes package are generated from the Kubernetes OpenAPI
document: every object knows its fields (JSON names), their types and which are required. Each
document is walked against them: an unknown field, a wrong type or a missing required field is an
error with its path. Usage: k8s_schema_check.py FILE.yaml... (prints one line per document; exit 1
on any error). Called by tools/deploy/check-deploy.mjs (npm run check:deploy).
"""
import re
import sys

import yaml
from kubernetes import client

# apiVersion -> model class prefix. autoscaling/v2 (GA in Kubernetes 1.23) has the same schema as
# autoscaling/v2beta2, which is what this client (1.22) knows.
VERSIONS = {
    "v1": "V1",
    "apps/v1": "V1",
    "batch/v1": "V1",
    "policy/v1": "V1",
    "networking.k8s.io/v1": "V1",
    "autoscaling/v1": "V1",
    "autoscaling/v2": "V2beta2",
}
SKIP_API_GROUPS = ("kustomize.config.k8s.io/",)

PRIMITIVES = {
    "str": lambda v: isinstance(v, str),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
    "object": lambda v: True,
    "date": lambda v: isinstance(v, str),
    "datetime": lambda v: isinstance(v, str),
}


def walk(value, typ, path, errors):
    if value is None:
        return
    if typ in PRIMITIVES:
        if not PRIMITIVES[typ](value):
            errors.append(f"{path}: expected {typ}, got {type(value).__name__} {value!r}")
        return
    m = re.fullmatch(r"list\[(.+)\]", typ)
    if m:
        if not isinstance(value, list):
            errors.append(f"{path}: expected a list")
            return
        for i, item in enumerate(value):
            walk(item, m.group(1), f"{path}[{i}]", errors)
        return
    m = re.fullmatch(r"dict\(str, (.+)\)", typ)
    if m:
        if not isinstance(value, dict):
            errors.append(f"{path}: expected a map")
            return
        for k, v in value.items():
            if not isinstance(k, str):
                errors.append(f"{path}: key {k!r} is not a string")
            walk(v, m.group(1), f"{path}.{k}", errors)
        return
    cls = getattr(client, typ, None)
    if cls is None:
        errors.append(f"{path}: unknown schema type {typ}")
        return
    if not isinstance(value, dict):
        errors.append(f"{path}: expected an object ({typ})")
        return
    by_json = {json_name: attr for attr, json_name in cls.attribute_map.items()}
    kwargs = {}
    for key, v in value.items():
        attr = by_json.get(key)
        if attr is None:
            errors.append(f"{path}.{key}: unknown field of {typ}")
            continue
        walk(v, cls.openapi_types[attr], f"{path}.{key}", errors)
        kwargs[attr] = v
    try:
        # The generated setters refuse a missing required field (and values outside an enum).
        cls(**kwargs)
    except ValueError as e:
        errors.append(f"{path}: {e}")


def check(doc):
    api_version, kind = doc.get("apiVersion"), doc.get("kind")
    if not isinstance(api_version, str) or not isinstance(kind, str):
        return None, ["document without apiVersion and kind"]
    if api_version.startswith(SKIP_API_GROUPS):
        return f"{kind} (kustomize, not a cluster object)", []
    prefix = VERSIONS.get(api_version)
    if prefix is None:
        return f"{api_version} {kind}", [f"apiVersion {api_version} is not known to this check"]
    typ = prefix + kind
    if getattr(client, typ, None) is None:
        return f"{api_version} {kind}", [f"kind {kind} does not exist in {api_version}"]
    errors = []
    walk(doc, typ, kind, errors)
    name = (doc.get("metadata") or {}).get("name", "?")
    return f"{api_version} {kind}/{name}", errors


def main(paths):
    failed = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            docs = [d for d in yaml.safe_load_all(f) if d is not None]
        for doc in docs:
            label, errors = check(doc)
            status = "ok  " if not errors else "FAIL"
            print(f"{status} {path}: {label}")
            for e in errors:
                print(f"       {e}")
            failed += bool(errors)
    print(f"kubernetes schema check: {failed} document(s) with errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
