"""scripts/bench_floor.py: the least a one-page rebuild must spend, on a real build."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from conftest import ROOT, SAMPLES


def _bench_floor():
    spec = importlib.util.spec_from_file_location("bench_floor",
                                                  ROOT / "scripts" / "bench_floor.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_floor_times_each_part_on_the_sample_build_and_leaves_no_scratch(
        sample_build, capsys):
    floor = _bench_floor()
    before = sorted(p.name for p in sample_build.parent.iterdir())
    assert floor.main([str(sample_build), str(SAMPLES), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert list(result["figures"]) == [
        "start Python, import kg.build", "stat every page", "rewrite articles.jsonl",
        "rewrite graph.ttl", "rewrite graph.graphml", "render the coverage report"]
    assert all(seconds > 0 for seconds in result["figures"].values())
    assert result["total"] == sum(result["figures"].values())
    assert sorted(p.name for p in sample_build.parent.iterdir()) == before


def test_floor_names_a_missing_store(tmp_path, capsys):
    assert _bench_floor().main([str(tmp_path), str(SAMPLES)]) == 2
    assert capsys.readouterr().err == (
        f"bench_floor: {Path(tmp_path) / 'graph.oxigraph'}: no such file or directory\n")
