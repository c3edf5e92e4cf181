//! Extraction: turns an [`Article`] into its passages and fields — date, passages, figures.
//!
//! Articles whose date is not in their metadata get one from their text; a date written
//! without a year ("Wednesday, February 4") is resolved against a reference date: the median
//! date of the other articles of the same run, else `--reference-date`, else today.

pub mod date;
pub mod figures;
pub mod passages;

use chrono::NaiveDate;

use crate::model::{Article, Passage};

/// An article with everything extracted from it.
#[derive(Debug, Clone)]
pub struct Extracted {
    /// The article, its date filled in when the text gave one.
    pub article: Article,
    /// Its passages with their figures.
    pub passages: Vec<Passage>,
}

/// Extracts the passages and figures of one article (its date must already be resolved).
pub fn extract(article: Article) -> Extracted {
    let passages = passages::split(&article.body)
        .into_iter()
        .enumerate()
        .map(|(i, text)| Passage {
            ordinal: i as u32,
            figures: figures::extract(&text),
            text,
        })
        .collect();
    Extracted { article, passages }
}

/// Fills in the dates of `articles`: metadata strings in any known form first, then dates in
/// the text; yearless mentions are resolved against the corpus context.
pub fn resolve_dates(articles: &mut [Article], fallback: NaiveDate) {
    let mut mentions = Vec::with_capacity(articles.len());
    for a in articles.iter_mut() {
        if a.date.is_none() {
            a.date = a.date_raw.as_deref().and_then(date::parse_date);
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
    let mut known: Vec<NaiveDate> = articles.iter().filter_map(|a| a.date).collect();
    known.sort();
    let reference = known.get(known.len() / 2).copied().unwrap_or(fallback);
    for (a, m) in articles.iter_mut().zip(mentions) {
        if let (None, Some(m)) = (a.date, m) {
            a.date = m.resolve(reference);
            a.date_raw = Some(m.raw);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, body: &str) -> Article {
        Article {
            id: id.into(),
            title: None,
            outlet: None,
            date: None,
            date_raw: None,
            url: None,
            path: id.into(),
            body: body.into(),
        }
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
