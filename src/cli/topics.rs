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
            crate::search::facets::distinctive_phrases(&index, &q, args.limit)?
                .into_iter()
                .map(|(topic, articles)| Count { topic, articles })
                .collect()
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
