//! Ingestion: finds input files and turns each into [`Article`]s.
//!
//! Folders are walked recursively (hidden entries skipped, symbolic links not followed); `.txt`
//! and `.md` files hold one article each ([`text`]), `.jsonl`/`.ndjson` one per line ([`json`]).
//! A file that cannot be read, or a record that cannot be used, becomes one [`Error`] naming the
//! file and line; everything else is still returned.

pub mod json;
pub mod repair;
pub mod text;

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::model::Article;

/// What ingestion produced: the usable articles and one error per skipped input.
#[derive(Debug, Default)]
pub struct Ingested {
    /// Articles in input order.
    pub articles: Vec<Article>,
    /// One error per file or record that was skipped.
    pub errors: Vec<Error>,
}

/// The kinds of file factdex reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One article per file: plain text or Markdown.
    Text,
    /// One JSON article per line.
    JsonLines,
}

impl Format {
    /// The format of `path`, judged by its extension.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "md" | "markdown" => Some(Format::Text),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            _ => None,
        }
    }
}

/// Lists the readable input files under `paths`, sorted within each folder.
pub fn find_files(paths: &[PathBuf], errors: &mut Vec<Error>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for root in paths {
        let meta = match std::fs::metadata(root) {
            Ok(meta) => meta,
            Err(source) => {
                errors.push(Error::Io {
                    path: root.clone(),
                    source,
                });
                continue;
            }
        };
        if meta.is_file() {
            files.push(root.clone());
            continue;
        }
        let mut found = Vec::new();
        walk(root, &mut found, errors);
        found.sort();
        files.extend(found);
    }
    files
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>, errors: &mut Vec<Error>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            errors.push(Error::Io {
                path: dir.to_path_buf(),
                source,
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&path, found, errors),
            Ok(t) if t.is_file() && Format::of(&path).is_some() => found.push(path),
            _ => {}
        }
    }
}

/// Reads every article under `paths`.
pub fn read_inputs(paths: &[PathBuf]) -> Ingested {
    let mut out = Ingested::default();
    let files = find_files(paths, &mut out.errors);
    for file in files {
        read_file(&file, &mut out);
    }
    out
}

/// Reads the articles of one file into `out`.
pub fn read_file(path: &Path, out: &mut Ingested) {
    let Some(format) = Format::of(path) else {
        out.errors.push(Error::BadInput {
            location: path.display().to_string(),
            message: "unknown file type; factdex reads .txt, .md, .jsonl and .ndjson".into(),
        });
        return;
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(source) => {
            out.errors.push(Error::Io {
                path: path.to_path_buf(),
                source,
            });
            return;
        }
    };
    match format {
        Format::Text => match text::parse(path, &bytes) {
            Ok(article) => out.articles.push(article),
            Err(err) => out.errors.push(err),
        },
        Format::JsonLines => json::parse_lines(path, &bytes, out),
    }
}
