"""Numbered errors: each names the bad value and what is allowed. Exit codes: 0 ok, 1 graph fails SHACL, 2 bad input."""
from __future__ import annotations

EXIT_OK = 0
EXIT_INVALID_GRAPH = 1
EXIT_BAD_INPUT = 2

MESSAGES = {
    "E001": "path does not exist: {path}",
    "E002": "no readable texts (.txt, .md, .html, .htm, .pdf) under {path}",
    "E003": "{path}: empty document (no text after reading)",
    "E004": "{path}: binary file (NUL byte at offset {offset}), not a text",
    "E005": "{path}: not UTF-8 (invalid byte 0x{byte:02x} at offset {offset}); convert it, e.g. iconv -f cp1252 -t utf-8",
    "E006": "{path}: PDF has no text layer (scanned image?); run OCR first",
    "E007": "{path}: cannot read: {reason}",
    "E008": "store not found at {path}: run `kg build` first, or pass --store",
    "E009": "malformed SPARQL query: {reason}",
    "E010": "query stopped after {seconds} s (--timeout)",
    "E011": "unknown named query {name!r}; `kg query --list` shows the names",
    "E012": "unknown format {fmt!r}; allowed: {allowed}",
    "E013": "store at {path} is locked or damaged: {reason}",
    "E014": "no entity matches {label!r}",
    "E015": "query parameter {param!r} is not of the form name=value",
    "E016": "remote endpoint {url} failed: {reason}",
    "E017": "spaCy pipeline {name!r} cannot be loaded ({reason}); install it, or build without --model",
    "E018": "{path}: reading failed inside the extractor ({kind}: {reason}); the document was skipped, please report it",
    # query and serve (E030-E039)
    "E030": "named query {name!r} needs the parameter {param!r} ({help}); pass --param {param}=VALUE",
    "E031": "named query {name!r} has no parameter {param!r}; it takes: {allowed}",
    "E032": "query parameter {param!r}: {reason}",
    "E033": "query result is larger than the limit of {limit} bytes; add a LIMIT or narrow the query",
    "E034": "cannot serve on {host}:{port}: {reason}",
    "E035": "{reason}; see `kg {command} --help`",
    "E036": "updates are refused: the endpoint is read-only (start `kg serve --allow-update` to accept them)",
    "E037": "query failed while running: {reason}",
    # view and analyse (E040-E049)
    "E040": "a --query view needs a CONSTRUCT or DESCRIBE query, or a SELECT of ?s ?p ?o; this one is {got}",
    "E041": "--max-nodes must be at least 1, not {value}",
}


class KGError(Exception):
    """An error the user can fix; str() is one line: code, what and where."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, code: str, **values):
        self.code = code
        self.values = values
        super().__init__(f"{code} {MESSAGES[code].format(**values)}")
