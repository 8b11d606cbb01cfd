"""``dateline run`` / ``dateline load`` as click commands (the lead registers them in ``dateline.cli``)."""

from __future__ import annotations

from click.testing import CliRunner

import dateline.scale.dask_engine as dask_engine
from dateline.errors import DatelineError
from dateline.scale.cli_commands import load, run
from dateline.scale.dask_engine import RunReport


def test_help_ends_with_an_example():
    for command in (run, load):
        lines = [line.strip() for line in CliRunner().invoke(command, ["--help"]).output.rstrip().splitlines()]
        tail = lines[lines.index("Example:") + 1:]
        assert tail and all(line.startswith("dateline ") for line in tail)


def test_run_passes_its_options_to_run_dask(monkeypatch, tmp_path):
    calls = []

    def fake_run_dask(inputs, **options):
        calls.append((inputs, options))
        return RunReport(articles=3, partitions=1)

    monkeypatch.setattr(dask_engine, "run_dask", fake_run_dask)
    result = CliRunner().invoke(run, ["--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "a.jsonl", "b/",
                                      "--out", str(tmp_path / "o"), "--partition-size", "10"])
    assert result.exit_code == 0, result.output
    inputs, options = calls[0]
    assert inputs == ["a.jsonl", "b/"]
    assert options["scheduler"] == "tcp://127.0.0.1:8786" and options["partition_size"] == 10
    assert "3 article(s)" in result.output


def test_run_without_input_is_e301(tmp_path):
    result = CliRunner().invoke(run, ["--out", str(tmp_path)])
    assert isinstance(result.exception, DatelineError) and result.exception.code == "E301"


def test_load_into_a_read_only_folder_is_e201(tmp_path):
    (tmp_path / "run").mkdir()
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        result = CliRunner().invoke(load, [str(tmp_path / "run"), "--db", str(ro / "s.db")])
    finally:
        ro.chmod(0o755)
    assert isinstance(result.exception, DatelineError) and result.exception.code == "E201"
