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


def _check(s: dict, detail: str, core=0.95, stretch=0.6, precision=0.9, not_unique=0):
    assert s["core"] >= core, detail
    assert s["stretch"] >= stretch, detail
    assert s["precision"] >= precision, detail
    assert s["neg"] == 0, detail
    assert s["un"] - s["uok"] <= not_unique, detail


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


# Held-out sets: texts of other forums and styles whose gold was written by someone who never saw the code.
# Each first run was blind (core 0.42, 0.37, 0.41, 0.67, then 0.73, 0.60, 0.48, 0.73 and 0.70 for sets 5-9, then
# 0.43, 0.50, 0.28, 0.54, 0.57 and 0.52 for sets 10-15, and 0.73 and 0.65 for sets 16-17, which were still the same
# when scored unopened at the end of the session that fixed sets 10-15);
# the floors sit just under where the reading is now, so that no change makes any of them worse unnoticed. They are floors
# against regressions, not goals. (Set 6's precision counts true UN memberships its gold does not list; set 7
# keeps one body in two spellings, 'Neighbouring'/'Neighboring', as two nodes; set 8's precision counts the
# attendance lists of a communiqué its gold leaves out, and its unnamed-in-quotes agreement is not read; set 12, news
# of workshops and bilateral meetings, is read least well; set 15's precision counts the attendance of a summit's
# roster and of leaders its gold does not list.)
HELDOUT_FLOORS = {
    "heldout": dict(core=0.98, stretch=0.83, precision=0.86),
    "heldout2": dict(core=0.90, stretch=0.55, precision=0.89),
    "heldout3": dict(core=0.79, stretch=0.57, precision=0.88),
    "heldout4": dict(core=0.88, stretch=0.41, precision=0.89),
    "heldout5": dict(core=0.86, stretch=0.60, precision=0.85),
    "heldout6": dict(core=0.84, stretch=0.43, precision=0.66),
    "heldout7": dict(core=0.76, stretch=0.18, precision=0.92, not_unique=1),
    "heldout8": dict(core=0.76, stretch=0.26, precision=0.61, not_unique=1),
    "heldout9": dict(core=0.90, stretch=0.32, precision=0.90),
    "heldout10": dict(core=0.75, stretch=0.23, precision=0.78),
    "heldout11": dict(core=0.71, stretch=0.27, precision=0.80, not_unique=1),
    "heldout12": dict(core=0.36, stretch=0.10, precision=0.79, not_unique=1),
    "heldout13": dict(core=0.72, stretch=0.28, precision=0.87, not_unique=1),
    "heldout14": dict(core=0.60, stretch=0.29, precision=0.72),
    "heldout15": dict(core=0.72, stretch=0.36, precision=0.58, not_unique=1),
    "heldout16": dict(core=0.69, stretch=0.11, precision=0.67, not_unique=1),
    "heldout17": dict(core=0.61, stretch=0.22, precision=0.88),
    "heldout18": dict(core=0.80, stretch=0.37, precision=0.85),
    "heldout19": dict(core=0.55, stretch=0.16, precision=0.86),
    "heldout20": dict(core=0.85, stretch=0.35, precision=0.77),
    "heldout21": dict(core=0.64, stretch=0.19, precision=0.77, not_unique=1),
    "heldout22": dict(core=0.32, stretch=0.11, precision=0.62, not_unique=2),
    "heldout23": dict(core=0.80, stretch=0.40, precision=0.70),
}


@pytest.mark.skipif(not SCORER.exists(), reason="the shared acceptance scorer is not beside the repository")
@pytest.mark.parametrize("name", sorted(HELDOUT_FLOORS))
def test_heldout_sets_do_not_regress(name, tmp_path):
    folder = ROOT / "tests" / "acceptance" / name
    s, detail = _build_and_score(folder, folder / f"gold-{name}.tsv", tmp_path / "out")
    _check(s, detail, **HELDOUT_FLOORS[name])
