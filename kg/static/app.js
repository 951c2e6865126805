// The query page of `kg serve`: a SPARQL editor (CodeMirror 5), the named queries as examples with their
// parameters (sent as $name bindings, never pasted into the query), a results table and links to the views.
(function () {
  "use strict";
  var ENDPOINT = "/sparql";
  var PREFIXES = {
    "dkg": "https://w3id.org/dkg/ontology#", "id": "https://w3id.org/dkg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#", "schema": "https://schema.org/", "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/", "eli": "http://data.europa.eu/eli/ontology#", "wd": "http://www.wikidata.org/entity/"
  };
  var $ = function (id) { return document.getElementById(id); };
  var editor = window.CodeMirror
    ? CodeMirror.fromTextArea($("query"), { mode: "application/sparql-query", lineNumbers: true, matchBrackets: true,
        extraKeys: { "Ctrl-Enter": run, "Cmd-Enter": run } })
    : { getValue: function () { return $("query").value; }, setValue: function (v) { $("query").value = v; } };
  var queries = [];
  var current = null;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function compact(iri) {
    var best = null;
    Object.keys(PREFIXES).forEach(function (p) {
      if (iri.indexOf(PREFIXES[p]) === 0 && (!best || PREFIXES[p].length > PREFIXES[best].length)) best = p;
    });
    return best ? best + ":" + iri.slice(PREFIXES[best].length) : "<" + iri + ">";
  }

  function form(extra) {
    var body = new URLSearchParams();
    body.set("query", editor.getValue());
    if (current) {
      current.params.forEach(function (p) {
        var v = $("param-" + p.name).value.trim();
        if (v) body.set("$" + p.variable, v);
      });
    }
    Object.keys(extra || {}).forEach(function (k) { body.set(k, extra[k]); });
    return body;
  }

  function cell(term) {
    var td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      var a = el("a", { href: "#", title: term.value + " — click to see what the graph says about it" }, compact(term.value));
      a.addEventListener("click", function (ev) { ev.preventDefault(); describe(term.value); });
      td.appendChild(a);
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.appendChild(document.createTextNode(term.value));
      if (term["xml:lang"]) td.appendChild(el("span", { "class": "lit-type" }, " @" + term["xml:lang"]));
    }
    return td;
  }

  function show(data, ms) {
    var out = $("results");
    out.innerHTML = "";
    if (typeof data === "string") {
      out.appendChild(el("pre", {}, data));
      $("status").textContent = "Graph result in " + ms + " ms.";
      return;
    }
    if (data.boolean !== undefined) {
      out.appendChild(el("pre", {}, String(data.boolean)));
      $("status").textContent = "ASK answered " + data.boolean + " in " + ms + " ms.";
      return;
    }
    var vars = data.head.vars, rows = data.results.bindings;
    var table = el("table"), head = el("tr");
    vars.forEach(function (v) { head.appendChild(el("th", {}, v)); });
    table.appendChild(el("thead")).appendChild(head);
    var body = el("tbody");
    rows.forEach(function (r) {
      var tr = el("tr");
      vars.forEach(function (v) { tr.appendChild(cell(r[v])); });
      body.appendChild(tr);
    });
    table.appendChild(body);
    out.appendChild(table);
    $("status").textContent = rows.length + " row" + (rows.length === 1 ? "" : "s") + " in " + ms + " ms.";
  }

  function run() {
    var t0 = Date.now();
    $("status").textContent = "Running…";
    fetch(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: form()
    }).then(function (resp) {
      var type = resp.headers.get("Content-Type") || "";
      return resp.text().then(function (text) {
        var ms = Date.now() - t0;
        if (!resp.ok) {
          $("results").innerHTML = "";
          $("status").innerHTML = "";
          $("status").appendChild(el("div", { "class": "error" }, "HTTP " + resp.status + ": " + text));
        } else {
          show(type.indexOf("json") >= 0 ? JSON.parse(text) : text, ms);
        }
      });
    }).catch(function (err) {
      $("status").innerHTML = "";
      $("status").appendChild(el("div", { "class": "error" }, String(err)));
    });
  }

  // what the graph says about one node: the node is a bound parameter too, shown in its own field
  var DESCRIBE = {
    name: "describe", question: "Everything the graph says about one node, as subject and as object.",
    params: [{ name: "node", variable: "node", required: true, help: "IRI of the node, e.g. id:state/HRV" }],
    example: {},
    query: "SELECT ?direction ?property ?value ?node WHERE {\n" +
      "  { ?node ?property ?value BIND(\"out\" AS ?direction) }\n" +
      "  UNION\n  { ?value ?property ?node BIND(\"in\" AS ?direction) }\n" +
      "}\nORDER BY ?direction ?property ?value\nLIMIT 500"
  };

  function describe(iri) {
    DESCRIBE.example = { node: "<" + iri + ">" };
    select(DESCRIBE);
    run();
  }

  function download(ev) {
    var fmt = ev.target.getAttribute("data-format");
    var body = form({ format: fmt });
    fetch(ENDPOINT, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: body })
      .then(function (resp) {
        if (!resp.ok) return resp.text().then(function (t) { throw new Error("HTTP " + resp.status + ": " + t); });
        return resp.blob();
      }).then(function (blob) {
        var a = el("a", { href: URL.createObjectURL(blob), download: (current ? current.name : "query") + "." + fmt });
        document.body.appendChild(a); a.click(); a.remove();
      }).catch(function (err) {
        $("status").innerHTML = "";
        $("status").appendChild(el("div", { "class": "error" }, String(err)));
      });
  }

  function select(nameOrQuery) {
    var name = typeof nameOrQuery === "string" ? nameOrQuery : "";
    $("examples").value = name;
    current = typeof nameOrQuery === "string"
      ? queries.filter(function (q) { return q.name === name; })[0] || null : nameOrQuery;
    var params = $("params");
    params.innerHTML = "";
    $("question").textContent = current ? current.question : "";
    if (!current) return;
    editor.setValue(current.query);
    current.params.forEach(function (p) {
      var label = el("label", { title: p.help }, p.name + (p.required ? " *" : ""));
      var input = el("input", { id: "param-" + p.name, placeholder: p.help });
      input.value = current.example[p.name] || "";
      input.addEventListener("keydown", function (ev) { if (ev.key === "Enter") run(); });
      label.appendChild(input);
      params.appendChild(label);
    });
  }

  fetch("/queries.json").then(function (r) { return r.json(); }).then(function (list) {
    queries = list;
    list.forEach(function (q) { $("examples").appendChild(el("option", { value: q.name }, q.name + " — " + q.question)); });
    // shareable links: /?name=treaty-status&treaty=UNTOC&run=1 or /?query=SELECT...&run=1
    var args = new URLSearchParams(window.location.search);
    if (args.get("name")) {
      select(args.get("name"));
      if (current) current.params.forEach(function (p) { if (args.has(p.name)) $("param-" + p.name).value = args.get(p.name); });
    } else if (args.get("query")) {
      editor.setValue(args.get("query"));
    }
    if (args.get("run")) run();
  });
  fetch("/views.json").then(function (r) { return r.json(); }).then(function (list) {
    var nav = $("views");
    if (!list.length) nav.appendChild(el("span", { "class": "muted" }, "none yet (kg build writes graph.html; kg view writes more)"));
    list.forEach(function (v) { nav.appendChild(el("a", { href: v.url, target: "_blank" }, v.name)); });
  });
  $("examples").addEventListener("change", function (ev) { select(ev.target.value); });
  $("run").addEventListener("click", run);
  Array.prototype.forEach.call(document.querySelectorAll("button.download"), function (b) { b.addEventListener("click", download); });
})();
