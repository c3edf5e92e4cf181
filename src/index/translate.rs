//! Translation of the engine-neutral [`Query`] into a tantivy query for the local index.
//!
//! Article-level facets (topics, people, organisations, places) are indexed once per article,
//! on its lead passage, not on every passage: a filter on one is resolved here into the ids of
//! the matching articles, which every passage carries.

use std::collections::BTreeSet;
use std::ops::Bound;
use std::path::Path;

use tantivy::collector::DocSetCollector;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, DisjunctionMaxQuery, FuzzyTermQuery, Occur, PhraseQuery,
    RangeQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DateTime, Searcher, Term};

use super::local::Fields;
use super::{Field, Query};
use crate::error::{Error, Result};

/// A tantivy query.
pub(super) type TQuery = Box<dyn tantivy::query::Query>;

/// Is `field` indexed on the lead passage only?
pub(super) fn article_level(field: Field) -> bool {
    matches!(
        field,
        Field::Topics | Field::Person | Field::Org | Field::Place | Field::Phrases
    )
}

/// Translates queries for one searcher (article-level filters are resolved against it).
pub(super) struct Translator<'a> {
    pub fields: Fields,
    pub searcher: &'a Searcher,
    pub path: &'a Path,
}

impl Translator<'_> {
    fn err(&self, e: impl std::fmt::Display) -> Error {
        Error::index(self.path, e.to_string())
    }

    /// The tantivy query for `query`.
    pub fn query(&self, query: &Query) -> Result<TQuery> {
        let f = self.fields;
        Ok(match query {
            Query::Term { field, .. } if article_level(*field) => {
                let lead = self.plain_term(query)?;
                self.same_articles(&*lead)?
            }
            Query::Term { .. } => self.plain_term(query)?,
            Query::Phrase { field, terms } if terms.len() == 1 => self.query(&Query::Term {
                field: *field,
                term: terms[0].clone(),
                boost: 1.0,
            })?,
            Query::Phrase { field, terms } => {
                let terms = terms
                    .iter()
                    .map(|t| Term::from_field_text(f.get(*field), t))
                    .collect();
                Box::new(PhraseQuery::new(terms))
            }
            Query::Bool {
                must,
                should,
                must_not,
            } => {
                let mut clauses: Vec<(Occur, TQuery)> = Vec::new();
                for q in must {
                    clauses.push((Occur::Must, self.query(q)?));
                }
                for q in should {
                    clauses.push((Occur::Should, self.query(q)?));
                }
                for q in must_not {
                    clauses.push((Occur::MustNot, self.query(q)?));
                }
                if must.is_empty() && should.is_empty() {
                    clauses.push((Occur::Must, Box::new(AllQuery)));
                }
                Box::new(BooleanQuery::new(clauses))
            }
            Query::Any { alternatives, tie } => Box::new(DisjunctionMaxQuery::with_tie_breaker(
                alternatives
                    .iter()
                    .map(|q| self.query(q))
                    .collect::<Result<Vec<_>>>()?,
                *tie,
            )),
            Query::Fuzzy {
                field,
                term,
                distance,
            } => Box::new(FuzzyTermQuery::new(
                Term::from_field_text(f.get(*field), term),
                *distance,
                true,
            )),
            Query::DateRange { since, until } => {
                let at = |d: &chrono::NaiveDate| {
                    let secs = d
                        .and_hms_opt(0, 0, 0)
                        .map_or(0, |dt| dt.and_utc().timestamp());
                    Term::from_field_date(f.date, DateTime::from_timestamp_secs(secs))
                };
                let lower = since
                    .as_ref()
                    .map_or(Bound::Unbounded, |d| Bound::Included(at(d)));
                let upper = until
                    .as_ref()
                    .map_or(Bound::Unbounded, |d| Bound::Included(at(d)));
                Box::new(RangeQuery::new(lower, upper))
            }
            Query::All => Box::new(AllQuery),
        })
    }

    /// A term query on the field itself, boosted.
    fn plain_term(&self, query: &Query) -> Result<TQuery> {
        let Query::Term { field, term, boost } = query else {
            return Err(self.err("internal: plain_term on a non-term query"));
        };
        let q = TermQuery::new(
            Term::from_field_text(self.fields.get(*field), term),
            IndexRecordOption::WithFreqs,
        );
        Ok(if (*boost - 1.0).abs() < f32::EPSILON {
            Box::new(q)
        } else {
            Box::new(BoostQuery::new(Box::new(q), *boost))
        })
    }

    /// Every passage of the articles that have a passage matching `query`.
    pub fn same_articles(&self, query: &dyn tantivy::query::Query) -> Result<TQuery> {
        let ids = self.article_ids(query)?;
        let terms = ids
            .iter()
            .map(|id| Term::from_field_text(self.fields.article_id, id));
        Ok(Box::new(TermSetQuery::new(terms)))
    }

    /// The ids of the articles that have a passage matching `query`.
    fn article_ids(&self, query: &dyn tantivy::query::Query) -> Result<BTreeSet<String>> {
        let docs = self
            .searcher
            .search(query, &DocSetCollector)
            .map_err(|e| self.err(e))?;
        let mut by_segment: Vec<Vec<u64>> = vec![Vec::new(); self.searcher.segment_readers().len()];
        for addr in &docs {
            if let Some(list) = by_segment.get_mut(addr.segment_ord as usize) {
                list.push(u64::from(addr.doc_id));
            }
        }
        let mut ids = BTreeSet::new();
        for (segment, docs) in self.searcher.segment_readers().iter().zip(by_segment) {
            if docs.is_empty() {
                continue;
            }
            let Some(column) = segment
                .fast_fields()
                .str("article_id")
                .map_err(|e| self.err(e))?
            else {
                continue;
            };
            let mut ords: Vec<u64> = docs
                .iter()
                .filter_map(|&d| column.term_ords(d as u32).next())
                .collect();
            ords.sort_unstable();
            ords.dedup();
            column
                .dictionary()
                .sorted_ords_to_term_cb(&ords, |bytes| {
                    ids.insert(String::from_utf8_lossy(bytes).into_owned());
                })
                .map_err(|e| self.err(e))?;
        }
        Ok(ids)
    }
}
