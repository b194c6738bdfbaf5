//! The reference server over real HTTP on loopback: one integration binary.

mod concurrency;
mod endpoints;
mod logs;
#[cfg(feature = "postgres")]
mod postgres;
mod storage;
mod support;
