//! Facet counts over the articles matching a query: the taxonomy's topics as counted, and the
//! key phrases most distinctive of those articles.

use crate::error::Result;
use crate::index::{Backend, Field, Query};

/// The key phrases most distinctive of the articles matching `q`, with their article counts:
/// among the frequent ones, ranked by count × inverse document frequency over the whole index,
/// so that phrases every article has (page furniture like "image copyright") give way to the
/// subject's own.
pub fn distinctive_phrases(
    index: &dyn Backend,
    q: &Query,
    limit: usize,
) -> Result<Vec<(String, u64)>> {
    let n = index.num_passages()?.max(1) as f64;
    let mut scored: Vec<(f64, String, u64)> = Vec::new();
    for (phrase, articles) in index.facet_counts(Field::Phrases, q, (limit * 10).max(200))? {
        let everywhere = index
            .doc_freq(Field::Phrases, &phrase)?
            .max(articles)
            .max(1) as f64;
        scored.push((articles as f64 * (n / everywhere).ln(), phrase, articles));
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    Ok(scored
        .into_iter()
        .take(limit)
        .map(|(_, phrase, articles)| (phrase, articles))
        .collect())
}
