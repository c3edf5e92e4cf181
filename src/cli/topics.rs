//! `factdex topics`: how many articles each topic has, over the whole index or over the
//! articles matching a query (a tantivy aggregation).

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{finish, open_index, stdout, EXIT_NONE, EXIT_OK};
use crate::index::{Backend, Query};
use crate::render::json;
use crate::search::query;

/// Arguments of `factdex topics`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Count only the articles matching this query (same syntax as search).
    #[arg(value_name = "QUERY")]
    query: Vec<String>,
    /// Most topics to list.
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

/// Runs `factdex topics`.
pub fn run(args: &Args, index_dir: &Path) -> anyhow::Result<i32> {
    let index = open_index(index_dir)?;
    let raw = args.query.join(" ");
    let q = if raw.trim().is_empty() {
        Query::All
    } else {
        query::parse(&raw)?.to_query()
    };
    let counts: Vec<Count> = index
        .topic_counts(&q, args.limit)?
        .into_iter()
        .map(|(topic, articles)| Count { topic, articles })
        .collect();
    let mut out = stdout();
    if args.json {
        json::write(&mut out, &counts)?;
    } else {
        for c in &counts {
            writeln!(out, "{:>8}  {}", c.articles, c.topic)?;
        }
    }
    finish(out)?;
    Ok(if counts.is_empty() {
        EXIT_NONE
    } else {
        EXIT_OK
    })
}
