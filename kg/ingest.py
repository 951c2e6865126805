"""Stage 1: files -> Document(id, path, text, sha256, header). Each bad file raises a KGError naming it."""
from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from pathlib import Path

from .errors import KGError
from .header import DATE_FIRST_DATELINE, DATELINE, parse_header, statement_like
from .model import Document

TEXT_SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf"}
# lines that are page furniture, never content: menus, social links, subscription appeals, editor artefacts
BOILERPLATE = re.compile(
    r"^\s*(?:\[bookmark:[^\]]*\]|share (?:this|on)\b.*|follow us\b.*|subscribe\b.*|sign up\b.*|"
    r"(?:facebook|twitter|x|linkedin|youtube|instagram|flickr|rss|email|print)(?:\s*[|/·•]\s*\w+)*|"
    r"(?:home|back to top|top of page|skip to (?:main )?content|site ?map|contact us|privacy policy|terms of use|"
    r"copyright\b.*|©.*|all rights reserved.*|related (?:links|articles)|read more|must read|[\w&.\- ]{1,40} logo|"
    r"media cent(?:er|re)|press (?:room|cent(?:er|re))|newsroom|for information only\b.*|not an official document\b.*|"
    r"connect with us|published|posted|on|[•·▪/ ]*(?:log ?in|sign ?in|webmail|menu|search)[ /]*)\s*)$",
    re.I | re.M)
# a moved page's notice: "This page is no longer being updated", "If you are not redirected ..., click here"
MOVED_NOTICE = re.compile(r"^[^\n]*\b(?:click here|(?:not|be) redirected|(?:website|site|page|content) has (?:now )?moved|"
                          r"no longer (?:being )?updated)\b[^\n]*$", re.I | re.M)
NOTICE_WORDS = ("click here", "redirected", "moved", "no longer")


def discover(paths: list[str]) -> list[Path]:
    """Every text file under the given paths, sorted; a path that does not exist is an error."""
    found: list[Path] = []
    for given in paths:
        p = Path(given)
        if not p.exists():
            raise KGError("E001", path=given)
        if p.is_dir():
            found += [f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES
                      and not any(part.startswith(".") for part in f.relative_to(p).parts)]
        else:
            found.append(p)
    return sorted(set(found))


def doc_id(path: Path) -> str:
    """IRI-safe id from the file stem: deterministic, readable."""
    stem = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-") or "doc"


def read_text(path: Path) -> tuple[str, str]:
    """(text, sha256 of the bytes) for one file; raises KGError for unreadable, binary, non-UTF-8 or empty input."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise KGError("E007", path=str(path), reason=e.strerror or str(e))
    sha = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        text = _pdf_text(path, data)
    else:
        text = _decode(path, data)
        if suffix in {".html", ".htm"}:
            text = _html_text(text)
        elif suffix == ".md":
            text = _markdown_text(text)
    text = _clean(text)
    if not text.strip():
        raise KGError("E003", path=str(path))
    return text, sha


def _decode(path: Path, data: bytes) -> str:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise KGError("E004", path=str(path), offset=nul)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise KGError("E005", path=str(path), byte=data[e.start], offset=e.start)


def _html_text(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser
    tree = LexborHTMLParser(html)
    for sel in ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg"):
        for node in tree.css(sel):
            node.decompose()
    root = tree.css_first("main") or tree.css_first("article") or tree.body or tree.root
    if root is None:
        return ""
    for br in root.css("br"):  # a line break inside a block ends a line of a title block
        br.replace_with("\n")
    blocks = root.css(",".join(BLOCK_TAGS))
    if not blocks:
        return root.text(separator="\n")
    return "\n\n".join(_lines(b.text(separator=" ", deep=True)) for b in blocks
                       if not _has_block_inside(b) and b.text(deep=True).strip())


def _lines(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "pre", "blockquote", "dt", "dd")


def _has_block_inside(node) -> bool:
    """A list item holding paragraphs is read through its paragraphs, not twice."""
    return any(d.mem_id != node.mem_id for d in node.css(",".join(BLOCK_TAGS)))


def _pdf_text(path: Path, data: bytes) -> str:
    from pypdf import PdfReader
    try:
        reader = PdfReader(io.BytesIO(data))
        text = "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception as e:  # pypdf raises many kinds for damaged files
        raise KGError("E007", path=str(path), reason=f"damaged PDF ({e.__class__.__name__}: {e})")
    if not text.strip():
        raise KGError("E006", path=str(path))
    return text


MARKDOWN = re.compile(r"^[ \t]*#{1,6}[ \t]+|^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$|\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])",
                      re.M)


FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n.*?\n---[ \t]*\n", re.S)  # a static-site page's YAML keys (title:, tags:)


def _markdown_text(text: str) -> str:
    """Markdown to plain text: front matter, headings, rules and emphasis marks go; words and their order stay."""
    return MARKDOWN.sub("", FRONT_MATTER.sub("", text, count=1))


def _clean(text: str) -> str:
    """Normalise line ends and drop page furniture; offsets of all later stages point into this text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = BOILERPLATE.sub("", text)
    lowered = text.lower()
    if any(w in lowered for w in NOTICE_WORDS):  # (a cheap look first: the notice's pattern scans every line)
        text = MOVED_NOTICE.sub("", text)
    text = re.sub(r"\[bookmark:[^\]]*\]", "", text)
    return unwrap(re.sub(r"\n{3,}", "\n\n", text).strip() + "\n")


# a roster's line starts its own line: "Angola H.E. President X", "Lesotho The Rt. Hon. ...", "Kenya: Hon. Y"
ROSTER_ITEM = re.compile(r"[ \t]*[A-Z][\w.'’()\-]*(?:[ \t]+[A-Z][\w.'’()\-]*){0,3}(?:[ \t]*:[ \t]+|[ \t]+)(?:H\.[ \t]?[EM]\.?|"
                         r"The[ \t]+Rt\.?|Rt\.?[ \t]+Hon|Hon\.|HE|HM|HRH|His[ \t]+(?:Excellency|Majesty)|Her[ \t]+(?:Excellency|Majesty))"
                         r"(?=[ \t.])")
LIST_ITEM = re.compile(r"[ \t]*(?:[-•*–]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")


def unwrap(text: str) -> str:
    """Hard-wrapped prose (text from PDFs, e-mail, news wires) joined back into lines: a line break is soft when
    the line is nearly as wide as the text's wrap width and the next line goes on. Names and phrases broken
    across lines ("President of India Narendra\nModi") then read as written. A break becomes one space, so
    offsets do not move; short lines (title blocks, headings, list items) keep their breaks."""
    lines = text.split("\n")
    width = wrap_width([len(line) for line in lines])
    if not width:
        return text
    out = list(text)
    pos = 0
    for line, nxt in zip(lines, lines[1:]):
        pos += len(line)
        if nxt.strip() and len(line) >= 0.8 * width and not LIST_ITEM.match(nxt) and not starts_dateline(nxt) \
                and not ROSTER_ITEM.match(nxt):
            out[pos] = " "
        pos += 1
    return "".join(out)


def starts_dateline(line: str) -> bool:
    """'13 October 2005, Pretoria - At the invitation ...': a news item's lead starts its own line."""
    return bool(DATELINE.match(line) or DATE_FIRST_DATELINE.match(line))


def wrap_width(lengths: list[int]) -> int | None:
    """The width a text was wrapped at, if it was: many lines end within a few characters of one width (at most
    100), and few lines run longer."""
    wrapped = [n for n in lengths if 45 <= n <= 100]
    if len(wrapped) < 4:
        return None
    width = max(wrapped)
    full = sum(1 for n in wrapped if n >= width - 12)
    return width if full >= 4 and full > sum(1 for n in lengths if n > 100) else None


def ingest(path: Path, given: str | None = None) -> Document:
    text, sha = read_text(path)
    header, body_start = parse_header(text)
    return Document(id=doc_id(path), path=given or str(path), text=text, sha256=sha, kind=document_kind(header, text),
                    header=header, body_start=body_start)


def document_kind(header, text: str) -> str:
    """A delivered statement names its speaker, whom it speaks for, or the meeting it was delivered at, or
    addresses the chair the way speeches do."""
    return "Statement" if header.speaker or header.on_behalf_of or header.meeting or statement_like(text) else "Document"


def document_from_text(text: str, doc_id: str = "inline", path: str = "<inline>") -> Document:
    """A Document from a string (for Python users and tests); the text is cleaned as a file's would be."""
    text = _clean(text)
    if not text.strip():
        raise KGError("E003", path=path)
    header, body_start = parse_header(text)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(id=doc_id, path=path, text=text, sha256=sha,
                    kind=document_kind(header, text),
                    header=header, body_start=body_start)
