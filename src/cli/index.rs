//! `factdex index`: ingest, extract and store articles, incrementally.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{finish, stdout, DEFAULT_CORPUS, EXIT_ERROR, EXIT_OK};
use crate::index::LocalIndex;
use crate::ingest;
use crate::pipeline::{self, Observer, Summary};
use crate::render::json;

/// Arguments of `factdex index`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders to index; `-` reads standard input [default: corpus]
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Outlet for articles whose metadata names none.
    #[arg(long, value_name = "NAME")]
    outlet: Option<String>,
    /// Read a JSON field under another name, e.g. `--map body=content_original` (repeatable).
    #[arg(long = "map", value_name = "FIELD=NAME", value_parser = parse_map)]
    map: Vec<(String, String)>,
    /// Date against which dates written without a year are resolved when the corpus gives no
    /// context (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    reference_date: Option<NaiveDate>,
    /// Remove indexed articles whose source files no longer exist.
    #[arg(long)]
    prune: bool,
    /// Largest article accepted, in megabytes.
    #[arg(long, default_value_t = 32, value_name = "MB")]
    max_article_mb: u64,
    /// Articles per committed batch (an interruption loses at most one batch). A batch also
    /// ends at 48 MB of text, whichever comes first.
    #[arg(long, default_value_t = 10_000, value_name = "N")]
    batch: usize,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
}

fn parse_map(s: &str) -> Result<(String, String), String> {
    const FIELDS: &[&str] = &[
        "id", "title", "body", "outlet", "date", "url", "author", "language", "tags",
    ];
    let (ours, theirs) = s
        .split_once('=')
        .ok_or_else(|| format!("expected FIELD=NAME, got {s:?}"))?;
    if !FIELDS.contains(&ours) {
        return Err(format!(
            "unknown field {ours:?}; one of {}",
            FIELDS.join(", ")
        ));
    }
    Ok((ours.to_string(), theirs.to_string()))
}

/// Reports problems on stderr as they happen, with a progress bar on a terminal.
struct Console {
    bar: Option<ProgressBar>,
}

impl Console {
    fn new(total_bytes: u64) -> Console {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            bar
        });
        Console { bar }
    }

    fn say(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
    }
}

impl Observer for Console {
    fn error(&mut self, message: &str) {
        self.say(&format!("factdex: skipped {message}"));
    }
    fn warning(&mut self, message: &str) {
        self.say(&format!("factdex: warning: {message}"));
    }
    fn progress(&mut self, bytes: u64, articles: usize) {
        if let Some(bar) = &self.bar {
            bar.inc(bytes);
            bar.set_message(format!("{articles} articles"));
        }
    }
}

/// Indexes `paths` into `index_dir`, reporting problems on stderr.
pub fn build(
    paths: Vec<PathBuf>,
    index_dir: &Path,
    opts: pipeline::Options,
) -> anyhow::Result<Summary> {
    let opts = pipeline::Options { paths, ..opts };
    let total: u64 = opts.paths.iter().filter_map(|p| dir_size(p)).sum();
    let mut index = LocalIndex::open_or_create(index_dir)?;
    let mut console = Console::new(total);
    let summary = pipeline::run(&mut index, &opts, &mut console)?;
    if let Some(bar) = console.bar {
        bar.finish_and_clear();
    }
    Ok(summary)
}

fn dir_size(path: &Path) -> Option<u64> {
    let meta = std::fs::metadata(path).ok()?;
    if meta.is_file() {
        return Some(meta.len());
    }
    let mut total = 0;
    for entry in ignore::WalkBuilder::new(path)
        .follow_links(true)
        .build()
        .flatten()
    {
        if entry.file_type().is_some_and(|t| t.is_file()) {
            total += entry.metadata().map(|m| m.len()).unwrap_or(0);
        }
    }
    Some(total)
}

/// Runs `factdex index`.
pub fn run(args: &Args, index_dir: &Path) -> anyhow::Result<i32> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(DEFAULT_CORPUS)]
    } else {
        args.paths.clone()
    };
    let opts = pipeline::Options {
        ingest: ingest::Options {
            outlet: args.outlet.clone(),
            map: args.map.clone(),
            max_article_bytes: args.max_article_mb.saturating_mul(1 << 20),
        },
        reference_date: args.reference_date,
        prune: args.prune,
        batch_articles: args.batch.max(1),
        ..pipeline::Options::default()
    };
    let summary = build(paths, index_dir, opts)
        .with_context(|| format!("indexing into {}", index_dir.display()))?;
    let mut out = stdout();
    if args.json {
        json::write(&mut out, &summary)?;
    } else {
        writeln!(
            out,
            "{} added, {} updated, {} unchanged, {} duplicates, {} pruned, {} skipped; {} passages, {} figures; {:.1} MB in {:.1} s → {}",
            summary.added,
            summary.updated,
            summary.unchanged,
            summary.duplicates,
            summary.pruned,
            summary.skipped,
            summary.passages,
            summary.figures,
            summary.megabytes,
            summary.seconds,
            index_dir.display()
        )?;
    }
    finish(out)?;
    Ok(if summary.skipped == 0 {
        EXIT_OK
    } else {
        EXIT_ERROR
    })
}
