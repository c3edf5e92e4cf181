//! `check`: verifies a figure claim against the indexed coverage, source by source.
//!
//! The claim is read with the same extractor as the articles (value, unit, change, period,
//! hedge, concept); passages are retrieved with the same ranking as search, the claim's
//! figure taken as figure intent. Each source's figures of the same dimension and concept are
//! then compared with the claim's:
//!
//! - `supports`: same value (within rounding, after unit conversion), period and certainty;
//! - `hedged`: same value, but the source is less (or more) certain ("weighing" vs
//!   "committed", "projections" vs "committed");
//! - `contradicts`: a different value for the same thing and period;
//! - `partial`: the same value, but for another period;
//! - `silent`: the source covers the topic but gives no figure for the claim.

use serde::Serialize;

use super::compare::{close, concept_terms, facts_of, Fact};
use super::query::{self, ParsedQuery};
use super::vocabulary::Intent;
use super::{search_parsed, Group, Options};
use crate::error::Result;
use crate::extract::figures::{self, lexicon::Lexicon};
use crate::index::Backend;
use crate::model::Figure;

/// A source's verdict on the claim.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    /// The source (outlet, or the article when no outlet is known).
    pub source: String,
    /// The deciding article.
    pub article: String,
    /// `supports`, `contradicts`, `hedged`, `partial` or `silent`.
    pub verdict: String,
    /// The deciding passage (the best passage for `silent`).
    pub passage: String,
    /// Byte span of the deciding figure in `passage`.
    pub highlight: Option<[usize; 2]>,
    /// The deciding figure.
    pub figure: Option<Figure>,
    /// Why, in a sentence.
    pub reason: String,
}

/// Counts of verdicts.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Sources that support the claim.
    pub supports: usize,
    /// Sources that contradict it.
    pub contradicts: usize,
    /// Sources that state it with another certainty.
    pub hedged: usize,
    /// Sources that state the value for another period.
    pub partial: usize,
    /// Sources that cover the topic but not the figure.
    pub silent: usize,
}

/// The answer to a claim.
#[derive(Debug, Clone, Serialize)]
pub struct CheckResult {
    /// The claim as typed.
    pub claim: String,
    /// The figures found in the claim (empty: nothing to check).
    pub figures: Vec<Figure>,
    /// One verdict per source.
    pub verdicts: Vec<Verdict>,
    /// Counts.
    pub summary: Summary,
}

impl CheckResult {
    /// Does any source address the claim (anything but silence)?
    pub fn addressed(&self) -> bool {
        self.verdicts.iter().any(|v| v.verdict != "silent")
    }
}

/// The claim's figures as facts; "from 12 million tons" without a "to" is a baseline.
fn claim_facts(claim: &str, figures: &[Figure]) -> Vec<Fact> {
    let mut out = Vec::new();
    for f in figures {
        let before = claim[..f.start].trim_end().to_lowercase();
        let baseline = f.from.is_none() && f.low.is_none() && before.ends_with("from");
        let mut facts = facts_of("claim", "", 0, f);
        if baseline {
            for fact in &mut facts {
                fact.role = "baseline";
            }
        }
        // a claimed change "from 12 to 20" checks both ends
        out.extend(facts);
    }
    out
}

fn periods_compatible(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

fn concepts_compatible(claim: &Fact, fact: &Fact, claim_words: &[String]) -> bool {
    if claim.concept.is_empty() || fact.concept.is_empty() {
        // without a concept on one side, the claim's words must name the figure's concept
        return fact.concept.is_empty() || fact.concept.iter().any(|t| claim_words.contains(t));
    }
    claim.concept.iter().any(|t| fact.concept.contains(t))
        || fact.concept.iter().any(|t| claim_words.contains(t))
}

/// Decides one source's verdict from its passages.
fn judge(group: &Group, claims: &[Fact], claim_words: &[String]) -> Verdict {
    let rank = |v: &str| match v {
        "supports" => 0,
        "hedged" => 1,
        "contradicts" => 2,
        "partial" => 3,
        _ => 4,
    };
    let mut best: Option<(usize, Verdict)> = None;
    for a in &group.articles {
        for p in &a.passages {
            for f in &p.figures {
                for fact in facts_of(&group.source, &a.id, p.ordinal, f) {
                    for claim in claims {
                        if fact.dimension != claim.dimension
                            || fact.currency != claim.currency
                            || fact.role != claim.role
                            || !concepts_compatible(claim, &fact, claim_words)
                        {
                            continue;
                        }
                        let same_value = close(claim, &fact);
                        let same_period = periods_compatible(&claim.period, &fact.period);
                        let (verdict, reason) = match (same_value, same_period) {
                            (true, true)
                                if Lexicon::same_certainty(
                                    &claim.cell.certainty,
                                    &fact.cell.certainty,
                                ) =>
                            {
                                ("supports", format!("states {}", fact.cell.text))
                            }
                            (true, true) => (
                                "hedged",
                                format!(
                                    "states {} but {} ({}) where the claim is {}",
                                    fact.cell.text,
                                    fact.cell.certainty,
                                    fact.cell.hedge.as_deref().unwrap_or("no hedge"),
                                    claim.cell.certainty
                                ),
                            ),
                            (false, true) => (
                                "contradicts",
                                format!(
                                    "gives {} where the claim says {}",
                                    fact.cell.text, claim.cell.text
                                ),
                            ),
                            (true, false) => (
                                "partial",
                                format!(
                                    "states {} for {}, not {}",
                                    fact.cell.text,
                                    fact.period.as_deref().unwrap_or("an unstated period"),
                                    claim.period.as_deref().unwrap_or("an unstated period")
                                ),
                            ),
                            (false, false) => continue,
                        };
                        let r = rank(verdict);
                        if best.as_ref().is_none_or(|(b, _)| r < *b) {
                            best = Some((
                                r,
                                Verdict {
                                    source: group.source.clone(),
                                    article: a.id.clone(),
                                    verdict: verdict.to_string(),
                                    passage: p.text.clone(),
                                    highlight: Some([f.start, f.end]),
                                    figure: Some(f.clone()),
                                    reason,
                                },
                            ));
                        }
                    }
                }
            }
        }
    }
    best.map(|(_, v)| v).unwrap_or_else(|| {
        let a = group.articles.first();
        Verdict {
            source: group.source.clone(),
            article: a.map(|a| a.id.clone()).unwrap_or_default(),
            verdict: "silent".to_string(),
            passage: a
                .and_then(|a| a.passages.first())
                .map(|p| p.text.clone())
                .unwrap_or_default(),
            highlight: None,
            figure: None,
            reason: if claims.is_empty() {
                "no figure was found in the claim to check".to_string()
            } else {
                "covers the topic but gives no figure for the claim".to_string()
            },
        }
    })
}

/// Checks `claim` against the coverage in `backend`.
pub fn check(backend: &dyn Backend, claim: &str, opts: &Options) -> Result<CheckResult> {
    let figures: Vec<Figure> = figures::extract(claim);
    let claims = claim_facts(claim, &figures);
    // a claim is prose: its quotation marks are not phrase syntax
    let prose = claim.replace(['"', '“', '”'], " ");
    let mut parsed: ParsedQuery = query::parse(&prose)?;
    // the claim's figure asks for figures of its kind; it must not filter out contradictions
    if let Some(c) = parsed.constraints.first() {
        parsed.intent = Some(Intent::Dimension(c.dimension.clone()));
    }
    parsed.constraints.clear();
    let claim_words: Vec<String> = concept_terms(Some(claim));
    let result = search_parsed(backend, claim, parsed, opts)?;
    let verdicts: Vec<Verdict> = result
        .groups
        .iter()
        .map(|g| judge(g, &claims, &claim_words))
        .collect();
    let mut summary = Summary::default();
    for v in &verdicts {
        match v.verdict.as_str() {
            "supports" => summary.supports += 1,
            "contradicts" => summary.contradicts += 1,
            "hedged" => summary.hedged += 1,
            "partial" => summary.partial += 1,
            _ => summary.silent += 1,
        }
    }
    Ok(CheckResult {
        claim: claim.to_string(),
        figures,
        verdicts,
        summary,
    })
}
