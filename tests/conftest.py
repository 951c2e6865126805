import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run_kg(*args, cwd=None, timeout=600):
    """Run the real command in its own process, as a user would."""
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], cwd=cwd or ROOT, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """One build of seeds/ shared by the tests that only read it."""
    out = tmp_path_factory.mktemp("seeds-build")
    r = run_kg("build", SEEDS, "-o", out)
    assert r.returncode == 0, r.stderr + r.stdout
    return out


@pytest.fixture
def corpus(tmp_path):
    """A private copy of the seeds that a test may change."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text())
