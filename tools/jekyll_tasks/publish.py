"""Publishing a built site: rsync to a server or folder, or GitHub Pages.

Guards against the known traps of static-site deploys: no target, a target
that is the file-system root or a home folder (``rsync --delete`` would
wipe it), an output with no ``index.html`` or far fewer pages than the last
publish (a broken build would take the live site down), and a build that
logged errors.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from jekyll_common.errors import JekyllError

# rsync's remote syntax: [user@]host:path (a drive letter is not a host).
_REMOTE = re.compile(r"^(?P<host>(?:[^@/:\s]+@)?[^/:\s]{2,}):(?P<path>.*)$")
_HOME_PATHS = frozenset({"", ".", "~", "~/", "/", "./"})


class PublishError(JekyllError):
    """Publishing is refused; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class Target:
    """Where to publish: a local folder, or ``host:path`` for rsync over SSH."""

    raw: str
    host: str | None
    path: str

    @property
    def rsync_destination(self) -> str:
        """Return the destination as rsync takes it, ending with ``/``."""
        path = self.path.rstrip("/") + "/"
        return f"{self.host}:{path}" if self.host else path


def parse_target(value: str | None, project_root: Path) -> Target:
    """Return the publish target; raises PublishError for a dangerous one."""
    raw = (value or "").strip()
    if not raw:
        raise PublishError(
            "no publish target: pass --target user@host:/path/to/site (or a "
            "folder), or set PUBLISH_TARGET in publishconf.py or the environment"
        )
    remote = _REMOTE.match(raw)
    if remote:
        path = remote.group("path").strip()
        if path in _HOME_PATHS or (path.startswith("~") and path.strip("~/") == ""):
            raise PublishError(
                f"target {raw!r} is the remote home folder or root; name the "
                "site's own folder, such as host:/var/www/site"
            )
        return Target(raw, remote.group("host"), path)
    local = Path(raw).expanduser().resolve()
    forbidden = {Path(local.anchor), Path.home().resolve(), project_root.resolve()}
    if local in forbidden or project_root.resolve().is_relative_to(local):
        raise PublishError(
            f"target {raw!r} is the file-system root, a home folder or holds this "
            "project; publish into a folder of its own"
        )
    return Target(raw, None, str(local))


def count_pages(output: Path) -> int:
    """Return how many HTML pages a built site has."""
    return sum(1 for _ in output.rglob("*.html"))


def check_output(output: Path, last_pages: int | None, max_shrink: float) -> int:
    """Return the page count of ``output``; raises PublishError if unfit to publish."""
    if not (output / "index.html").is_file():
        raise PublishError(
            f"{output} has no index.html: the build did not produce a site, "
            "nothing was sent"
        )
    pages = count_pages(output)
    if last_pages and pages < last_pages * (1 - max_shrink):
        raise PublishError(
            f"the site has {pages} pages, the last publish had {last_pages}: more "
            f"than {max_shrink:.0%} fewer. Nothing was sent. If this is intended, "
            "publish with --force"
        )
    return pages


class PublishState:
    """Page counts of the last successful publish, per target."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, int]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return (
            {str(k): int(v) for k, v in data.items()} if isinstance(data, dict) else {}
        )

    def last_pages(self, target: Target) -> int | None:
        """Return the page count of the last publish to ``target``."""
        return self._load().get(target.raw)

    def record(self, target: Target, pages: int) -> None:
        """Remember a successful publish to ``target``."""
        data = self._load()
        data[target.raw] = pages
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(
            json.dumps(data, indent=2, sort_keys=True), encoding="utf-8"
        )


def rsync_command(output: Path, target: Target, *, dry_run: bool) -> list[str]:
    """Return the rsync command mirroring ``output`` into ``target``."""
    rsync = shutil.which("rsync")
    if rsync is None:
        raise PublishError("rsync is not installed: install it (apt-get install rsync)")
    # Every new file is sent aside first and put in place at the end, and
    # deletions come after that: an rsync that fails midway (a full disk, a
    # dropped connection) leaves the live site as it was, not half updated.
    command = [rsync, "--recursive", "--links", "--times", "--compress"]
    command += ["--delete", "--delete-after", "--delay-updates"]
    command += ["--itemize-changes", "--human-readable", "--stats"]
    if dry_run:
        command.append("--dry-run")
    if target.host is None:
        Path(target.path).mkdir(parents=True, exist_ok=True)
    return [*command, f"{output}/", target.rsync_destination]


def publish_site(
    output: Path,
    target: Target,
    *,
    state: PublishState,
    max_shrink: float,
    build_errors: int = 0,
    documents: int = 1,
    dry_run: bool = False,
    force: bool = False,
) -> int:
    """Mirror ``output`` into ``target`` with rsync; return the pages published.

    Raises PublishError, before anything is sent, when the build logged
    errors or the output is unfit (see ``check_output``); ``force`` skips the
    comparison with the last publish.
    """
    if build_errors:
        raise PublishError(
            f"the build logged {build_errors} errors; nothing was sent. Fix them "
            "and publish again"
        )
    if documents == 0:
        raise PublishError(
            "the build produced no posts or pages; nothing was sent. Check the "
            "source folder"
        )
    last = None if force else state.last_pages(target)
    pages = check_output(output, last, max_shrink)
    done = subprocess.run(rsync_command(output, target, dry_run=dry_run), check=False)
    if done.returncode != 0:
        raise PublishError(f"rsync failed with status {done.returncode}; see above")
    if not dry_run:
        state.record(target, pages)
    return pages


def ghp_import_command(
    output: Path, *, branch: str, cname: str | None, message: str
) -> list[str]:
    """Return the ghp-import command: the branch made of the site, .nojekyll in."""
    command = [sys.executable, "-m", "ghp_import", "--no-jekyll", "--force"]
    command += ["--branch", branch, "--message", message]
    if cname:
        command += ["--cname", cname]
    return [*command, str(output)]


def publish_to_branch(
    output: Path,
    repo: Path,
    *,
    remote: str,
    branch: str,
    cname: str | None,
    message: str,
) -> None:
    """Commit the site to ``branch`` of ``repo`` with ghp-import, then push it.

    Raises PublishError with git's own words when either step fails; the
    local branch is then put back as it was (removed when it was new), so a
    refused push leaves nothing behind.
    """
    env = git_identity_env()

    def git(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["git", *arguments], cwd=repo, env=env, capture_output=True, text=True,
            check=False,
        )  # fmt: skip

    ref = f"refs/heads/{branch}"
    before = git("rev-parse", "--verify", "--quiet", ref).stdout.strip()
    commit = ghp_import_command(output, branch=branch, cname=cname, message=message)
    steps = [
        ("ghp-import", commit),
        (f"the push to {remote}", ["git", "push", "--force", remote, f"{ref}:{ref}"]),
    ]
    for what, command in steps:
        done = subprocess.run(
            command, cwd=repo, env=env, capture_output=True, text=True, check=False
        )
        if done.returncode == 0:
            continue
        if before:
            git("update-ref", ref, before)
        else:
            git("update-ref", "-d", ref)
        said = [line.strip() for line in done.stderr.splitlines() if line.strip()]
        # git's own verdict ("fatal: ...", "! [rejected] ..."), else its last line.
        verdicts = [line for line in said if line.startswith(("fatal:", "error:", "!"))]
        reason = (verdicts or said or [f"exit status {done.returncode}"])[
            0 if verdicts else -1
        ]
        raise PublishError(f"{what} failed: {reason}")


def git_identity_env() -> dict[str, str]:
    """Return the environment for git, with a committer when none is set."""
    env = dict(os.environ)
    for key, config, fallback in (
        ("GIT_COMMITTER_NAME", "user.name", "Site publisher"),
        ("GIT_COMMITTER_EMAIL", "user.email", "publisher@localhost"),
    ):
        if key in env:
            continue
        found = subprocess.run(
            ["git", "config", config], capture_output=True, text=True, check=False
        )
        if not found.stdout.strip():
            env[key] = fallback
    return env


def default_target(settings: dict) -> str:
    """Return the publish target from the environment or the settings."""
    return os.environ.get("PUBLISH_TARGET") or str(settings.get("PUBLISH_TARGET") or "")


def custom_domain(settings: dict) -> str | None:
    """Return the custom domain for a CNAME file, if the site has one.

    ``GITHUB_PAGES_CNAME`` wins; otherwise the host of ``url`` when it is not
    a ``github.io`` address.
    """
    explicit = settings.get("GITHUB_PAGES_CNAME")
    if explicit is not None:
        return str(explicit) or None
    host = urlsplit(str(settings.get("JEKYLL_URL") or "")).hostname
    if host and not host.endswith(".github.io"):
        return host
    return None
