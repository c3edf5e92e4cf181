//! `factdex eval`: measurements that need the research data in `../shared` (BASIL grouping)
//! or a built index (search latency). They print their figures; they are not tests.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use serde::Serialize;

mod concepts;
mod corpora;
mod figures;

use super::{finish, stdout, EXIT_OK};
use crate::index::LocalIndex;
use crate::render::json;
use crate::search::{search, Options};

/// Arguments of `factdex eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, clap::Subcommand)]
enum What {
    /// BASIL: for each event, does its title as the query put all three outlets' articles of
    /// that event in the top 3 groups?
    Basil {
        /// The BASIL corpus (JSON Lines with `event`, `event_title`).
        #[arg(long, default_value = "../shared/corpora/basil.jsonl")]
        corpus: PathBuf,
        /// Print per-event results as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Claims from real Reuters sentences, each as written and with its number altered: the
    /// first should be reported as supported, the second as contradicted.
    Check {
        /// The Reuters corpus.
        #[arg(long, default_value = "../shared/corpora/reuters21578.jsonl")]
        corpus: PathBuf,
        /// How many sentence pairs.
        #[arg(long, default_value_t = 30)]
        pairs: usize,
        /// Print each claim and verdict.
        #[arg(long)]
        verbose: bool,
    },
    /// Reuters-21578: precision and recall of factdex's topics against the stories' own labels,
    /// for the topics that map to Reuters labels (schema/topics.toml).
    Topics {
        /// The Reuters corpus.
        #[arg(long, default_value = "../shared/corpora/reuters21578.jsonl")]
        corpus: PathBuf,
    },
    /// Concepts: does each hand-labelled figure's concept share a word with what its label
    /// says is measured? (benches/concepts/labels.tsv; sentences read from `--corpora`)
    /// `--json` prints one object per labelled figure, `--verbose` lists the wrong ones.
    Concepts(corpora::Labelled),
    /// Figures: value, unit and change of every figure in hand-labelled sentences
    /// (benches/figures/labels.tsv; sentences read from `--corpora`), as precision, recall, F1.
    /// `--json` prints one object per disagreement, `--verbose` lists them.
    Figures(corpora::Labelled),
    /// Search latency over a file of queries (one per line) on an existing index (`--index`).
    Latency {
        /// Queries, one per line.
        #[arg(long)]
        queries: PathBuf,
        /// Runs over the whole query list (the first is a warm-up and is not counted).
        #[arg(long, default_value_t = 3)]
        rounds: usize,
    },
}

#[derive(Serialize)]
struct EventResult {
    event: String,
    query: String,
    found: usize,
    missing: Vec<String>,
}

fn basil(corpus: &Path, as_json: bool) -> anyhow::Result<i32> {
    if !corpus.is_file() {
        println!(
            "eval basil: {} not found; nothing measured",
            corpus.display()
        );
        return Ok(EXIT_OK);
    }
    let dir = std::env::temp_dir().join(format!("factdex-eval-basil-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let summary = super::index::build(
        vec![corpus.to_path_buf()],
        &dir,
        crate::pipeline::Options::default(),
    )?;
    let index = LocalIndex::open(&dir)?;
    // event → (each record's title, article ids)
    let mut events: Vec<(String, Vec<String>, Vec<String>)> = Vec::new();
    let file =
        std::fs::File::open(corpus).with_context(|| format!("reading {}", corpus.display()))?;
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        // articles are recognised by where they came from (ids in BASIL are not all unique)
        let id = format!("{}:{}", corpus.display(), n + 1);
        let id = id.as_str();
        let (Some(ev), Some(title)) = (v["event"].as_str(), v["event_title"].as_str()) else {
            continue;
        };
        match events.iter_mut().find(|e| e.0 == ev) {
            Some(e) => {
                e.1.push(title.trim().to_string());
                e.2.push(id.to_string());
            }
            None => events.push((
                ev.to_string(),
                vec![title.trim().to_string()],
                vec![id.to_string()],
            )),
        }
    }
    // BASIL gives the event title per record and the records of one event do not always agree
    // (30 of 100 events): the event's title is the one most of its records give (the first of
    // them on a tie), empty titles not counted.
    let disagreeing = events
        .iter()
        .filter(|e| e.1.iter().any(|t| t != &e.1[0]))
        .count();
    let events: Vec<(String, String, Vec<String>)> = events
        .into_iter()
        .map(|(event, titles, ids)| (event, event_title(&titles), ids))
        .collect();
    let opts = Options {
        limit: 3,
        per_source: 3,
        ..Options::new()
    };
    let mut results = Vec::new();
    let mut untitled = 0;
    for (event, title, ids) in &events {
        if title.trim().is_empty() {
            untitled += 1;
            continue;
        }
        let r = search(&index, title, &opts)?;
        let shown: Vec<&str> = r
            .groups
            .iter()
            .flat_map(|g| &g.articles)
            .map(|a| a.path.as_str())
            .collect();
        let missing: Vec<String> = ids
            .iter()
            .filter(|id| !shown.contains(&id.as_str()))
            .cloned()
            .collect();
        results.push(EventResult {
            event: event.clone(),
            query: title.clone(),
            found: ids.len() - missing.len(),
            missing,
        });
    }
    let _ = std::fs::remove_dir_all(&dir);
    let complete = results.iter().filter(|r| r.missing.is_empty()).count();
    let mut out = stdout();
    if as_json {
        json::write(&mut out, &results)?;
    }
    writeln!(
        out,
        "eval basil: {complete}/{} events ({:.1}%) have all their articles in the top 3 groups ({} articles indexed; {untitled} events without a title skipped; {disagreeing} events whose records give different titles, queried by the most common one)",
        results.len(),
        100.0 * complete as f64 / results.len().max(1) as f64,
        summary.added + summary.unchanged
    )?;
    finish(out)?;
    Ok(EXIT_OK)
}

/// The title most of an event's records give (the earliest on a tie); empty titles do not count.
fn event_title(titles: &[String]) -> String {
    let mut best: Option<(&String, usize)> = None;
    for t in titles.iter().filter(|t| !t.is_empty()) {
        let n = titles.iter().filter(|u| *u == t).count();
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((t, n));
        }
    }
    best.map(|(t, _)| t.clone()).unwrap_or_default()
}

/// A memory figure of this process from /proc/self/status (Linux), in megabytes: `VmHWM`
/// (peak resident), `RssAnon` (heap), `RssFile` (mapped index files, reclaimable).
fn status_mb(key: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn latency(index_dir: &Path, queries: &Path, rounds: usize) -> anyhow::Result<i32> {
    let index = LocalIndex::open(index_dir)
        .with_context(|| format!("opening index {}", index_dir.display()))?;
    let list: Vec<String> = std::fs::read_to_string(queries)
        .with_context(|| format!("reading {}", queries.display()))?
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    let opts = Options::new();
    let mut times = Vec::new();
    let mut empty = 0;
    for round in 0..rounds.max(2) {
        for q in &list {
            let start = Instant::now();
            let r = search(&index, q, &opts);
            let ms = start.elapsed().as_secs_f64() * 1e3;
            if round > 0 {
                times.push(ms);
                if r.map_or(true, |r| r.groups.is_empty()) {
                    empty += 1;
                }
            }
        }
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| {
        times
            .get(((times.len() as f64 - 1.0) * p).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    let mut out = stdout();
    writeln!(
        out,
        "eval latency: {} queries x {} rounds: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms; {} without results; peak RSS {:.0} MB (now: heap {:.0} MB, mapped index files {:.0} MB)",
        list.len(),
        rounds.max(2) - 1,
        pct(0.5),
        pct(0.9),
        pct(0.99),
        times.last().copied().unwrap_or(0.0),
        empty,
        status_mb("VmHWM:").unwrap_or(f64::NAN),
        status_mb("RssAnon:").unwrap_or(f64::NAN),
        status_mb("RssFile:").unwrap_or(f64::NAN)
    )?;
    finish(out)?;
    Ok(EXIT_OK)
}

/// Runs `factdex eval`.
pub fn run(args: &Args, index_dir: &Path) -> anyhow::Result<i32> {
    match &args.what {
        What::Basil { corpus, json } => basil(corpus, *json),
        What::Latency { queries, rounds } => latency(index_dir, queries, *rounds),
        What::Check {
            corpus,
            pairs,
            verbose,
        } => check_pairs(corpus, *pairs, *verbose),
        What::Topics { corpus } => topics_eval(corpus),
        What::Concepts(args) => concepts::run(args),
        What::Figures(args) => figures::run(args),
    }
}

/// The sentence with the figure's first number scaled by `factor` (same number of decimals).
fn alter(sentence: &str, f: &crate::model::Figure, factor: f64) -> Option<String> {
    let text = &sentence[f.start..f.end];
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let len = text[start..]
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(text.len() - start);
    let digits = text[start..start + len].trim_end_matches(['.', ',']);
    let value: f64 = digits.replace(',', "").parse().ok()?;
    let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len());
    let altered = format!("{:.*}", decimals, value * factor);
    if altered == digits {
        return None;
    }
    let at = f.start + start;
    Some(format!(
        "{}{}{}",
        &sentence[..at],
        altered,
        &sentence[at + digits.len()..]
    ))
}

fn check_pairs(corpus: &Path, pairs: usize, verbose: bool) -> anyhow::Result<i32> {
    use crate::extract::figures::extract;
    use crate::extract::sentences::split as sentences;
    if !corpus.is_file() {
        println!(
            "eval check: {} not found; nothing measured",
            corpus.display()
        );
        return Ok(EXIT_OK);
    }
    // pick sentences with exactly one figure of a checkable kind, from stories spread over the file
    let file =
        std::fs::File::open(corpus).with_context(|| format!("reading {}", corpus.display()))?;
    let mut chosen: Vec<(String, crate::model::Figure)> = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        if n % 97 != 0 || chosen.len() >= pairs {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let body = v["body"].as_str().unwrap_or("");
        for (_, s) in sentences(body) {
            let s = s.trim();
            let figs = extract(s);
            let ok = figs.len() == 1
                && (60..=260).contains(&s.len())
                && matches!(
                    figs[0].dimension.as_deref(),
                    Some("mass" | "currency" | "percent" | "volume")
                )
                && figs[0].low.is_none()
                && figs[0].from.is_none();
            if ok {
                chosen.push((s.to_string(), figs[0].clone()));
                break;
            }
        }
    }
    let dir = std::env::temp_dir().join(format!("factdex-eval-check-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    super::index::build(
        vec![corpus.to_path_buf()],
        &dir,
        crate::pipeline::Options::default(),
    )?;
    let index = LocalIndex::open(&dir)?;
    let opts = Options {
        limit: 3,
        ..Options::new()
    };
    let (mut right, mut total) = (0, 0);
    let mut out = stdout();
    for (i, (sentence, figure)) in chosen.iter().enumerate() {
        let factor = if i % 2 == 0 { 1.5 } else { 0.6 };
        let Some(altered) = alter(sentence, figure, factor) else {
            continue;
        };
        for (claim, want) in [
            (sentence.as_str(), "supports"),
            (altered.as_str(), "contradicts"),
        ] {
            let r = crate::search::check::check(&index, claim, &opts)?;
            let got = r.verdicts.first().map_or("none", |v| v.verdict.as_str());
            total += 1;
            if got == want {
                right += 1;
            }
            if verbose {
                writeln!(out, "{:<11} want {:<11} {}", got, want, claim)?;
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    writeln!(
        out,
        "eval check: {right}/{total} verdicts right ({:.1}%) on {} Reuters sentences, each as written and with its number altered",
        100.0 * right as f64 / total.max(1) as f64,
        total / 2
    )?;
    finish(out)?;
    Ok(EXIT_OK)
}

fn topics_eval(corpus: &Path) -> anyhow::Result<i32> {
    use rayon::prelude::*;
    if !corpus.is_file() {
        println!(
            "eval topics: {} not found; nothing measured",
            corpus.display()
        );
        return Ok(EXIT_OK);
    }
    let taxonomy = crate::extract::topics::Taxonomy::get();
    let text =
        std::fs::read_to_string(corpus).with_context(|| format!("reading {}", corpus.display()))?;
    // labelled stories only: an unlabelled story is not a negative example
    let stories: Vec<(String, Vec<String>)> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            let labels: Vec<String> = v["topics"]
                .as_array()?
                .iter()
                .filter_map(|t| t.as_str().map(str::to_string))
                .collect();
            let body = format!(
                "{}\n{}",
                v["title"].as_str().unwrap_or(""),
                v["body"].as_str().unwrap_or("")
            );
            (!labels.is_empty()).then_some((body, labels))
        })
        .collect();
    let predicted: Vec<Vec<String>> = stories
        .par_iter()
        .map(|(body, _)| {
            taxonomy
                .classify(body)
                .into_iter()
                .map(|t| t.name)
                .collect()
        })
        .collect();
    let mut out = stdout();
    writeln!(
        out,
        "{:<16} {:>6} {:>6} {:>6} {:>7} {:>7}",
        "topic", "gold", "pred", "both", "prec", "recall"
    )?;
    let (mut tp_all, mut pred_all, mut gold_all) = (0usize, 0usize, 0usize);
    for def in taxonomy.topics.iter().filter(|d| !d.reuters.is_empty()) {
        let (mut gold, mut pred, mut both) = (0, 0, 0);
        for ((_, labels), got) in stories.iter().zip(&predicted) {
            let g = labels.iter().any(|l| def.reuters.contains(l));
            let p = got.contains(&def.name);
            gold += usize::from(g);
            pred += usize::from(p);
            both += usize::from(g && p);
        }
        tp_all += both;
        pred_all += pred;
        gold_all += gold;
        let pct = |a: usize, b: usize| {
            if b == 0 {
                0.0
            } else {
                100.0 * a as f64 / b as f64
            }
        };
        writeln!(
            out,
            "{:<16} {:>6} {:>6} {:>6} {:>6.1}% {:>6.1}%",
            def.name,
            gold,
            pred,
            both,
            pct(both, pred),
            pct(both, gold)
        )?;
    }
    let p = 100.0 * tp_all as f64 / pred_all.max(1) as f64;
    let r = 100.0 * tp_all as f64 / gold_all.max(1) as f64;
    writeln!(
        out,
        "eval topics: {} labelled stories; micro precision {p:.1}%, recall {r:.1}%, F1 {:.1}%",
        stories.len(),
        2.0 * p * r / (p + r).max(1e-9)
    )?;
    finish(out)?;
    Ok(EXIT_OK)
}
