//! Query understanding: turns what the user typed into a [`ParsedQuery`], and that into an
//! engine-neutral [`Query`].
//!
//! Syntax: words (analyzed like the text: stemmed, stop words dropped; synonyms from
//! `schema/query.toml` searched alike), `"exact phrases"` (required), `-word` or `-"phrase"`
//! (excluded), `a AND b` (both required), `a OR b`. Figure words (`tonnage`, `cost`, `death
//! toll`) become figure intent instead of words to match; figures in the query (`> 10 million
//! tons`, `between 1 and 2 billion dollars`, `tons:>1e7`) become constraints. Filters:
//! `outlet:NAME`, `since:YYYY-MM-DD`, `until:YYYY-MM-DD`, `topic:NAME`, `person:NAME`,
//! `org:NAME`, `place:NAME`. An unbalanced quote runs to the end.

use chrono::NaiveDate;

use super::conditions::{canonical_entity, figure_conditions, parse_date, unit_constraint};
use super::vocabulary::{Intent, Vocabulary};
use crate::analysis::{analyzer, query_analyzer, terms_with};
use crate::error::{Error, Result};
use crate::extract::figures::measure::measure;
use crate::index::{Field, Query};

/// Longest query accepted, in bytes.
pub const MAX_QUERY_BYTES: usize = 10_000;
/// Weight of a title match relative to a passage match.
const TITLE_BOOST: f32 = 1.5;
/// Share of a word's other synonyms' scores added to the best one's.
const SYNONYM_TIE: f32 = 0.1;
/// Weight of holding a figure of the asked kind.
const INTENT_BOOST: f32 = 1.5;

/// A word of the query with its synonyms: any alternative may match.
#[derive(Debug, Clone, PartialEq)]
pub struct TermGroup {
    /// Alternatives, each a sequence of analyzed terms (one term, or a phrase).
    pub alternatives: Vec<Vec<String>>,
    /// Must match (`AND`).
    pub required: bool,
    /// Misspelling tolerance added because the word is not in the index.
    pub fuzzy: Option<u8>,
}

/// A figure condition: passages must hold a figure of this dimension within the bounds
/// (base units: kilograms, metres, …).
#[derive(Debug, Clone, PartialEq)]
pub struct Constraint {
    /// The dimension (`mass`, `currency`, …).
    pub dimension: String,
    /// ISO code for money.
    pub currency: Option<String>,
    /// Lower bound, if any.
    pub min: Option<f64>,
    /// Upper bound, if any.
    pub max: Option<f64>,
    /// The condition as written.
    pub text: String,
}

impl Constraint {
    /// Does a figure satisfy the constraint?
    pub fn accepts(&self, f: &crate::model::Figure) -> bool {
        let Some(m) = measure(f) else { return false };
        if m.dimension != self.dimension || (self.currency.is_some() && m.currency != self.currency)
        {
            return false;
        }
        let above = self.min.is_none_or(|min| m.high >= min * (1.0 - 1e-9));
        let below = self.max.is_none_or(|max| m.low <= max * (1.0 + 1e-9));
        above && below
    }
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParsedQuery {
    /// Words, with their synonyms.
    pub groups: Vec<TermGroup>,
    /// Required phrases, each as analyzed terms.
    pub phrases: Vec<Vec<String>>,
    /// Excluded terms or phrases.
    pub excluded: Vec<Vec<String>>,
    /// The kind of figure asked for.
    pub intent: Option<Intent>,
    /// Figure conditions.
    pub constraints: Vec<Constraint>,
    /// Outlets to keep (lower case); empty keeps all.
    pub outlets: Vec<String>,
    /// Topics required (lower case).
    pub topics: Vec<String>,
    /// Entities required: (field, lower-case canonical name).
    pub entities: Vec<(Field, String)>,
    /// First day.
    pub since: Option<NaiveDate>,
    /// Last day.
    pub until: Option<NaiveDate>,
}

impl ParsedQuery {
    /// Every term that should be highlighted in a result.
    pub fn highlight_terms(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .groups
            .iter()
            .flat_map(|g| g.alternatives.iter().flatten().cloned())
            .collect();
        out.extend(self.phrases.iter().flatten().cloned());
        out.sort();
        out.dedup();
        out
    }

    /// Does the query ask for figures (an intent or a constraint)?
    pub fn wants_figures(&self) -> bool {
        self.intent.is_some() || !self.constraints.is_empty()
    }

    fn group_query(g: &TermGroup) -> Query {
        let mut alternatives = Vec::new();
        for alt in &g.alternatives {
            if alt.len() == 1 {
                // body and title are separate evidence: their scores add up
                alternatives.push(Query::Bool {
                    must: vec![],
                    should: vec![
                        Query::Term {
                            field: Field::Text,
                            term: alt[0].clone(),
                            boost: 1.0,
                        },
                        Query::Term {
                            field: Field::Title,
                            term: alt[0].clone(),
                            boost: TITLE_BOOST,
                        },
                    ],
                    must_not: vec![],
                });
            } else {
                alternatives.push(Query::Phrase {
                    field: Field::Text,
                    terms: alt.clone(),
                });
            }
        }
        if let (Some(d), Some(first)) = (g.fuzzy, g.alternatives.first().and_then(|a| a.first())) {
            alternatives.push(Query::Fuzzy {
                field: Field::Text,
                term: first.clone(),
                distance: d,
            });
        }
        if alternatives.len() == 1 {
            alternatives.remove(0)
        } else {
            // synonyms are one word of the query: the best of them counts
            Query::Any {
                alternatives,
                tie: SYNONYM_TIE,
            }
        }
    }

    /// The engine query.
    pub fn to_query(&self) -> Query {
        let mut must: Vec<Query> = self
            .groups
            .iter()
            .filter(|g| g.required)
            .map(Self::group_query)
            .collect();
        must.extend(self.phrases.iter().map(|p| Query::Phrase {
            field: Field::Text,
            terms: p.clone(),
        }));
        let has_required_words = !must.is_empty();
        let optional: Vec<Query> = self
            .groups
            .iter()
            .filter(|g| !g.required)
            .map(Self::group_query)
            .collect();
        let mut should = Vec::new();
        if !optional.is_empty() {
            if has_required_words {
                should.extend(optional);
            } else {
                // words are optional among themselves, but at least one must match
                must.push(Query::Bool {
                    must: vec![],
                    should: optional,
                    must_not: vec![],
                });
            }
        }
        for c in &self.constraints {
            must.push(Query::Term {
                field: Field::Dims,
                term: c.dimension.clone(),
                boost: 0.0,
            });
        }
        if let Some(intent) = &self.intent {
            let dims = Query::Term {
                field: Field::Dims,
                term: intent.dimension().to_string(),
                boost: INTENT_BOOST,
            };
            if self.groups.is_empty() && self.phrases.is_empty() {
                must.push(dims);
            } else {
                should.push(dims);
            }
        }
        if !self.outlets.is_empty() {
            let any: Vec<Query> = self
                .outlets
                .iter()
                .map(|o| Query::Term {
                    field: Field::OutletKey,
                    term: o.clone(),
                    boost: 0.0,
                })
                .collect();
            must.push(Query::Bool {
                must: vec![],
                should: any,
                must_not: vec![],
            });
        }
        if self.since.is_some() || self.until.is_some() {
            must.push(Query::DateRange {
                since: self.since,
                until: self.until,
            });
        }
        for t in &self.topics {
            must.push(Query::Term {
                field: Field::Topics,
                term: t.clone(),
                boost: 0.0,
            });
        }
        for (f, name) in &self.entities {
            must.push(Query::Term {
                field: *f,
                term: name.clone(),
                boost: 0.0,
            });
        }
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
        let negated =
            rest.starts_with('-') && rest.len() > 1 && !rest[1..].starts_with(char::is_numeric);
        let body = if negated { &rest[1..] } else { rest };
        if let Some(inner) = body.strip_prefix('"') {
            let (phrase, after) = inner.split_once('"').unwrap_or((inner, ""));
            out.push((negated, true, phrase.to_string()));
            rest = after.trim_start();
        } else {
            // a field value may be quoted: outlet:"Fox News"
            let end = match body.find(":\"") {
                Some(colon) if !body[..colon].contains(char::is_whitespace) => body[colon + 2..]
                    .find('"')
                    .map_or(body.len(), |q| colon + 3 + q),
                _ => body.find(char::is_whitespace).unwrap_or(body.len()),
            };
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
    let vocab = Vocabulary::get();
    let mut q = ParsedQuery::default();
    let mut stop = query_analyzer();
    let mut plain = analyzer();
    let mut dropped = Vec::new();
    let mut free_text = String::new();
    let mut required_next = false;
    let mut pending: Vec<(bool, bool, String)> = Vec::new();
    for (negated, quoted, text) in parts(raw) {
        if !quoted {
            if let Some((field, value)) = text.split_once(':').filter(|(f, v)| {
                !f.is_empty() && !v.is_empty() && f.chars().all(char::is_alphabetic)
            }) {
                let value = value.trim_matches('"');
                match field.to_ascii_lowercase().as_str() {
                    "outlet" | "source" => q.outlets.push(value.to_lowercase()),
                    "since" | "from" => q.since = Some(parse_date(field, value)?),
                    "until" | "to" => q.until = Some(parse_date(field, value)?),
                    "topic" => q.topics.push(value.to_lowercase()),
                    "person" | "org" | "place" => {
                        let f = match field.to_ascii_lowercase().as_str() {
                            "person" => Field::Person,
                            "org" => Field::Org,
                            _ => Field::Place,
                        };
                        q.entities.push((f, canonical_entity(value)));
                    }
                    _ => q.constraints.push(unit_constraint(field, value)?),
                }
                continue;
            }
        }
        pending.push((negated, quoted, text));
    }
    // free text (not quoted, not negated) goes through figure and intent recognition first
    for (negated, quoted, text) in &pending {
        if !negated && !quoted {
            free_text.push_str(text);
            free_text.push(' ');
        }
    }
    let free_text = figure_conditions(&free_text, &mut q);
    let (free_text, intent) = vocab.take_intent(&free_text);
    if intent.is_some() {
        q.intent = intent;
    }
    let mut words: Vec<(bool, bool, String)> = free_text
        .split_whitespace()
        .map(|w| (false, false, w.to_string()))
        .collect();
    words.extend(pending.into_iter().filter(|(n, qd, _)| *n || *qd));
    for (negated, quoted, text) in words {
        if !quoted && !negated && text == "AND" {
            required_next = true;
            if let Some(last) = q.groups.last_mut() {
                last.required = true;
            }
            continue;
        }
        if !quoted && text == "OR" {
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
            (false, false) => {
                for t in terms {
                    if q.groups
                        .iter()
                        .any(|g| g.alternatives.iter().any(|a| a.len() == 1 && a[0] == t))
                    {
                        continue;
                    }
                    let mut alternatives = vec![vec![t.clone()]];
                    for syn in vocab.synonyms(&t) {
                        if !alternatives.contains(syn) {
                            alternatives.push(syn.clone());
                        }
                    }
                    q.groups.push(TermGroup {
                        alternatives,
                        required: required_next,
                        fuzzy: None,
                    });
                    required_next = false;
                }
            }
        }
    }
    if q.groups.is_empty() && q.phrases.is_empty() && !q.wants_figures() {
        // only stop words: search for them after all
        for t in dropped {
            q.groups.push(TermGroup {
                alternatives: vec![vec![t]],
                required: false,
                fuzzy: None,
            });
        }
    }
    let filtered = !q.topics.is_empty() || !q.entities.is_empty() || !q.outlets.is_empty();
    if q.groups.is_empty() && q.phrases.is_empty() && !q.wants_figures() && !filtered {
        return Err(Error::Query(
            "nothing to search for: the query has no words or figures".into(),
        ));
    }
    Ok(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(q: &ParsedQuery) -> Vec<String> {
        q.groups
            .iter()
            .map(|g| g.alternatives[0].join(" "))
            .collect()
    }

    #[test]
    fn terms_phrases_exclusions() {
        let q = parse(r#"soybean "arms package" -Iran the"#).unwrap();
        assert_eq!(words(&q), vec!["soybean"]);
        assert!(
            q.groups[0].alternatives.contains(&vec!["soya".to_string()]),
            "{q:?}"
        );
        assert_eq!(
            q.phrases,
            vec![vec!["arm".to_string(), "packag".to_string()]]
        );
        assert_eq!(q.excluded, vec![vec!["iran".to_string()]]);
    }

    #[test]
    fn figure_words_are_intent_not_text() {
        let q = parse("soybean tonnage").unwrap();
        assert_eq!(words(&q), vec!["soybean"]);
        assert_eq!(q.intent, Some(Intent::Dimension("mass".into())));
        let q = parse("death toll earthquake").unwrap();
        assert_eq!(words(&q), vec!["earthquak"]);
        assert_eq!(q.intent, Some(Intent::Dimension("count".into())));
    }

    #[test]
    fn figure_constraints() {
        let q = parse("soybeans > 10 million tons").unwrap();
        assert_eq!(words(&q), vec!["soybean"]);
        assert_eq!(q.constraints.len(), 1, "{q:?}");
        let c = &q.constraints[0];
        assert_eq!(
            (c.dimension.as_str(), c.min, c.max),
            ("mass", Some(1e10), None)
        );
        let q = parse("arms between 1 and 2 billion dollars").unwrap();
        let c = &q.constraints[0];
        assert_eq!(
            (c.min, c.max, c.currency.as_deref()),
            (Some(1e9), Some(2e9), Some("USD"))
        );
        assert_eq!(words(&q), vec!["arm"]);
        let q = parse("tons:>1e7 soybean").unwrap();
        assert_eq!(q.constraints[0].min, Some(1e10));
        let q = parse("km:100..200").unwrap();
        assert_eq!(
            (q.constraints[0].min, q.constraints[0].max),
            (Some(1e5), Some(2e5))
        );
    }

    #[test]
    fn filters() {
        let q = parse(r#"trade outlet:"Fox News" since:2020-01-01 until:2021"#).unwrap();
        assert_eq!(q.outlets, vec!["fox news"]);
        assert_eq!(q.since, NaiveDate::from_ymd_opt(2020, 1, 1));
        assert_eq!(q.until, NaiveDate::from_ymd_opt(2021, 1, 1));
        assert_eq!(words(&q), vec!["trade"]);
    }

    #[test]
    fn and_makes_words_required() {
        let q = parse("trade AND soybean tariffs").unwrap();
        assert_eq!(
            q.groups.iter().map(|g| g.required).collect::<Vec<_>>(),
            vec![true, true, false]
        );
    }

    #[test]
    fn bad_queries_get_clear_errors_or_sensible_readings() {
        assert!(parse("  ").is_err());
        assert!(parse("!!! ---").is_err());
        assert!(parse(&"x ".repeat(10_000))
            .unwrap_err()
            .to_string()
            .contains("limit"));
        assert!(parse("colour:red")
            .unwrap_err()
            .to_string()
            .contains("unknown field"));
        assert!(parse("tons:>banana")
            .unwrap_err()
            .to_string()
            .contains("not a number"));
        assert!(parse("since:yesterday")
            .unwrap_err()
            .to_string()
            .contains("YYYY-MM-DD"));
        // no number: a sensible reading as words
        let q = parse("> banana tons").unwrap();
        assert_eq!(words(&q), vec!["banana", "ton"]);
        assert_eq!(parse("the").unwrap().groups.len(), 1);
        assert!(parse(r#"trade "arms package"#).unwrap().phrases.len() == 1);
    }
}
