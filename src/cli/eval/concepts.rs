//! `factdex eval concepts`: how often the concept of a figure names what is measured, on
//! hand-labelled figures of real news (`benches/concepts/labels.tsv`). The labels hold byte
//! offsets only; the sentences are read from `../shared/corpora`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, Write};
use std::path::Path;

use anyhow::{bail, Context};
use serde::Serialize;

use super::super::{finish, stdout, EXIT_OK};

/// One labelled figure.
struct Label {
    sample: String,
    corpus: String,
    record: String,
    sentence: (usize, usize),
    figure: (usize, usize),
    concept: Vec<(usize, usize)>,
    line: usize,
}

/// A scored label, for `--json` and `--verbose`.
#[derive(Serialize)]
struct Scored<'a> {
    sample: &'a str,
    record: &'a str,
    figure: String,
    gold: String,
    predicted: Option<String>,
    right: bool,
}

fn span(field: &str) -> Option<(usize, usize)> {
    let (a, b) = field.split_once('-')?;
    let (a, b) = (a.parse().ok()?, b.parse().ok()?);
    (a <= b).then_some((a, b))
}

fn read_labels(path: &Path) -> anyhow::Result<Vec<Label>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut labels = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let bad = || {
            anyhow::anyhow!(
                "{}:{}: expected 8 tab-separated fields: sample, corpus, record, two sentence \
                 offsets, two figure offsets, concept spans (a-b;c-d)",
                path.display(),
                n + 1
            )
        };
        if f.len() != 8 {
            return Err(bad());
        }
        let num = |s: &str| s.parse::<usize>().map_err(|_| bad());
        let concept = f[7].split(';').map(span).collect::<Option<Vec<_>>>();
        labels.push(Label {
            sample: f[0].to_string(),
            corpus: f[1].to_string(),
            record: f[2].to_string(),
            sentence: (num(f[3])?, num(f[4])?),
            figure: (num(f[5])?, num(f[6])?),
            concept: concept.ok_or_else(bad)?,
            line: n + 1,
        });
    }
    Ok(labels)
}

/// The bodies of the wanted records of one JSON Lines corpus (plain or `.zst`).
fn jsonl_bodies(path: &Path, wanted: &HashSet<&str>) -> anyhow::Result<HashMap<String, String>> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let reader: Box<dyn std::io::Read> = if path.extension().is_some_and(|e| e == "zst") {
        Box::new(zstd::stream::read::Decoder::new(file)?)
    } else {
        Box::new(file)
    };
    let mut bodies = HashMap::new();
    for line in std::io::BufReader::new(reader).lines() {
        let line = line.with_context(|| format!("reading {}", path.display()))?;
        #[derive(serde::Deserialize)]
        struct Record {
            id: String,
            #[serde(default)]
            body: Option<String>,
        }
        let Ok(record) = serde_json::from_str::<Record>(&line) else {
            continue; // not a record with an id: no label can point at it
        };
        if wanted.contains(record.id.as_str()) {
            bodies.insert(record.id, record.body.unwrap_or_default());
        }
    }
    Ok(bodies)
}

/// Lower-case words of 3+ letters, without a plural -s: how score-figures compares concepts.
fn words(s: &str) -> HashSet<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(|w| w.trim_end_matches('s').to_string())
        .collect()
}

pub(super) fn run(
    labels: &Path,
    corpora: &Path,
    as_json: bool,
    verbose: bool,
) -> anyhow::Result<i32> {
    if !corpora.is_dir() {
        println!(
            "eval concepts: {} not found; nothing measured",
            corpora.display()
        );
        return Ok(EXIT_OK);
    }
    let labels = read_labels(labels)?;
    let files = [
        ("as", "allsides.jsonl.zst"),
        ("reu", "reuters21578.jsonl"),
        ("basil", "basil.jsonl"),
    ];
    let mut bodies: HashMap<(String, String), String> = HashMap::new();
    for (corpus, file) in files {
        let wanted: HashSet<&str> = labels
            .iter()
            .filter(|l| l.corpus == corpus)
            .map(|l| l.record.as_str())
            .collect();
        if wanted.is_empty() {
            continue;
        }
        for (id, body) in jsonl_bodies(&corpora.join(file), &wanted)? {
            bodies.insert((corpus.to_string(), id), body);
        }
    }
    for l in labels.iter().filter(|l| l.corpus == "bbc") {
        let path = corpora.join(&l.record);
        let body = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        bodies.insert(
            ("bbc".into(), l.record.clone()),
            String::from_utf8_lossy(&body).into_owned(),
        );
    }
    let mut scored = Vec::new();
    let mut cache: HashMap<(String, String, usize), Vec<crate::model::Figure>> = HashMap::new();
    for l in &labels {
        let Some(body) = bodies.get(&(l.corpus.clone(), l.record.clone())) else {
            bail!(
                "labels line {}: record {} not found in {}",
                l.line,
                l.record,
                l.corpus
            );
        };
        let Some(sentence) = body.get(l.sentence.0..l.sentence.1) else {
            bail!(
                "labels line {}: sentence offsets outside record {}",
                l.line,
                l.record
            );
        };
        let sentence = sentence.replace(['\n', '\r'], " ");
        let slice = |(a, b): (usize, usize)| sentence.get(a..b).unwrap_or("").to_string();
        let key = (l.corpus.clone(), l.record.clone(), l.sentence.0);
        let figures = cache
            .entry(key)
            .or_insert_with(|| crate::extract::figures::extract(&sentence));
        let (fs, fe) = l.figure;
        let predicted = figures
            .iter()
            .find(|f| (f.start <= fs && fs < f.end) || (fs <= f.start && f.start < fe))
            .and_then(|f| f.concept.clone());
        let gold = l
            .concept
            .iter()
            .map(|&s| slice(s))
            .collect::<Vec<_>>()
            .join(" ");
        let right = predicted
            .as_deref()
            .is_some_and(|p| !words(&gold).is_disjoint(&words(p)));
        scored.push(Scored {
            sample: &l.sample,
            record: &l.record,
            figure: slice(l.figure),
            gold,
            predicted,
            right,
        });
    }
    report(&scored, as_json, verbose)
}

fn report(scored: &[Scored], as_json: bool, verbose: bool) -> anyhow::Result<i32> {
    let mut out = stdout();
    if as_json {
        for s in scored {
            serde_json::to_writer(&mut out, s)?;
            writeln!(out)?;
        }
        finish(out)?;
        return Ok(EXIT_OK);
    }
    let mut by_sample: BTreeMap<(usize, &str), (usize, usize)> = BTreeMap::new();
    for s in scored {
        // "ev6" < "ev10": order the rounds by their number
        let n = s.sample.trim_start_matches(|c: char| !c.is_ascii_digit());
        let e = by_sample
            .entry((n.parse().unwrap_or(0), s.sample))
            .or_default();
        e.0 += usize::from(s.right);
        e.1 += 1;
    }
    for ((_, sample), (right, all)) in &by_sample {
        let pct = 100.0 * *right as f64 / *all as f64;
        writeln!(out, "{sample:<6} {right:>4}/{all:<4} {pct:5.1}%")?;
    }
    if verbose {
        for s in scored.iter().filter(|s| !s.right) {
            writeln!(
                out,
                "  {} {} [{}] gold {:?}, got {:?}",
                s.sample, s.record, s.figure, s.gold, s.predicted
            )?;
        }
    }
    let right = scored.iter().filter(|s| s.right).count();
    writeln!(
        out,
        "eval concepts: {right}/{} labelled figures ({:.1}%) have a concept sharing a word with \
         their label. Each sample was labelled blind, then tuned on: these are not blind scores.",
        scored.len(),
        100.0 * right as f64 / scored.len().max(1) as f64
    )?;
    finish(out)?;
    Ok(EXIT_OK)
}
