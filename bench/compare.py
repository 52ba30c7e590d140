"""Bastion against Presidio's pattern recognizers and detect-secrets on the same texts.

Run by `make bench` in bench/.venv (bench/requirements.txt), never in the project's .venv.

- Presidio: every predefined English recognizer except the spaCy NER one (its pattern
  recognizers plus the phonenumbers-based phone recognizer), each called directly with no NLP
  artefacts. AnalyzerEngine is not used because it loads a spaCy model from a hub.
- detect-secrets: its default plugins and filters through the in-memory `scan_line` API, one
  call per line, as its own file scan does; nothing is written to disk.
"""

from __future__ import annotations

from collections.abc import Callable

from bench_pipeline import DOCUMENTS, Scanner, bastion_scanners, pin_one_core, run, run_varied


def presidio_scanner() -> Scanner:
    import tldextract
    import tldextract.tldextract
    from presidio_analyzer import RecognizerRegistry

    # The e-mail and URL recognizers call tldextract, which would fetch the public suffix list
    # over the network on first use; the snapshot it ships is enough and keeps the run offline.
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"])
    recognizers = [r for r in registry.recognizers if type(r).__name__ != "SpacyRecognizer"]

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

    run_varied()


if __name__ == "__main__":
    main()
