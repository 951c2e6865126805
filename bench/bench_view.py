"""Benchmark of the network views in real headless Chromium, and the small DevTools-protocol driver the view
tests share.

    .venv/bin/python bench/bench_view.py [--sizes 500,2000,10000] [--keep DIR]

For each size it builds a synthetic store (entities, facts, and an assertion with a quote for every fact),
writes the overview (default --max-nodes 2000, so 10,000 is reduced with a notice) and, for 10,000, also the
full view (--max-nodes 10000), then loads each page in Chromium and reports the Python time (store -> HTML) and
the time from navigation start until vis-network's first "afterDrawing" event (the page records
performance.now() then, in window.kgDrawnAt)."""
from __future__ import annotations

import argparse
import base64
import itertools
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio"]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Chromium:
    """Headless Chromium driven over the DevTools protocol (websocket-client): one page, console errors and
    exceptions collected, JavaScript evaluated, screenshots taken."""

    def __init__(self, width: int = 1400, height: int = 900, binary: str | None = None):
        import websocket  # websocket-client

        self.binary = binary or chromium_path()
        if not self.binary:
            raise RuntimeError("chromium not found")
        self.profile = tempfile.mkdtemp(prefix="kg-chromium-")
        self.proc = subprocess.Popen([self.binary, *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}",
                                      "--remote-debugging-port=0", f"--window-size={width},{height}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        url = self._devtools_url(time.monotonic() + 30)
        self.ws = websocket.create_connection(url, timeout=120, suppress_origin=True)
        self.ids = itertools.count(1)
        self.events: list[dict] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable", session=True)
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=width, height=height,
                  deviceScaleFactor=1, mobile=False)

    def _devtools_url(self, deadline: float) -> str:
        lines: list[str] = []

        def read():
            for line in self.proc.stderr:
                lines.append(line)
                if "DevTools listening on" in line:
                    return
        t = threading.Thread(target=read, daemon=True)
        t.start()
        t.join(max(0.0, deadline - time.monotonic()))
        for line in lines:
            if "DevTools listening on" in line:
                # keep draining stderr so Chromium never blocks on a full pipe
                threading.Thread(target=lambda: [None for _ in self.proc.stderr], daemon=True).start()
                return line.split("DevTools listening on", 1)[1].strip()
        self.close()
        raise RuntimeError("chromium did not start: " + "".join(lines[-5:]))

    def call(self, method: str, session: bool = False, **params) -> dict:
        msg_id = next(self.ids)
        msg = {"id": msg_id, "method": method, "params": params}
        if session:
            msg["sessionId"] = self.session
        self.ws.send(json.dumps(msg))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == msg_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and failed loads seen so far."""
        out = []
        for e in self.events:
            m, p = e["method"], e.get("params", {})
            if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append("console: " + " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
            elif m == "Runtime.exceptionThrown":
                d = p.get("exceptionDetails", {})
                out.append("exception: " + d.get("exception", {}).get("description", d.get("text", "")))
            elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                out.append("log: " + p["entry"].get("text", "") + " " + p["entry"].get("url", ""))
        return out

    def navigate(self, url: str, timeout: float = 60) -> None:
        self.events.clear()
        self.call("Page.navigate", session=True, url=url)
        self.wait_for("document.readyState === 'complete'", timeout)

    def evaluate(self, expression: str):
        r = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"{expression}: {r['exceptionDetails'].get('text')}")
        return r.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 60, interval: float = 0.05):
        deadline = time.monotonic() + timeout
        while True:
            try:
                value = self.evaluate(expression)
            except RuntimeError:
                value = None
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout} s for {expression}")
            time.sleep(interval)

    def screenshot(self, selector: str | None = None) -> bytes:
        params = {"format": "png"}
        if selector:
            rect = self.evaluate("(function(){var r=document.querySelector(" + json.dumps(selector) + ")"
                                 ".getBoundingClientRect();return {x:r.x,y:r.y,width:r.width,height:r.height};})()")
            params["clip"] = {**rect, "scale": 1}
        return base64.b64decode(self.call("Page.captureScreenshot", session=True, **params)["data"])

    def close(self) -> None:
        try:
            self.ws.close()
        except Exception:
            pass
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def inspect_view(browser: Chromium, html: Path, timeout: float = 120) -> dict:
    """Load a view; wait until vis-network has drawn; return the draw time (ms since navigation start), the
    node and edge counts of the page's DataSets, the notice, errors and a screenshot of the canvas."""
    browser.navigate(Path(html).resolve().as_uri(), timeout)
    drawn = browser.wait_for("window.kgDrawnAt", timeout)
    info = browser.evaluate("({nodes: network.body.data.nodes.length, edges: network.body.data.edges.length,"
                            " notice: document.getElementById('kg-notice').textContent})")
    return {**info, "drawn_ms": round(drawn, 1), "errors": browser.errors(), "png": browser.screenshot("#mynetwork")}


def pixel_stddev(png: bytes) -> float:
    """Standard deviation of the grey levels of a PNG: about 0 for a blank canvas."""
    import io
    from PIL import Image, ImageStat
    return ImageStat.Stat(Image.open(io.BytesIO(png)).convert("L")).stddev[0]


# -- synthetic stores

def synthetic_store(path: Path, entities: int, seed: int = 1, facts_per_entity: float = 1.5):
    """A store shaped like a built one: typed, labelled entities (states, organizations, persons, treaties,
    resolutions, meetings), facts between them in document graphs with an assertion and a quote each, and the
    ontology graph (predicate labels)."""
    from kg.namespaces import GRAPH_ONTOLOGY
    from kg.reference import ontology_graph
    from kg.store import OxigraphStore, nquads

    rng = random.Random(seed)
    D, I = "https://w3id.org/dkg/ontology#", "https://w3id.org/dkg/id/"
    RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    kinds = [("State", "state", 0.25), ("Organization", "org", 0.25), ("Person", "person", 0.2),
             ("Treaty", "treaty", 0.1), ("Resolution", "resolution", 0.1), ("Meeting", "meeting", 0.1)]
    ents = []
    for i in range(entities):
        cls, slug, _ = rng.choices(kinds, weights=[k[2] for k in kinds])[0]
        ents.append((f"{I}{slug}/e{i}", cls, f"{cls} {i}"))
    preds = {"State": ["welcomes", "supports", "condemns", "urges", "thanks", "partyTo", "memberOf", "alignsWith"],
             "Organization": ["supports", "welcomes", "partOf", "convenes", "funds"],
             "Person": ["represents", "leads", "participatesIn"], "Treaty": ["supplements"],
             "Resolution": ["adoptedBy"], "Meeting": ["meetingOf", "heldIn"]}
    lines = []
    graph_of = lambda n: f"<{I}graph/doc{n}>"
    for iri, cls, label in ents:
        g = graph_of(rng.randrange(max(1, entities // 20)))
        lines.append(f"<{iri}> <{RDF}type> <{D}{cls}> {g} .\n")
        lines.append(f"<{iri}> <http://www.w3.org/2000/01/rdf-schema#label> \"{label}\" {g} .\n")
    hubs = ents[: max(10, entities // 50)]  # a few hubs make the degree distribution skewed, as in real data
    for n in range(int(entities * facts_per_entity)):
        s = rng.choice(ents)
        o = rng.choice(hubs) if rng.random() < 0.4 else rng.choice(ents)
        if s == o:
            continue
        p = rng.choice(preds[s[1]])
        doc = rng.randrange(max(1, entities // 20))
        g, a = graph_of(doc), f"<{I}assertion/doc{doc}/a{n}>"
        quote = f"{s[2]} {p} {o[2]} (sentence {n})."
        lines.append(f"<{s[0]}> <{D}{p}> <{o[0]}> {g} .\n")
        lines += [f"{a} <{RDF}type> <{D}Assertion> {g} .\n", f"{a} <{RDF}subject> <{s[0]}> {g} .\n",
                  f"{a} <{RDF}predicate> <{D}{p}> {g} .\n", f"{a} <{RDF}object> <{o[0]}> {g} .\n",
                  f"{a} <http://www.w3.org/ns/prov#wasDerivedFrom> <{I}doc/doc{doc}> {g} .\n",
                  f"{a} <{D}quote> \"{quote}\" {g} .\n"]
    for doc in range(max(1, entities // 20)):
        g = graph_of(doc)
        lines.append(f"<{I}doc/doc{doc}> <{RDF}type> <{D}Statement> {g} .\n")
        lines.append(f"<{I}doc/doc{doc}> <{D}sourcePath> \"corpus/doc{doc}.txt\" {g} .\n")
    import pyoxigraph as ox
    store = OxigraphStore(path)
    store.store.load("".join(lines) + nquads(ontology_graph(), GRAPH_ONTOLOGY), format=ox.RdfFormat.N_QUADS)
    store.store.flush()
    return store


def main(argv=None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from kg import view

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="500,2000,10000")
    ap.add_argument("--keep", help="write the views into this folder and keep them")
    args = ap.parse_args(argv)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kg-bench-view-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"cores: {os.cpu_count()}; chromium: {chromium_path()}")
    print(f"{'view':<28}{'nodes drawn':>12}{'edges':>8}{'python s':>10}{'drawn ms':>10}{'wall s':>8}  notes")
    rows = []
    with Chromium() as browser:
        for size in [int(x) for x in args.sizes.split(",")]:
            store = synthetic_store(work / f"store-{size}", size)
            variants = [("default", view.DEFAULT_MAX_NODES)]
            if size > view.DEFAULT_MAX_NODES:
                variants.append(("full", size))
            for name, limit in variants:
                t0 = time.perf_counter()
                net = view.overview(store, max_nodes=limit)
                html = view.write_network(net, work / f"view-{size}-{name}.html")
                py = time.perf_counter() - t0
                t1 = time.perf_counter()
                r = inspect_view(browser, html, timeout=180)
                wall = time.perf_counter() - t1
                if args.keep:
                    html.with_suffix(".png").write_bytes(r["png"])
                note = ("reduced, notice shown" if r["notice"] else "") + (f"; ERRORS {r['errors']}" if r["errors"] else "")
                label = f"{size} entities, max {limit}"
                print(f"{label:<28}{r['nodes']:>12}{r['edges']:>8}{py:>10.2f}{r['drawn_ms']:>10.0f}{wall:>8.2f}  {note}",
                      flush=True)
                rows.append({"entities": size, "max_nodes": limit, "nodes": r["nodes"], "edges": r["edges"],
                             "python_s": round(py, 2), "drawn_ms": r["drawn_ms"], "wall_s": round(wall, 2),
                             "reduced": bool(r["notice"]), "errors": r["errors"]})
            store.close()
    (work / "bench_view.json").write_text(json.dumps({"cores": os.cpu_count(), "rows": rows}, indent=2))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
