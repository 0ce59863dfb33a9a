"""natasha's compact loader (mentions/ner/load.py) gives the stock loader's word ids and
spans, and the model loads on the first Russian document, not when the pipeline is built."""

from __future__ import annotations

import pytest

from sitrep.mentions.ner.load import HashedVocab, _lines


def test_hashed_vocab_keeps_the_dict_semantics() -> None:
    items = ["<pad>", "<unk>", "путин", "киев", "путин", "kyiv"]
    v = HashedVocab(iter(items), len(items))
    want = {w: i for i, w in enumerate(items)}  # slovnet's Vocab: a repeat keeps the last id
    for w in items + ["москва", "", "Путин"]:
        assert v.encode(w) == want.get(w, want["<unk>"]), w
    assert (v.pad_id, v.unk_id) == (0, 1)


@pytest.mark.parametrize(
    "text",
    ["a\nb\nc", "a\nb\n", "", "\n", "a\n\nb", "a\rb\nc", "x\u2028y", "один\nдва\n\nтри"],
)
def test_lines_split_as_splitlines(text: str) -> None:
    lines, count = _lines(text)
    got = list(lines)
    assert got == text.splitlines() and count == len(got)


natasha = pytest.importorskip("natasha")

from sitrep.mentions.ner import load  # noqa: E402

TEXTS = [
    "Президент России Владимир Путин встретился с Ангелой Меркель в Берлине.",
    "В Харькове Геннадий Кернес получил ранение, сообщило МВД Украины.",
    "Пресс-секретарь талибов Забиулла Муджахид выложил фото в твиттер.",
    "Журнал «Огонёк» и агентство Интерфакс сообщили о взрыве в Махачкале.",
    "xyzzy qwerty Ёжик Ъъъ 123 — «»",
]


def test_compact_loader_gives_the_stock_loaders_output() -> None:
    compact, stock = load.tagger(True), load.tagger(False)
    words = stock.infer.encoder.words_vocab
    mine = compact.infer.encoder.words_vocab
    assert all(mine.encode(w) == words.encode(w) for w in words.items)
    assert (mine.pad_id, mine.unk_id) == (words.pad_id, words.unk_id)
    got = [[(s.start, s.stop, s.type) for s in m.spans] for m in compact.map(TEXTS)]
    want = [[(s.start, s.stop, s.type) for s in m.spans] for m in stock.map(TEXTS)]
    assert got == want and any(got)


def test_model_loads_on_the_first_russian_document(monkeypatch) -> None:
    from sitrep.pipeline import Pipeline, extract_doc

    calls = []
    real = load.tagger
    monkeypatch.setattr(load, "tagger", lambda compact=True: calls.append(compact) or real(compact))
    cfg = {"pipeline": {"components": ["normalize", "language", "segment", "ner_natasha"]}}
    pipe = Pipeline.from_config(cfg)
    assert calls == []  # building the pipeline loads nothing
    extract_doc("The mayor of Kharkiv, Gennady Kernes, was shot.", lang="en", pipeline=pipe)
    assert calls == []  # nor does an English report
    extract_doc("Мэр Харькова Геннадий Кернес ранен.", lang="ru", pipeline=pipe)
    assert calls == [True]


def test_tagger_runs_blas_on_one_thread(monkeypatch) -> None:
    """Loading the tagger sets numpy's OpenBLAS to one thread (idle threads spin otherwise)."""
    calls = []
    monkeypatch.setattr(load, "one_blas_thread", lambda: calls.append(1) or True)
    load.tagger.cache_clear()
    try:
        load.tagger(True)
    finally:
        load.tagger.cache_clear()
    assert calls == [1]


def test_the_default_pipeline_does_not_import_numpy():
    """natasha's loader needs numpy (~12 MB resident); the rules-only default must not pay
    for it (issue 18's memory budget of a 10k ingest)."""
    import subprocess
    import sys

    code = (
        "import sys; from sitrep.pipeline import extract; extract('Two people were killed.', "
        "'2024-01-02'); print('numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
