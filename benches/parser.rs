//! Front-end throughput: reading and parsing a generated schema export (`orapg::synth`,
//! seed 1, one file per object; 5,000 objects unless `ORAPG_BENCH_OBJECTS` says
//! otherwise), on one thread and on every core (rayon over statements).
//!
//! Criterion reports bytes/s; lines/s and the figures for docs/performance.md are
//! printed after it. `cargo bench --bench parser`.

use criterion::{Criterion, Throughput};
use orapg::ir::parse_program;
use orapg::reader::{ReadOptions, Script, read_inputs};
use orapg::source::InputFile;
use orapg::synth::{FileLayout, SynthOptions, generate, summarize};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn objects() -> usize {
    std::env::var("ORAPG_BENCH_OBJECTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5_000)
}

/// All generated files read as one script, as `orapg parse DIR` reads them.
fn scripts(objects: usize) -> (Vec<Script>, usize, usize) {
    let files = generate(&SynthOptions {
        objects,
        seed: 1,
        files: FileLayout::PerObject,
    });
    let summary = summarize(&files);
    let dir = tempfile::tempdir().expect("temporary directory");
    orapg::synth::write_to_dir(dir.path(), &files).expect("write the corpus");
    let inputs: Vec<InputFile> = files
        .iter()
        .map(|(path, _)| InputFile::Path(dir.path().join(path)))
        .collect();
    let script = read_inputs(&inputs, &ReadOptions::default());
    (vec![script], summary.lines, summary.bytes)
}

fn parse_all(scripts: &[Script]) -> usize {
    scripts.iter().map(|s| parse_program(s).parsed()).sum()
}

fn lines_per_second(label: &str, lines: usize, pool: &rayon::ThreadPool, scripts: &[Script]) {
    let runs = 3;
    let start = Instant::now();
    for _ in 0..runs {
        black_box(pool.install(|| parse_all(scripts)));
    }
    let seconds = start.elapsed().as_secs_f64() / f64::from(runs);
    println!(
        "{label}: {:.0} lines/s ({lines} lines in {seconds:.3} s)",
        lines as f64 / seconds
    );
}

fn main() {
    let (scripts, lines, bytes) = scripts(objects());
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("pool");
    let all = rayon::ThreadPoolBuilder::new().build().expect("pool");
    let mut criterion = Criterion::default()
        .configure_from_args()
        .measurement_time(Duration::from_secs(10))
        .sample_size(10);
    {
        let mut group = criterion.benchmark_group("parse");
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function("1 thread", |b| {
            b.iter(|| one.install(|| black_box(parse_all(&scripts))))
        });
        group.bench_function(format!("{} threads", all.current_num_threads()), |b| {
            b.iter(|| all.install(|| black_box(parse_all(&scripts))))
        });
        group.finish();
    }
    criterion.final_summary();
    lines_per_second("parse, 1 thread", lines, &one, &scripts);
    lines_per_second(
        &format!("parse, {} threads", all.current_num_threads()),
        lines,
        &all,
        &scripts,
    );
}
