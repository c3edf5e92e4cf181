//! `factdex eval figures`: value, unit and change of every figure in hand-labelled sentences of
//! real news (`benches/figures/labels.tsv`), scored like `score-figures` but with our own unit
//! names and with every figure of a sentence labelled, so that precision means something. The
//! labels hold byte offsets only; the sentences are read from `../shared/corpora`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use anyhow::{bail, Context};
use serde::Serialize;

use super::super::{finish, stdout, EXIT_OK};
use super::corpora;
use crate::model::Figure;

/// A value as labelled or as extracted.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Value {
    Single(f64),
    Range(f64, f64),
    FromTo(f64, f64),
}

impl Value {
    fn parse(s: &str) -> Option<Value> {
        let num = |s: &str| s.trim().parse::<f64>().ok().filter(|v| v.is_finite());
        if let Some((a, b)) = s.split_once("..") {
            return Some(Value::Range(num(a)?, num(b)?));
        }
        if let Some((a, b)) = s.split_once("->") {
            return Some(Value::FromTo(num(a)?, num(b)?));
        }
        num(s).map(Value::Single)
    }

    fn of(f: &Figure) -> Option<Value> {
        match (f.low, f.high, f.from, f.value) {
            (Some(l), Some(h), _, _) => Some(Value::Range(l, h)),
            (_, _, Some(a), Some(b)) => Some(Value::FromTo(a, b)),
            (_, _, _, Some(v)) => Some(Value::Single(v)),
            _ => None,
        }
    }

    fn matches(self, other: Value) -> bool {
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-5 * a.abs().max(b.abs()).max(1e-4);
        match (self, other) {
            (Value::Single(a), Value::Single(b)) => close(a, b),
            (Value::Range(a, b), Value::Range(c, d))
            | (Value::FromTo(a, b), Value::FromTo(c, d)) => close(a, c) && close(b, d),
            _ => false,
        }
    }
}

/// One labelled figure of a sentence.
struct Gold {
    span: (usize, usize),
    value: Value,
    unit: Option<String>,
    change: String,
}

/// One labelled sentence: its place in the corpora and its figures (none is a label too).
struct Sentence {
    sample: String,
    corpus: String,
    record: String,
    span: (usize, usize),
    figures: Vec<Gold>,
}

fn read_labels(path: &Path) -> anyhow::Result<Vec<Sentence>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut sentences: Vec<Sentence> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let bad = |what: &str| {
            anyhow::anyhow!(
                "{}:{}: {what}; a label is 10 tab-separated fields: sample, corpus, record, \
                 sentence start and end, figure start and end (or - -), value (N, L..H or \
                 FROM->TO), unit (or -), change (= ~ > < up down)",
                path.display(),
                n + 1
            )
        };
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 10 {
            return Err(bad(&format!("{} fields", f.len())));
        }
        let num = |s: &str| {
            s.parse::<usize>()
                .map_err(|_| bad(&format!("{s:?} is not an offset")))
        };
        let span = (num(f[3])?, num(f[4])?);
        let same = sentences.last().is_some_and(|s| {
            s.sample == f[0] && s.corpus == f[1] && s.record == f[2] && s.span == span
        });
        if !same {
            sentences.push(Sentence {
                sample: f[0].into(),
                corpus: f[1].into(),
                record: f[2].into(),
                span,
                figures: Vec::new(),
            });
        }
        if f[5] == "-" {
            continue; // a sentence with no figure
        }
        let value = Value::parse(f[7]).ok_or_else(|| bad(&format!("{:?} is not a value", f[7])))?;
        if !["=", "~", ">", "<", "up", "down"].contains(&f[9]) {
            return Err(bad(&format!("{:?} is not a change", f[9])));
        }
        let gold = Gold {
            span: (num(f[5])?, num(f[6])?),
            value,
            unit: (f[8] != "-").then(|| f[8].to_string()),
            change: f[9].to_string(),
        };
        if let Some(s) = sentences.last_mut() {
            s.figures.push(gold);
        }
    }
    Ok(sentences)
}

/// Counts for one sample: labelled, extracted, and matched at each level.
#[derive(Default, Clone, Copy)]
struct Tally {
    gold: usize,
    predicted: usize,
    value: usize,
    unit: usize,
    change: usize,
}

impl Tally {
    fn add(&mut self, o: Tally) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.value += o.value;
        self.unit += o.unit;
        self.change += o.change;
    }
}

/// One disagreement, for `--verbose` and `--json`.
#[derive(Serialize)]
struct Miss {
    sample: String,
    record: String,
    kind: &'static str,
    text: String,
    gold: String,
    predicted: String,
}

fn change_name(f: &Figure) -> String {
    serde_json::to_value(f.change)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Scores one sentence: the tally and what went wrong.
fn score(s: &Sentence, text: &str, misses: &mut Vec<Miss>) -> Tally {
    let predicted = crate::extract::figures::extract(text);
    let mut used = vec![false; predicted.len()];
    let mut t = Tally {
        gold: s.figures.len(),
        predicted: predicted.len(),
        ..Tally::default()
    };
    let slice = |(a, b): (usize, usize)| text.get(a..b).unwrap_or("").to_string();
    let mut miss = |kind, text: String, gold: String, predicted: String| {
        misses.push(Miss {
            sample: s.sample.clone(),
            record: s.record.clone(),
            kind,
            text,
            gold,
            predicted,
        })
    };
    for g in &s.figures {
        let (gs, ge) = g.span;
        let hit = predicted.iter().enumerate().position(|(i, f)| {
            !used[i]
                && f.start < ge
                && gs < f.end
                && Value::of(f).is_some_and(|v| v.matches(g.value))
        });
        let Some(i) = hit else {
            miss(
                "missed",
                slice(g.span),
                format!("{:?}", g.value),
                String::new(),
            );
            continue;
        };
        used[i] = true;
        let f = &predicted[i];
        t.value += 1;
        if f.unit == g.unit {
            t.unit += 1;
        } else {
            let name = |u: &Option<String>| u.clone().unwrap_or_else(|| "-".into());
            miss("unit", f.text.clone(), name(&g.unit), name(&f.unit));
        }
        if change_name(f) == g.change {
            t.change += 1;
        } else {
            miss("change", f.text.clone(), g.change.clone(), change_name(f));
        }
    }
    for (f, _) in predicted.iter().zip(&used).filter(|(_, u)| !**u) {
        miss(
            "extra",
            f.text.clone(),
            String::new(),
            format!("{:?}", Value::of(f)),
        );
    }
    t
}

fn f1(right: usize, gold: usize, predicted: usize) -> (f64, f64, f64) {
    let p = 100.0 * right as f64 / predicted.max(1) as f64;
    let r = 100.0 * right as f64 / gold.max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

pub(super) fn run(args: &corpora::Labelled) -> anyhow::Result<i32> {
    if !args.corpora_here("figures") {
        return Ok(EXIT_OK);
    }
    let (as_json, verbose) = (args.json, args.verbose);
    let path = args.labels("figures");
    let sentences = read_labels(&path)?;
    let bodies = args.bodies(
        sentences
            .iter()
            .map(|s| (s.corpus.as_str(), s.record.as_str())),
    )?;
    let mut by_sample: BTreeMap<(usize, String), Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    for s in &sentences {
        let key = (s.corpus.clone(), s.record.clone());
        let Some(text) = bodies.get(&key).and_then(|b| corpora::sentence(b, s.span)) else {
            bail!(
                "{}: sentence {:?} of {} {} not found",
                path.display(),
                s.span,
                s.corpus,
                s.record
            );
        };
        let n = s.sample.trim_start_matches(|c: char| !c.is_ascii_digit());
        let tally = score(s, &text, &mut misses);
        by_sample
            .entry((n.parse().unwrap_or(0), s.sample.clone()))
            .or_default()
            .add(tally);
    }
    let mut out = stdout();
    if as_json {
        for m in &misses {
            serde_json::to_writer(&mut out, m)?;
            writeln!(out)?;
        }
        finish(out)?;
        return Ok(EXIT_OK);
    }
    let mut all = Tally::default();
    writeln!(out, "sample  gold  value F1  +unit F1  +change F1")?;
    for ((_, sample), t) in &by_sample {
        all.add(*t);
        let row = |right| f1(right, t.gold, t.predicted).2;
        writeln!(
            out,
            "{sample:<6} {:>5}  {:8.1}  {:8.1}  {:10.1}",
            t.gold,
            row(t.value),
            row(t.unit),
            row(t.change)
        )?;
    }
    if verbose {
        for m in &misses {
            writeln!(
                out,
                "  {} {} {:<6} [{}] gold {} got {}",
                m.sample, m.record, m.kind, m.text, m.gold, m.predicted
            )?;
        }
    }
    for (level, right) in [
        ("value", all.value),
        ("value+unit", all.unit),
        ("value+change", all.change),
    ] {
        let (p, r, f) = f1(right, all.gold, all.predicted);
        writeln!(out, "{level:<13} P {p:5.1}  R {r:5.1}  F1 {f:5.1}")?;
    }
    writeln!(
        out,
        "eval figures: {} sentences, {} labelled figures, {} extracted. Each sample was labelled \
         blind; later samples were not tuned on until after they were scored.",
        sentences.len(),
        all.gold,
        all.predicted
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
    fn the_bundled_figure_labels_parse() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/figures/labels.tsv");
        let sentences = read_labels(&path).expect("benches/figures/labels.tsv parses");
        assert!(sentences.len() > 2000, "{} sentences", sentences.len());
    }
}
