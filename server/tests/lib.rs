//! The reference server over real HTTP on loopback: one integration binary.

mod bodies;
mod concurrency;
mod endpoints;
mod hygiene;
mod logs;
mod openapi;
#[cfg(feature = "postgres")]
mod postgres;
mod schema;
mod storage;
mod support;
