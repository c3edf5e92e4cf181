//! The figure comparison: the figures of the returned passages, aligned across sources by
//! concept, dimension and period, each row flagged `agree`, `differ`, `only in <source>` or
//! `hedged differently`.
//!
//! Alignment never merges or invents values: every cell is one figure as a source wrote it,
//! pointing to its passage. A change "from 12 to 20 million tons" gives two facts: the value
//! (20) and its baseline (12), so that a baseline only one source reports shows as such.

use serde::Serialize;

use super::group::Group;
use super::query::ParsedQuery;
use crate::analysis::{query_analyzer, terms_with};
use crate::extract::figures::lexicon::Lexicon;
use crate::extract::figures::measure::{agree, measure};
use crate::model::{Change, Figure};

/// Relative difference within which two values agree (rounding).
const TOLERANCE: f64 = 0.02;
/// The same, when either value is approximate ("about", "nearly").
const TOLERANCE_APPROX: f64 = 0.10;

/// One source's figure in a comparison row.
#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    /// The source (group) name.
    pub source: String,
    /// The article id.
    pub article: String,
    /// The passage ordinal within the article.
    pub passage: u32,
    /// The figure as written.
    pub text: String,
    /// The value of this fact (the baseline for a `baseline` row), in `unit`.
    pub value: Option<f64>,
    /// Range ends.
    pub low: Option<f64>,
    /// Range ends.
    pub high: Option<f64>,
    /// The baseline of a change, for a `value` row.
    pub from: Option<f64>,
    /// Unit.
    pub unit: Option<String>,
    /// Change or bound.
    pub change: Change,
    /// Period as written.
    pub period: Option<String>,
    /// Hedge cue.
    pub hedge: Option<String>,
    /// Certainty class of the hedge: stated, tentative, committed, projected.
    pub certainty: String,
}

/// One aligned fact across sources.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// What is measured (the first source's wording).
    pub concept: Option<String>,
    /// Dimension.
    pub dimension: String,
    /// Normalized period ("this season", "next season"), if any.
    pub period: Option<String>,
    /// `value`, or `baseline` for the starting point of a change.
    pub role: String,
    /// `agree`, `differ`, `only in <source>`, `hedged differently`.
    pub flag: String,
    /// One cell per source.
    pub cells: Vec<Cell>,
}

/// A figure fact before alignment.
pub(crate) struct Fact {
    pub(crate) cell: Cell,
    pub(crate) dimension: String,
    pub(crate) currency: Option<String>,
    pub(crate) base: (f64, f64),
    pub(crate) concept: Vec<String>,
    pub(crate) concept_text: Option<String>,
    pub(crate) period: Option<String>,
    pub(crate) role: &'static str,
}

/// "the current season" → "this season"; "the following season" → "next season".
pub fn normalize_period(p: &str) -> String {
    let words: Vec<String> = p
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .filter(|w| !matches!(w.as_str(), "the" | "in" | "for" | "by" | "during" | "of"))
        .map(|w| match w.as_str() {
            "current" | "this" | "present" => "this".to_string(),
            "next" | "following" | "coming" | "upcoming" => "next".to_string(),
            "last" | "previous" | "past" | "prior" | "preceding" => "last".to_string(),
            _ => w,
        })
        .collect();
    words.join(" ")
}

pub(crate) fn concept_terms(concept: Option<&str>) -> Vec<String> {
    let Some(c) = concept else { return Vec::new() };
    let mut terms: Vec<String> = terms_with(&mut query_analyzer(), c)
        .into_iter()
        .map(|t| t.text)
        .collect();
    terms.sort();
    terms.dedup();
    terms
}

pub(crate) fn facts_of(source: &str, article: &str, passage: u32, f: &Figure) -> Vec<Fact> {
    let lex = Lexicon::get();
    let Some(m) = measure(f) else {
        return Vec::new();
    };
    let concept = concept_terms(f.concept.as_deref());
    let period = f.period.as_deref().map(normalize_period);
    let certainty = lex.hedge_class(f.hedge.as_deref()).to_string();
    let cell = Cell {
        source: source.to_string(),
        article: article.to_string(),
        passage,
        text: f.text.clone(),
        value: f.value,
        low: f.low,
        high: f.high,
        from: f.from,
        unit: f.unit.clone(),
        change: f.change,
        period: f.period.clone(),
        hedge: f.hedge.clone(),
        certainty,
    };
    let mut out = Vec::new();
    if let Some(from) = f.from {
        let factor = if f.value.is_some_and(|v| v != 0.0) {
            m.high / f.value.unwrap_or(1.0)
        } else {
            1.0
        };
        let mut baseline = cell.clone();
        baseline.value = Some(from);
        baseline.from = None;
        baseline.change = Change::Exact;
        out.push(Fact {
            cell: baseline,
            dimension: m.dimension.clone(),
            currency: m.currency.clone(),
            base: (from * factor, from * factor),
            concept: concept.clone(),
            concept_text: f.concept.clone(),
            period: period.clone(),
            role: "baseline",
        });
    }
    out.push(Fact {
        cell,
        dimension: m.dimension,
        currency: m.currency,
        base: (m.low, m.high),
        concept,
        concept_text: f.concept.clone(),
        period,
        role: "value",
    });
    out
}

fn compatible(a: &Fact, b: &Fact) -> bool {
    let concept = a.concept.is_empty()
        || b.concept.is_empty()
        || a.concept.iter().any(|t| b.concept.contains(t));
    let period = match (&a.period, &b.period) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    a.dimension == b.dimension && a.currency == b.currency && a.role == b.role && concept && period
}

pub(crate) fn close(a: &Fact, b: &Fact) -> bool {
    let approx = a.cell.change == Change::Approx || b.cell.change == Change::Approx;
    let tol = if approx { TOLERANCE_APPROX } else { TOLERANCE };
    agree(a.base.0, b.base.0, tol) && agree(a.base.1, b.base.1, tol)
}

/// Builds the comparison of the figures in `groups` relevant to `query`.
pub fn compare(groups: &[Group], query: &ParsedQuery) -> Vec<Row> {
    let query_terms = query.highlight_terms();
    let mut facts: Vec<Fact> = Vec::new();
    for g in groups {
        for a in &g.articles {
            for p in &a.passages {
                for f in &p.figures {
                    let relevant = match &query.intent {
                        Some(intent) => intent.accepts(f.dimension.as_deref()),
                        None if !query.constraints.is_empty() => {
                            query.constraints.iter().any(|c| c.accepts(f))
                        }
                        None => concept_terms(f.concept.as_deref())
                            .iter()
                            .any(|t| query_terms.contains(t)),
                    };
                    if relevant && f.dimension.is_some() {
                        facts.extend(facts_of(&g.source, &a.id, p.ordinal, f));
                    }
                }
            }
        }
    }
    // greedy alignment: each fact joins the best compatible row lacking its source
    let mut rows: Vec<Vec<Fact>> = Vec::new();
    for fact in facts {
        let candidates: Vec<usize> = (0..rows.len())
            .filter(|&r| {
                rows[r].iter().all(|f| f.cell.source != fact.cell.source)
                    && rows[r].iter().all(|f| compatible(f, &fact))
            })
            .collect();
        let best = candidates
            .iter()
            .copied()
            .find(|&r| close(&rows[r][0], &fact))
            .or(candidates.first().copied());
        match best {
            Some(r) => rows[r].push(fact),
            None => rows.push(vec![fact]),
        }
    }
    let sources = {
        let mut s: Vec<&str> = groups.iter().map(|g| g.source.as_str()).collect();
        s.dedup();
        s.len()
    };
    let mut out: Vec<Row> = rows
        .into_iter()
        .map(|facts| {
            let flag = if facts.len() == 1 && sources > 1 {
                format!("only in {}", facts[0].cell.source)
            } else if facts.windows(2).any(|w| !close(&w[0], &w[1])) {
                "differ".to_string()
            } else if facts
                .windows(2)
                .any(|w| w[0].cell.certainty != w[1].cell.certainty)
            {
                "hedged differently".to_string()
            } else {
                "agree".to_string()
            };
            let first = &facts[0];
            Row {
                concept: facts.iter().find_map(|f| f.concept_text.clone()),
                dimension: first.dimension.clone(),
                period: facts.iter().find_map(|f| f.period.clone()),
                role: first.role.to_string(),
                flag,
                cells: facts.into_iter().map(|f| f.cell).collect(),
            }
        })
        .collect();
    out.sort_by_key(|r| std::cmp::Reverse(r.cells.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_normalize() {
        assert_eq!(normalize_period("the current season"), "this season");
        assert_eq!(normalize_period("this season"), "this season");
        assert_eq!(normalize_period("the following season"), "next season");
        assert_eq!(normalize_period("next season"), "next season");
        assert_eq!(normalize_period("in December 2025"), "december 2025");
    }
}
