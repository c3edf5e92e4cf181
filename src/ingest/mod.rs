//! Ingestion: finds input files and turns each into [`Article`]s, streaming.
//!
//! [`walk`] finds the files (folders recursively; hidden, git-ignored and README/LICENSE files
//! skipped; symbolic links followed, loops reported), [`source`] opens them (`.gz`, `.zst`,
//! stdin, size and binary checks), [`text`] parses `.txt`/`.md` with YAML or TOML front matter,
//! [`json`] parses `.json` and JSON Lines, [`meta`] resolves outlets (`corpus.toml`, URL
//! domains) and [`repair`] mends damaged text. Every problem becomes one [`Error`] naming the
//! file (and line); everything else is still read.

pub mod json;
pub mod meta;
pub mod repair;
pub mod source;
pub mod text;
pub mod walk;

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::model::Article;

pub use walk::{discover, InputFile};

/// The kinds of file factdex reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One article per file: plain text or Markdown, optionally with front matter.
    Text,
    /// One JSON object, or an array of them.
    Json,
    /// One JSON object per line.
    JsonLines,
}

/// How a file is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Plain.
    None,
    /// `.gz`
    Gzip,
    /// `.zst`
    Zstd,
}

impl Format {
    /// The format and compression of `path`, judged by its extensions (`a.jsonl.zst`).
    pub fn of(path: &Path) -> Option<(Format, Compression)> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let (stem, compression) = if let Some(s) = name.strip_suffix(".gz") {
            (s, Compression::Gzip)
        } else if let Some(s) = name.strip_suffix(".zst") {
            (s, Compression::Zstd)
        } else {
            (name.as_str(), Compression::None)
        };
        let ext = stem.rsplit_once('.')?.1;
        let format = match ext {
            "txt" | "md" | "markdown" | "text" => Format::Text,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::JsonLines,
            _ => return None,
        };
        Some((format, compression))
    }
}

/// Ingestion settings from the command line.
#[derive(Debug, Clone)]
pub struct Options {
    /// Outlet for articles whose metadata names none (`--outlet`).
    pub outlet: Option<String>,
    /// Extra JSON field names: (our field, their field), from `--map body=content_original`.
    pub map: Vec<(String, String)>,
    /// Largest article accepted, in bytes.
    pub max_article_bytes: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            outlet: None,
            map: Vec::new(),
            max_article_bytes: 32 << 20,
        }
    }
}

/// One thing ingestion produced.
#[derive(Debug)]
pub enum Item {
    /// A usable article.
    Article(Box<Article>),
    /// A skipped file or record.
    Error(Error),
    /// A problem that did not stop the article from being indexed.
    Warning(String),
    /// A file was read to its end; its size in bytes (for progress).
    FileDone(u64),
}

/// Reads every article of `files`, handing each item to `sink` as soon as it is read.
pub fn read_all(files: &[InputFile], opts: &Options, sink: &mut dyn FnMut(Item)) {
    let mut folders = meta::FolderMeta::default();
    for file in files {
        let folder = folders.for_file(&file.path, sink);
        read_one(file, opts, &folder, sink);
        sink(Item::FileDone(file.size));
    }
}

/// Reads standard input: JSON Lines when it starts with `{`, a JSON array with `[`, else one
/// text article.
pub fn read_stdin(opts: &Options, sink: &mut dyn FnMut(Item)) {
    let mut bytes = Vec::new();
    if let Err(source) = std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes) {
        return sink(Item::Error(Error::Io {
            path: PathBuf::from("-"),
            source,
        }));
    }
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    let format = match first {
        Some(b'{') => Format::JsonLines,
        Some(b'[') => Format::Json,
        _ => Format::Text,
    };
    let file = InputFile::stdin(format);
    let folder = meta::Folder::default();
    match format {
        Format::Text => match text::parse("-", "stdin", &bytes) {
            Ok(mut a) => {
                a.source = "-".into();
                meta::finish(&mut a, opts, &folder, sink);
                sink(Item::Article(Box::new(a)));
            }
            Err(e) => sink(Item::Error(e)),
        },
        Format::Json => json::parse_document(&file, &bytes, opts, &mut |item| {
            finish_item(item, &file, opts, &folder, sink)
        }),
        Format::JsonLines => {
            for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
                json::parse_line(&file, n + 1, line, opts, &mut |item| {
                    finish_item(item, &file, opts, &folder, sink)
                });
            }
        }
    }
    sink(Item::FileDone(bytes.len() as u64));
}

fn read_one(file: &InputFile, opts: &Options, folder: &meta::Folder, sink: &mut dyn FnMut(Item)) {
    let location = file.display();
    match file.format {
        Format::Text => {
            let bytes = match source::read_whole(file, opts.max_article_bytes) {
                Ok(bytes) => bytes,
                Err(e) => return sink(Item::Error(e)),
            };
            match text::parse(&location, &file.id_base(), &bytes) {
                Ok(mut a) => {
                    a.source = file.path.display().to_string();
                    meta::finish(&mut a, opts, folder, sink);
                    sink(Item::Article(Box::new(a)));
                }
                Err(e) => sink(Item::Error(e)),
            }
        }
        Format::Json => {
            let bytes = match source::read_whole(file, opts.max_article_bytes.saturating_mul(64)) {
                Ok(bytes) => bytes,
                Err(e) => return sink(Item::Error(e)),
            };
            json::parse_document(file, &bytes, opts, &mut |item| {
                finish_item(item, file, opts, folder, sink)
            });
        }
        Format::JsonLines => {
            source::read_lines(file, opts.max_article_bytes, &mut |n, line| match line {
                Ok(line) => json::parse_line(file, n, &line, opts, &mut |item| {
                    finish_item(item, file, opts, folder, sink)
                }),
                Err(e) => sink(Item::Error(e)),
            });
        }
    }
}

fn finish_item(
    item: Item,
    file: &InputFile,
    opts: &Options,
    folder: &meta::Folder,
    sink: &mut dyn FnMut(Item),
) {
    match item {
        Item::Article(mut a) => {
            a.source = file.path.display().to_string();
            meta::finish(&mut a, opts, folder, sink);
            sink(Item::Article(a));
        }
        other => sink(other),
    }
}

/// Everything read from some paths, collected (for tests and small inputs).
#[derive(Debug, Default)]
pub struct Ingested {
    /// Articles in input order.
    pub articles: Vec<Article>,
    /// One error per skipped file or record.
    pub errors: Vec<Error>,
    /// Problems that did not stop an article.
    pub warnings: Vec<String>,
}

/// Reads every article under `paths` into memory.
pub fn read_inputs(paths: &[PathBuf], opts: &Options) -> Ingested {
    let mut out = Ingested::default();
    let files = discover(paths, &mut out.errors);
    read_all(&files, opts, &mut |item| match item {
        Item::Article(a) => out.articles.push(*a),
        Item::Error(e) => out.errors.push(e),
        Item::Warning(w) => out.warnings.push(w),
        Item::FileDone(_) => {}
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension() {
        let f = |p: &str| Format::of(Path::new(p));
        assert_eq!(f("a.txt"), Some((Format::Text, Compression::None)));
        assert_eq!(f("a.MD"), Some((Format::Text, Compression::None)));
        assert_eq!(
            f("x/a.jsonl.zst"),
            Some((Format::JsonLines, Compression::Zstd))
        );
        assert_eq!(f("a.json.gz"), Some((Format::Json, Compression::Gzip)));
        assert_eq!(f("a.csv"), None);
        assert_eq!(f("README"), None);
    }
}
