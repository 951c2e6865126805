"""`kg bench`: build a generated corpus and print words per second, triples per second and peak memory."""
from __future__ import annotations

import json
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

import click


def _peak_mib() -> float:
    """Peak resident memory of this process and of its finished children (the extraction workers), in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _children_cpu_s() -> float:
    """CPU seconds spent by this process's finished children (the extraction workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_bench(documents: int = 2000, words: int = 750, workers: int | None = None, keep: Path | None = None) -> dict:
    from .build import build
    from .synthetic import write_corpus
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        t = time.perf_counter()
        total_words = write_corpus(tmp / "corpus", documents, words)
        generated = time.perf_counter() - t
        t, cpu = time.perf_counter(), _children_cpu_s()
        report = build([str(tmp / "corpus")], keep or tmp / "out", workers=workers, view=True)
        wall, cpu = time.perf_counter() - t, _children_cpu_s() - cpu
        workers = workers or os.cpu_count()
        return {
            "cores": os.cpu_count(), "workers": workers, "documents": documents, "words": total_words,
            "generate_s": round(generated, 2), "build_s": round(wall, 2), "phases_s": report.seconds,
            "extract_words_per_s": round(report.words / report.seconds["extract"]),
            "extract_words_per_s_per_core": round(report.words / report.seconds["extract"] / workers),
            # the workers' own CPU time: the per-core rate without the wait for a shared or busy machine's cores
            "extract_words_per_cpu_s": round(report.words / cpu) if cpu > 0 else None,
            "store_triples": report.triples, "store_triples_per_s": round(report.triples / report.seconds["store"]),
            "peak_memory_mib": round(_peak_mib(), 1), "failed": len(report.failed),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@click.command()
@click.option("--documents", default=2000, help="statements to generate")
@click.option("--words", default=750, help="words per statement")
@click.option("-j", "--workers", type=int, default=None, help="worker processes (default: all cores)")
@click.option("--json", "as_json", is_flag=True, help="print the figures as JSON")
def bench_command(documents, words, workers, as_json):
    """Build a generated corpus and print extraction, store and memory figures."""
    r = run_bench(documents, words, workers)
    if as_json:
        click.echo(json.dumps(r, indent=2))
        return
    click.echo(f"machine: {r['cores']} cores; {r['workers']} workers")
    click.echo(f"corpus: {r['documents']} statements, {r['words']} words (generated in {r['generate_s']} s)")
    click.echo(f"build: {r['build_s']} s in all; phases {r['phases_s']}")
    click.echo(f"extraction: {r['extract_words_per_s']} words/s ({r['extract_words_per_s_per_core']} per core); "
               f"{r['extract_words_per_cpu_s']} words per CPU-second in the workers")
    click.echo(f"store load: {r['store_triples']} triples at {r['store_triples_per_s']} triples/s")
    click.echo(f"peak memory: {r['peak_memory_mib']} MiB; failed documents: {r['failed']}")
