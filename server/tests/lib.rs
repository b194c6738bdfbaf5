//! The reference server over real HTTP on loopback: one integration binary.

mod concurrency;
mod endpoints;
mod isolation;
mod logs;
mod openapi;
#[cfg(feature = "postgres")]
mod postgres;
mod rate_limits;
mod read_back;
mod schema;
mod storage;
mod support;
mod tenants;
mod upserts;
