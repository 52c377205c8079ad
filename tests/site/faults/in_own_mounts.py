"""Run fault scenarios on file systems of their own: a full disk, a mount point.

Run by ``tests/site/test_disk_faults.py`` in a mount namespace of its own
(``unshare --mount --map-root-user``), so it may mount small tmpfs folders
that no other process sees and that vanish with it. Prints one JSON object:
what each ``invoke build`` exited with and printed, and digests of the
output trees to compare.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[3]


def mount(folder: Path, size: str) -> None:
    """Mount a tmpfs of ``size`` at ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                   check=True)  # fmt: skip


def build(source: Path, output: Path, *flags: str) -> dict:
    """Run ``invoke build`` as a user would; return its code and what it printed."""
    done = subprocess.run(
        [sys.executable, "-m", "invoke", "build", "--source", str(source),
         "--output", str(output), "--no-search", *flags],
        cwd=PROJECT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    return {"code": done.returncode, "stdout": done.stdout, "stderr": done.stderr}


def digest(folder: Path) -> dict[str, str]:
    """Return each file's digest under ``folder``, by its path there."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(
            path.read_bytes()
        ).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def fill(disk: Path) -> Path:
    """Fill the disk to its last byte; return the file that fills it."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as handle:
        for size in (1 << 20, 1 << 12, 1):
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError:
                continue
    return filler


def grow_every_page(source: Path) -> None:
    """Change the site's title: every page is written again, a little longer."""
    config = source / "_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("title: ", "title: " + "Much longer " * 40, 1),
                      encoding="utf-8")  # fmt: skip


def full_disk(root: Path, source: Path) -> dict:
    disk = root / "disk"
    mount(disk, "24m")
    found: dict = {"first": build(source, disk / "out")}
    found["production"] = build(source, disk / "site", "--production")
    site_before = digest(disk / "site")
    filler = fill(disk)
    grow_every_page(source)
    found["full"] = build(source, disk / "out")
    found["zero_length"] = [
        p.name for p in (disk / "out").rglob("*.html") if p.stat().st_size == 0
    ]
    found["parts"] = [p.name for p in disk.rglob("*.part")]
    found["production_full"] = build(source, disk / "site", "--production")
    found["site_kept"] = digest(disk / "site") == site_before
    found["left_beside"] = sorted(p.name for p in disk.iterdir())
    filler.unlink()
    found["freed"] = build(source, disk / "out")
    cold = root / "cold"
    build(source, cold, "--no-search")
    found["same_as_cold"] = digest(disk / "out") == digest(cold)
    shutil.rmtree(cold)
    return found


def mount_point(root: Path, source: Path) -> dict:
    site = root / "mounted"
    mount(site, "16m")
    (site / "old-file.html").write_text("from before", encoding="utf-8")
    found: dict = {"first": build(source, site, "--production")}
    found["second"] = build(source, site, "--production")
    found["entries"] = sorted(p.name for p in site.iterdir())
    cold = root / "cold-prod"
    build(source, cold, "--production")
    found["same_as_cold"] = digest(site) == digest(cold)
    return found


if __name__ == "__main__":
    scenario, root, source = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    run = {"full-disk": full_disk, "mount-point": mount_point}[scenario]
    print(json.dumps(run(root, source)))
