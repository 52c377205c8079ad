"""The bench's figures: one measure per tool and corpus, the table and the plot.

``docs/bench/results.md`` holds the current figures only: a run replaces
the rows of its corpus size and keeps those of other sizes, so the table
always shows each size's latest run, and under it, for each size, when,
on what machine and with which version of every tool it was measured.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Measure:
    """One tool's build of the corpus."""

    tool: str
    posts: int
    wall: float
    cpu: float
    peak_mb: float
    runs: int = 1  # a median over this many rounds


# One tool's build, run once a round (given the round's number): its
# measure, or None when the tool failed.
Build = Callable[[int], "Measure | None"]


def median_of(measures: list[Measure]) -> Measure:
    """Return one tool's measure over its rounds: the median of each figure."""
    first = measures[0]
    return Measure(
        first.tool,
        first.posts,
        round(statistics.median(m.wall for m in measures), 2),
        round(statistics.median(m.cpu for m in measures), 2),
        round(statistics.median(m.peak_mb for m in measures)),
        len(measures),
    )


def table(results: list[Measure]) -> str:
    """Return the results as a Markdown table with ratios to bare Pelican."""
    bases = {r.posts: r.wall for r in results if r.tool == "bare Pelican"}
    lines = [
        "| posts | tool | wall s | CPU s | peak MB | wall vs bare Pelican | runs |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        base = bases.get(r.posts)
        ratio = f"{r.wall / base:.2f}" if base else "-"
        lines.append(
            f"| {r.posts} | {r.tool} | {r.wall} | {r.cpu} | {r.peak_mb} | {ratio}"
            f" | {r.runs} |"
        )
    return "\n".join(lines)


def record(
    results: list[Measure], folder: Path, measured: str
) -> tuple[Path, Path | None]:
    """Add the results to the history, write the table and the plot.

    ``measured`` says when, where and with what (``machine.describe_run``).
    """
    history_file = folder / "results.json"
    history = json.loads(history_file.read_text()) if history_file.exists() else []
    sizes = {r.posts for r in results}
    history = [h for h in history if h["posts"] not in sizes]
    history += [{**asdict(r), "measured": measured} for r in results]
    history.sort(key=lambda h: (h["posts"], h["tool"]))
    folder.mkdir(parents=True, exist_ok=True)
    history_file.write_text(json.dumps(history, indent=2), encoding="utf-8")
    runs = {h["posts"]: h.get("measured", "") for h in history}
    notes = [f"- {posts} posts: {said}" for posts, said in sorted(runs.items()) if said]
    measures = [
        Measure(**{k: v for k, v in h.items() if k != "measured"}) for h in history
    ]
    text = (
        table(measures)
        + "\n"
        + ("\nMeasured:\n" + "\n".join(notes) + "\n" if notes else "")
    )
    (folder / "results.md").write_text(text, encoding="utf-8")
    return folder / "results.md", _plot(history, folder / "bench.png")


def _plot(history: list[dict], target: Path) -> Path | None:
    try:
        import matplotlib  # noqa: PLC0415

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt  # noqa: PLC0415
    except ImportError:
        return None
    figure, axis = plt.subplots(figsize=(7, 4))
    for tool in sorted({h["tool"] for h in history}):
        points = sorted((h["posts"], h["wall"]) for h in history if h["tool"] == tool)
        axis.plot(
            [p[0] for p in points], [p[1] for p in points], marker="o", label=tool
        )
    axis.set_xlabel("posts")
    axis.set_ylabel("wall time (s)")
    axis.set_xscale("log")
    axis.set_yscale("log")
    axis.grid(True, which="both", alpha=0.3)
    axis.legend()
    figure.tight_layout()
    figure.savefig(target, dpi=110)
    plt.close(figure)
    return target
