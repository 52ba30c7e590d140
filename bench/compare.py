"""Bastion against Presidio's pattern recognizers and detect-secrets on the same texts.

Run by `make bench` in bench/.venv (bench/requirements.txt), never in the project's .venv.

- Presidio ("presidio patterns"): every predefined recognizer its registry loads for English
  except the spaCy NER one (its pattern recognizers plus the phonenumbers-based phone
  recognizer), each called directly with no NLP artefacts. AnalyzerEngine is not used because it
  loads a spaCy model from a hub. This is the comparison the speed targets are judged on.
- Presidio, every country ("presidio all patterns"): also the recognizers it ships for other
  countries' numbers (Australian, Indian, Italian, Korean, Spanish, ... identity and tax
  numbers), which its registry loads only for their own language; every recognizer that needs
  no model or service. Bastion's PII detector looks for such numbers of many countries in every
  text, so this is a comparison at a broader coverage (it also has kinds Bastion does not report:
  dates, URLs, UUIDs, postcodes, licence plates), printed beside the first, not instead, and
  side by side only: its time grows faster than the text (nearly all of it in the Indian PAN
  recognizer on 16 KB), so 1 MB would take minutes.
- detect-secrets: its default plugins and filters through the in-memory `scan_line` API, one
  call per line, as its own file scan does; nothing is written to disk.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable

from bench_pipeline import (
    DOCUMENTS,
    Scanner,
    bastion_scanners,
    pin_one_core,
    run,
    run_varied,
    texts,
)

# Recognizers that run a model or call a service: not pattern recognizers.
_NOT_PATTERNS = frozenset(
    {
        "AzureAILanguageRecognizer",
        "AzureHealthDeidRecognizer",
        "AzureOpenAILangExtractRecognizer",
        "BasicLangExtractRecognizer",
        "GLiNERRecognizer",
        "HuggingFaceNerRecognizer",
        "LangExtractRecognizer",
        "MedicalNERRecognizer",
        "SpacyRecognizer",
        "StanzaRecognizer",
        "TransformersRecognizer",
    }
)


def presidio_scanner(*, every_country: bool = False) -> Scanner:
    import inspect

    import presidio_analyzer.predefined_recognizers as predefined
    import tldextract
    import tldextract.tldextract
    from presidio_analyzer import RecognizerRegistry

    # The e-mail and URL recognizers call tldextract, which would fetch the public suffix list
    # over the network on first use; the snapshot it ships is enough and keeps the run offline.
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    if every_country:
        classes = [
            getattr(predefined, name)
            for name in sorted(dir(predefined))
            if name.endswith("Recognizer") and name not in _NOT_PATTERNS
        ]
        recognizers = []
        for cls in classes:
            if not inspect.isclass(cls):
                continue
            try:
                recognizers.append(cls())
            except TypeError:  # a recognizer that needs settings to be built: not a default one
                print(f"presidio: {cls.__name__} left out (it needs arguments)")
    else:
        registry = RecognizerRegistry()
        registry.load_predefined_recognizers(languages=["en"])
        recognizers = [r for r in registry.recognizers if type(r).__name__ not in _NOT_PATTERNS]

    def scan(text: str) -> object:
        return [r.analyze(text, r.supported_entities, None) for r in recognizers]

    return scan


def detect_secrets_scanner() -> tuple[Scanner, Callable[[], None]]:
    from detect_secrets.core.scan import scan_line
    from detect_secrets.settings import default_settings

    context = default_settings()
    context.__enter__()  # the settings are process-global; entered once, outside the timing

    def scan(text: str) -> object:
        return [list(scan_line(line)) for line in text.splitlines()]

    return scan, lambda: context.__exit__(None, None, None)


def main() -> None:
    print(pin_one_core())
    secrets_scan, close = detect_secrets_scanner()
    scanners = {
        **bastion_scanners(),
        "presidio patterns": presidio_scanner(),
        "detect-secrets": secrets_scan,
    }
    try:
        results = run(scanners)
    finally:
        close()
    print("\nratios (peer median / Bastion median; higher means Bastion is faster):")
    for key in ("1k_clean", "1k_found", "16k_clean", "16k_found"):
        presidio = results["presidio patterns"][f"{key}_median_us"]
        ds = results["detect-secrets"][f"{key}_median_us"]
        guard_out = results["bastion guard output"][f"{key}_median_us"]
        guard_in = results["bastion guard input"][f"{key}_median_us"]
        secrets = results["bastion secrets"][f"{key}_median_us"]
        print(
            f"  {key:<10} presidio / guard(output) {presidio / guard_out:7.1f}x   "
            f"presidio / guard(input) {presidio / guard_in:7.1f}x   "
            f"detect-secrets / bastion secrets {ds / secrets:7.1f}x"
        )
    for key, (label, _, _) in DOCUMENTS.items():
        mb = {name: row[key] for name, row in results.items()}
        print(
            f"  {label:<10} guard(output) {mb['bastion guard output']:.1f} MB/s vs presidio "
            f"{mb['presidio patterns']:.2f} MB/s; bastion secrets {mb['bastion secrets']:.1f} "
            f"MB/s vs detect-secrets {mb['detect-secrets']:.2f} MB/s"
        )

    print(
        "\nside by side (Presidio / guard, paired: each call of Presidio against the median of the "
        "guard calls just before it; median and quartiles of those ratios):"
    )
    # Every country's recognizers only side by side: Presidio's time on them grows faster than
    # the text (about 0.8 s for 16 KB), so a pass over the 1 MB documents would take minutes.
    peers = {"presidio patterns": scanners["presidio patterns"]}
    peers["presidio all patterns"] = presidio_scanner(every_country=True)
    for peer, peer_scan in peers.items():
        for (size, found), text in texts().items():
            for direction in ("input", "output"):
                spread = paired_ratios(scanners[f"bastion guard {direction}"], peer_scan, text)
                label = f"{size // 1024} KB {'found' if found else 'clean'}"
                print(
                    f"  {peer:<22} {label:<12} guard({direction:<6}) {spread[1]:6.1f}x   "
                    f"(quartiles {spread[0]:.1f}x to {spread[2]:.1f}x)"
                )

    run_varied()


# The machine's speed drifts over seconds (other tenants, frequency scaling), and by as much as
# the guard's own cost: timed one after the other, two scanners can fall into different spells.
# Paired blocks put them in the same spell: a few guard calls that take about as long as one peer
# call (at most 64, so a block stays short beside a slow peer), then that peer call, again and
# again for `PAIRED_S` seconds and at least 30 blocks; each block gives one ratio.
PAIRED_S = 3.0


def paired_ratios(
    ours: Scanner, peer: Scanner, text: str, *, seconds: float = PAIRED_S
) -> tuple[float, float, float]:
    """The first quartile, median and third quartile of the blocks' ratios (peer's time over
    the median of ours in the block; above 1 means ours is faster)."""
    for _ in range(20):
        ours(text)
    peer(text)
    started = time.perf_counter_ns()
    for _ in range(20):
        ours(text)
    mine = (time.perf_counter_ns() - started) / 20
    started = time.perf_counter_ns()
    peer(text)
    theirs = time.perf_counter_ns() - started
    per_block = max(3, min(64, round(theirs / mine)))
    gc.collect()
    ratios: list[float] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(ratios) < 30:
        block = []
        for _ in range(per_block):
            started = time.perf_counter_ns()
            ours(text)
            block.append(time.perf_counter_ns() - started)
        started = time.perf_counter_ns()
        peer(text)
        ratios.append((time.perf_counter_ns() - started) / statistics.median(block))
    first, median, third = statistics.quantiles(ratios, n=4)
    return first, median, third


if __name__ == "__main__":
    main()
