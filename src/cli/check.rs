//! `factdex check`: verify a figure claim against the indexed coverage.

use std::io::Write;
use std::path::Path;

use super::{finish, open_index, stdout, EXIT_NONE, EXIT_OK};
use crate::render::{json, terminal, Style};
use crate::search::check::check;
use crate::search::Options;

/// Arguments of `factdex check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The claim, e.g. "China committed to buy 25 million tons of soybeans next season"
    #[arg(value_name = "CLAIM", required = true, num_args = 1..)]
    claim: Vec<String>,
    /// Most sources to consult.
    #[arg(long, default_value_t = 10, value_name = "N")]
    limit: usize,
    /// Only these outlets (repeatable; case-insensitive).
    #[arg(long = "outlet", value_name = "NAME")]
    outlets: Vec<String>,
    /// Print the verdicts as JSON.
    #[arg(long)]
    json: bool,
}

/// Runs `factdex check`: exit 0 when some source addresses the claim, 1 when none does.
pub fn run(args: &Args, index_dir: &Path) -> anyhow::Result<i32> {
    let index = open_index(index_dir)?;
    let claim = args.claim.join(" ");
    let opts = Options {
        limit: args.limit,
        per_source: 3,
        outlets: args.outlets.clone(),
        ..Options::new()
    };
    let result = check(&index, &claim, &opts)?;
    let mut out = stdout();
    if args.json {
        json::write(&mut out, &result)?;
    } else {
        terminal::write_check(&mut out, &result, Style::detect())?;
    }
    out.flush()?;
    finish(out)?;
    Ok(if result.addressed() {
        EXIT_OK
    } else {
        EXIT_NONE
    })
}
