//! Figure extraction speed: MB/s of article text on one core.
//!
//! Reads the article bodies of `../shared/corpora/reuters21578.jsonl` and `basil.jsonl` (and
//! the BBC folder), extracts every figure five times and prints the median throughput.
//! Run with `cargo bench --bench figures`; says so and exits 0 when `../shared` is absent.

use std::path::Path;
use std::time::Instant;

// the allocator of the `factdex` binary, so the figure is the one the indexer gets
#[global_allocator]
static GLOBAL: factdex::alloc::Allocator = factdex::alloc::Allocator;

fn bodies(shared: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for file in ["reuters21578.jsonl", "basil.jsonl"] {
        let Ok(text) = std::fs::read_to_string(shared.join("corpora").join(file)) else {
            continue;
        };
        for line in text.lines() {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                if let Some(b) = v["body"].as_str() {
                    out.push(b.to_string());
                }
            }
        }
    }
    if let Ok(dirs) = std::fs::read_dir(shared.join("corpora/bbc")) {
        for dir in dirs.flatten() {
            for f in std::fs::read_dir(dir.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                if let Ok(t) = std::fs::read_to_string(f.path()) {
                    out.push(t);
                }
            }
        }
    }
    out
}

fn main() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let texts = bodies(&shared);
    if texts.is_empty() {
        println!("figures bench: ../shared/corpora not found; nothing measured");
        return;
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut rates = Vec::new();
    let mut figures = 0;
    for _ in 0..5 {
        let start = Instant::now();
        figures = texts
            .iter()
            .map(|t| factdex::extract::figures::extract(t).len())
            .sum::<usize>();
        let secs = start.elapsed().as_secs_f64();
        rates.push(bytes as f64 / 1e6 / secs);
    }
    rates.sort_by(|a, b| a.total_cmp(b));
    println!(
        "figures bench: {} texts, {:.1} MB, {} figures; one core: median {:.1} MB/s (min {:.1}, max {:.1})",
        texts.len(),
        bytes as f64 / 1e6,
        figures,
        rates[2],
        rates[0],
        rates[4]
    );
}
