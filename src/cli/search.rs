//! `factdex search`: ranked passages grouped by source.

use std::path::Path;

use super::{finish, stdout, EXIT_NONE, EXIT_OK};
use crate::render::{json, terminal, Style};
use crate::search::{search, Options};

/// Arguments of `factdex search`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to look for: words, "exact phrases", -excluded
    #[arg(value_name = "QUERY", required = true, num_args = 1..)]
    query: Vec<String>,
    /// Most sources (groups) to show.
    #[arg(long, default_value_t = 10, value_name = "N")]
    limit: usize,
    /// Most passages per source.
    #[arg(long, default_value_t = 3, value_name = "N")]
    per_source: usize,
    /// Only these outlets (repeatable; case-insensitive).
    #[arg(long = "outlet", value_name = "NAME")]
    outlets: Vec<String>,
    /// Only articles on this topic (repeatable).
    #[arg(long = "topic", value_name = "TOPIC")]
    topics: Vec<String>,
    /// Only articles dated on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<chrono::NaiveDate>,
    /// Only articles dated on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    until: Option<chrono::NaiveDate>,
    /// Show how the query was understood (words, synonyms, figure intent, filters).
    #[arg(long)]
    explain: bool,
    /// Print results as JSON (shape documented in the README).
    #[arg(long)]
    json: bool,
}

/// Runs `factdex search`.
pub fn run(args: &Args, index_dir: &Path) -> anyhow::Result<i32> {
    let index = super::open_index(index_dir)?;
    let raw = args.query.join(" ");
    let opts = Options {
        limit: args.limit,
        per_source: args.per_source,
        outlets: args.outlets.clone(),
        since: args.since,
        until: args.until,
        topics: args.topics.clone(),
    };
    let result = search(&index, &raw, &opts)?;
    let mut out = stdout();
    if args.json {
        json::write(&mut out, &result)?;
    } else {
        let style = Style::detect();
        if args.explain {
            terminal::write_explanation(&mut out, &result.understood, style)?;
        }
        if result.groups.is_empty() {
            eprintln!("factdex: no passage matches {raw:?}");
        } else {
            terminal::write_search(&mut out, &result, style)?;
        }
    }
    finish(out)?;
    Ok(if result.groups.is_empty() {
        EXIT_NONE
    } else {
        EXIT_OK
    })
}
