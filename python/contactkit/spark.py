"""Cleaning contact data on Spark: :func:`clean_contacts`.

Built on ``DataFrame.mapInArrow``: each Arrow batch of a partition goes to the Rust
column functions (no Python object per row), so executors need only this package's
wheel (and pyarrow, which PySpark's Arrow support needs anyway).
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Optional

import pyarrow as pa

from . import _native

__all__ = ["clean_contacts", "output_fields"]

_SCHEMAS = ("bik", "update-profile")

# The fields of each schema with their Arrow types, in the API's order. A test checks
# them against what the Rust models produce.
_TEXT = pa.string()
_LIST = pa.list_(pa.string())
_BOOL = pa.bool_()
_FIELDS: Dict[str, List[tuple]] = {
    "bik": [
        ("firstName", _TEXT),
        ("lastName", _TEXT),
        ("source", _TEXT),
        ("phoneNumber", _TEXT),
        ("alternatePhoneNumber", _TEXT),
        ("email", _TEXT),
        ("address1", _TEXT),
        ("address2", _TEXT),
        ("city", _TEXT),
        ("state", _TEXT),
        ("country", _TEXT),
        ("createdAt", _TEXT),
        ("updatedAt", _TEXT),
        ("emailMarketingConsent", _BOOL),
        ("smsMarketingConsent", _BOOL),
        ("tags", _LIST),
        ("partnerCustomerId", _TEXT),
    ],
    "update-profile": [
        ("email", _TEXT),
        ("name", _TEXT),
        ("firstName", _TEXT),
        ("lastName", _TEXT),
        ("phone", _TEXT),
        ("companyName", _TEXT),
        ("companyRegistrationNumber", _TEXT),
        ("taxIdentificationNumber", _TEXT),
        ("streetAddress", _TEXT),
        ("city", _TEXT),
        ("cityPart", _TEXT),
        ("stateRegion", _TEXT),
        ("postalCode", _TEXT),
        ("country", _TEXT),
        ("newsletter", _BOOL),
        ("primaryLocale", _TEXT),
        ("groups", _LIST),
        ("customerRealIp", _TEXT),
        ("referralId", _TEXT),
    ],
}


def output_fields(schema: str = "bik") -> List[pa.Field]:
    """The normalized columns :func:`clean_contacts` writes for ``schema``, as Arrow
    fields (strings; booleans for consents/newsletter; lists of strings for tags/groups)."""
    return [pa.field(name, type_) for name, type_ in _FIELDS[_schema_name(schema)]]


def _schema_name(schema: str) -> str:
    name = schema.replace("_", "-").lower()
    if name not in _SCHEMAS:
        raise ValueError(f"schema must be one of {_SCHEMAS}, got {schema!r}")
    return name


def clean_contacts(
    df: Any,
    schema: str = "bik",
    region: str = "IN",
    all_errors: bool = False,
    *,
    column: Optional[str] = None,
    threads: int = 1,
) -> Any:
    """Validates and normalizes every row of a Spark DataFrame of contacts.

    Two layouts are read:

    * one JSON text per row (``column``, or the DataFrame's only string column): each
      row is one BIK entry (``schema="bik"``) or one update-profile body
      (``schema="update-profile"``), as :func:`contactkit.split_request` or
      ``spark.read.text`` on JSON Lines give. The result has the input's columns, then
      one column per field of the schema, normalized, then ``error``;
    * one column per field (``firstName``, ``email``, ``phoneNumber``...; a CSV export):
      the field columns are replaced by their normalized values, other columns are kept
      as they are (not validated), and ``error`` is added.

    ``error`` is null for a valid row and otherwise Joi's first error, exactly as the
    CLI's rejects file writes it (``ValidationError: "email" must be a valid email``);
    with ``all_errors=True`` an ``errors`` column lists every error. The field columns
    of an invalid row are null. National phone numbers are read in ``region`` (BIK).

    ``threads`` is the number of threads per Spark task: Spark already runs one task per
    core, so 1 avoids oversubscription.
    """
    from pyspark.sql.pandas.types import from_arrow_schema

    name = _schema_name(schema)
    fields = output_fields(name)
    field_names = {f.name for f in fields}
    in_schema = df.schema
    string_columns = [f.name for f in in_schema.fields if f.dataType.typeName() == "string"]
    if column is None:
        present = [c for c in df.columns if c in field_names]
        if not present:
            if len(string_columns) != 1:
                raise ValueError(
                    "pass column= (the column of JSON entries) or give the DataFrame "
                    f"columns named after the {name} fields"
                )
            column = string_columns[0]
    if column is not None and column not in df.columns:
        raise ValueError(f"no column {column!r} in the DataFrame")
    if column in field_names:
        raise ValueError(f"the JSON column may not be named like a field ({column!r})")

    extra = [pa.field("error", pa.string())]
    if all_errors:
        extra.append(pa.field("errors", pa.list_(pa.string())))
    extra_names = {f.name for f in extra}
    # Input columns named like a field (or `error`) are replaced by the output's.
    kept = [c for c in df.columns if c not in field_names and c not in extra_names]
    source = [column] if column is not None else [c for c in df.columns if c in field_names]
    out_fields = fields
    kept_schema = [f for f in in_schema.fields if f.name in kept]

    from pyspark.sql.types import StructType

    result_arrow = pa.schema(list(out_fields) + extra)
    spark_schema = StructType(kept_schema + list(from_arrow_schema(result_arrow).fields))
    json_column = column
    function = _native_column(name)
    names = kept + [f.name for f in result_arrow]

    def clean(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            if json_column is not None:
                entries = batch.column(json_column)
            else:
                # One JSON object per row, null cells left out: an absent field.
                entries = _native.records_json(batch.select(source))
            options: Dict[str, Any] = dict(all_errors=all_errors, fields=True, threads=threads)
            if name == "bik":
                options["region"] = region
            result = function(entries, **options)
            arrays = [batch.column(c) for c in kept]
            arrays += [result.field(f.name).cast(f.type) for f in out_fields]
            arrays += [result.field(f.name) for f in extra]
            yield pa.RecordBatch.from_arrays(arrays, names=names)

    return df.mapInArrow(clean, spark_schema)


def _native_column(name: str) -> Any:
    from . import _columns

    return _columns.user_properties if name == "bik" else _columns.update_profiles
