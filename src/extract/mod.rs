//! Extraction: turns an [`Article`] into its passages and fields — date, passages, figures.
//!
//! Articles whose date is not in their metadata get one from their text; a date written
//! without a year ("Wednesday, February 4") is resolved against a reference date: the median
//! date of the other articles of the same run, else `--reference-date`, else today.

pub mod attribution;
pub mod date;
pub mod entities;
pub mod figures;
pub mod passages;
pub mod sentences;
pub mod topics;

use chrono::NaiveDate;

use crate::analysis::{index_terms, terms as analyze};
use crate::model::{Article, Entity, Passage};
use topics::{Taxonomy, Topic};

/// Key phrases kept per article.
const KEY_PHRASES: usize = 8;

/// An article with everything extracted from it.
#[derive(Debug, Clone)]
pub struct Extracted {
    /// The article, its date filled in when the text gave one.
    pub article: Article,
    /// Its passages with their figures.
    pub passages: Vec<Passage>,
    /// The index terms of each passage (as [`crate::analysis::index_terms`] writes them), in
    /// the order of `passages`: text is analyzed once, here, for topics and for the index.
    pub terms: Vec<String>,
    /// Body and metadata hashes of the article as read, before extraction filled anything in:
    /// what the next run compares against to skip unchanged articles.
    pub hashes: (u64, u64),
    /// Topics of the whole article, strongest first.
    pub topics: Vec<Topic>,
    /// Data-driven key phrases (for subjects the taxonomy lacks).
    pub key_phrases: Vec<String>,
    /// Every entity named in the article.
    pub entities: Vec<Entity>,
}

/// Extracts the passages and figures of one article (its date must already be resolved).
pub fn extract(article: Article) -> Extracted {
    let hashes = (article.body_hash(), article.meta_hash());
    extract_with_hashes(article, hashes)
}

/// As [`extract`], with the hashes of the article as it was read.
pub fn extract_with_hashes(article: Article, hashes: (u64, u64)) -> Extracted {
    let taxonomy = Taxonomy::get();
    let mut known_people = Vec::new();
    let mut last_speaker = None;
    let mut evidence = vec![(0.0f32, 0usize); taxonomy.topics.len()];
    let mut terms_seen = 0;
    let mut entities: Vec<Entity> = Vec::new();
    let mut passages = Vec::new();
    let mut terms = Vec::new();
    let add = |ev: Vec<(f32, usize)>, n: usize, evidence: &mut [(f32, usize)], seen: &mut usize| {
        for (total, e) in evidence.iter_mut().zip(ev) {
            total.0 += e.0;
            total.1 += e.1;
        }
        *seen += n;
    };
    if let Some(title) = &article.title {
        let stems: Vec<String> = analyze(title).into_iter().map(|t| t.text).collect();
        add(
            taxonomy.evidence(&stems),
            stems.len(),
            &mut evidence,
            &mut terms_seen,
        );
    }
    for (i, text) in passages::split(&article.body).into_iter().enumerate() {
        let mentions = entities::find(&text, &mut known_people);
        let sentences = sentences::split(&text);
        let mut figures = figures::extract_in(&sentences);
        figures::resolve_periods(&mut figures, article.date);
        let mut speakers: Vec<String> = Vec::new();
        for &(offset, sentence) in &sentences {
            let Some(who) = attribution::speaker(sentence, offset, &mentions, &mut last_speaker)
            else {
                continue;
            };
            for f in figures
                .iter_mut()
                .filter(|f| f.start >= offset && f.start < offset + sentence.len())
            {
                f.attribution = Some(who.clone());
            }
            if !speakers.contains(&who) {
                speakers.push(who);
            }
        }
        let mut passage_terms = String::with_capacity(text.len());
        index_terms(&text, &mut passage_terms);
        let stems: Vec<&str> = passage_terms.split(' ').filter(|t| !t.is_empty()).collect();
        let (ev, n) = (taxonomy.evidence(&stems), stems.len());
        let topics = taxonomy
            .decide(&ev, n)
            .into_iter()
            .map(|t| t.name)
            .collect();
        add(ev, n, &mut evidence, &mut terms_seen);
        let mut here: Vec<Entity> = mentions.into_iter().map(|m| m.entity).collect();
        here.sort();
        here.dedup();
        for e in &here {
            if !entities.contains(e) {
                entities.push(e.clone());
            }
        }
        terms.push(passage_terms);
        passages.push(Passage {
            ordinal: i as u32,
            text,
            figures,
            topics,
            entities: here,
            speakers,
        });
    }
    let topics = taxonomy.decide(&evidence, terms_seen);
    let key_phrases = topics::key_phrases(&article.body, KEY_PHRASES);
    Extracted {
        article,
        passages,
        terms,
        hashes,
        topics,
        key_phrases,
        entities,
    }
}

/// The median of the known dates of `articles`: the context in which yearless dates are read.
pub fn median_date(articles: &[Article]) -> Option<NaiveDate> {
    let mut known: Vec<NaiveDate> = articles.iter().filter_map(|a| a.date).collect();
    known.sort();
    known.get(known.len() / 2).copied()
}

/// Fills in the dates of `articles`: metadata strings in any known form first, then dates in
/// the text; yearless mentions are resolved against the median date of the batch, else
/// `fallback`. Returns one warning per metadata date that could not be understood.
pub fn resolve_dates(articles: &mut [Article], fallback: NaiveDate) -> Vec<String> {
    let mut warnings = Vec::new();
    let mut mentions = Vec::with_capacity(articles.len());
    for a in articles.iter_mut() {
        if a.date.is_none() {
            if let Some(raw) = a.date_raw.clone() {
                a.date = date::parse_date(&raw);
                if a.date.is_none() {
                    warnings.push(format!("{}: date {raw:?} not understood; the date is taken from the text if it has one", a.path));
                    a.date_raw = None;
                }
            }
        }
        let mention = if a.date.is_none() {
            date::find_in_text(&a.body)
        } else {
            None
        };
        if let Some(m) = &mention {
            if let Some(y) = m.year {
                a.date = NaiveDate::from_ymd_opt(y, m.month, m.day);
                a.date_raw = Some(m.raw.clone());
            }
        }
        mentions.push(mention);
    }
    let reference = median_date(articles).unwrap_or(fallback);
    for (a, m) in articles.iter_mut().zip(mentions) {
        if let (None, Some(m)) = (a.date, m) {
            a.date = m.resolve(reference);
            a.date_raw = Some(m.raw);
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, body: &str) -> Article {
        Article::new(id, id, body)
    }

    #[test]
    fn yearless_date_resolves_against_the_corpus() {
        let mut articles = vec![
            article("a", "A call on Wednesday, February 4, was held."),
            article("b", "Leaders spoke on February 4, 2026, about trade."),
        ];
        resolve_dates(&mut articles, NaiveDate::from_ymd_opt(1990, 1, 1).unwrap());
        let want = NaiveDate::from_ymd_opt(2026, 2, 4);
        assert_eq!(articles[0].date, want);
        assert_eq!(articles[1].date, want);
        assert_eq!(
            articles[0].date_raw.as_deref(),
            Some("Wednesday, February 4")
        );
    }
}
