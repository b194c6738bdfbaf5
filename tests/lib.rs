//! Integration tests: the public API, table-driven from `tests/data/`.

mod phone;
mod support;
