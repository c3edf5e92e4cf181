//! Search: understands a query ([`query`], [`vocabulary`]), runs it on a [`Backend`], ranks
//! passages with a quantity-aware score, groups them by source ([`group`]) and compares
//! their figures across sources ([`compare`]).
//!
//! Retrieval is a bounded two-phase search: the engine returns the best passages by BM25 (plus
//! boosts for title and for figures of the asked kind), at most a few thousand; figure
//! constraints filter them, [`rank`] re-ranks them (query coverage, figures, article
//! support), and grouping keeps the best few per source.

pub mod check;
pub mod compare;
pub mod conditions;
pub mod facets;
pub mod group;
pub mod query;
pub mod rank;
pub mod vocabulary;

use chrono::NaiveDate;
use serde::Serialize;

use crate::analysis::terms;
use crate::error::Result;
use crate::index::Backend;

pub use compare::Row;
pub use group::{ArticleHits, Group, PassageHit};
pub use query::ParsedQuery;

/// Most passages fetched for one search.
const MAX_FETCH: usize = 4000;

/// How many results to return, and filters given as options.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Most groups (sources).
    pub limit: usize,
    /// Most passages per group.
    pub per_source: usize,
    /// Outlets to keep (`--outlet`), matched case-insensitively.
    pub outlets: Vec<String>,
    /// First day (`--since`).
    pub since: Option<NaiveDate>,
    /// Last day (`--until`).
    pub until: Option<NaiveDate>,
    /// Topics required (`--topic`).
    pub topics: Vec<String>,
}

impl Options {
    /// The defaults: 10 sources, 3 passages each.
    pub fn new() -> Options {
        Options {
            limit: 10,
            per_source: 3,
            ..Options::default()
        }
    }
}

/// How the query was understood (`--explain`).
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    /// Words searched, each with its alternatives (synonyms; `~` marks fuzzy matching).
    pub words: Vec<String>,
    /// Required phrases.
    pub phrases: Vec<String>,
    /// Excluded words or phrases.
    pub excluded: Vec<String>,
    /// The kind of figure asked for.
    pub figure_intent: Option<String>,
    /// Figure conditions.
    pub constraints: Vec<String>,
    /// Outlet, date filters.
    pub filters: Vec<String>,
}

/// The answer to a search.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResult {
    /// The query as typed.
    pub query: String,
    /// How it was understood.
    pub understood: Explanation,
    /// Groups, best first.
    pub groups: Vec<Group>,
    /// The figures of the groups, aligned across sources.
    pub comparison: Vec<Row>,
}

/// Byte spans in `text` of words whose analyzed term is in `wanted` (sorted).
pub fn highlights(text: &str, wanted: &[String]) -> Vec<[usize; 2]> {
    terms(text)
        .into_iter()
        .filter(|t| wanted.binary_search(&t.text).is_ok())
        .map(|t| [t.start, t.end])
        .collect()
}

/// Adds misspelling tolerance to words the index does not know.
fn add_fuzzy(parsed: &mut ParsedQuery, backend: &dyn Backend) -> Result<()> {
    for g in &mut parsed.groups {
        let known = rank::doc_freq(g, backend)?;
        let len = g
            .alternatives
            .first()
            .and_then(|a| a.first())
            .map_or(0, |t| t.chars().count());
        if known == 0 && len >= 4 {
            g.fuzzy = Some(if len >= 8 { 2 } else { 1 });
        }
    }
    Ok(())
}

fn explain(q: &ParsedQuery) -> Explanation {
    let join = |v: &Vec<String>| v.join(" ");
    Explanation {
        words: q
            .groups
            .iter()
            .map(|g| {
                let alts: Vec<String> = g.alternatives.iter().map(join).collect();
                let mut s = alts.join("|");
                if g.required {
                    s = format!("+{s}");
                }
                if g.fuzzy.is_some() {
                    s.push('~');
                }
                s
            })
            .collect(),
        phrases: q.phrases.iter().map(join).collect(),
        excluded: q.excluded.iter().map(join).collect(),
        figure_intent: q.intent.as_ref().map(|i| i.dimension().to_string()),
        constraints: q
            .constraints
            .iter()
            .map(|c| {
                format!(
                    "{} ({}: {:?}..{:?} base units)",
                    c.text, c.dimension, c.min, c.max
                )
            })
            .collect(),
        filters: q
            .outlets
            .iter()
            .map(|o| format!("outlet:{o}"))
            .chain(q.since.map(|d| format!("since:{d}")))
            .chain(q.until.map(|d| format!("until:{d}")))
            .chain(q.topics.iter().map(|t| format!("topic:{t}")))
            .chain(
                q.entities
                    .iter()
                    .map(|(f, n)| format!("{f:?}:{n}").to_lowercase()),
            )
            .collect(),
    }
}

/// Runs `raw` against `backend`.
pub fn search(backend: &dyn Backend, raw: &str, opts: &Options) -> Result<SearchResult> {
    search_parsed(backend, raw, query::parse(raw)?, opts)
}

/// Runs an already parsed query (`raw` is what the user typed, for the result).
pub fn search_parsed(
    backend: &dyn Backend,
    raw: &str,
    mut parsed: ParsedQuery,
    opts: &Options,
) -> Result<SearchResult> {
    parsed
        .outlets
        .extend(opts.outlets.iter().map(|o| o.to_lowercase()));
    parsed
        .topics
        .extend(opts.topics.iter().map(|t| t.to_lowercase()));
    parsed.since = parsed.since.or(opts.since);
    parsed.until = parsed.until.or(opts.until);
    add_fuzzy(&mut parsed, backend)?;
    let weights = rank::word_weights(&parsed, backend)?;
    let limit = opts.limit.max(1);
    let per_source = opts.per_source.max(1);
    let wanted = parsed.highlight_terms();
    let query = parsed.to_query();
    // bounded two-phase search: fetch the best few passages, re-rank and group them; fetch
    // more only when they do not fill the groups asked for
    let mut fetch = (limit * per_source * 4).clamp(40, MAX_FETCH);
    let groups = loop {
        let mut hits = backend.search(&query, fetch)?;
        let exhausted = hits.len() < fetch;
        hits.retain(|h| {
            parsed
                .constraints
                .iter()
                .all(|c| h.passage.figures.iter().any(|f| c.accepts(f)))
        });
        rank::rank(&mut hits, &parsed, &weights, &wanted);
        let groups = group::group(hits, limit, per_source, |text| highlights(text, &wanted));
        if groups.len() >= limit || exhausted || fetch >= MAX_FETCH {
            break groups;
        }
        fetch = (fetch * 4).min(MAX_FETCH);
    };
    let comparison = compare::compare(&groups, &parsed);
    Ok(SearchResult {
        query: raw.to_string(),
        understood: explain(&parsed),
        groups,
        comparison,
    })
}
