//! Query understanding: turns what the user typed into an engine-neutral [`Query`].
//!
//! Syntax: words (analyzed like the text: stemmed, stop words dropped), `"exact phrases"`
//! (required), and `-word` or `-"phrase"` to exclude. An unbalanced quote runs to the end of
//! the query.

use crate::analysis::{analyzer, query_analyzer, terms_with};
use crate::error::{Error, Result};
use crate::index::{Field, Query};

/// Longest query accepted, in bytes.
pub const MAX_QUERY_BYTES: usize = 10_000;
/// Weight of a title match relative to a passage match.
const TITLE_BOOST: f32 = 0.3;

/// A parsed query: the analyzed terms and phrases, ready to run and to highlight.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParsedQuery {
    /// Optional terms (any may match; more matches rank higher).
    pub terms: Vec<String>,
    /// Required phrases, each as analyzed terms.
    pub phrases: Vec<Vec<String>>,
    /// Excluded terms or phrases.
    pub excluded: Vec<Vec<String>>,
}

impl ParsedQuery {
    /// Every term that should be highlighted in a result.
    pub fn highlight_terms(&self) -> Vec<String> {
        let mut out = self.terms.clone();
        out.extend(self.phrases.iter().flatten().cloned());
        out.sort();
        out.dedup();
        out
    }

    /// The engine query.
    pub fn to_query(&self) -> Query {
        let mut should = Vec::new();
        for t in &self.terms {
            should.push(Query::Term {
                field: Field::Text,
                term: t.clone(),
                boost: 1.0,
            });
            should.push(Query::Term {
                field: Field::Title,
                term: t.clone(),
                boost: TITLE_BOOST,
            });
        }
        let must = self
            .phrases
            .iter()
            .map(|p| Query::Phrase {
                field: Field::Text,
                terms: p.clone(),
            })
            .collect();
        let must_not = self
            .excluded
            .iter()
            .map(|p| Query::Phrase {
                field: Field::Text,
                terms: p.clone(),
            })
            .collect();
        Query::Bool {
            must,
            should,
            must_not,
        }
    }
}

/// Splits the raw query into (negated, quoted, text) parts.
fn parts(raw: &str) -> Vec<(bool, bool, String)> {
    let mut out = Vec::new();
    let mut rest = raw.trim();
    while !rest.is_empty() {
        let negated = rest.starts_with('-') && rest.len() > 1;
        let body = if negated { &rest[1..] } else { rest };
        if let Some(inner) = body.strip_prefix('"') {
            let (phrase, after) = inner.split_once('"').unwrap_or((inner, ""));
            out.push((negated, true, phrase.to_string()));
            rest = after.trim_start();
        } else {
            let end = body.find(char::is_whitespace).unwrap_or(body.len());
            out.push((negated, false, body[..end].to_string()));
            rest = body[end..].trim_start();
        }
    }
    out
}

/// Parses `raw` into a [`ParsedQuery`].
pub fn parse(raw: &str) -> Result<ParsedQuery> {
    if raw.len() > MAX_QUERY_BYTES {
        return Err(Error::Query(format!(
            "query is {} bytes; the limit is {MAX_QUERY_BYTES}. Search for its key words instead",
            raw.len()
        )));
    }
    let mut q = ParsedQuery::default();
    let mut stop = query_analyzer();
    let mut plain = analyzer();
    let mut dropped = Vec::new();
    for (negated, quoted, text) in parts(raw) {
        if !quoted && (text == "OR" || text == "AND") {
            continue;
        }
        let terms: Vec<String> = if quoted {
            terms_with(&mut plain, &text)
                .into_iter()
                .map(|t| t.text)
                .collect()
        } else {
            let kept: Vec<String> = terms_with(&mut stop, &text)
                .into_iter()
                .map(|t| t.text)
                .collect();
            if kept.is_empty() {
                dropped.extend(terms_with(&mut plain, &text).into_iter().map(|t| t.text));
            }
            kept
        };
        if terms.is_empty() {
            continue;
        }
        match (negated, quoted) {
            (true, _) => q.excluded.push(terms),
            (false, true) => q.phrases.push(terms),
            (false, false) => q.terms.extend(terms),
        }
    }
    if q.terms.is_empty() && q.phrases.is_empty() {
        // only stop words: search for them after all
        q.terms = dropped;
    }
    if q.terms.is_empty() && q.phrases.is_empty() {
        return Err(Error::Query(
            "nothing to search for: the query has no words".into(),
        ));
    }
    q.terms.dedup();
    Ok(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_phrases_exclusions() {
        let q = parse(r#"soybean "arms package" -Iran the"#).unwrap();
        assert_eq!(q.terms, vec!["soybean"]);
        assert_eq!(
            q.phrases,
            vec![vec!["arm".to_string(), "packag".to_string()]]
        );
        assert_eq!(q.excluded, vec![vec!["iran".to_string()]]);
    }

    #[test]
    fn unbalanced_quote_runs_to_the_end() {
        let q = parse(r#"trade "arms package"#).unwrap();
        assert_eq!(q.phrases.len(), 1);
    }

    #[test]
    fn stop_words_only_still_search() {
        assert_eq!(parse("the").unwrap().terms, vec!["the"]);
        assert!(parse("  ").is_err());
        assert!(parse("!!! ---").is_err());
        assert!(parse(&"x ".repeat(10_000)).is_err());
    }
}
