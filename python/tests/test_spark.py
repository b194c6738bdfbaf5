"""contactkit.spark on PySpark in local mode (``local[2]``) over the project's 100,000-entry
reference body, against the CLI on the same records: the same clean/reject split, the
same first error of every reject and the same normalized values of every clean record.

The body comes from ``benches/perf/gen_data.py`` (``CONTACTKIT_BULK_BODY`` names another
copy); the CLI is ``target/debug/contactkit`` unless ``CONTACTKIT_CLI`` names one, built
with cargo when missing.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
import time

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import contactkit as ck
from contactkit.spark import clean_contacts, output_fields

pyspark = pytest.importorskip("pyspark")


def _body(repo: pathlib.Path) -> pathlib.Path:
    named = os.environ.get("CONTACTKIT_BULK_BODY")
    if named:
        return pathlib.Path(named)
    out = repo / "target" / "perf-data"
    body = out / "bulk-100k.json"
    if not body.exists():
        subprocess.run(
            [sys.executable, str(repo / "benches" / "perf" / "gen_data.py"), "--out", str(out)],
            check=True,
        )
    return body


def _cli(repo: pathlib.Path) -> pathlib.Path:
    named = os.environ.get("CONTACTKIT_CLI")
    if named:
        return pathlib.Path(named)
    cli = repo / "target" / "debug" / "contactkit"
    if not cli.exists():
        subprocess.run(["cargo", "build", "-p", "contactkit-cli"], cwd=repo, check=True)
    return cli


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("contactkit-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        # Small splits, so the body's Parquet file is read as several partitions.
        .config("spark.sql.files.maxPartitionBytes", str(4 << 20))
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture(scope="module")
def reference(repo, tmp_path_factory):
    """The body's entries as Parquet, and the CLI's verdicts on the same body."""
    body = _body(repo)
    table = ck.split_request(body.read_bytes())
    assert table.num_rows == 100_000
    folder = tmp_path_factory.mktemp("spark")
    parquet = folder / "entries.parquet"
    pq.write_table(table.select(["line", "entry"]), parquet, row_group_size=10_000)
    out, rejects = folder / "o.jsonl", folder / "r.jsonl"
    run = subprocess.run(
        [str(_cli(repo)), "check", str(body), "--out", str(out), "--rejects", str(rejects)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1, run.stderr  # 1: some records rejected
    clean = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    rejected = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    return parquet, clean, rejected


def test_clean_contacts_agrees_with_the_cli(spark, reference) -> None:
    parquet, cli_clean, cli_rejects = reference
    df = spark.read.parquet(str(parquet))
    assert df.rdd.getNumPartitions() >= 2
    started = time.perf_counter()
    cleaned = clean_contacts(df, schema="bik", region="IN", column="entry")
    rows = cleaned.toArrow() if hasattr(cleaned, "toArrow") else pa.Table.from_pandas(cleaned.toPandas())
    elapsed = time.perf_counter() - started
    print(f"\nspark local[2]: {rows.num_rows} rows in {elapsed:.2f} s ({rows.num_rows / elapsed:,.0f} rows/s)")
    names = [f.name for f in output_fields("bik")]
    assert rows.column_names == ["line", "entry"] + names + ["error"]
    rows = rows.sort_by("line").to_pylist()
    assert len(rows) == 100_000

    # The same split and the same first error of every reject, record by record.
    ours_rejects = [(r["line"], r["error"]) for r in rows if r["error"] is not None]
    cli = [(r["line"], r["errors"][0]) for r in cli_rejects]
    assert len(ours_rejects) == len(cli) > 1_000  # the body is ~10% invalid
    assert ours_rejects == cli
    # The same normalized records, in the same order.
    ours_clean = [{n: r[n] for n in names if r[n] is not None} for r in rows if r["error"] is None]
    assert len(ours_clean) == len(cli_clean)
    assert ours_clean == cli_clean


def test_clean_contacts_all_errors_and_field_columns(spark) -> None:
    """All-errors mode, and a DataFrame with one column per field (a CSV export)."""
    df = spark.createDataFrame(
        [
            ("Ann", "Lee", "Ann@Example.com", "9090909090", "keep me"),
            (None, " ", "bad", "12", "x"),
        ],
        "firstName string, lastName string, email string, phoneNumber string, note string",
    )
    out = clean_contacts(df, all_errors=True).collect()
    assert out[0].asDict() == {
        "note": "keep me",
        **{f.name: None for f in output_fields("bik")},
        "firstName": "Ann",
        "lastName": "Lee",
        "email": "ann@example.com",
        "phoneNumber": "+91 9090909090",
        "error": None,
        "errors": [],
    }
    assert out[1]["error"] == 'ValidationError: "firstName" is required'
    assert out[1]["errors"] == [
        'ValidationError: "firstName" is required',
        'ValidationError: "lastName" is not allowed to be empty',
        'ValidationError: "phoneNumber" must be a valid phone number',
        'ValidationError: "email" must be a valid email',
    ]
    assert out[1]["email"] is None


def test_clean_contacts_update_profile(spark) -> None:
    df = spark.createDataFrame(
        [('{"email": "Jan@Barasek.com", "postalCode": "27201", "country": "CZ"}',), ('{"email": 1}',)],
        "body string",
    )
    out = clean_contacts(df, schema="update-profile").collect()
    assert (out[0]["email"], out[0]["postalCode"], out[0]["error"]) == ("jan@barasek.com", "272 01", None)
    assert out[1]["error"] == 'ValidationError: "email" must be a string'
    with pytest.raises(ValueError):
        clean_contacts(df, schema="nope")
