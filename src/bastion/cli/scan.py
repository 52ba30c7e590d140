"""`bastion scan` (files, directories, stdin, JSON lines) and `bastion eval` (labelled corpora).

Both run the same default guard as the server. Exit codes: 0 clean, 1 something found, 2 error.

The guard's redaction key keys the pseudonyms. A scan uses the instance key when this directory's
settings lead to one (so pseudonyms match what the server produces), and otherwise a random key
for this run only: pseudonyms need to be stable within one run, and a scan must not create a data
directory or a key file as a side effect.
"""

from __future__ import annotations

import bisect
import enum
import json
import os
import secrets
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.progress import Progress

from bastion.config.guard import build_guard
from bastion.core.errors import BastionError
from bastion.core.guard import Guard
from bastion.core.types import Action, Direction, Finding, Severity, Subject, Verdict
from bastion.detectors.evaluation import (
    BENIGN,
    FAMILY_DIRECTION,
    NEAR_MISS,
    UNSTRUCTURED_PII,
    Report,
    Row,
    guard_flags,
    parse_row,
    parts,
    score,
)

MAX_FILE_BYTES = 5 * 1024 * 1024
# Version control, virtual environments and dependency trees are not the user's own content and
# would dominate the run time of a directory scan.
SKIP_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__"})
_SNIFF_BYTES = 8192
_SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}
# GitHub code scanning ranks security results by this 0-10 property.
_SECURITY_SEVERITY = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "3.0",
    Severity.INFO: "0.0",
}

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)


class OutputFormat(enum.StrEnum):
    """How `bastion scan` reports: for people, for scripts, or for code-scanning tools."""

    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"


@dataclass(slots=True)
class Scanned:
    """One scanned text: where it came from, the text, and the verdict on it."""

    name: str
    text: str
    verdict: Verdict


@dataclass(slots=True)
class Run:
    """What a scan saw: results, files skipped with the reason, and errors."""

    results: list[Scanned] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.errors:
            return 2
        return 1 if any(r.verdict.findings for r in self.results) else 0


def scan_key() -> bytes:
    """The instance's pseudonym key when one is configured here, else a key for this run only."""
    from bastion.config.preflight import prepare
    from bastion.config.settings import Settings
    from bastion.crypto.keys import derive_key

    try:
        keyring = prepare(Settings(), create=False).keyring
    except (BastionError, ValueError, OSError):
        return secrets.token_bytes(32)
    return derive_key(keyring.active, "redaction/pseudonym")


def _fail(message: str) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", markup=True)
    return typer.Exit(code=2)


# --- reading inputs ------------------------------------------------------------------------------


def _walk(root: Path) -> Iterator[Path]:
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in SKIP_DIRS)
        for name in sorted(files):
            yield Path(directory) / name


def _expand(paths: Iterable[str], run: Run) -> list[str]:
    """Named files as given, directories walked recursively, `-` for standard input."""
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw == "-":
            found.append(raw)
        elif path.is_dir():
            found.extend(str(p) for p in _walk(path) if not p.is_symlink())
        elif path.exists():
            found.append(raw)
        else:
            run.errors.append((raw, "no such file or directory"))
    return found


def _read(name: str, run: Run) -> str | None:
    """The file's text, or None after recording why it was skipped or failed."""
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            run.skipped.append((name, f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB"))
            return None
        data = path.read_bytes()
    except OSError as exc:
        run.errors.append((name, exc.strerror or "cannot be read"))
        return None
    # A NUL byte in the first block is the usual sign of a binary file (as git and grep judge).
    if b"\0" in data[:_SNIFF_BYTES]:
        run.skipped.append((name, "binary"))
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        run.skipped.append((name, "not UTF-8 text"))
        return None


# --- positions -----------------------------------------------------------------------------------


class Lines:
    """Map character offsets of a text to 1-based (line, column) pairs."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def region(self, start: int, end: int) -> dict[str, int]:
        """A SARIF region; endColumn is one past the last character, as SARIF defines it."""
        line, column = self.position(start)
        if end <= start:
            return {"startLine": line, "startColumn": column, "endLine": line, "endColumn": column}
        end_line, last_column = self.position(end - 1)
        return {
            "startLine": line,
            "startColumn": column,
            "endLine": end_line,
            "endColumn": last_column + 1,
        }


def _finding(finding: Finding, text: str, lines: Lines, *, show_values: bool) -> dict[str, Any]:
    item: dict[str, Any] = {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "score": round(finding.score, 4),
        "view": finding.view,
        "span": None,
    }
    if finding.span is not None:
        item["span"] = {"start": finding.span.start, "end": finding.span.end}
        item.update(lines.region(finding.span.start, finding.span.end))
        if show_values:
            item["value"] = text[finding.span.start : finding.span.end]
    return item


def _result(scanned: Scanned, *, show_values: bool, with_text: bool) -> dict[str, Any]:
    verdict = scanned.verdict
    lines = Lines(scanned.text)
    result: dict[str, Any] = {
        "action": verdict.action.value,
        "decided": verdict.decision.value,
        "findings": [
            _finding(f, scanned.text, lines, show_values=show_values) for f in verdict.findings
        ],
    }
    if with_text:
        text = _passable(verdict)
        result["text"] = text
        if text is None:
            result["withheld"] = "blocked"
    return result


def _passable(verdict: Verdict) -> str | None:
    """The text the guard would pass on; nothing for a blocked text (it may hold what was found)."""
    return None if verdict.decision is Action.BLOCK else verdict.text


# --- output --------------------------------------------------------------------------------------


def _print_text(run: Run, *, show_values: bool) -> None:
    for scanned in run.results:
        verdict = scanned.verdict
        if not verdict.findings:
            continue
        lines = Lines(scanned.text)
        count = len(verdict.findings)
        out.print(f"{scanned.name}: {verdict.decision.value} ({count} finding{'s' * (count != 1)})")
        for finding in sorted(verdict.findings, key=_position):
            where = "-"
            if finding.span is not None:
                line, column = lines.position(finding.span.start)
                where = f"{line}:{column}"
            detail = (
                f"  {where:<9} {finding.code:<32} {finding.severity.value:<8} "
                f"{finding.score:.2f}  {finding.message}"
            )
            if finding.view != "original":
                detail += f" [view {finding.view}]"
            if show_values and finding.span is not None:
                detail += f"  value={scanned.text[finding.span.start : finding.span.end]!r}"
            out.print(detail, markup=False)


def _position(finding: Finding) -> int:
    return finding.span.start if finding.span is not None else -1


def _print_redacted(run: Run) -> None:
    several = len(run.results) > 1
    for scanned in run.results:
        text = _passable(scanned.verdict)
        if several:
            sys.stdout.write(f"==> {scanned.name} <==\n")
        if text is None:
            err.print(f"{scanned.name}: blocked by the policy; the text is withheld")
            continue
        sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
        sys.stdout.flush()


def _rule(code: str, findings: list[Finding]) -> dict[str, Any]:
    worst = max(findings, key=lambda f: f.severity.rank)
    return {
        "id": code,
        "name": code.replace(".", "/"),
        "shortDescription": {"text": worst.message},
        "defaultConfiguration": {"level": _SARIF_LEVEL[worst.severity]},
        "properties": {
            "tags": ["security", code.split(".")[0]],
            "security-severity": _SECURITY_SEVERITY[worst.severity],
        },
    }


def _uri(name: str) -> str:
    if name == "-":
        return "stdin"
    return Path(name).as_posix()


def sarif(run: Run) -> dict[str, Any]:
    """A SARIF 2.1.0 log of the findings, with one rule per finding code."""
    by_code: dict[str, list[Finding]] = {}
    for scanned in run.results:
        for finding in scanned.verdict.findings:
            by_code.setdefault(finding.code, []).append(finding)
    codes = sorted(by_code)
    index = {code: i for i, code in enumerate(codes)}
    results = []
    for scanned in run.results:
        lines = Lines(scanned.text)
        for finding in scanned.verdict.findings:
            location: dict[str, Any] = {"artifactLocation": {"uri": _uri(scanned.name)}}
            if finding.span is not None:
                location["region"] = lines.region(finding.span.start, finding.span.end)
            results.append(
                {
                    "ruleId": finding.code,
                    "ruleIndex": index[finding.code],
                    "level": _SARIF_LEVEL[finding.severity],
                    "message": {"text": finding.message},
                    "locations": [{"physicalLocation": location}],
                    "properties": {
                        "score": round(finding.score, 4),
                        "view": finding.view,
                        "action": scanned.verdict.decision.value,
                    },
                }
            )
    notifications = [
        {"level": "error", "message": {"text": f"{name}: {why}"}} for name, why in run.errors
    ] + [
        {"level": "note", "message": {"text": f"{name}: skipped ({why})"}}
        for name, why in run.skipped
    ]
    return {
        "$schema": _SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "Bastion",
                        "version": _version(),
                        "rules": [_rule(code, by_code[code]) for code in codes],
                    }
                },
                # Spans are Python string offsets, which count code points, not UTF-16 units.
                "columnKind": "unicodeCodePoints",
                "results": results,
                "invocations": [
                    {
                        "executionSuccessful": not run.errors,
                        "toolExecutionNotifications": notifications,
                    }
                ],
            }
        ],
    }


def _version() -> str:
    try:
        return metadata.version("bastion")
    except metadata.PackageNotFoundError:
        return "0"


def _report_problems(run: Run) -> None:
    for name, why in run.skipped:
        err.print(f"[yellow]skipped:[/] {name} ({why})", markup=True)
    for name, why in run.errors:
        err.print(f"[bold red]error:[/] {name}: {why}", markup=True)


# --- JSON lines ----------------------------------------------------------------------------------


def _jsonl_line(
    guard: Guard, line: str, direction: Direction, *, show_values: bool, redact: bool
) -> tuple[dict[str, Any], bool]:
    """The result object for one input line, and whether the line was malformed."""
    try:
        raw = json.loads(line)
        if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
            raise ValueError('expected a JSON object with a string "text"')
        wanted = raw.get("direction", direction.value)
        if wanted not in {d.value for d in Direction}:
            raise ValueError(f'unknown "direction" {wanted!r}')
    except ValueError as exc:  # json.JSONDecodeError is a ValueError
        message = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        return {"error": {"code": "scan.bad_line", "message": message}}, True
    text = raw["text"]
    verdict = guard(Subject(text=text, direction=Direction(wanted)))
    scanned = Scanned(name="", text=text, verdict=verdict)
    return _result(scanned, show_values=show_values, with_text=redact), False


def _scan_jsonl(
    guard: Guard, source: TextIO, direction: Direction, *, show_values: bool, redact: bool
) -> int:
    found = malformed = False
    for number, line in enumerate(source, start=1):
        result, bad = _jsonl_line(guard, line, direction, show_values=show_values, redact=redact)
        if bad:
            result["error"]["line"] = number
        malformed |= bad
        found |= bool(result.get("findings"))
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    if malformed:
        return 2
    return 1 if found else 0


# --- commands ------------------------------------------------------------------------------------


def scan(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files or directories to scan; - reads standard input."),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="SARIF is version 2.1.0.")
    ] = OutputFormat.TEXT,
    redact: Annotated[
        bool, typer.Option("--redact", help="Print the text as the guard passes it on.")
    ] = False,
    direction: Annotated[
        Direction | None,
        typer.Option(help="Where the text travels [default: input; output with --redact]."),
    ] = None,
    show_values: Annotated[
        bool, typer.Option("--show-values", help="Include the matched values (never by default).")
    ] = False,
    jsonl: Annotated[
        str | None,
        typer.Option(
            "--jsonl", help='Scan one {"text": ...} object per line of FILE (- for stdin).'
        ),
    ] = None,
) -> None:
    """Scan text for attacks, secrets and personal data; exit 0 clean, 1 found, 2 error."""
    # Redaction is what the output guard does (PII is only reported on input), so --redact
    # defaults to the output direction.
    chosen = direction or (Direction.OUTPUT if redact else Direction.INPUT)
    if jsonl is not None:
        if paths:
            raise _fail("give either --jsonl FILE or paths, not both")
        if output_format is OutputFormat.SARIF:
            raise _fail("--jsonl writes JSON lines; --format sarif does not apply")
        guard = build_guard(key=scan_key())
        try:
            if jsonl == "-":
                code = _scan_jsonl(guard, sys.stdin, chosen, show_values=show_values, redact=redact)
            else:
                with open(jsonl, encoding="utf-8") as source:
                    code = _scan_jsonl(
                        guard, source, chosen, show_values=show_values, redact=redact
                    )
        except (OSError, UnicodeDecodeError) as exc:
            raise _fail(f"{jsonl}: cannot be read ({exc.__class__.__name__})") from exc
        raise typer.Exit(code=code)
    if redact and output_format is OutputFormat.SARIF:
        raise _fail("--redact prints text; use --format text or json")
    if not paths:
        if sys.stdin.isatty():
            raise _fail("give files or directories to scan, or - to read standard input")
        paths = ["-"]
    run = _scan_paths(build_guard(key=scan_key()), paths, chosen)
    _emit(run, output_format, redact=redact, show_values=show_values)
    raise typer.Exit(code=run.exit_code)


def _scan_paths(guard: Guard, paths: list[str], direction: Direction) -> Run:
    run = Run()
    names = _expand(paths, run)
    progress = Progress(console=err, transient=True, disable=not err.is_terminal)
    with progress:
        task = progress.add_task("scanning", total=len(names))
        for name in names:
            text = _read(name, run)
            if text is not None:
                verdict = guard(Subject(text=text, direction=direction))
                run.results.append(Scanned(name=name, text=text, verdict=verdict))
            progress.advance(task)
    return run


def _emit(run: Run, output_format: OutputFormat, *, redact: bool, show_values: bool) -> None:
    if output_format is OutputFormat.SARIF:
        sys.stdout.write(json.dumps(sarif(run), indent=2, ensure_ascii=False) + "\n")
    elif output_format is OutputFormat.JSON:
        document = {
            "results": [
                {
                    "path": r.name,
                    **_result(r, show_values=show_values, with_text=redact),
                }
                for r in run.results
            ],
            "skipped": [{"path": name, "reason": why} for name, why in run.skipped],
            "errors": [{"path": name, "message": why} for name, why in run.errors],
        }
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    elif redact:
        _print_redacted(run)
    else:
        _print_text(run, show_values=show_values)
        flagged = sum(1 for r in run.results if r.verdict.findings)
        err.print(
            f"scanned {len(run.results)} text(s): {flagged} with findings, "
            f"{len(run.skipped)} skipped, {len(run.errors)} error(s)"
        )
    _report_problems(run)


def _load_rows(path: Path) -> list[Row]:
    rows = []
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    rows.append(parse_row(line))
                except ValueError as exc:
                    raise _fail(f"{path}:{number}: {exc}") from exc
    except OSError as exc:
        raise _fail(f"{path}: {exc.strerror or 'cannot be read'}") from exc
    return rows


def _print_report(name: str, family: str | None, direction: Direction, report: Report) -> None:
    rows = sum(t.total for t in (*report.positives.values(), *report.negatives.values()))
    out.print(f"{name}  (family {family or 'unknown'}, direction {direction.value}, {rows} rows)")
    out.print(
        f"  precision {report.precision:6.1%}   recall {report.recall:6.1%}   "
        f"F1 {report.f1:6.1%}   TP {report.true_positives}  FN {report.false_negatives}  "
        f"FP {report.false_positives}"
    )
    if family == "pii":
        out.print(
            f"  structured recall {report.recall_without(UNSTRUCTURED_PII):6.1%}  "
            f"(without {', '.join(sorted(UNSTRUCTURED_PII))}: not covered)"
        )
    for kind in (BENIGN, NEAR_MISS):
        tally = report.negatives.get(kind)
        if tally is not None:
            out.print(f"  FPR {kind:<10} {tally.rate:6.1%}  ({tally.flagged}/{tally.total})")
    others = sorted(set(report.negatives) - {BENIGN, NEAR_MISS})
    for kind in others:
        tally = report.negatives[kind]
        out.print(f"  FPR {kind:<10} {tally.rate:6.1%}  ({tally.flagged}/{tally.total})")
    out.print("  recall by kind:")
    for kind, tally in sorted(report.positives.items()):
        out.print(f"    {kind:<36} {tally.rate:6.1%}  ({tally.flagged}/{tally.total})")


def evaluate(
    files: Annotated[list[Path], typer.Argument(help="Labelled JSON-lines corpora.")],
    direction: Annotated[
        Direction | None,
        typer.Option(
            help="Direction for every file [default: by family: injection input, webattack "
            "tool_args, pii and secrets output]."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Precision, recall, F1 and false-positive rates of the default guard on labelled corpora."""
    guard = build_guard(key=scan_key())
    reports = []
    for path in files:
        for family, rows in parts(path.name, _load_rows(path)):
            chosen = direction or FAMILY_DIRECTION.get(family or "", Direction.INPUT)
            report = score(rows, guard_flags(guard, chosen))
            reports.append(
                {
                    "file": str(path),
                    "family": family,
                    "direction": chosen.value,
                    "rows": len(rows),
                    **report.as_dict(),
                }
                | (
                    {"recall_structured": round(report.recall_without(UNSTRUCTURED_PII), 4)}
                    if family == "pii"
                    else {}
                )
            )
            if not as_json:
                _print_report(str(path), family, chosen, report)
    if as_json:
        sys.stdout.write(json.dumps(reports, indent=2) + "\n")
