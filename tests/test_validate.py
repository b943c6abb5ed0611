"""The front matter schema: it coerces what curators write and names the key and line when it can't."""
from __future__ import annotations

import datetime as dt

from build_scripts.model import SourceDocument
from build_scripts.validate import front_matter

TODAY = dt.date(2026, 1, 1)


def validate(values: dict, registry, lines: dict | None = None):
    doc = SourceDocument(path="s.md", kind="md", text="x", front_matter=values, front_matter_lines=lines or {})
    return front_matter(doc, registry, TODAY)


def test_partial_dates_set_the_precision(registry):
    for value, expected in (("2023-05-19", ("2023-05-19", "day")), ("2023-05", ("2023-05-01", "month")),
                            ("2023", ("2023-01-01", "year")), (2023, ("2023-01-01", "year"))):
        meta, problems = validate({"date": value}, registry)
        assert problems == []
        assert (meta.date.date.isoformat(), meta.date.precision) == expected


def test_a_single_speaker_becomes_a_list(registry):
    meta, _ = validate({"speakers": "Zhang Jun", "topics": "ukraine, civilians"}, registry)
    assert meta.speakers == ["Zhang Jun"] and meta.topics == ["ukraine", "civilians"]


def test_errors_name_the_file_the_line_and_the_key_and_keep_the_rest(registry):
    meta, problems = validate({"title": "Kept", "url": "javascript:alert(1)", "speaker": "Zhang"}, registry,
                              {"url": 4, "speaker": 5})
    assert meta.title == "Kept" and meta.url is None
    assert [str(p) for p in problems] == [
        "s.md:4: front matter 'url': must be an http:// or https:// address; write the full http(s) address (the value is ignored)",
        "s.md:5: front matter key 'speaker' is unknown; use one of: title, date, published, url, publisher, "
        "speakers, topics, venue, see_also, slug, quotes, not_quotes",
    ]
