//! Integration tests: the public API, table-driven from `tests/data/`.

mod ip;
mod support;
mod tokens;
mod vat;
