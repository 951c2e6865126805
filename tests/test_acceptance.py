"""The shared acceptance scorer, run on a fresh build, with the thresholds of issue #3."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS

SCORER = ROOT.parent / "shared" / "acceptance" / "score.py"
SHARED_GOLD = ROOT.parent / "shared" / "acceptance" / "gold-seeds.tsv"
EXAMPLE_GOLD = ROOT / "tests" / "acceptance" / "gold-examples.tsv"
HELDOUT = ROOT / "tests" / "acceptance" / "heldout"
SUMMARY = re.compile(r"core=(?P<core>[\d.]+) .*stretch=(?P<stretch>[\d.]+) .*precision=(?P<precision>[\d.]+) .*"
                     r"neg=(?P<neg>\d+) uniq=(?P<uok>\d+)/(?P<un>\d+)")


def score(graph: Path, gold: Path) -> tuple[dict, str]:
    r = subprocess.run([sys.executable, str(SCORER), str(graph), str(gold), "--ontology", str(ROOT / "ontology"),
                        "--verbose"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    m = SUMMARY.search(r.stdout.splitlines()[-1])
    return {k: float(v) for k, v in m.groupdict().items()}, r.stdout


def _gold_docs(gold: Path) -> set[str]:
    return {l.split("\t")[1] for l in gold.read_text(encoding="utf-8").splitlines()
            if l[:2] in ("E\t", "F\t", "N\t")}


def _check(s: dict, detail: str, core=0.95, stretch=0.6, precision=0.9):
    assert s["core"] >= core, detail
    assert s["stretch"] >= stretch, detail
    assert s["precision"] >= precision, detail
    assert s["neg"] == 0, detail
    assert s["uok"] == s["un"], detail


def _build_and_score(folder: Path, gold: Path, out: Path) -> tuple[dict, str]:
    r = subprocess.run([sys.executable, "-m", "kg", "build", str(folder), "-o", str(out), "--no-view"],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return score(out / "graph.trig", gold)


@pytest.mark.skipif(not SCORER.exists(), reason="the shared acceptance scorer is not beside the repository")
def test_examples_meet_the_acceptance_thresholds(seeds_build):
    assert all(any(f.name.startswith(d + "_") for f in SEEDS.iterdir()) for d in _gold_docs(EXAMPLE_GOLD))
    s, detail = score(seeds_build / "graph.trig", EXAMPLE_GOLD)
    _check(s, detail)


@pytest.mark.skipif(not SHARED_GOLD.exists() or not all(any(f.name.startswith(d + "_") for f in SEEDS.iterdir())
                                                        for d in _gold_docs(SHARED_GOLD)),
                    reason="the seed texts that gold-seeds.tsv describes are not in seeds/")
def test_shared_seeds_meet_the_acceptance_thresholds(seeds_build):
    s, detail = score(seeds_build / "graph.trig", SHARED_GOLD)
    _check(s, detail)


@pytest.mark.skipif(not SCORER.exists(), reason="the shared acceptance scorer is not beside the repository")
def test_heldout_texts_meet_the_recall_thresholds(tmp_path):
    """Eight texts of other forums and styles, with gold written apart from the code. Precision here counts the
    reference data's true relations among the many bodies this gold lists (UN organs based in New York, part
    of the UN) against the graph, so its bar is lower than the seeds'; what the texts say must all be read."""
    s, detail = _build_and_score(HELDOUT, HELDOUT / "gold-heldout.tsv", tmp_path / "out")
    _check(s, detail, precision=0.75)


@pytest.mark.skipif(not SCORER.exists(), reason="the shared acceptance scorer is not beside the repository")
def test_second_heldout_set_does_not_regress(tmp_path):
    """The second held-out set, written blind; its first run scored core 0.37. The bar is where the reading is
    now (core 0.85, stretch 0.52, precision 0.78), so that no change makes it worse unnoticed."""
    folder = ROOT / "tests" / "acceptance" / "heldout2"
    s, detail = _build_and_score(folder, folder / "gold-heldout2.tsv", tmp_path / "out")
    _check(s, detail, core=0.8, stretch=0.5, precision=0.75)


@pytest.mark.skipif(not SCORER.exists(), reason="the shared acceptance scorer is not beside the repository")
def test_third_heldout_set_does_not_regress(tmp_path):
    """The third held-out set, written blind; its first run scored core 0.41. The bar is where the reading is
    now (core 0.62, stretch 0.53, precision 0.70): a floor against regressions, not a goal."""
    folder = ROOT / "tests" / "acceptance" / "heldout3"
    s, detail = _build_and_score(folder, folder / "gold-heldout3.tsv", tmp_path / "out")
    _check(s, detail, core=0.6, stretch=0.5, precision=0.65)
