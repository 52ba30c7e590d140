import bastion


def test_public_api_is_pinned() -> None:
    assert sorted(bastion.__all__) == sorted(
        [
            "AccessDenied",
            "Action",
            "BastionError",
            "Check",
            "ConfigurationError",
            "CryptoError",
            "Direction",
            "Finding",
            "Pipeline",
            "Policy",
            "Principal",
            "RateLimited",
            "Severity",
            "Span",
            "StoreError",
            "Subject",
            "Verdict",
            "__version__",
        ]
    )
    for name in bastion.__all__:
        assert getattr(bastion, name) is not None
