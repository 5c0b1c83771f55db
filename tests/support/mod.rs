//! Shared helpers for integration tests. Each file under tests/ is its own crate and
//! includes this module with `mod support;`.

// Every test binary compiles this module on its own and uses only part of it, so the
// unused rest would otherwise warn (and fail clippy's -D warnings) in each of them.
#![allow(dead_code)]

pub mod postgres;
