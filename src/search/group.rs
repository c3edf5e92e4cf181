//! Grouping: ranked passages → sources → articles → passages.
//!
//! A source is the outlet, or the article itself when no outlet is known. Groups are ordered by
//! their best passage; each keeps at most `per_source` passages, taking the best passage of
//! several articles before a second passage of any one.

use std::collections::HashMap;

use serde::Serialize;

use crate::index::Hit;
use crate::model::{Entity, Figure};

/// One source and its matching articles.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// Display name: the outlet, else the article title, else its id.
    pub source: String,
    /// The outlet when known.
    pub outlet: Option<String>,
    /// Score of the best passage.
    pub score: f32,
    /// Articles, best first.
    pub articles: Vec<ArticleHits>,
}

/// One article of a group.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleHits {
    /// Article id.
    pub id: String,
    /// Title, if any.
    pub title: Option<String>,
    /// Date as YYYY-MM-DD.
    pub date: Option<String>,
    /// Where the article came from.
    pub path: String,
    /// URL, if any.
    pub url: Option<String>,
    /// The article's topics.
    pub topics: Vec<String>,
    /// Matching passages, best first.
    pub passages: Vec<PassageHit>,
}

/// One matching passage.
#[derive(Debug, Clone, Serialize)]
pub struct PassageHit {
    /// Position in the article.
    pub ordinal: u32,
    /// Passage text.
    pub text: String,
    /// Relevance score.
    pub score: f32,
    /// Byte spans of matched query terms in `text`.
    pub highlights: Vec<[usize; 2]>,
    /// Figures of the passage.
    pub figures: Vec<Figure>,
    /// Topics of the passage.
    pub topics: Vec<String>,
    /// People, organisations and places named in the passage.
    pub entities: Vec<Entity>,
    /// Who speaks in the passage.
    pub speakers: Vec<String>,
}

/// Groups `hits` (best first) into at most `limit` groups of at most `per_source` passages.
pub fn group(
    hits: Vec<Hit>,
    limit: usize,
    per_source: usize,
    highlight: impl Fn(&str) -> Vec<[usize; 2]>,
) -> Vec<Group> {
    // each article's best passage first, further passages after: a group shows several
    // articles before it shows a second passage of one
    let mut seen = std::collections::HashSet::new();
    let (firsts, seconds): (Vec<Hit>, Vec<Hit>) = hits
        .into_iter()
        .partition(|h| seen.insert(h.article.id.clone()));
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut counts: Vec<usize> = Vec::new();
    for hit in firsts.into_iter().chain(seconds) {
        let key = match &hit.article.outlet {
            Some(o) => format!("outlet:{o}"),
            None => format!("article:{}", hit.article.id),
        };
        let gi = match by_key.get(&key) {
            Some(&gi) => gi,
            None => {
                if groups.len() >= limit {
                    continue;
                }
                groups.push(Group {
                    source: hit.article.source_label(),
                    outlet: hit.article.outlet.clone(),
                    score: hit.score,
                    articles: Vec::new(),
                });
                counts.push(0);
                by_key.insert(key, groups.len() - 1);
                groups.len() - 1
            }
        };
        if counts[gi] >= per_source {
            continue;
        }
        counts[gi] += 1;
        let g = &mut groups[gi];
        let ai = match g.articles.iter().position(|a| a.id == hit.article.id) {
            Some(ai) => ai,
            None => {
                let a = &hit.article;
                g.articles.push(ArticleHits {
                    id: a.id.clone(),
                    title: a.title.clone(),
                    date: a.date.map(|d| d.format("%Y-%m-%d").to_string()),
                    path: a.path.clone(),
                    url: a.url.clone(),
                    topics: hit.annotations.parse().article_topics,
                    passages: Vec::new(),
                });
                g.articles.len() - 1
            }
        };
        let highlights = highlight(&hit.passage.text);
        let annotations = hit.annotations.parse();
        g.articles[ai].passages.push(PassageHit {
            ordinal: hit.passage.ordinal,
            text: hit.passage.text,
            score: hit.score,
            highlights,
            figures: hit.passage.figures,
            topics: annotations.topics,
            entities: annotations.entities,
            speakers: annotations.speakers,
        });
    }
    groups
}
