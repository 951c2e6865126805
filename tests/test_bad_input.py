"""Bad input: one clear line naming the file and the problem, the other files still built, a documented exit code."""
import shutil

from fpdf import FPDF
from pypdf import PdfWriter

from rdflib import Graph

from kg.namespaces import DKG, ID

from conftest import SEEDS, report, run_kg

EXIT_BAD_INPUT, EXIT_PARTIAL = 2, 3


def _error_lines(stderr):
    return [l for l in stderr.splitlines() if l.startswith("error:")]


def test_missing_path(tmp_path):
    r = run_kg("build", tmp_path / "nowhere", "-o", tmp_path / "out")
    assert r.returncode == EXIT_BAD_INPUT
    assert _error_lines(r.stderr) == [f"error: E001 path does not exist: {tmp_path / 'nowhere'}"]


def test_folder_without_texts(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.csv").write_text("a,b\n")
    r = run_kg("build", tmp_path / "in", "-o", tmp_path / "out")
    assert r.returncode == EXIT_BAD_INPUT
    assert "E002" in r.stderr and str(tmp_path / "in") in r.stderr


def _bad_files(folder):
    (folder / "empty.txt").write_text("")
    (folder / "blank.md").write_text("  \n\n \n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "cp1252.txt").write_bytes("Statement by Mr. José Núñez \u201cas delivered\u201d".encode("cp1252"))
    (folder / "shiftjis.txt").write_bytes("国連安全保障理事会における別所大使の演説".encode("shift_jis"))
    w = PdfWriter()
    w.add_blank_page(width=595, height=842)
    with open(folder / "scanned.pdf", "wb") as f:
        w.write(f)
    (folder / "damaged.pdf").write_bytes(b"%PDF-1.4\n1 0 obj garbage")
    return {"empty.txt": "E003", "blank.md": "E003", "binary.txt": "E004", "cp1252.txt": "E005",
            "shiftjis.txt": "E005", "scanned.pdf": "E006", "damaged.pdf": "E007"}


def test_each_bad_file_gets_one_line_and_the_rest_is_built(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    expected = _bad_files(folder)
    out = tmp_path / "out"
    r = run_kg("build", folder, "-o", out)
    assert r.returncode == EXIT_PARTIAL, r.stderr
    lines = _error_lines(r.stderr)
    assert len(lines) == len(expected)
    for name, code in expected.items():
        assert sum(name in l and code in l for l in lines) == 1, (name, lines)
    rep = report(out)
    assert rep["extracted"] == len(list(SEEDS.iterdir()))
    assert len(rep["failed"]) == len(expected)
    assert "byte 0x" in next(l for l in lines if "cp1252.txt" in l)  # says where the bad byte is


def test_a_text_pdf_is_read(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, "Statement by H.E. Ambassador Anna LUND, Permanent Representative of Sweden to the United "
                         "Nations, at the Security Council Open Debate on Women, Peace and Security, 12 March 2020\n\n"
                         "Mr. President,\n\nSweden welcomes the adoption of resolution 2493 (2019).")
    (tmp_path / "in").mkdir()
    pdf.output(str(tmp_path / "in" / "lund.pdf"))
    out = tmp_path / "out"
    r = run_kg("build", tmp_path / "in", "-o", out, "--no-view")
    assert r.returncode == 0, r.stderr
    g = Graph().parse(out / "graph.ttl")
    assert (ID["person/anna-lund"], None, None) in g
    assert (ID["state/SWE"], DKG.welcomes, ID["resolution/unsc-2493"]) in g


def test_a_file_that_becomes_bad_loses_its_old_facts(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    out = tmp_path / "out"
    assert run_kg("build", folder, "-o", out, "--no-view").returncode == 0
    victim = sorted(folder.glob("*.txt"))[0]
    victim.write_bytes(victim.read_text().encode("utf-16"))
    r = run_kg("build", folder, "-o", out, "--no-view")
    assert r.returncode == EXIT_PARTIAL and victim.name in r.stderr
    from rdflib import Dataset
    graphs = {str(c.identifier) for c in Dataset().parse(out / "graph.trig", format="trig").graphs()}
    assert str(ID[f"graph/{victim.stem}"]) not in graphs and len(graphs) > 3


def test_a_store_held_by_another_writer_is_a_clear_error_and_is_left_intact(tmp_path, seeds_build):
    import subprocess
    import sys
    shutil.copytree(seeds_build, tmp_path / "out")
    holder = subprocess.Popen([sys.executable, "-c", "import pyoxigraph, sys, time; s = pyoxigraph.Store(sys.argv[1]); "
                               "print('open', flush=True); time.sleep(60)", str(tmp_path / "out" / "store")],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        r = run_kg("build", SEEDS, "-o", tmp_path / "out", "--no-view")
        assert r.returncode == EXIT_BAD_INPUT
        lines = _error_lines(r.stderr)
        assert len(lines) == 1 and "E013" in lines[0] and str(tmp_path / "out" / "store") in lines[0]
    finally:
        holder.kill()
        holder.wait()
    r = run_kg("export", "--store", tmp_path / "out" / "store", "-f", "trig")
    assert r.returncode == 0 and r.stdout == (seeds_build / "graph.trig").read_text()


def test_a_text_the_extractor_fails_on_is_skipped_with_one_line(tmp_path, monkeypatch, capsys):
    """A reading rule that breaks on one unforeseen text costs that text, not the build (fault injected in-process)."""
    from kg import build as build_module
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    victim = sorted(folder.iterdir())[0]
    real_extract = build_module.extract

    def failing(doc, *a, **k):
        if doc.path.endswith(victim.name):
            raise AttributeError("'NoneType' object has no attribute 'start'")
        return real_extract(doc, *a, **k)

    monkeypatch.setattr(build_module, "extract", failing)
    rep = build_module.build([str(folder)], tmp_path / "out", workers=1, view=False)
    assert rep.extracted == len(list(SEEDS.iterdir())) - 1
    assert len(rep.failed) == 1 and "E018" in rep.failed[0][1] and victim.name in rep.failed[0][1]
