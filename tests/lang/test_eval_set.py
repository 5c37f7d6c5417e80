"""The labelled multilingual evaluation set, run through the real archive (issue 5 targets)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "eval_multilingual.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("eval_multilingual", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    script = _load_script()
    data = script.load_eval_set()
    archive, ids = script.build_archive(tmp_path_factory.mktemp("eval") / "archive", data)
    try:
        yield script.evaluate(archive, ids, data)
    finally:
        archive.close()


@pytest.mark.parametrize(
    "group",
    [
        "folding",
        "stemming",
        "compounds",
        "transliteration",
        "morphology",
        "names_gate",
        "name_collisions",
        "exonyms",
        "organisations",
        "boilerplate",
    ],
)
def test_every_must_find_is_found_and_false_hits_stay_under_two_percent(scores, group) -> None:
    score = scores[group]
    assert score.recall == 1.0, score.failures
    assert score.false_rate <= 0.02, score.failures
    assert score.traps_hit == 0, score.failures
