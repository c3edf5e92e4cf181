//! `factdex topics`: how many articles each topic of the taxonomy has, and the most frequent
//! data-driven key phrases (subjects the taxonomy lacks), over the whole index or over the
//! articles matching a query (aggregations on the index).

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{finish, open_index, stdout, EXIT_NONE, EXIT_OK};
use crate::index::{Backend, Field, Query};
use crate::render::json;
use crate::search::query;

/// Arguments of `factdex topics`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Count only the articles matching this query (same syntax as search).
    #[arg(value_name = "QUERY")]
    query: Vec<String>,
    /// Most topics (and most key phrases) to list.
    #[arg(long, default_value_t = 30, value_name = "N")]
    limit: usize,
    /// Print the counts as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct Count {
    topic: String,
    articles: u64,
}

#[derive(Serialize)]
struct Counts {
    /// Taxonomy topics.
    topics: Vec<Count>,
    /// Key phrases.
    phrases: Vec<Count>,
}

/// Runs `factdex topics`.
pub fn run(args: &Args, index_dir: &Path) -> anyhow::Result<i32> {
    let index = open_index(index_dir)?;
    let raw = args.query.join(" ");
    let q = if raw.trim().is_empty() {
        Query::All
    } else {
        query::parse(&raw)?.to_query()
    };
    let counts = |facet: Field| -> anyhow::Result<Vec<Count>> {
        Ok(index
            .facet_counts(facet, &q, args.limit)?
            .into_iter()
            .map(|(topic, articles)| Count { topic, articles })
            .collect())
    };
    let counts = Counts {
        topics: counts(Field::Topics)?,
        phrases: if matches!(q, Query::All) {
            counts(Field::Phrases)?
        } else {
            distinctive_phrases(&index, &q, args.limit)?
        },
    };
    let mut out = stdout();
    if args.json {
        json::write(&mut out, &counts)?;
    } else {
        writeln!(out, "topics (articles)")?;
        for c in &counts.topics {
            writeln!(out, "{:>8}  {}", c.articles, c.topic)?;
        }
        writeln!(out, "key phrases (articles)")?;
        for c in &counts.phrases {
            writeln!(out, "{:>8}  {}", c.articles, c.topic)?;
        }
    }
    finish(out)?;
    Ok(if counts.topics.is_empty() && counts.phrases.is_empty() {
        EXIT_NONE
    } else {
        EXIT_OK
    })
}

/// The key phrases most distinctive of the articles matching `q`: among the frequent ones,
/// ranked by count × inverse document frequency over the whole index, so that phrases every
/// article has (page furniture like "image copyright") give way to the subject's own.
fn distinctive_phrases(
    index: &impl Backend,
    q: &Query,
    limit: usize,
) -> anyhow::Result<Vec<Count>> {
    let n = index.num_passages()?.max(1) as f64;
    let mut scored: Vec<(f64, Count)> = Vec::new();
    for (phrase, articles) in index.facet_counts(Field::Phrases, q, (limit * 10).max(200))? {
        let everywhere = index
            .doc_freq(Field::Phrases, &phrase)?
            .max(articles)
            .max(1) as f64;
        let score = articles as f64 * (n / everywhere).ln();
        scored.push((
            score,
            Count {
                topic: phrase,
                articles,
            },
        ));
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.topic.cmp(&b.1.topic)));
    Ok(scored.into_iter().take(limit).map(|(_, c)| c).collect())
}
