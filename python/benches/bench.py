"""Benchmarks of the Python package, one run, ratios measured side by side.

    python python/benches/bench.py [--body target/perf-data/bulk-100k.json] [--spark]

1. BIK ``validate_request`` on the 100,000-entry reference body from Python, against the
   pydantic v2 + email-validator + phonenumbers peer (``peer_pydantic.py``), one core,
   rounds interleaved, medians.
2. The email and phone column functions over 1,000,000 values taken from the body: values/s
   on one thread and on two, and the speed-up.
3. With ``--spark``: ``contactkit.spark.clean_contacts`` on PySpark ``local[2]`` over the
   body, end to end (read Parquet, clean, collect as Arrow), rows/s.

The load average is printed before and after: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

import pyarrow as pa

import contactkit as ck

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))

import peer_pydantic  # noqa: E402


def timed(fn, rounds):
    times = []
    result = None
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def load() -> str:
    return "load average %.2f %.2f %.2f" % os.getloadavg()


def body_path(arg: str | None) -> pathlib.Path:
    if arg:
        return pathlib.Path(arg)
    out = REPO / "target" / "perf-data"
    path = out / "bulk-100k.json"
    if not path.exists():
        subprocess.run([sys.executable, str(REPO / "benches" / "perf" / "gen_data.py"), "--out", str(out)], check=True)
    return path


def bench_requests(body: bytes, rounds: int) -> dict:
    entries_n = len(ck.validate_request(body, max_entries=1 << 30, max_body_bytes=1 << 40))
    ours_resp, ours_dicts, peer = [], [], []
    for _ in range(rounds):
        # Interleaved, so drift on a shared machine hits every implementation alike.
        t, r = timed(lambda: ck.validate_request(body, max_entries=1 << 30, max_body_bytes=1 << 40).response(), 1)
        ours_resp.append(t)
        t, r = timed(lambda: ck.validate_request(body, max_entries=1 << 30, max_body_bytes=1 << 40).valid, 1)
        ours_dicts.append(t)
        t, (valid, invalid) = timed(lambda: peer_pydantic.validate_request(json.loads(body)["userProperties"]), 1)
        peer.append(t)
    ours = ck.validate_request(body, max_entries=1 << 30, max_body_bytes=1 << 40)
    out = {
        "entries": entries_n,
        "ours_valid": len(ours) - len(ours.invalid),
        "peer_valid": len(valid),
        "ours_response_s": statistics.median(ours_resp),
        "ours_with_valid_dicts_s": statistics.median(ours_dicts),
        "peer_s": statistics.median(peer),
    }
    out["ours_response_per_s"] = entries_n / out["ours_response_s"]
    out["ours_with_valid_dicts_per_s"] = entries_n / out["ours_with_valid_dicts_s"]
    out["peer_per_s"] = entries_n / out["peer_s"]
    out["speedup_response"] = out["peer_s"] / out["ours_response_s"]
    out["speedup_with_valid_dicts"] = out["peer_s"] / out["ours_with_valid_dicts_s"]
    return out


def bench_columns(body: bytes, n: int, rounds: int) -> dict:
    entries = json.loads(body)["userProperties"]
    emails = [e["email"] for e in entries if isinstance(e, dict) and isinstance(e.get("email"), str)]
    phones = [e["phoneNumber"] for e in entries if isinstance(e, dict) and isinstance(e.get("phoneNumber"), str)]
    out = {}
    entry_column = ck.split_request(body).column("entry")
    one, _ = timed(lambda: ck.user_properties(entry_column, fields=True, threads=1), rounds)
    two, _ = timed(lambda: ck.user_properties(entry_column, fields=True, threads=2), rounds)
    n_entries = len(entry_column)
    out["bik_entries"] = {
        "values": n_entries,
        "one_thread_per_s": n_entries / one,
        "two_threads_per_s": n_entries / two,
        "speedup": one / two,
    }
    for name, values, call in [
        ("email", emails, lambda a, t: ck.emails(a, threads=t)),
        ("phone", phones, lambda a, t: ck.phones(a, region="IN", threads=t)),
    ]:
        array = pa.array((values * (n // len(values) + 1))[:n], pa.string())
        call(array, None)  # warm-up: phone metadata patterns compile on first use
        one, _ = timed(lambda: call(array, 1), rounds)
        two, result = timed(lambda: call(array, 2), rounds)
        out[name] = {
            "values": n,
            "invalid_share": 1 - result.field("error").null_count / n,
            "one_thread_per_s": n / one,
            "two_threads_per_s": n / two,
            "speedup": one / two,
        }
    return out


def bench_spark(body: bytes, rounds: int) -> dict:
    import pyarrow.parquet as pq
    from pyspark.sql import SparkSession

    from contactkit.spark import clean_contacts

    os.environ["PYSPARK_PYTHON"] = sys.executable
    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.files.maxPartitionBytes", str(4 << 20))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    with tempfile.TemporaryDirectory() as tmp:
        parquet = os.path.join(tmp, "entries.parquet")
        pq.write_table(ck.split_request(body).select(["line", "entry"]), parquet, row_group_size=10_000)

        def run():
            df = spark.read.parquet(parquet)
            return clean_contacts(df, schema="bik", region="IN", column="entry").toArrow()

        def baseline():
            # The same job with a pass-through function: Spark's own cost.
            df = spark.read.parquet(parquet)
            return df.mapInArrow(lambda batches: batches, df.schema).toArrow()

        run()  # warm-up: Python workers start, the JVM compiles
        baseline()
        t, table = timed(run, rounds)
        base, _ = timed(baseline, rounds)
    spark.stop()
    return {
        "rows": table.num_rows,
        "seconds": t,
        "rows_per_s": table.num_rows / t,
        "passthrough_seconds": base,
        "passthrough_rows_per_s": table.num_rows / base,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--body", help="the 100k reference body (default: generated into target/perf-data)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--values", type=int, default=1_000_000)
    ap.add_argument("--spark", action="store_true", help="also time Spark local[2] end to end")
    ap.add_argument("--json", help="also write the figures to this file")
    a = ap.parse_args()

    body = body_path(a.body).read_bytes()
    print(f"before: {load()} ({os.cpu_count()} cores)")
    results = {"load_before": os.getloadavg()}
    r = results["requests"] = bench_requests(body, a.rounds)
    print(f"validate_request, {r['entries']:,} entries, one core, median of {a.rounds}:")
    print(f"  contactkit, response dict          {r['ours_response_per_s']:>10,.0f} entries/s  {r['speedup_response']:.1f}x the peer")
    print(f"  contactkit, + valid entries dicts  {r['ours_with_valid_dicts_per_s']:>10,.0f} entries/s  {r['speedup_with_valid_dicts']:.1f}x the peer")
    print(f"  pydantic + email-validator + phonenumbers {r['peer_per_s']:>10,.0f} entries/s")
    print(f"  valid entries: contactkit {r['ours_valid']:,}, peer {r['peer_valid']:,}")
    c = results["columns"] = bench_columns(body, a.values, a.rounds)
    f = c.pop("bik_entries")
    print(
        f"BIK entries column (fields=True, as Spark runs it), {f['values']:,} entries: "
        f"1 thread {f['one_thread_per_s']:,.0f}/s, 2 threads {f['two_threads_per_s']:,.0f}/s, speed-up {f['speedup']:.2f}x"
    )
    c["bik_entries"] = f
    for name, f in list(c.items())[:-1]:
        print(
            f"{name} column, {f['values']:,} values ({f['invalid_share']:.1%} invalid): "
            f"1 thread {f['one_thread_per_s']:,.0f}/s, 2 threads {f['two_threads_per_s']:,.0f}/s, "
            f"speed-up {f['speedup']:.2f}x"
        )
    if a.spark:
        s = results["spark"] = bench_spark(body, a.rounds)
        print(
            f"spark local[2] clean_contacts end to end: {s['rows']:,} rows in {s['seconds']:.2f} s = "
            f"{s['rows_per_s']:,.0f} rows/s (pass-through mapInArrow, same job: "
            f"{s['passthrough_seconds']:.2f} s = {s['passthrough_rows_per_s']:,.0f} rows/s)"
        )
    results["load_after"] = os.getloadavg()
    print(f"after: {load()}")
    if a.json:
        pathlib.Path(a.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
