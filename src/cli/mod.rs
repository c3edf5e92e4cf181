//! The command line: argument parsing, dispatch, exit codes and output handling.
//!
//! Exit codes follow grep: 0 when something was found (or done), 1 when nothing was found, 2 on
//! error. A closed pipe (`factdex search … | head`) is not an error.

mod check;
mod eval;
mod extract;
mod index;
mod search;
mod topics;

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Found something / succeeded.
pub const EXIT_OK: i32 = 0;
/// Found nothing.
pub const EXIT_NONE: i32 = 1;
/// Something went wrong.
pub const EXIT_ERROR: i32 = 2;

/// Default index folder, relative to the working directory.
pub const DEFAULT_INDEX: &str = ".factdex/index";
/// Default corpus folder, relative to the working directory.
pub const DEFAULT_CORPUS: &str = "corpus";

const EXAMPLES: &str = "\
Examples:
  factdex index                          index ./corpus into ./.factdex/index
  factdex index news/ feed.jsonl         index folders and JSON Lines files
  factdex search \"soybean tonnage\"       passages grouped by source, figures marked
  factdex search --json \"arms package\"   the same as JSON
  factdex extract --lines --json s.txt   figures of each line, as JSON Lines";

/// factdex: search news coverage and check the figures in it.
#[derive(Debug, Parser)]
#[command(name = "factdex", version, about, after_help = EXAMPLES)]
pub struct Cli {
    /// Index folder [env: FACTDEX_INDEX] [default: .factdex/index]
    #[arg(long, global = true, value_name = "DIR")]
    index: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Index articles: folders of .txt/.md files, or .jsonl files.
    #[command(
        after_help = "Examples:\n  factdex index\n  factdex index corpus/ ../archive/2026.jsonl\n  factdex --index /tmp/ix index news/ --json"
    )]
    Index(index::Args),
    /// Search the index; passages are grouped by source with their figures.
    #[command(
        after_help = "Examples:\n  factdex search \"soybean tonnage\"\n  factdex search '\"arms package\" -Iran' --per-source 1\n  factdex search --json \"soybean\" | jq '.groups[].source'"
    )]
    Search(search::Args),
    /// Check a figure claim against the coverage: supports, contradicts, hedged, or silent.
    #[command(
        after_help = "Examples:\n  factdex check \"China committed to buy 25 million tons of soybeans next season\"\n  factdex check --json \"The US approved an $11 billion arms package for Taiwan\"\n\nExit codes: 0 some source addresses the claim, 1 none does, 2 error."
    )]
    Check(check::Args),
    /// Extract figures from text without indexing it.
    #[command(
        after_help = "Examples:\n  echo 'Sales rose 5% to $1.2bn' | factdex extract\n  factdex extract --lines --json sentences.txt > pred.jsonl"
    )]
    Extract(extract::Args),
    /// Count articles per topic and key phrase, over the index or the articles matching a query.
    #[command(after_help = "Examples:\n  factdex topics\n  factdex topics soybean --json")]
    Topics(topics::Args),
    /// Measure: BASIL grouping, claim checks, topics, concepts, search latency (needs ../shared
    /// or an index).
    #[command(
        after_help = "Examples:\n  factdex eval basil\n  factdex eval concepts --verbose\n  factdex --index /tmp/ix eval latency --queries queries.txt"
    )]
    Eval(eval::Args),
}

impl Cli {
    fn index_dir(&self) -> PathBuf {
        self.index
            .clone()
            .or_else(|| std::env::var_os("FACTDEX_INDEX").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from(DEFAULT_INDEX))
    }
}

/// Parses the arguments, runs the command and returns the exit code.
pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_ERROR } else { EXIT_OK };
            let _ = e.print();
            return code;
        }
    };
    let index_dir = cli.index_dir();
    let result = match &cli.command {
        Command::Index(args) => index::run(args, &index_dir),
        Command::Search(args) => search::run(args, &index_dir),
        Command::Check(args) => check::run(args, &index_dir),
        Command::Extract(args) => extract::run(args),
        Command::Eval(args) => eval::run(args, &index_dir),
        Command::Topics(args) => topics::run(args, &index_dir),
    };
    match result {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => EXIT_OK,
        Err(err) => {
            eprintln!("factdex: error: {err:#}");
            EXIT_ERROR
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Opens the index at `dir`; when there is none and the working directory has a `corpus/`,
/// builds it from there first and says so on stderr.
fn open_index(dir: &std::path::Path) -> anyhow::Result<crate::index::LocalIndex> {
    use anyhow::Context;
    if !crate::index::LocalIndex::exists(dir) {
        let corpus = PathBuf::from(DEFAULT_CORPUS);
        if !corpus.is_dir() {
            anyhow::bail!(
                "no index at {}; create one with `factdex index PATH...` (or run from a folder with a corpus/)",
                dir.display()
            );
        }
        eprintln!(
            "factdex: no index at {}; building it from {}/ first",
            dir.display(),
            DEFAULT_CORPUS
        );
        let summary = index::build(vec![corpus], dir, crate::pipeline::Options::default())?;
        eprintln!(
            "factdex: indexed {} articles ({} passages)",
            summary.added + summary.updated,
            summary.passages
        );
    }
    crate::index::LocalIndex::open(dir).with_context(|| format!("opening index {}", dir.display()))
}

/// Buffered, locked stdout.
fn stdout() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::new(std::io::stdout().lock())
}

/// Flushes `out`, keeping a broken pipe recognisable.
fn finish<W: Write>(mut out: W) -> anyhow::Result<()> {
    out.flush()?;
    Ok(())
}
