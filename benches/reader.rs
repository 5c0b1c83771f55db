//! Reader throughput on a generated schema export (`orapg::synth`, seed 1, one file per
//! object, 5,000 objects unless `ORAPG_BENCH_OBJECTS` says otherwise).
//!
//! - `read_text, 1 thread`: every file's text, already in memory, read on one thread.
//! - `read_inputs, N threads`: the files written to a temporary directory and read with
//!   `read_inputs` (the command line's path: file reads, decoding, splitting on the
//!   rayon pool, then interpretation in order), on a pool of 1 and of every core.
//!
//! Criterion reports bytes/s; lines/s are printed after it, from a few timed runs of
//! each variant. `cargo bench --bench reader`.

use criterion::{Criterion, Throughput};
use orapg::reader::{ReadOptions, read_inputs, read_text};
use orapg::source::InputFile;
use orapg::synth::{FileLayout, SynthOptions, WriteSummary, generate, summarize, write_to_dir};
use std::hint::black_box;
use std::time::{Duration, Instant};

const DEFAULT_OBJECTS: usize = 5_000;

struct Corpus {
    texts: Vec<(String, String)>,
    inputs: Vec<InputFile>,
    summary: WriteSummary,
    // Kept for its Drop: the directory goes when the benchmark ends.
    _dir: tempfile::TempDir,
}

impl Corpus {
    fn new(objects: usize) -> Corpus {
        let files = generate(&SynthOptions {
            objects,
            seed: 1,
            files: FileLayout::PerObject,
        });
        let dir = tempfile::tempdir().expect("temporary directory");
        write_to_dir(dir.path(), &files).expect("write the corpus");
        let inputs = files
            .iter()
            .map(|(path, _)| InputFile::Path(dir.path().join(path)))
            .collect();
        let summary = summarize(&files);
        let texts = files
            .into_iter()
            .map(|(path, text)| (path.display().to_string(), text))
            .collect();
        Corpus {
            texts,
            inputs,
            summary,
            _dir: dir,
        }
    }

    fn read_in_memory(&self, options: &ReadOptions) -> usize {
        self.texts
            .iter()
            .map(|(name, text)| read_text(name, text, options).items.len())
            .sum()
    }

    fn read_files(&self, pool: &rayon::ThreadPool, options: &ReadOptions) -> usize {
        pool.install(|| read_inputs(&self.inputs, options).items.len())
    }
}

fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool")
}

fn main() {
    let objects = std::env::var("ORAPG_BENCH_OBJECTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_OBJECTS);
    let corpus = Corpus::new(objects);
    let options = ReadOptions::default();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let one = pool(1);
    let all = pool(cores);
    let s = corpus.summary;
    eprintln!(
        "corpus: {objects} objects, {} files, {} lines, {:.1} MB",
        s.files,
        s.lines,
        s.bytes as f64 / 1e6
    );

    let mut criterion = Criterion::default()
        .sample_size(10)
        .measurement_time(Duration::from_secs(10))
        .configure_from_args();
    // The corpus size is in the name so that criterion never compares runs on
    // different corpora as if they were one benchmark.
    let mut group = criterion.benchmark_group(format!("reader/{objects} objects"));
    group.throughput(Throughput::Bytes(s.bytes as u64));
    group.bench_function("read_text, 1 thread", |b| {
        b.iter(|| black_box(corpus.read_in_memory(&options)))
    });
    group.bench_function("read_inputs, 1 thread", |b| {
        b.iter(|| black_box(corpus.read_files(&one, &options)))
    });
    group.bench_function(format!("read_inputs, {cores} threads"), |b| {
        b.iter(|| black_box(corpus.read_files(&all, &options)))
    });
    group.finish();
    criterion.final_summary();

    // `cargo test --benches` runs each benchmark once to see that it works; rates only
    // mean something under `cargo bench`.
    if std::env::args().any(|a| a == "--bench") {
        println!(
            "\nlines/s (median of 5 runs; {} lines, {} bytes):",
            s.lines, s.bytes
        );
        rate("read_text, 1 thread", s, || corpus.read_in_memory(&options));
        rate("read_inputs, 1 thread", s, || {
            corpus.read_files(&one, &options)
        });
        rate(&format!("read_inputs, {cores} threads"), s, || {
            corpus.read_files(&all, &options)
        });
    }
}

fn rate(name: &str, s: WriteSummary, mut run: impl FnMut() -> usize) {
    let mut times: Vec<Duration> = (0..5)
        .map(|_| {
            let start = Instant::now();
            black_box(run());
            start.elapsed()
        })
        .collect();
    times.sort();
    let median = times[times.len() / 2].as_secs_f64();
    println!(
        "  {name:<24} {:>12.0} lines/s {:>8.1} MB/s ({:.1} ms per corpus)",
        s.lines as f64 / median,
        s.bytes as f64 / median / 1e6,
        median * 1e3
    );
}
