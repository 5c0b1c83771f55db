//! Synthetic Oracle source for benchmarks (owned by the benchmark work; see benches/).
