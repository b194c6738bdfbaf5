"""The column functions: inputs of every kind, order, nulls, types and threads."""

from __future__ import annotations

import json

import pyarrow as pa
import pytest

import contactkit as ck
from contactkit.spark import output_fields

EMAILS = ["Ann@Example.com", None, "bad", "  x@Y.org "]
WANT = [
    {"value": "ann@example.com", "error": None},
    {"value": None, "error": None},
    {"value": None, "error": "email: missing '@'"},
    {"value": "x@y.org", "error": None},
]


@pytest.mark.parametrize(
    "make",
    [
        list,
        tuple,
        lambda v: pa.array(v, pa.string()),
        lambda v: pa.array(v, pa.large_string()),
        lambda v: pa.array(v, pa.string_view()),
        lambda v: pa.array([None if x is None else x.encode() for x in v], pa.binary()),
        lambda v: pa.array(v, pa.string()).dictionary_encode(),
    ],
)
def test_input_kinds(make) -> None:
    out = ck.emails(make(EMAILS))
    assert isinstance(out, pa.StructArray)
    assert out.type == pa.struct([("value", pa.string()), ("error", pa.string())])
    assert out.to_pylist() == WANT


def test_chunked_pandas_polars() -> None:
    chunked = pa.chunked_array([EMAILS[:2], EMAILS[2:], []], pa.string())
    out = ck.emails(chunked)
    assert isinstance(out, pa.ChunkedArray) and out.to_pylist() == WANT
    assert ck.emails(pa.chunked_array([], pa.string())).to_pylist() == []
    pd = pytest.importorskip("pandas")
    assert ck.emails(pd.Series(EMAILS)).to_pylist() == WANT
    mixed = pd.Series(["a@b.com", 7, None])
    assert ck.emails(mixed).to_pylist()[1] == {"value": None, "error": "email: expected str, got int"}
    pl = pytest.importorskip("polars")
    assert ck.emails(pl.Series(EMAILS)).to_pylist() == WANT


def test_bad_rows_are_rows_not_exceptions() -> None:
    out = ck.emails(["a\ud800@x.com", 5, b"\xff@x.com", "x" * 1_000_000]).to_pylist()
    assert [row["error"] for row in out] == [
        "email: unpaired surrogate at position 2",
        "email: expected str, got int",
        "email: not valid UTF-8",
        out[3]["error"],
    ]
    assert out[3]["error"].startswith("email: ")
    with pytest.raises(TypeError):
        ck.emails(pa.array([1, 2]))
    assert ck.emails(pa.nulls(3)).to_pylist() == [{"value": None, "error": None}] * 3
    with pytest.raises(ValueError):
        ck.emails(["a@b.com"], threads=0)


def test_order_and_threads() -> None:
    values = [f"user{i}@Example.com" if i % 7 else f"bad{i}" for i in range(20_000)]
    one = ck.emails(values, threads=1)
    assert one.equals(ck.emails(values, threads=2))
    assert one.equals(ck.emails(values))
    rows = one.to_pylist()
    assert rows[1] == {"value": "user1@example.com", "error": None}
    assert rows[7] == {"value": None, "error": "email: missing '@'"}
    assert sum(row["error"] is not None for row in rows) == len(range(0, 20_000, 7))


def test_phones_with_region() -> None:
    out = ck.phones(["9090909090", "+420 777 123 456", "12"], region="IN").to_pylist()
    assert [row["value"] for row in out] == ["+91 9090909090", "+420 777123456", None]
    assert ck.phones(["9090909090"]).to_pylist()[0]["value"] is None


def test_user_property_fields_agree_with_value_json() -> None:
    entries = [
        '{"firstName":"Ann","lastName":"Lee","email":" Ann@X.com","tags":["a","b"],"smsMarketingConsent":"TRUE","createdAt":1737175200000,"phoneNumber":"9090909090"}',
        '{"firstName":"Bob","lastName":"Roy","emailMarketingConsent":false,"updatedAt":"2025-01-18"}',
        '{"firstName":"Bad"}',
        None,
        {"firstName": "Dict", "lastName": "Entry", "city": "  Pune  "},
    ]
    out = ck.user_properties(entries, fields=True, all_errors=True)
    names = [f.name for f in output_fields("bik")]
    assert [out.type.field(i).name for i in range(out.type.num_fields)] == ["value", "error", "errors"] + names
    for f in output_fields("bik"):
        assert out.type.field(f.name).type == f.type, f.name
    rows = out.to_pylist()
    for row in rows:
        if row["value"] is None:
            assert all(row[n] is None for n in names)
            continue
        parsed = json.loads(row["value"])
        assert {n: row[n] for n in names if row[n] is not None} == parsed
    assert rows[0]["tags"] == ["a", "b"] and rows[0]["smsMarketingConsent"] is True
    assert rows[0]["createdAt"] == "2025-01-18T04:40:00.000Z"
    assert rows[2]["errors"] == ['ValidationError: "lastName" is required']
    assert rows[3] == {k: None for k in rows[3]}
    assert rows[4]["city"] == "Pune"


def test_update_profile_fields_agree_with_value_json(tables) -> None:
    bodies = [case["body"] for case in tables("update_profile.json")]
    out = ck.update_profiles(bodies, fields=True).to_pylist()
    names = [f.name for f in output_fields("update-profile")]
    valid = 0
    for row in out:
        if row["value"] is not None:
            valid += 1
            assert {n: row[n] for n in names if row[n] is not None} == json.loads(row["value"])
    assert valid > 10


def test_records_json() -> None:
    from contactkit import _native

    batch = pa.RecordBatch.from_pydict(
        {
            "firstName": ["Ann", None],
            "lastName": ["Lee", "Roy"],
            "tags": [["a"], None],
            "emailMarketingConsent": [True, None],
        }
    )
    texts = _native.records_json(batch).to_pylist()
    assert [json.loads(t) for t in texts] == [
        {"firstName": "Ann", "lastName": "Lee", "tags": ["a"], "emailMarketingConsent": True},
        {"lastName": "Roy"},
    ]


def test_readme_pandas_example() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"email": ["Ann@Example.com", "bad", None], "phone": ["9090909090", "+420 777 123 456", "12"]})
    emails = ck.emails(df["email"])
    df["email_clean"] = emails.field("value").to_pandas()
    df["email_error"] = emails.field("error").to_pandas()
    df["phone_clean"] = ck.phones(df["phone"], region="IN").field("value").to_pandas()
    assert df["email_clean"].tolist()[0] == "ann@example.com"
    assert df["email_error"].tolist()[1] == "email: missing '@'"
    assert df["phone_clean"].tolist()[:2] == ["+91 9090909090", "+420 777123456"]


def test_readme_polars_example() -> None:
    pl = pytest.importorskip("polars")
    df = pl.DataFrame({"email": ["Ann@Example.com", "bad", None]})
    out = df.with_columns(
        pl.col("email")
        .map_batches(
            lambda s: pl.from_arrow(ck.emails(s)),
            return_dtype=pl.Struct({"value": pl.String, "error": pl.String}),
        )
        .alias("checked")
    ).unnest("checked")
    assert out.rows() == [
        ("Ann@Example.com", "ann@example.com", None),
        ("bad", None, "email: missing '@'"),
        (None, None, None),
    ]
