"""Interactive network views (pyvis / vis-network) that work offline: every script and style is inline.

Each view returns a `KGNetwork` (a pyvis `Network`); `write_network` writes it as one self-contained HTML file.
Nodes are coloured and shaped by class (with a legend), sized by degree or another centrality, placed by a
layout computed here (physics off, so a large graph draws at once); edges carry the predicate's rdfs:label and
the quotes and source documents of the assertions that support them, shown on hover and in the side panel."""
from __future__ import annotations

import json
import math
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from . import analyse
from .analyse import DKGS, local_name
from .errors import KGError

DEFAULT_MAX_NODES = 2000
SIZE_MEASURES = ("degree", "pagerank", "betweenness")

CLASS_STYLE = {  # class -> (vis shape, colour, legend symbol)
    "State": ("dot", "#1f77b4", "●"), "Organization": ("square", "#ff7f0e", "■"),
    "Person": ("triangle", "#2ca02c", "▲"), "Meeting": ("star", "#9467bd", "★"),
    "Resolution": ("diamond", "#d62728", "◆"), "Treaty": ("hexagon", "#8c564b", "⬢"),
    "LegalInstrument": ("diamond", "#e377c2", "◆"), "Place": ("triangleDown", "#17becf", "▼"),
    "Topic": ("dot", "#bcbd22", "●"), "Actor": ("dot", "#7f7f7f", "●"),
    "Statement": ("box", "#c7c7c7", "▭"), "Document": ("box", "#c7c7c7", "▭"),
    "Entity": ("dot", "#aaaaaa", "●"), "Literal": ("text", "#555555", "T"),
}
EDGE_STYLE = {  # predicate local name -> (colour, dashed)
    "welcomes": ("#2ca02c", False), "supports": ("#17becf", False), "thanks": ("#bcbd22", False),
    "condemns": ("#d62728", False), "urges": ("#ff7f0e", False), "alignsWith": ("#9467bd", False),
    "partyTo": ("#1f77b4", False), "notPartyTo": ("#d62728", True),
}
DEFAULT_EDGE = ("#9a9a9a", False)
VIS_DIR = Path(__import__("pyvis").__file__).parent / "templates" / "lib" / "vis-9.1.2"


class KGNetwork(Network):
    """A pyvis Network whose HTML is self-contained (vis-network inline, no CDN, no bootstrap) and carries a
    legend, class and predicate filters, a search box, evidence tooltips and a notice of what was left out."""

    def __init__(self, title: str = "Knowledge graph"):
        super().__init__(height="100%", width="100%", directed=True, cdn_resources="in_line", heading=title)
        self.title = title
        self.notice = ""
        self.legend: dict = {"classes": [], "predicates": []}
        self.summary: dict = {}

    def generate_html(self, name="index.html", local=True, notebook=False) -> str:
        self.html = render_html(self)
        return self.html


# -- building views

def overview(store, max_nodes: int = DEFAULT_MAX_NODES, size_by: str = "degree", documents: bool = False,
             everything: bool = False) -> KGNetwork:
    """The whole fact graph: entities that take part in a fact or are mentioned by a document (everything=True:
    all entities, the reference data's included); documents as nodes only with documents=True."""
    G = analyse.fact_graph(store, documents=documents, everything=everything)
    return to_network(G, "Knowledge graph: overview", max_nodes=max_nodes, size_by=size_by)


def focus(store, name: str, depth: int = 2, max_nodes: int = DEFAULT_MAX_NODES, size_by: str = "degree",
          documents: bool = False) -> KGNetwork:
    """An entity's neighbourhood: everything within `depth` facts of it (label, altLabel or IRI; E014 if none)."""
    G = analyse.load_graph(store, documents=documents)
    centre = analyse.find_entity(G, name)
    nodes = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), centre, cutoff=max(0, depth))
    H = G.subgraph(nodes).copy()
    title = f"Neighbourhood of {G.nodes[centre]['label']} (depth {depth})"
    return to_network(H, title, max_nodes=max_nodes, size_by=size_by, keep=[centre], highlight=centre)


def _predicate_view(store, predicates: set[str], title: str, max_nodes: int, size_by: str) -> KGNetwork:
    G = analyse.load_graph(store)
    H = nx.MultiDiGraph()
    for u, v, k, d in G.edges(keys=True, data=True):
        if k in predicates:
            H.add_node(u, **G.nodes[u])
            H.add_node(v, **G.nodes[v])
            H.add_edge(u, v, key=k, **d)
    H.graph.update(G.graph)
    return to_network(H, title, max_nodes=max_nodes, size_by=size_by)


def stances(store, max_nodes: int = DEFAULT_MAX_NODES, size_by: str = "degree") -> KGNetwork:
    """Who welcomes, supports, thanks, condemns, urges or aligns with whom or what: one colour per stance."""
    return _predicate_view(store, set(analyse.stance_predicates(store)), "Stances", max_nodes, size_by)


def treaties(store, max_nodes: int = DEFAULT_MAX_NODES, size_by: str = "degree") -> KGNetwork:
    """States and the treaties they are party to (solid) and not party to (dashed), with the protocols'
    supplements links."""
    preds = {DKGS + p for p in analyse.TREATY_PREDICATES + ("supplements",)}
    net_graph = analyse.load_graph(store)
    keep = {n for u, v, k in net_graph.edges(keys=True) if k in {DKGS + "partyTo", DKGS + "notPartyTo"} for n in (u, v)}
    H = nx.MultiDiGraph()
    for u, v, k, d in net_graph.edges(keys=True, data=True):
        if k in preds and (k != DKGS + "supplements" or (u in keep and v in keep)):
            H.add_node(u, **net_graph.nodes[u])
            H.add_node(v, **net_graph.nodes[v])
            H.add_edge(u, v, key=k, **d)
    H.graph.update(net_graph.graph)
    return to_network(H, "Treaties: party to, and not party to", max_nodes=max_nodes, size_by=size_by)


def query(store, sparql: str, max_nodes: int = DEFAULT_MAX_NODES, size_by: str = "degree",
          title: str = "Query result") -> KGNetwork:
    """The triples a CONSTRUCT (or DESCRIBE) query builds, or the rows of a SELECT of ?s ?p ?o, as a network.
    Entities keep their class, labels and evidence from the store; literal objects become text nodes."""
    import pyoxigraph as ox
    try:
        result = store.query(sparql)
    except SyntaxError as e:
        raise KGError("E009", reason=str(e).splitlines()[0] if str(e) else "syntax error")
    if isinstance(result, ox.QueryTriples):
        triples = [(t.subject, t.predicate, t.object) for t in result]
    elif isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        if not {"s", "p", "o"} <= set(names):
            raise KGError("E040", got="SELECT of " + " ".join("?" + n for n in names))
        triples = [(r["s"], r["p"], r["o"]) for r in result if r["s"] is not None and r["p"] is not None and r["o"] is not None]
    else:
        raise KGError("E040", got="an ASK query (true or false)")
    G = analyse.load_graph(store, documents=True)
    labels = G.graph["predicate_labels"]
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    for s, p, o in triples:
        ends = []
        for term in (s, o):
            if isinstance(term, ox.Literal):
                nid = "literal:" + str(term)
                H.add_node(nid, label=term.value[:80], cls="Literal", alt=[], wikidata="", active=True, path="")
            else:
                nid = term.value if isinstance(term, ox.NamedNode) else "_:" + term.value
                if nid not in H:
                    attrs = G.nodes[nid] if nid in G else {"label": local_name(nid), "cls": "Entity", "alt": [],
                                                           "wikidata": "", "active": True, "path": ""}
                    H.add_node(nid, **attrs)
            ends.append(nid)
        u, v, k = ends[0], ends[1], p.value
        if H.has_edge(u, v, key=k):
            continue
        d = G.get_edge_data(u, v, key=k) if G.has_node(u) and G.has_node(v) else None
        H.add_edge(u, v, key=k, **(d or {"predicate": k, "name": local_name(k), "label": labels.get(k, local_name(k)),
                                         "evidence": [], "support": 0, "reference": False}))
    return to_network(H, title, max_nodes=max_nodes, size_by=size_by)


# -- from a networkx graph to a pyvis network

def to_network(G: nx.MultiDiGraph, title: str, max_nodes: int = DEFAULT_MAX_NODES, size_by: str = "degree",
               keep=(), highlight: str | None = None, seed: int = 7) -> KGNetwork:
    """Nodes and edges as vis-network dicts, built directly (pyvis's add_node/add_edge scan lists on each call),
    with positions from a layout and physics off. Above max_nodes, the most central nodes by `size_by` are
    kept and the page says what was left out."""
    if size_by not in SIZE_MEASURES:
        raise KGError("E012", fmt=size_by, allowed=", ".join(SIZE_MEASURES))
    if max_nodes < 1:
        raise KGError("E041", value=max_nodes)
    net = KGNetwork(title)
    n_all, e_all = G.number_of_nodes(), G.number_of_edges()
    scores = analyse.centrality(G, size_by) if n_all else {}
    if n_all > max_nodes:
        keep = [k for k in keep if k in G]
        ranked = sorted(G.nodes, key=lambda n: (-scores[n], G.nodes[n]["label"], n))
        chosen = list(dict.fromkeys(keep + ranked))[:max_nodes]
        G = G.subgraph(chosen)
        net.notice = (f"Showing the {G.number_of_nodes():,} most central of {n_all:,} nodes (by {size_by}): "
                      f"{n_all - G.number_of_nodes():,} nodes and {e_all - G.number_of_edges():,} edges are left out. "
                      "Narrow the view (kg view --focus, --stances, --treaties, --query) or raise --max-nodes.")
    if not n_all:
        net.notice = "Nothing to draw: no entity takes part in a fact or is mentioned by a document here."
    nodes = sorted(G.nodes, key=lambda n: (G.nodes[n]["label"], n))
    pos = layout(G, nodes, seed=seed)
    top = max([scores.get(n, 0.0) for n in nodes] or [0.0]) or 1.0
    counts: dict[str, int] = {}
    for n in nodes:
        a = G.nodes[n]
        cls = a["cls"]
        counts[cls] = counts.get(cls, 0) + 1
        shape, colour, _ = CLASS_STYLE.get(cls, CLASS_STYLE["Entity"])
        x, y = pos[n]
        node = {"id": n, "label": a["label"], "shape": shape, "size": round(10 + 30 * math.sqrt(scores.get(n, 0) / top), 1),
                "color": {"background": colour, "border": "#333333" if n == highlight else colour,
                          "highlight": {"background": colour, "border": "#000000"}},
                "x": round(x, 1), "y": round(y, 1), "cls": cls, "iri": n, "score": round(scores.get(n, 0.0), 6)}
        if n == highlight:
            node["borderWidth"] = 4
        if a.get("wikidata"):
            node["wd"] = a["wikidata"]
        if a.get("alt"):
            node["alt"] = a["alt"][:20]
        if a.get("path"):
            node["path"] = a["path"]
        if shape == "box":
            node["font"] = {"size": 12}
        net.nodes.append(node)
    net.node_ids = [n["id"] for n in net.nodes]
    net.node_map = {n["id"]: n for n in net.nodes}
    pcount: dict[str, list] = {}
    seen_pairs: dict[tuple, int] = {}
    for i, (u, v, k, d) in enumerate(sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))):
        name = d.get("name") or local_name(k)
        colour, dashed = EDGE_STYLE.get(name, DEFAULT_EDGE)
        pair = (u, v) if u <= v else (v, u)
        nth = seen_pairs[pair] = seen_pairs.get(pair, -1) + 1
        edge = {"id": f"e{i}", "from": u, "to": v, "label": d.get("label", name), "pred": name,
                "color": {"color": colour, "highlight": "#000000", "hover": "#000000"},
                "ev": [[e["quote"], e["doc_label"], e["path"]] for e in d.get("evidence", [])],
                "n": d.get("support", 0)}
        if dashed:
            edge["dashes"] = True
        if d.get("reference"):
            edge["ref"] = 1
        if nth:  # parallel edges curve apart
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.2 * nth, 2)}
        net.edges.append(edge)
        pcount.setdefault(name, [d.get("label", name), colour, dashed, 0])[3] += 1
    net.legend = {
        "classes": [{"cls": c, "shape": CLASS_STYLE.get(c, CLASS_STYLE["Entity"])[0],
                     "color": CLASS_STYLE.get(c, CLASS_STYLE["Entity"])[1],
                     "symbol": CLASS_STYLE.get(c, CLASS_STYLE["Entity"])[2], "count": counts[c]} for c in sorted(counts)],
        "predicates": [{"pred": p, "label": v[0], "color": v[1], "dashes": v[2], "count": v[3]}
                       for p, v in sorted(pcount.items(), key=lambda x: (x[1][0], x[0]))],
    }
    net.summary = {"nodes": len(net.nodes), "edges": len(net.edges), "nodes_total": n_all, "edges_total": e_all,
                   "size_by": size_by}
    big = len(net.nodes) > 1000
    net.options = {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big, "tooltipDelay": 150,
                        "multiselect": False},
        "nodes": {"font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "smooth": False, "width": 1,
                  "font": {"size": 11, "align": "middle", "color": "#444444", "strokeWidth": 3,
                           "strokeColor": "#ffffff"}, "selectionWidth": 2},
    }
    return net


def write_network(net: Network, path: str | Path) -> Path:
    """Write a view as one self-contained HTML file (written whole, then moved into place)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(render_html(net), encoding="utf-8")
    tmp.replace(path)
    return path


# -- layout

def layout(G: nx.Graph, nodes: list | None = None, seed: int = 7) -> dict:
    """Positions in screen pixels from `force_layout` (networkx's spring layout takes 8 s for 2,000 nodes and
    50 s for 10,000 here; this one about 1 s and 5 s)."""
    nodes = list(G.nodes) if nodes is None else nodes
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    H = nx.Graph()
    H.add_nodes_from(nodes)
    H.add_edges_from((u, v) for u, v in G.edges() if u != v)
    order = {x: i for i, x in enumerate(nodes)}
    parts = []
    for comp in sorted(nx.connected_components(H), key=lambda c: (-len(c), min(order[x] for x in c))):
        members = sorted(comp, key=order.get)
        parts.append((members, _component_layout(H, members, seed)))
    unit = 110 if n <= 300 else 80  # pixels per ideal edge length: room for labels in small views
    return {x: (float(px) * unit, float(py) * unit) for x, (px, py) in _pack(parts).items()}


def _component_layout(H: nx.Graph, members: list, seed: int) -> list[tuple[float, float]]:
    """One connected component, in units of the ideal edge length: a star or a small ring drawn directly,
    anything larger by force_layout."""
    k = len(members)
    if k == 1:
        return [(0.0, 0.0)]
    hub = max(members, key=lambda x: (H.degree(x), -members.index(x)))
    if k <= 12 and (H.degree(hub) == k - 1 or k <= 3):
        rest = [x for x in members if x != hub]
        r = max(1.0, len(rest) / (2 * math.pi) * 1.3)
        xy = {hub: (0.0, 0.0)}
        for i, x in enumerate(rest):
            a = 2 * math.pi * i / len(rest)
            xy[x] = (r * math.cos(a), r * math.sin(a))
        return [xy[x] for x in members]
    index = {x: i for i, x in enumerate(members)}
    edges = sorted((index[u], index[v]) for u, v in H.subgraph(members).edges())
    return [tuple(p) for p in force_layout(k, edges, seed=seed).tolist()]


def _pack(parts: list) -> dict:
    """Components side by side in rows (largest first), about as wide as the whole is tall."""
    boxes = []
    for members, xy in parts:
        xs, ys = [p[0] for p in xy], [p[1] for p in xy]
        boxes.append((members, xy, min(xs), min(ys), max(xs) - min(xs) + 1.5, max(ys) - min(ys) + 1.5))
    width = max(max(b[4] for b in boxes), math.sqrt(sum(b[4] * b[5] for b in boxes)) * 1.3)
    out, x, y, row_h = {}, 0.0, 0.0, 0.0
    for members, xy, x0, y0, w, h in boxes:
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for m, (px, py) in zip(members, xy):
            out[m] = (px - x0 + x, py - y0 + y)
        x, row_h = x + w, max(row_h, h)
    cx = sum(p[0] for p in out.values()) / len(out)
    cy = sum(p[1] for p in out.values()) / len(out)
    return {m: (px - cx, py - cy) for m, (px, py) in out.items()}


def force_layout(n: int, edges: list[tuple[int, int]], iterations: int = 100, seed: int = 7):
    """Fruchterman-Reingold with ideal distance 1: attraction d^2 along edges, repulsion 1/d from the centroids
    of a grid of cells (far field) plus exact repulsion between nodes closer than 2 (near field, via a k-d
    tree), and a weak gravity. Returns an (n, 2) numpy array. Deterministic for a given seed."""
    import numpy as np
    from scipy.spatial import cKDTree

    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    px, py = rng.uniform(-side / 2, side / 2, n), rng.uniform(-side / 2, side / 2, n)
    e = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    src, dst = e[:, 0], e[:, 1]
    cells = int(min(12, max(3, math.sqrt(n) / 4)))
    temp = side / 8
    cool = temp / (iterations + 1)

    def spread(idx, values):
        return np.bincount(idx, weights=values, minlength=n)

    for _ in range(iterations):
        x0, y0 = px.min(), py.min()
        span = max(px.max() - x0, py.max() - y0) + 1e-9
        cx_i = np.minimum(((px - x0) / span * cells).astype(np.int64), cells - 1)
        cy_i = np.minimum(((py - y0) / span * cells).astype(np.int64), cells - 1)
        flat = cx_i * cells + cy_i
        mass = np.bincount(flat, minlength=cells * cells).astype(float)
        full = mass > 0
        cm = mass[full]
        ccx = np.bincount(flat, weights=px, minlength=cells * cells)[full] / cm
        ccy = np.bincount(flat, weights=py, minlength=cells * cells)[full] / cm
        dx = px[:, None] - ccx[None, :]
        dy = py[:, None] - ccy[None, :]
        inv = cm / (dx * dx + dy * dy + (span / cells) ** 2)  # far field: sum_j m_j (p - c_j) / |p - c_j|^2
        total = inv.sum(1)
        fx = px * total - inv @ ccx
        fy = py * total - inv @ ccy
        pairs = cKDTree(np.column_stack([px, py])).query_pairs(2.0, output_type="ndarray")  # near field
        if len(pairs):
            i, j = pairs[:, 0], pairs[:, 1]
            ddx, ddy = px[i] - px[j], py[i] - py[j]
            d2 = ddx * ddx + ddy * ddy + 1e-4
            fx += spread(i, ddx / d2) - spread(j, ddx / d2)
            fy += spread(i, ddy / d2) - spread(j, ddy / d2)
        if len(e):  # attraction
            ddx, ddy = px[src] - px[dst], py[src] - py[dst]
            dist = np.sqrt(ddx * ddx + ddy * ddy)
            fx += spread(dst, ddx * dist) - spread(src, ddx * dist)
            fy += spread(dst, ddy * dist) - spread(src, ddy * dist)
        r = np.sqrt(px * px + py * py)
        g = 0.05 * (1 + r / side)  # gravity
        fx -= g * px
        fy -= g * py
        length = np.sqrt(fx * fx + fy * fy) + 1e-9
        step = np.minimum(length, temp) / length
        px += fx * step
        py += fy * step
        temp = max(temp - cool, 0.02)
    return np.column_stack([px - px.mean(), py - py.mean()])


# -- HTML

def _json_for_script(value) -> str:
    """JSON that cannot close the <script> element it sits in."""
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def render_html(net: Network) -> str:
    """The page: vis-network's script and style inline, the data as JSON, and a small script for the legend,
    filters, search and evidence panel. No external resource of any kind."""
    options = net.options if isinstance(net.options, dict) else json.loads(net.options.to_json())
    title = getattr(net, "title", None) or net.heading or "Knowledge graph"
    data = {"nodes": net.nodes, "edges": net.edges, "options": options,
            "legend": getattr(net, "legend", None) or _legend_from(net), "notice": getattr(net, "notice", ""),
            "title": title}
    vis_js = (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    vis_css = (VIS_DIR / "vis-network.css").read_text(encoding="utf-8")
    page = PAGE.replace("@@TITLE@@", _escape(title)).replace("@@VIS_CSS@@", vis_css)
    page = page.replace("@@DATA@@", _json_for_script(data)).replace("@@SCRIPT@@", SCRIPT)
    head, _, rest = page.partition("@@VIS_JS@@")
    return head + vis_js.replace("</script", "<\\/script") + rest


def _legend_from(net: Network) -> dict:
    classes: dict[str, int] = {}
    for n in net.nodes:
        classes[n.get("cls", "Entity")] = classes.get(n.get("cls", "Entity"), 0) + 1
    return {"classes": [{"cls": c, "shape": CLASS_STYLE.get(c, CLASS_STYLE["Entity"])[0],
                         "color": CLASS_STYLE.get(c, CLASS_STYLE["Entity"])[1],
                         "symbol": CLASS_STYLE.get(c, CLASS_STYLE["Entity"])[2], "count": k}
                        for c, k in sorted(classes.items())], "predicates": []}


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<style>@@VIS_CSS@@</style>
<style>
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
header { padding: 6px 12px; border-bottom: 1px solid #ddd; display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
header h1 { font-size: 17px; margin: 0; }
#kg-counts { color: #666; }
#kg-notice { background: #fff4ce; border: 1px solid #e0c060; padding: 4px 8px; border-radius: 4px; }
#kg-notice:empty { display: none; }
#kg-search { width: 260px; padding: 3px 6px; }
main { flex: 1; display: flex; min-height: 0; }
#kg-stage { flex: 1; position: relative; min-width: 0; }
#mynetwork { position: absolute; top: 0; left: 0; right: 0; bottom: 0; }
aside { width: 330px; display: flex; flex-direction: column; border-left: 1px solid #ddd; font-size: 13px; }
#kg-legend { flex: none; max-height: 45%; overflow: auto; padding: 0 10px 6px; border-bottom: 1px solid #ddd; }
#kg-details { flex: 1; overflow: auto; padding: 8px 10px; }
aside h2 { font-size: 14px; margin: 10px 0 4px; }
aside label { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; cursor: pointer; }
.sym { display: inline-block; width: 1.3em; text-align: center; }
.line { display: inline-block; width: 22px; height: 0; border-top: 3px solid; vertical-align: middle; margin-right: 4px; }
.count { color: #888; }
#kg-tip { position: absolute; z-index: 20; display: none; max-width: 420px; background: #fffef6; border: 1px solid #999;
  border-radius: 4px; padding: 6px 8px; box-shadow: 2px 2px 8px rgba(0,0,0,.2); font-size: 13px; }
.quote { margin: 4px 0 2px; padding-left: 6px; border-left: 3px solid #ccc; font-style: italic; }
.src { color: #666; font-size: 12px; }
.muted { color: #888; }
.iri { color: #888; font-size: 11px; word-break: break-all; }
</style>
</head>
<body>
<header>
  <h1>@@TITLE@@</h1>
  <input id="kg-search" list="kg-labels" placeholder="Search a name, then Enter" aria-label="search">
  <datalist id="kg-labels"></datalist>
  <span id="kg-counts"></span>
  <span id="kg-notice"></span>
</header>
<main>
  <div id="kg-stage"><div id="mynetwork"></div><div id="kg-tip"></div></div>
  <aside>
    <div id="kg-legend">
      <h2>Classes</h2><div id="kg-classes"></div>
      <h2>Predicates</h2><div id="kg-predicates"></div>
    </div>
    <div id="kg-details" class="muted">Hover a node or an edge for its evidence; click to keep it here.</div>
  </aside>
</main>
<script type="application/json" id="kg-data">@@DATA@@</script>
<script>@@VIS_JS@@</script>
<script>@@SCRIPT@@</script>
</body>
</html>
"""

SCRIPT = r"""
var network, nodes, edges;
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  window.kgDrawnAt = null;
  nodes = new vis.DataSet(DATA.nodes);
  edges = new vis.DataSet(DATA.edges);
  var hiddenCls = {}, hiddenPred = {};
  var nodeView = new vis.DataView(nodes, {filter: function (n) { return !hiddenCls[n.cls]; }});
  var edgeView = new vis.DataView(edges, {filter: function (e) { return !hiddenPred[e.pred]; }});
  var container = document.getElementById("mynetwork");
  network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, DATA.options);
  window.network = network;
  network.once("afterDrawing", function () {
    window.kgDrawnAt = performance.now();
    document.body.setAttribute("data-drawn", "1");
  });

  function el(tag, attrs) {
    var e = document.createElement(tag);
    for (var k in (attrs || {})) {
      if (k === "text") e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]);
    }
    for (var i = 2; i < arguments.length; i++) if (arguments[i]) e.appendChild(arguments[i]);
    return e;
  }
  function label(id) { var n = nodes.get(id); return n ? n.label : id; }
  function evidence(e, box) {
    if (e.ev && e.ev.length) {
      e.ev.forEach(function (q) {
        box.appendChild(el("div", {"class": "quote", text: "\u201c" + q[0] + "\u201d"}));
        var title = q[1] || "";
        if (title.length > 90) title = title.slice(0, 88) + "\u2026";
        box.appendChild(el("div", {"class": "src", text: (q[2] ? q[2] + ": " : "") + title}));
      });
      if (e.n > e.ev.length) box.appendChild(el("div", {"class": "muted", text: "and " + (e.n - e.ev.length) + " more"}));
    } else {
      box.appendChild(el("div", {"class": "muted", text: e.ref ? "from the reference data" : "no quote recorded"}));
    }
  }
  function edgeBox(id) {
    var e = edges.get(id), box = el("div");
    if (!e) return box;
    box.appendChild(el("b", {text: label(e.from) + " \u2014 " + e.label + " \u2192 " + label(e.to)}));
    evidence(e, box);
    return box;
  }
  function nodeBox(id, full) {
    var n = nodes.get(id), box = el("div");
    if (!n) return box;
    box.appendChild(el("b", {text: n.label}));
    box.appendChild(el("div", {text: n.cls}));
    if (n.alt && n.alt.length) box.appendChild(el("div", {"class": "muted", text: "also: " + n.alt.join("; ")}));
    if (n.wd) box.appendChild(el("div", null, el("a", {href: n.wd, target: "_blank", rel: "noopener", text: "Wikidata: " + n.wd.split("/").pop()})));
    if (n.path) box.appendChild(el("div", {"class": "src", text: n.path}));
    box.appendChild(el("div", {"class": "iri", text: n.iri}));
    var connected = network.getConnectedEdges(id);
    if (!full) {
      box.appendChild(el("div", {"class": "muted", text: connected.length + " fact(s) drawn; click for their quotes"}));
      return box;
    }
    connected.slice(0, 200).forEach(function (eid) {
      var b = el("div", {style: "margin-top:8px"});
      b.appendChild(edgeBox(eid));
      box.appendChild(b);
    });
    return box;
  }
  var tip = document.getElementById("kg-tip"), hideTimer = null;
  function showTip(content, pointer) {
    clearTimeout(hideTimer);
    tip.textContent = "";
    tip.appendChild(content);
    tip.style.display = "block";
    var x = pointer.DOM.x + 12, y = pointer.DOM.y + 12;
    var w = container.clientWidth, h = container.clientHeight;
    if (x + tip.offsetWidth > w) x = Math.max(0, w - tip.offsetWidth - 4);
    if (y + tip.offsetHeight > h) y = Math.max(0, pointer.DOM.y - tip.offsetHeight - 12);
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function hideTip() { hideTimer = setTimeout(function () { tip.style.display = "none"; }, 400); }
  tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
  tip.addEventListener("mouseleave", hideTip);
  network.on("hoverNode", function (p) { showTip(nodeBox(p.node, false), p.pointer); });
  network.on("hoverEdge", function (p) { showTip(edgeBox(p.edge), p.pointer); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  var details = document.getElementById("kg-details");
  function show(box) { details.className = ""; details.textContent = ""; details.appendChild(box); }
  network.on("click", function (p) {
    if (p.nodes.length) show(nodeBox(p.nodes[0], true));
    else if (p.edges.length) show(edgeBox(p.edges[0]));
  });

  function counts() {
    var t = nodeView.length + " nodes, " + edgeView.length + " edges shown";
    document.getElementById("kg-counts").textContent = t;
  }
  function refresh() { nodeView.refresh(); edgeView.refresh(); counts(); }
  function legend(target, items, key, hidden, swatch) {
    var box = document.getElementById(target);
    if (!items.length) { box.appendChild(el("div", {"class": "muted", text: "none"})); return; }
    items.forEach(function (it) {
      var cb = el("input", {type: "checkbox"});
      cb.checked = true;
      cb.addEventListener("change", function () { hidden[it[key]] = !cb.checked; refresh(); });
      box.appendChild(el("label", {title: it.label || it.cls}, cb, swatch(it),
        document.createTextNode(" " + (it.label || it.cls) + " "), el("span", {"class": "count", text: "(" + it.count + ")"})));
    });
  }
  legend("kg-classes", DATA.legend.classes, "cls", hiddenCls, function (it) {
    return el("span", {"class": "sym", style: "color:" + it.color, text: it.symbol});
  });
  legend("kg-predicates", DATA.legend.predicates, "pred", hiddenPred, function (it) {
    return el("span", {"class": "line", style: "border-top-color:" + it.color + (it.dashes ? ";border-top-style:dashed" : "")});
  });
  document.getElementById("kg-notice").textContent = DATA.notice || "";
  counts();

  var list = document.getElementById("kg-labels"), seen = {};
  DATA.nodes.forEach(function (n) { if (!seen[n.label]) { seen[n.label] = 1; list.appendChild(el("option", {value: n.label})); } });
  function find(q) {
    q = q.trim().toLowerCase();
    if (!q) return null;
    var all = nodeView.get(), i;
    for (i = 0; i < all.length; i++) if (all[i].label.toLowerCase() === q) return all[i].id;
    for (i = 0; i < all.length; i++) if ((all[i].alt || []).some(function (a) { return a.toLowerCase() === q; })) return all[i].id;
    for (i = 0; i < all.length; i++) if (all[i].label.toLowerCase().indexOf(q) >= 0) return all[i].id;
    return null;
  }
  var search = document.getElementById("kg-search");
  function go() {
    var id = find(search.value);
    search.style.background = id === null && search.value ? "#fdd" : "";
    if (id === null) return;
    network.selectNodes([id]);
    network.focus(id, {scale: 1.2, animation: false});
    show(nodeBox(id, true));
  }
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") go(); });
  search.addEventListener("change", go);
  window.kgFind = find;
})();
"""
