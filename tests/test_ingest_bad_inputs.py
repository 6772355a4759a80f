"""A messy scraped folder, generated here: every bad file is reported, good files are unaffected."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pandas as pd
import pytest

from pipeline.ingest.entries import table_name
from pipeline.ingest.load import load_articles
from pipeline.ingest.reader import MAX_BYTES

BODY = (
    "Iraqi officials said on Sunday that about 2,000 Syrian soldiers who crossed at Al-Qaim have returned "
    "to Syria, while the rest remain at a camp in Anbar province under the care of the Iraqi army.\n\n"
    "The spokesman said that the soldiers had surrendered their weapons at the border and that they would "
    "be sent back once the situation in Syria allowed it.\n"
)
HTML = """<!DOCTYPE html><html><head><title>Syrian troops in Anbar | Rudaw</title>
<meta property="og:site_name" content="Rudaw">
<meta property="og:url" content="https://www.rudaw.net/english/middleeast/iraq/syrian-troops">
<meta property="og:title" content="Syrian troops remain in Anbar camp">
<meta property="article:published_time" content="2024-12-15T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Syrian troops remain in Anbar camp</h1>
<p>Hundreds of Syrian soldiers who fled into Iraq through the Al-Qaim crossing are being held at a military base
in the Rutba district of Anbar province, the district mayor told reporters on Saturday.</p>
<p>The mayor said the soldiers were receiving food, shelter and medical care, and that Iraqi forces were guarding
the base while Baghdad and Damascus discussed their return.</p></article>
<footer>Share this article</footer></body></html>"""


OUTSIDE_SECRET = "SECRET-OUTSIDE-THE-FOLDER: this text must never be read into the dataset."
HIDDEN = "Officials said on Monday that 2,4\u200b93 Syrian soldiers and 7\u00ad50 officers crossed at Al-Qaim."
LONG_DIR = "deep/" + "d" * 120 + "/" + "e" * 120
FRENCH = ("Le ministère irakien a déclaré que des soldats syriens se trouvent toujours dans un camp "
          "près de la frontière, selon des responsables locaux qui ont parlé sous couvert d'anonymat.")
BIG_CELL = "x" * 200_000  # over csv's 128 KiB field limit


def _hostile(folder: Path) -> None:
    """Entries that must each be set aside (or read safely) without stopping the build."""
    outside = folder.parent / f"{folder.name}-outside.txt"
    outside.write_text(OUTSIDE_SECRET + "\n" + BODY, encoding="utf-8")
    (folder / "leak.txt").symlink_to(outside)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "linked_dir").symlink_to(folder.parent, target_is_directory=True)
    (folder / "inside_link.txt").symlink_to(folder / "hidden.txt")
    os.mkfifo(folder / "pipe.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(folder / "sock.txt"))
    (folder / LONG_DIR).mkdir(parents=True)
    (folder / LONG_DIR / "long_article.txt").write_text("Long path note. " + BODY.replace("2,000", "1,200"),
                                                       encoding="utf-8")
    fd = os.open(bytes(folder) + b"/bad\xffname.txt", os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, ("Bad name. " + BODY).encode())
    os.close(fd)
    (folder / "new\nline.txt").write_text("Control name. " + BODY, encoding="utf-8")
    (folder / "hidden.txt").write_text(HIDDEN + "\n", encoding="utf-8")
    (folder / "french.txt").write_text(FRENCH, encoding="utf-8")
    damaged = ("The ministry’s spokesman said “most” of them left. " + BODY).encode("utf-8")
    (folder / "damaged_utf8.txt").write_bytes(damaged[:30] + b"\xff" + damaged[30:])  # one invalid byte
    (folder / "numbers.txt").write_text("2024 2025 1,200 3,400 56 78 90\n", encoding="utf-8")


def _write(folder: Path) -> None:
    _hostile(folder)
    (folder / "a_good.txt").write_text(BODY, encoding="utf-8")
    (folder / "z_copy_of_good.txt").write_bytes(BODY.replace("\n", "\r\n").encode("utf-8"))  # same article
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (folder / "legacy_cp1252.txt").write_bytes(("The ministry’s spokesman said the café was closed. " + BODY).encode("cp1252"))
    (folder / "wide_utf16.txt").write_bytes(("UTF-16 note: " + BODY).encode("utf-16"))
    (folder / "mojibake.txt").write_text("Iraqâ€™s defence ministry spoke. " + BODY, encoding="utf-8")
    (folder / "huge.txt").write_bytes(b"word " * (MAX_BYTES // 5 + 10))
    (folder / "page.html").write_text(HTML, encoding="utf-8")
    (folder / "captions_only.txt").write_text("Show More\nRelated Articles\nBack to top button\n", encoding="utf-8")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "README.md").write_text("what I scraped", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    (folder / "sources.csv").write_text(
        "file,outlet,title,url,published_date,language,scraped_by\n"
        "old/a_good.txt,Wrong Outlet,Only the name is shared,,2020-01-01,en,me\n"
        "a_good.txt,Shafaq News,Soldiers return,,2025-13-45,en,me\n"
        f"hidden.txt,{BIG_CELL},,,,,me\n"
        "mojibake.txt,Too,few\n"
        "../outside.txt,Rudaw,Outside,,2025-01,en,me\n"
        "legacy_cp1252.txt,,Old page,https://www.shafaq.com/en/x,March 2025,English,me\n"
        "missing.txt,Rudaw,Ghost,,2025-01,en,me\n",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> tuple[pd.DataFrame, pd.DataFrame]:
    folder = tmp_path_factory.mktemp("scraped")
    _write(folder)
    return load_articles(folder)


@pytest.fixture(scope="module")
def rows(loaded) -> dict[str, dict]:
    return {r["source_file"]: r for r in loaded[0].to_dict("records")}


@pytest.fixture(scope="module")
def reasons(loaded) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in loaded[1].itertuples():
        out.setdefault(r.file, set()).add(r.reason)
    return out


@pytest.mark.parametrize("file,reason", [
    ("empty.txt", "empty"), ("blank.txt", "empty"), ("photo.txt", "binary"), ("huge.txt", "oversized"),
    ("z_copy_of_good.txt", "duplicate"), ("report.pdf", "unsupported_type"),
    ("captions_only.txt", "empty_after_cleaning"), ("missing.txt", "sources_row_without_file"),
    ("sources.csv", "sources_unknown_columns"), ("leak.txt", "link"), ("passwd.txt", "link"),
    ("linked_dir", "link"), ("inside_link.txt", "link"), ("pipe.txt", "not_a_file"), ("sock.txt", "not_a_file"),
    ("bad\\xffname.txt", "bad_name"), ("new\\nline.txt", "bad_name"),
    ("old/a_good.txt", "sources_row_without_file"), ("sources.csv:4", "sources_bad_row"),
    ("sources.csv:5", "sources_bad_row"), ("sources.csv:6", "sources_bad_row"),
])
def test_bad_input_rejected_with_reason(reasons, file, reason):
    assert reason in reasons.get(file, set())


def test_every_file_accounted_for(loaded):
    articles, rejected = loaded
    long_name = next(f for f in articles["source_file"] if f.startswith("deep/"))
    assert list(articles["source_file"]) == ["a_good.txt", "damaged_utf8.txt", long_name, "french.txt", "hidden.txt",
                                             "legacy_cp1252.txt",
                                             "mojibake.txt", "numbers.txt", "page.html", "wide_utf16.txt"]
    assert not articles["text"].str.contains("SECRET-OUTSIDE|root:", regex=True).any()
    assert set(articles["source_file"]).isdisjoint(rejected["file"])
    assert "README.md" not in set(rejected["file"]) and ".DS_Store" not in set(rejected["file"])
    assert rejected["detail"].str.len().gt(20).all()
    assert list(rejected["file"]) == sorted(rejected["file"])


def test_duplicate_names_the_kept_file(loaded):
    detail = loaded[1].set_index("file").loc["z_copy_of_good.txt", "detail"]
    assert "a_good.txt" in detail


def test_bad_date_kept_and_flagged(rows):
    good = rows["a_good.txt"]
    assert good["published_date"] is None and good["published_date_precision"] == "unknown"
    assert "date_invalid" in good["quality_flags"]
    assert good["outlet"] == "Shafaq News" and good["title"] == "Soldiers return"
    assert good["text"] == BODY.strip()


def test_cp1252_repaired_and_flagged(rows):
    row = rows["legacy_cp1252.txt"]
    assert "encoding:cp1252" in row["quality_flags"]
    assert row["text"].startswith("The ministry’s spokesman said the café was closed.")
    assert (row["published_date"], row["published_date_precision"], row["language"]) == ("2025-03", "month", "en")
    assert row["outlet"] == "Shafaq News"  # from the url in sources.csv
    assert "outlet_inferred:url" in row["quality_flags"]


def test_utf16_decoded(rows):
    row = rows["wide_utf16.txt"]
    assert "encoding:utf-16" in row["quality_flags"]
    assert row["text"].startswith("UTF-16 note: Iraqi officials said")
    assert row["language"] == "en" and row["outlet"] is None  # no sources row, no dateline, no url


def test_mojibake_repaired(rows):
    row = rows["mojibake.txt"]
    assert row["text"].startswith("Iraq’s defence ministry spoke.")
    assert "mojibake_repaired" in row["quality_flags"] and "mojibake_unrepaired" not in row["quality_flags"]
    assert "Iraqâ€™s" in row["raw_text"]


def test_html_page(rows):
    row = rows["page.html"]
    assert "html" in row["quality_flags"]
    assert "Rutba district of Anbar province" in row["text"]
    assert "<p>" not in row["text"] and "Share this article" not in row["text"]
    assert row["raw_text"].startswith("<!DOCTYPE html>")
    assert row["title"] == "Syrian troops remain in Anbar camp"
    assert (row["published_date"], row["published_date_precision"]) == ("2024-12-15", "day")
    assert row["outlet"] == "Rudaw" and row["url"].startswith("https://www.rudaw.net/")


def test_empty_folder(tmp_path):
    articles, rejected = load_articles(tmp_path)
    assert articles.empty and rejected.empty
    assert len(articles.columns) == 13 and len(rejected.columns) == 3


def test_long_relative_path_is_kept_under_a_stable_short_name(rows):
    name = next(f for f in rows if f.startswith("deep/"))
    assert len(name) <= 255 and name.endswith("/long_article.txt") and "…" in name
    assert table_name(f"{LONG_DIR}/long_article.txt") == name


def test_hidden_characters_removed_and_flagged(rows):
    row = rows["hidden.txt"]
    assert "2,493 Syrian soldiers and 750 officers" in row["text"]
    assert "invisible_removed" in row["quality_flags"] and "\u200b" in row["raw_text"]
    assert row["outlet"] is None  # its sources.csv row had an oversized cell: set aside, not half-used


def test_unknown_language_is_kept_as_und(rows):
    assert rows["french.txt"]["language"] == "und" and rows["numbers.txt"]["language"] == "und"
    assert "language_undetermined" in rows["french.txt"]["quality_flags"]


def test_bad_sources_rows_are_named_by_line(loaded):
    detail = loaded[1].set_index("file")["detail"]
    assert "line 4" in detail["sources.csv:4"] and "limit" in detail["sources.csv:4"]
    assert "3 cells" in detail["sources.csv:5"] and "outside" in detail["sources.csv:6"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path):
    (tmp_path / "locked.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0)
    articles, rejected = load_articles(tmp_path)
    assert articles.empty and list(rejected["reason"]) == ["unreadable"]


def test_one_invalid_byte_keeps_the_file_utf8_and_flags_it(rows):
    row = rows["damaged_utf8.txt"]
    assert "“most” of them left" in row["text"] and "\ufffd" in row["text"]
    assert {"encoding:utf-8-damaged", "mojibake_unrepaired"} <= set(row["quality_flags"])


@pytest.mark.parametrize("make", [
    lambda folder, outside: (folder / "sources.csv").symlink_to(outside),
    lambda folder, outside: os.mkfifo(folder / "sources.csv"),
])
def test_sources_csv_that_is_a_link_or_fifo_is_not_read(tmp_path, make):
    folder, outside = tmp_path / "in", tmp_path / "elsewhere.csv"
    folder.mkdir()
    outside.write_text("file,outlet\na.txt,Leaked Outlet\n", encoding="utf-8")
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    make(folder, outside)
    articles, rejected = load_articles(folder)
    assert list(articles["outlet"]) == [None]
    assert set(rejected.loc[rejected["file"] == "sources.csv", "reason"]) & {"sources_unreadable", "link", "not_a_file"}


def test_sources_rows_match_by_path_never_by_a_shared_name(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(f"Report {sub}. " + BODY, encoding="utf-8")
    (tmp_path / "only.txt").write_text("Only. " + BODY, encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file,outlet\nx.txt,Ambiguous\nc/only.txt,Elsewhere\n./b/x.txt,Rudaw\nonly.txt,Shafaq News\n", encoding="utf-8")
    articles, rejected = load_articles(tmp_path)
    outlets = dict(zip(articles["source_file"], articles["outlet"]))
    assert outlets == {"a/x.txt": None, "b/x.txt": "Rudaw", "only.txt": "Shafaq News"}
    detail = rejected.set_index("file")["detail"]
    assert "2 paths share" in detail["x.txt"] and "no such file" in detail["c/only.txt"]
