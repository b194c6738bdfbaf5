//! Integration tests: the public API, table-driven from `tests/data/`.

mod email;
mod support;
