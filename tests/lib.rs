//! Integration tests: the public API, table-driven from `tests/data/`.

mod ip;
mod eu_fields;
mod phone;
mod email;
mod support;
mod tokens;
mod vat;
