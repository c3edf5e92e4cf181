//! Search: understands a query, runs it on a [`Backend`], and groups the ranked passages by
//! source.

pub mod group;
pub mod query;

use serde::Serialize;

use crate::analysis::terms;
use crate::error::Result;
use crate::index::Backend;

pub use group::{ArticleHits, Group, PassageHit};
pub use query::ParsedQuery;

/// How many results to return.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Most groups (sources).
    pub limit: usize,
    /// Most passages per group.
    pub per_source: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            limit: 10,
            per_source: 3,
        }
    }
}

/// The answer to a search.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResult {
    /// The query as typed.
    pub query: String,
    /// Groups, best first.
    pub groups: Vec<Group>,
}

/// Byte spans in `text` of words whose analyzed term is in `wanted`.
pub fn highlights(text: &str, wanted: &[String]) -> Vec<[usize; 2]> {
    terms(text)
        .into_iter()
        .filter(|t| wanted.binary_search(&t.text).is_ok())
        .map(|t| [t.start, t.end])
        .collect()
}

/// Runs `raw` against `backend`.
pub fn search(backend: &dyn Backend, raw: &str, opts: Options) -> Result<SearchResult> {
    let parsed = query::parse(raw)?;
    let fetch = (opts.limit * opts.per_source * 8).clamp(100, 2000);
    let hits = backend.search(&parsed.to_query(), fetch)?;
    let wanted = parsed.highlight_terms();
    let groups = group::group(hits, opts.limit.max(1), opts.per_source.max(1), |text| {
        highlights(text, &wanted)
    });
    Ok(SearchResult {
        query: raw.to_string(),
        groups,
    })
}
