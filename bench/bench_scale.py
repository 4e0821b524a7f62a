"""Does `kg build` scale? Sentences/s and peak memory at 1×, 4× and 16× a corpus, with --jobs 1 and --jobs 2.

    python bench/bench_scale.py            # 1×, 4×, 16× (a few minutes on 2 cores)
    python bench/bench_scale.py --quick    # 1× and 4× only
    python bench/bench_scale.py --sizes 1,16,64 --jobs 1,2,4

The corpus is the shared texts (../shared/corpus, read at bench time) plus kg's own examples/, repeated N times
under distinct ids in one JSONL feed, so every copy is new to the resolver (its entities meet across copies).
Each build is the real command (`python -m kg build FEED -o OUT --fresh --jobs J`) in a subprocess; peak RSS is
the largest sum of the resident memory of the build and its worker processes, sampled every 0.2 s from /proc
(and the kernel's own peak for the largest single process). Sentences/s is for the whole build, model loading
and writing included. Last line:

    scale: rss_ratio=<peak RSS at the largest size / at 1×, --jobs 1> jobs2_speedup=<--jobs 2 / --jobs 1 sentences/s
    at the largest size> sent_s=<sentences/s of --jobs 2 at the largest size>
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.read import read_articles  # noqa: E402


def feed(path: Path, copies: int) -> int:
    """Write ``copies`` copies of the corpus to ``path`` (JSONL, distinct ids); return the number of articles."""
    sources = [p for p in (ROOT / "examples", ROOT.parent / "shared" / "corpus") if p.exists()]
    base = list(read_articles(sources))
    with open(path, "w", encoding="utf-8") as handle:
        for k in range(copies):
            for a in base:
                handle.write(json.dumps({"id": f"{a.id}-{k}", "text": a.text, "lang": a.lang, "date": a.date}) + "\n")
    return copies * len(base)


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        p = int(stat.parent.name)
        parents[p] = int(fields[1])
        rss[p] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total = 0
    for p in rss:
        q = p
        while q and q != pid:
            q = parents.get(q, 0)
        if q == pid:
            total += rss[p]
    return total


def build(feed_path: Path, out: Path, jobs: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "kg", "build", str(feed_path), "-o", str(out), "--fresh",
                                "--jobs", str(jobs), "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(process.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"kg build failed ({process.returncode}): {stderr[-2000:]}")
    sentences = int(re.search(r"(\d+) sentences", stdout).group(1))
    return {"seconds": seconds, "sentences": sentences, "rss": peak[0], "summary": stdout.strip().splitlines()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,4,16", help="copies of the corpus (default 1,4,16)")
    parser.add_argument("--jobs", default="1,2", help="--jobs values to compare (default 1,2)")
    parser.add_argument("--quick", action="store_true", help="sizes 1 and 4 only")
    args = parser.parse_args()
    sizes = [1, 4] if args.quick else [int(s) for s in args.sizes.split(",")]
    jobs_list = [int(j) for j in args.jobs.split(",")]
    results: dict[tuple[int, int], dict] = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-scale-") as tmp:
        print(f"{'copies':>6} {'articles':>8} {'jobs':>4} | {'sentences':>9} {'seconds':>8} {'sent/s':>7} {'peak RSS MB':>11}", flush=True)
        for size in sizes:
            path = Path(tmp) / f"feed-{size}.jsonl"
            articles = feed(path, size)
            for jobs in jobs_list:
                r = results[(size, jobs)] = build(path, Path(tmp) / f"out-{size}-{jobs}", jobs)
                print(f"{size:>6} {articles:>8} {jobs:>4} | {r['sentences']:>9} {r['seconds']:>8.1f} "
                      f"{r['sentences'] / r['seconds']:>7.0f} {r['rss'] / 2**20:>11.0f}   ({r['summary'][-1].strip()})", flush=True)
            (Path(tmp) / f"feed-{size}.jsonl").unlink()
    largest, one = sizes[-1], jobs_list[0]
    rss_ratio = results[(largest, one)]["rss"] / results[(sizes[0], one)]["rss"]
    rate = {j: results[(largest, j)]["sentences"] / results[(largest, j)]["seconds"] for j in jobs_list}
    two = 2 if 2 in rate else jobs_list[-1]
    for j in jobs_list[1:]:
        print(f"--jobs {j} at {largest}x: {rate[j] / rate[one]:.2f}x the sentences/s of --jobs {one}; "
              f"peak RSS {largest}x/{sizes[0]}x = {results[(largest, j)]['rss'] / results[(sizes[0], j)]['rss']:.2f}")
    print(f"scale: rss_ratio={rss_ratio:.2f} jobs2_speedup={rate[two] / rate[one]:.2f} sent_s={rate[two]:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
