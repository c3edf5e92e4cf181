//! Ranking of the passages the engine returned.
//!
//! The engine's score is BM25 over passages (plus title and figure-kind boosts). Three things
//! BM25 over short passages gets wrong are corrected here:
//! - **coverage**: one frequent query word can outweigh several rarer ones, so a passage keeps
//!   a share of its score that grows with the query words it holds (with its article's title),
//!   each word weighted by its rarity;
//! - **figures**: when the query asks for figures, passages holding figures of the asked kind,
//!   about the query's words, gain ("Numbers Matter!", Almasian et al. 2024);
//! - **articles**: an article is more likely relevant when more than one of its passages
//!   matches, so articles are ordered by their best passage plus a share of their next best.

use std::collections::HashMap;

use crate::analysis::{query_analyzer, terms, terms_with};
use crate::error::Result;
use crate::index::{Backend, Field, Hit};

use super::query::TermGroup;
use super::ParsedQuery;

/// A passage matching none of several query words keeps this share of its BM25 score; one
/// matching all keeps all of it.
const COVERAGE_FLOOR: f32 = 0.3;
/// Weight of the quantity-aware score relative to BM25.
const QUANTITY_WEIGHT: f32 = 0.6;
/// Share of an article's next best passages' scores added to its best one's.
const ARTICLE_SUPPORT: f32 = 0.2;
/// How many further passages of an article support it.
const SUPPORTING_PASSAGES: usize = 2;

/// The weight of each query word (one per term group): its BM25 inverse document frequency
/// over passages, synonyms counted together.
pub fn word_weights(parsed: &ParsedQuery, backend: &dyn Backend) -> Result<Vec<f32>> {
    let n = backend.num_passages()? as f32;
    parsed
        .groups
        .iter()
        .map(|g| {
            let df = (doc_freq(g, backend)? as f32).min(n);
            Ok((1.0 + (n - df + 0.5) / (df + 0.5)).ln())
        })
        .collect()
}

/// In how many passages the single-word alternatives of a query word occur (summed).
pub fn doc_freq(group: &TermGroup, backend: &dyn Backend) -> Result<u64> {
    group
        .alternatives
        .iter()
        .filter(|a| a.len() == 1)
        .try_fold(0u64, |n, a| {
            backend.doc_freq(Field::Text, &a[0]).map(|d| n + d)
        })
}

/// Re-scores `hits` (coverage, figures) and orders them by article, then by passage score.
/// `wanted` are the query's analyzed terms, sorted.
pub fn rank(hits: &mut [Hit], parsed: &ParsedQuery, weights: &[f32], wanted: &[String]) {
    for h in hits.iter_mut() {
        let cover = coverage(h, parsed, weights);
        h.score = h.score * (COVERAGE_FLOOR + (1.0 - COVERAGE_FLOOR) * cover)
            + QUANTITY_WEIGHT * quantity_score(h, parsed, wanted);
    }
    // ties broken by article and passage, so that results do not depend on the order the
    // engine happened to store documents in
    hits.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.article.id.cmp(&b.article.id))
            .then_with(|| a.passage.ordinal.cmp(&b.passage.ordinal))
    });
    let mut articles: HashMap<&str, (f32, usize)> = HashMap::new();
    for h in hits.iter() {
        let (score, seen) = articles.entry(h.article.id.as_str()).or_insert((0.0, 0));
        if *seen == 0 {
            *score = h.score;
        } else if *seen <= SUPPORTING_PASSAGES {
            *score += ARTICLE_SUPPORT * h.score;
        }
        *seen += 1;
    }
    let article_score: Vec<f32> = hits
        .iter()
        .map(|h| articles.get(h.article.id.as_str()).map_or(h.score, |a| a.0))
        .collect();
    let mut order: Vec<usize> = (0..hits.len()).collect();
    // the sort is stable and hits are sorted by score: within an article, best passage first
    order.sort_by(|&a, &b| {
        article_score[b]
            .total_cmp(&article_score[a])
            .then_with(|| hits[a].article.id.cmp(&hits[b].article.id))
    });
    apply_order(hits, &order);
}

/// Rearranges `items` so that `items[i]` becomes the old `items[order[i]]`.
fn apply_order<T>(items: &mut [T], order: &[usize]) {
    let mut target: Vec<usize> = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        target[old] = new;
    }
    // cycle by cycle: swap each item into its place
    for i in 0..items.len() {
        while target[i] != i {
            let t = target[i];
            items.swap(i, t);
            target.swap(i, t);
        }
    }
}

/// The share of the query's weighted words (synonyms counting as one) found in the passage
/// or its article's title.
fn coverage(hit: &Hit, parsed: &ParsedQuery, weights: &[f32]) -> f32 {
    if parsed.groups.len() < 2 {
        return 1.0;
    }
    let mut seen: Vec<String> = terms(&hit.passage.text)
        .into_iter()
        .map(|t| t.text)
        .collect();
    if let Some(title) = &hit.article.title {
        seen.extend(terms(title).into_iter().map(|t| t.text));
    }
    seen.sort_unstable();
    seen.dedup();
    let matched: f32 = parsed
        .groups
        .iter()
        .zip(weights)
        .filter(|(g, _)| {
            g.alternatives
                .iter()
                .any(|alt| alt.iter().all(|t| seen.binary_search(t).is_ok()))
        })
        .map(|(_, w)| w)
        .sum();
    matched / weights.iter().sum::<f32>().max(f32::MIN_POSITIVE)
}

/// The quantity-aware part of a passage's score: it holds figures of the asked kind (or that
/// meet the constraints), more so when their concept shares words with the query.
fn quantity_score(hit: &Hit, parsed: &ParsedQuery, query_terms: &[String]) -> f32 {
    if !parsed.wants_figures() {
        return 0.0;
    }
    let mut analyze = query_analyzer();
    hit.passage
        .figures
        .iter()
        .filter(|f| {
            parsed
                .intent
                .as_ref()
                .is_none_or(|i| i.accepts(f.dimension.as_deref()))
        })
        .map(|f| {
            let concept = f
                .concept
                .as_deref()
                .map(|c| terms_with(&mut analyze, c))
                .unwrap_or_default();
            let overlap = concept
                .iter()
                .any(|t| query_terms.binary_search(&t.text).is_ok());
            if overlap {
                2.0
            } else {
                1.0
            }
        })
        .fold(0.0, f32::max)
}

#[cfg(test)]
mod tests {
    use super::apply_order;

    #[test]
    fn apply_order_moves_each_item_to_its_place() {
        let mut items = vec!['a', 'b', 'c', 'd', 'e'];
        apply_order(&mut items, &[3, 0, 4, 1, 2]);
        assert_eq!(items, vec!['d', 'a', 'e', 'b', 'c']);
        let mut same = vec![1, 2, 3];
        apply_order(&mut same, &[0, 1, 2]);
        assert_eq!(same, vec![1, 2, 3]);
    }
}
