"""`sitrep bench` on real text: the corpus, its licences, the table, repeats and --cold."""

from __future__ import annotations

import gzip
import json

from typer.testing import CliRunner

from conftest import ROOT
from sitrep.cli import _register, app

runner = CliRunner()
_register()
CORPUS = ROOT / "bench" / "corpus"


def _write(path, rows):
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def test_every_corpus_document_has_url_licence_and_text_of_its_language():
    from sitrep.lang import detect_lang

    readme = (CORPUS / "README.md").read_text("utf-8")
    for lang in ("uk", "ru", "en"):
        assert f"`{lang}.jsonl.gz`" in readme
        with gzip.open(CORPUS / f"{lang}.jsonl.gz", "rt", encoding="utf-8") as fh:
            rows = [json.loads(x) for x in fh]
        assert len(rows) >= 300, lang
        for r in rows:
            assert r["url"].startswith("https://") and r["licence"] and r["lang"] == lang, r["id"]
            # never a test or dev split of a public corpus
            assert "test" not in r["collection"] and "/dev/" not in r["collection"], r["id"]
        assert len({r["id"] for r in rows}) == len(rows)
        sample = rows[:: max(1, len(rows) // 20)]
        assert sum(detect_lang(r["text"]) == lang for r in sample) >= 0.9 * len(sample)


def test_bench_real_json_per_language_with_stages(tmp_path):
    res = runner.invoke(app, ["bench", "-n", "3", "--lang", "ru,en", "-f", "json", "-q"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["documents"] == 6 and [r["lang"] for r in out["languages"]] == ["ru", "en"]
    for r in out["languages"]:
        assert r["docs_per_sec"] > 0 and r["kb_per_sec"] > 0 and r["repeated"] == 0
        assert {"segment", "places", "persons", "claims", "events"} <= set(r["stages_ms_per_doc"])
    assert 50 < out["peak_rss_mb"] < 5000


def test_bench_repeats_a_small_corpus_and_says_so(tmp_path):
    _write(tmp_path / "uk.jsonl.gz", [
        {"id": "a", "lang": "uk", "text": "У Львові 3 березня поліція затримала 12 людей."},
        {"id": "b", "lang": "uk", "text": "Двоє людей загинули внаслідок обстрілу Харкова."},
    ])  # fmt: skip
    args = ["bench", "--corpus", str(tmp_path), "--eval-dir", str(tmp_path / "none"),
            "--lang", "uk", "-n", "5", "-q"]  # fmt: skip
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    assert "| uk | 5 (3 repeats) |" in res.stdout
    assert "| segment |" in res.stdout and "peak memory" in res.stdout


def test_bench_without_a_corpus_is_a_one_line_error(tmp_path):
    res = runner.invoke(app, ["bench", "--corpus", str(tmp_path), "--eval-dir", str(tmp_path)])
    assert res.exit_code == 2
    assert "no uk benchmark texts" in res.output and "--synthetic" in res.output
    assert "Traceback" not in res.output
    res = runner.invoke(app, ["bench", "--lang", "de"])
    assert res.exit_code == 2 and "unknown language de" in res.output


def test_cold_empties_the_shared_word_caches():
    from sitrep.bench.caches import clear_all
    from sitrep.pipeline import extract
    from sitrep.segment import analyze, word_parses

    extract("Поліція затримала 12 людей у Києві.", "2022-03-01")
    assert word_parses.cache_info().currsize > 0 and analyze.cache_info().currsize > 0
    assert clear_all() > 10
    assert word_parses.cache_info().currsize == 0 and analyze.cache_info().currsize == 0
    # and the pipeline works again afterwards (lexicons reload)
    assert extract("Поліція затримала 12 людей у Києві.", "2022-03-01").claims
