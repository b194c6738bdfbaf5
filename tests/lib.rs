//! Integration tests: the public API, table-driven from `tests/data/`.

mod eu_fields;
mod support;
