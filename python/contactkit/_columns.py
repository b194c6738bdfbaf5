"""Column functions: whole columns validated in Rust, returned as Arrow struct arrays.

Each function takes a pyarrow ``Array`` or ``ChunkedArray`` (string, large_string,
string_view or binary), a pandas or Polars ``Series``, or a list, and returns a
``pyarrow.StructArray`` (a ``ChunkedArray`` of them for a ``ChunkedArray``) with one row
per input row:

* ``value``: the normalized text (for the models, the normalized entry as JSON), or null;
* ``error``: the Rust error text (``email: missing '@'``; for the models Joi's
  ``ValidationError: "email" must be a valid email``), or null;
* ``errors`` (models, ``all_errors=True``): every error of the row;
* with ``fields=True`` (models): one column per field of the schema, normalized.

A null row gives a null ``value`` and a null ``error``. In a list, a value that is not a
``str`` (or, for the models, not JSON-like) is an error row, not an exception.

The rows are read from Arrow memory (no Python object per row), validated with the
interpreter released, in parallel: ``threads=None`` uses every core, ``threads=1`` the
calling thread only (what a Spark task, already one per core, wants).
"""

from __future__ import annotations

from typing import Any, Optional

import pyarrow as pa

from . import _native

__all__ = [
    "countries",
    "emails",
    "ips",
    "locales",
    "phones",
    "referral_ids",
    "update_profiles",
    "user_properties",
    "vat_ids",
]


def _as_arrow_or_list(values: Any) -> Any:
    """The input as something the native side reads: a pyarrow Array, a ChunkedArray
    (handled chunk by chunk) or a list."""
    if isinstance(values, (pa.Array, pa.ChunkedArray, list)):
        return values
    if isinstance(values, tuple):
        return list(values)
    module = type(values).__module__.split(".")[0]
    if module == "polars":
        return values.to_arrow()
    if module == "pandas":
        try:
            return pa.Array.from_pandas(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            # Mixed object columns (str next to int): each row judged on its own.
            return values.tolist()
    if hasattr(values, "__arrow_c_array__"):
        return pa.array(values)
    if hasattr(values, "__arrow_c_stream__"):
        return pa.chunked_array(values)
    return list(values)


def _decode(array: pa.Array) -> pa.Array:
    """Dictionary-encoded strings (pandas categoricals, Parquet) as plain strings."""
    if pa.types.is_dictionary(array.type):
        return array.dictionary_decode()
    return array


def _run(kind: str, values: Any, **options: Any) -> Any:
    values = _as_arrow_or_list(values)
    if isinstance(values, pa.ChunkedArray):
        chunks = [_native.column(kind, _decode(c), **options) for c in values.chunks]
        if not chunks:
            empty = _native.column(kind, pa.array([], pa.string()), **options)
            return pa.chunked_array([], type=empty.type)
        return pa.chunked_array(chunks)
    if isinstance(values, pa.Array):
        values = _decode(values)
    return _native.column(kind, values, **options)


def emails(values: Any, *, threads: Optional[int] = None) -> Any:
    """Canonical emails of a column: ``value`` is the canonical address, ``error`` the
    reason (``email: missing '@'``)."""
    return _run("email", values, threads=threads)


def phones(values: Any, *, region: Optional[str] = None, threads: Optional[int] = None) -> Any:
    """Phone numbers of a column (``+91 9090909090``); national numbers are read in
    ``region`` (an ISO 3166-1 alpha-2 code), else they need a ``+``."""
    return _run("phone", values, region=region, threads=threads)


def ips(values: Any, *, threads: Optional[int] = None) -> Any:
    """Normalized IP addresses of a column (RFC 5952; loopback spellings ``127.0.0.1``)."""
    return _run("ip", values, threads=threads)


def referral_ids(values: Any, *, threads: Optional[int] = None) -> Any:
    """Referral ids of a column (16 ASCII letters and digits)."""
    return _run("referral_id", values, threads=threads)


def vat_ids(values: Any, *, threads: Optional[int] = None) -> Any:
    """EU VAT ids of a column (upper case, no separators, check digits verified)."""
    return _run("vat_id", values, threads=threads)


def countries(values: Any, *, threads: Optional[int] = None) -> Any:
    """Countries of a column as ISO 3166-1 alpha-2 codes."""
    return _run("country", values, threads=threads)


def locales(values: Any, *, threads: Optional[int] = None) -> Any:
    """BCP 47 language tags of a column, canonical case."""
    return _run("locale", values, threads=threads)


def user_properties(
    values: Any,
    *,
    region: str = "IN",
    all_errors: bool = False,
    fields: bool = False,
    threads: Optional[int] = None,
    max_depth: Optional[int] = None,
    max_text_length: Optional[int] = None,
    max_tags: Optional[int] = None,
) -> Any:
    """BIK user-property entries of a column (each row one entry's JSON text).

    ``value`` is the normalized entry as JSON (the CLI's clean record), ``error`` Joi's
    first error; ``all_errors=True`` adds ``errors``; ``fields=True`` adds one column per
    field (``firstName`` ... ``partnerCustomerId``; ``tags`` a list, the consents
    booleans, the dates ISO 8601 text).
    """
    return _run(
        "user_property",
        values,
        region=region,
        all_errors=all_errors,
        fields=fields,
        threads=threads,
        max_depth=max_depth,
        max_text_length=max_text_length,
        max_items=max_tags,
    )


def update_profiles(
    values: Any,
    *,
    all_errors: bool = False,
    fields: bool = False,
    threads: Optional[int] = None,
    max_depth: Optional[int] = None,
    max_text_length: Optional[int] = None,
    max_groups: Optional[int] = None,
) -> Any:
    """BizKitHub update-profile bodies of a column (each row one body's JSON text); the
    output is as for :func:`user_properties`."""
    return _run(
        "update_profile",
        values,
        all_errors=all_errors,
        fields=fields,
        threads=threads,
        max_depth=max_depth,
        max_text_length=max_text_length,
        max_items=max_groups,
    )
