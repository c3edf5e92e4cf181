//! The index seam: what factdex needs from a search engine, and the local tantivy index that
//! provides it.
//!
//! [`Backend`] is deliberately narrow — add articles, commit, run a [`Query`], count — so that
//! a Quickwit cluster can implement it later. Queries arrive already analyzed (terms produced
//! by [`crate::analysis`]); the engine only matches and scores them.

use std::collections::HashMap;

pub mod fields;
pub mod local;
mod translate;

use crate::error::Result;
use crate::extract::Extracted;
use crate::model::{Article, Passage};

pub use local::LocalIndex;

/// A document field that queries can address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The passage text.
    Text,
    /// The article title.
    Title,
    /// The outlet, matched exactly.
    Outlet,
    /// The article id, matched exactly.
    ArticleId,
    /// The dimensions of the passage's figures (`mass`, `currency`, …).
    Dims,
    /// The outlet, lower-cased, matched exactly.
    OutletKey,
    /// The article's topics, lower case.
    Topics,
    /// People the article names (lower-case canonical names).
    Person,
    /// Organisations the article names.
    Org,
    /// Places the article names.
    Place,
    /// The article's key phrases (lower case).
    Phrases,
}

/// An engine-neutral query over analyzed terms.
#[derive(Debug, Clone, PartialEq)]
pub enum Query {
    /// Matches documents containing the term; scored by BM25, multiplied by `boost`.
    Term {
        /// Where.
        field: Field,
        /// The analyzed term.
        term: String,
        /// Score multiplier.
        boost: f32,
    },
    /// Matches the terms in order, adjacent.
    Phrase {
        /// Where.
        field: Field,
        /// The analyzed terms.
        terms: Vec<String>,
    },
    /// Boolean combination.
    Bool {
        /// All must match.
        must: Vec<Query>,
        /// Any may match (at least one when `must` is empty); adds to the score.
        should: Vec<Query>,
        /// None may match.
        must_not: Vec<Query>,
    },
    /// Matches terms within `distance` edits (misspellings).
    Fuzzy {
        /// Where.
        field: Field,
        /// The analyzed term.
        term: String,
        /// Most edits.
        distance: u8,
    },
    /// Matches articles dated in the range (inclusive; either end open).
    DateRange {
        /// First day.
        since: Option<chrono::NaiveDate>,
        /// Last day.
        until: Option<chrono::NaiveDate>,
    },
    /// Matches what any alternative matches; scored by the best alternative plus `tie` times
    /// the others (synonyms count once, not once per synonym).
    Any {
        /// The alternatives.
        alternatives: Vec<Query>,
        /// Share of the other alternatives' scores added to the best one.
        tie: f32,
    },
    /// Matches every document.
    All,
}

/// One scored passage with its article's metadata (the article body is not loaded).
#[derive(Debug, Clone)]
pub struct Hit {
    /// Engine score.
    pub score: f32,
    /// The article (with an empty body).
    pub article: Article,
    /// The passage (its topics, entities and speakers are in `annotations`).
    pub passage: Passage,
    /// The passage's stored annotations, parsed only for the passages that are shown.
    pub annotations: LazyAnnotations,
}

/// What extraction found besides figures, stored with each passage for display.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Annotations {
    /// Topics of the passage.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Entities named in the passage.
    #[serde(default)]
    pub entities: Vec<crate::model::Entity>,
    /// Who speaks in the passage.
    #[serde(default)]
    pub speakers: Vec<String>,
    /// Topics of the whole article.
    #[serde(default)]
    pub article_topics: Vec<String>,
    /// Key phrases of the article (on its first passage only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_phrases: Vec<String>,
}

/// [`Annotations`] as stored (JSON), parsed on demand.
#[derive(Debug, Clone, Default)]
pub struct LazyAnnotations(pub String);

impl LazyAnnotations {
    /// The annotations (empty when none were stored or they cannot be read).
    pub fn parse(&self) -> Annotations {
        serde_json::from_str(&self.0).unwrap_or_default()
    }
}

/// An article to write, and whether an earlier version of it may be in the index (a new
/// article needs no delete, which saves the engine a term lookup per article).
#[derive(Debug)]
pub struct Upsert {
    /// The extracted article.
    pub extracted: Extracted,
    /// An article with the same id may be stored already.
    pub replaces: bool,
}

/// What factdex needs from a search engine.
pub trait Backend: Send {
    /// Adds the passages of `articles`, replacing any passages stored before under the same
    /// article ids. Visible after [`Backend::commit`].
    fn upsert(&mut self, articles: Vec<Upsert>) -> Result<()>;
    /// Makes every change so far durable and visible.
    fn commit(&mut self) -> Result<()>;
    /// The `limit` best passages for `query`, best first.
    fn search(&self, query: &Query, limit: usize) -> Result<Vec<Hit>>;
    /// Every article in the index with its content hashes and source file (what incremental
    /// re-indexing compares against).
    fn stored_articles(&self) -> Result<HashMap<String, StoredArticle>>;
    /// Removes the articles with these ids. Visible after [`Backend::commit`].
    fn delete(&mut self, ids: &[String]) -> Result<()>;
    /// Number of passages indexed.
    fn num_passages(&self) -> Result<u64>;
    /// The values of an article-level facet ([`Field::Topics`], [`Field::Phrases`], people,
    /// organisations, places) over the articles with a passage matching `query`, with how many
    /// articles carry each, most frequent first.
    fn facet_counts(&self, facet: Field, query: &Query, size: usize) -> Result<Vec<(String, u64)>>;
    /// In how many passages `term` occurs in `field`.
    fn doc_freq(&self, field: Field, term: &str) -> Result<u64>;
}

/// What the index remembers of an article, to tell unchanged from changed input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredArticle {
    /// Hash of the body.
    pub body_hash: u64,
    /// Hash of the metadata.
    pub meta_hash: u64,
    /// The file it came from.
    pub source: String,
}
