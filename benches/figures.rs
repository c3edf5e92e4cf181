//! Figure extraction speed: MB/s of article text on one core.
//!
//! Two corpora from `../shared/corpora`, each timed on its own:
//! - the figure-dense mix: the article bodies of `reuters21578.jsonl` (commodity wires, about
//!   nine figures per KB) and `basil.jsonl`, and the BBC folder; five passes;
//! - `allsides.jsonl.zst`, the project's benchmark corpus (37,554 articles of 491 outlets);
//!   three passes.
//!
//! Each line prints the median throughput of its passes (and min, max). Run with
//! `cargo bench --bench figures` (`-- dense` or `-- allsides` times one of them); says so and
//! exits 0 when `../shared` is absent.

use std::io::BufRead;
use std::path::Path;
use std::time::Instant;

// the allocator of the `factdex` binary, so the figure is the one the indexer gets
#[global_allocator]
static GLOBAL: factdex::alloc::Allocator = factdex::alloc::Allocator;

/// The `body` of each JSON line read from `lines`.
fn bodies_of(lines: impl BufRead, out: &mut Vec<String>) {
    for line in lines.lines().map_while(Result::ok) {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) {
            if let Some(b) = v["body"].as_str() {
                out.push(b.to_string());
            }
        }
    }
}

fn dense(corpora: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for file in ["reuters21578.jsonl", "basil.jsonl"] {
        if let Ok(f) = std::fs::File::open(corpora.join(file)) {
            bodies_of(std::io::BufReader::new(f), &mut out);
        }
    }
    if let Ok(dirs) = std::fs::read_dir(corpora.join("bbc")) {
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

fn allsides(corpora: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(f) = std::fs::File::open(corpora.join("allsides.jsonl.zst")) {
        match zstd::stream::read::Decoder::new(f) {
            Ok(d) => bodies_of(std::io::BufReader::new(d), &mut out),
            Err(e) => eprintln!("figures bench: allsides.jsonl.zst: {e}"),
        }
    }
    out
}

/// Times `passes` extractions of every text and prints the median rate.
fn measure(name: &str, texts: &[String], passes: usize) {
    if texts.is_empty() {
        println!("figures bench ({name}): corpus not found in ../shared/corpora; nothing measured");
        return;
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut rates = Vec::new();
    let mut figures = 0;
    for _ in 0..passes {
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
        "figures bench ({name}): {} texts, {:.1} MB, {} figures ({:.1} per KB); one core: \
         median {:.1} MB/s (min {:.1}, max {:.1}, {passes} passes)",
        texts.len(),
        bytes as f64 / 1e6,
        figures,
        figures as f64 / (bytes as f64 / 1e3),
        rates[passes / 2],
        rates[0],
        rates[passes - 1]
    );
}

fn main() {
    let corpora = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    if !corpora.is_dir() {
        println!("figures bench: ../shared/corpora not found; nothing measured");
        return;
    }
    // (`cargo bench` passes `--bench`; a plain word picks one corpus)
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wants = |name: &str| only.is_empty() || only.iter().any(|o| o == name);
    if wants("dense") {
        measure("dense: Reuters + BASIL + BBC", &dense(&corpora), 5);
    }
    if wants("allsides") {
        measure("allsides", &allsides(&corpora), 3);
    }
}
