//! The reference server over real HTTP on loopback: one integration binary.

mod concurrency;
mod endpoints;
mod faults;
mod logs;
mod openapi;
#[cfg(feature = "postgres")]
mod postgres;
mod process;
mod schema;
mod storage;
mod support;
