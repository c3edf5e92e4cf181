//! `factdex eval concepts`: how often the concept of a figure names what is measured, on
//! hand-labelled figures of real news (`benches/concepts/labels.tsv`). The labels hold byte
//! offsets only; the sentences are read from `../shared/corpora`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;
use std::path::Path;

use anyhow::{bail, Context};
use serde::Serialize;

use super::super::{finish, stdout, EXIT_OK};
use super::corpora::{self, span};

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
    /// The labelled sentence, so that a wrong concept can be read in context.
    sentence: String,
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

/// Lower-case words of 3+ letters, without a plural -s: how score-figures compares concepts.
fn words(s: &str) -> HashSet<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(|w| w.trim_end_matches('s').to_string())
        .collect()
}

pub(super) fn run(args: &corpora::Labelled) -> anyhow::Result<i32> {
    if !args.corpora_here("concepts") {
        return Ok(EXIT_OK);
    }
    let (as_json, verbose) = (args.json, args.verbose);
    let path = args.labels("concepts");
    let labels = read_labels(&path)?;
    let bodies = args.bodies(
        labels
            .iter()
            .map(|l| (l.corpus.as_str(), l.record.as_str())),
    )?;
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
        let Some(sentence) = corpora::sentence(body, l.sentence) else {
            bail!(
                "labels line {}: sentence offsets outside record {}",
                l.line,
                l.record
            );
        };
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
            sentence: sentence.to_string(),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundled labels parse, so a hand edit that breaks a row fails here, not in a
    /// benchmark run that needs ../shared.
    #[test]
    fn the_bundled_concept_labels_parse() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/concepts/labels.tsv");
        let labels = read_labels(&path).expect("benches/concepts/labels.tsv parses");
        assert!(labels.len() > 4000, "{} labels", labels.len());
    }
}
