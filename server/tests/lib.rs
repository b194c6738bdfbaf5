//! The reference server over real HTTP on loopback: one integration binary.

mod bodies;
mod concurrency;
mod endpoints;
mod faults;
mod hygiene;
mod isolation;
mod logs;
mod openapi;
#[cfg(feature = "postgres")]
mod postgres;
mod process;
mod rate_limits;
mod read_back;
mod schema;
mod storage;
mod support;
mod tenants;
mod upserts;
