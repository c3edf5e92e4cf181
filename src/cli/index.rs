//! `factdex index`: ingest, extract and store articles.

use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::NaiveDate;
use serde::Serialize;

use super::{finish, stdout, DEFAULT_CORPUS, EXIT_ERROR, EXIT_OK};
use crate::extract::{extract, resolve_dates};
use crate::index::{Backend, LocalIndex};
use crate::ingest::read_inputs;
use crate::render::json;

/// Arguments of `factdex index`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders to index [default: corpus]
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Date against which dates written without a year are resolved when the corpus gives no
    /// context (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    reference_date: Option<NaiveDate>,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
}

/// What an indexing run did.
#[derive(Debug, Serialize)]
pub struct Summary {
    /// Articles indexed (added or replaced).
    pub articles: usize,
    /// Passages indexed.
    pub passages: usize,
    /// Figures extracted.
    pub figures: usize,
    /// Inputs skipped, with the reason.
    pub errors: Vec<String>,
    /// The index folder.
    pub index: String,
}

/// Indexes `paths` into `index_dir`, reporting each skipped input on stderr.
pub fn build(
    paths: &[PathBuf],
    index_dir: &Path,
    reference: Option<NaiveDate>,
) -> anyhow::Result<Summary> {
    let mut ingested = read_inputs(paths);
    let today = chrono::Local::now().date_naive();
    resolve_dates(&mut ingested.articles, reference.unwrap_or(today));
    let extracted: Vec<_> = ingested.articles.into_iter().map(extract).collect();
    let mut index = LocalIndex::open_or_create(index_dir)?;
    index.upsert(&extracted)?;
    index.commit()?;
    let errors: Vec<String> = ingested.errors.iter().map(ToString::to_string).collect();
    for e in &errors {
        eprintln!("factdex: skipped {e}");
    }
    Ok(Summary {
        articles: extracted.len(),
        passages: extracted.iter().map(|e| e.passages.len()).sum(),
        figures: extracted
            .iter()
            .flat_map(|e| &e.passages)
            .map(|p| p.figures.len())
            .sum(),
        errors,
        index: index_dir.display().to_string(),
    })
}

/// Runs `factdex index`.
pub fn run(args: &Args, index_dir: &Path) -> anyhow::Result<i32> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(DEFAULT_CORPUS)]
    } else {
        args.paths.clone()
    };
    let summary = build(&paths, index_dir, args.reference_date)
        .with_context(|| format!("indexing into {}", index_dir.display()))?;
    let mut out = stdout();
    if args.json {
        json::write(&mut out, &summary)?;
    } else {
        use std::io::Write;
        writeln!(
            out,
            "indexed {} articles ({} passages, {} figures) into {}; {} skipped",
            summary.articles,
            summary.passages,
            summary.figures,
            summary.index,
            summary.errors.len()
        )?;
    }
    finish(out)?;
    Ok(if summary.errors.is_empty() {
        EXIT_OK
    } else {
        EXIT_ERROR
    })
}
