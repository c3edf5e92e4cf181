//! Finds input files: explicit files as given, folders walked recursively.
//!
//! Hidden entries, files ignored by `.gitignore`/`.ignore`, and README/LICENSE files inside
//! folders are skipped; symbolic links are followed and a loop is reported, not followed.

use std::path::{Path, PathBuf};

use super::{Compression, Format};
use crate::error::Error;

/// One file to read.
#[derive(Debug, Clone)]
pub struct InputFile {
    /// The file (`-` for standard input).
    pub path: PathBuf,
    /// The folder it was found under (ids are relative to it), or its own folder.
    pub root: PathBuf,
    /// How to parse it.
    pub format: Format,
    /// How to decompress it.
    pub compression: Compression,
    /// Size on disk in bytes (0 for stdin).
    pub size: u64,
}

impl InputFile {
    /// Standard input, in the given format.
    pub fn stdin(format: Format) -> InputFile {
        InputFile {
            path: PathBuf::from("-"),
            root: PathBuf::from("."),
            format,
            compression: Compression::None,
            size: 0,
        }
    }

    /// Is this standard input?
    pub fn is_stdin(&self) -> bool {
        self.path.as_os_str() == "-"
    }

    /// The path as shown in messages.
    pub fn display(&self) -> String {
        self.path.display().to_string()
    }

    /// The id of a one-article file: its path relative to the folder it was found in, without
    /// extensions (`business/001`), so that ids are stable across runs and machines.
    pub fn id_base(&self) -> String {
        let rel = self.path.strip_prefix(&self.root).unwrap_or(&self.path);
        let mut s = rel.to_string_lossy().replace('\\', "/");
        for ext in [".gz", ".zst"] {
            if let Some(stripped) = s.strip_suffix(ext) {
                s = stripped.to_string();
            }
        }
        if let Some((stem, ext)) = s.rsplit_once('.') {
            if !ext.contains('/') && !stem.is_empty() {
                s = stem.to_string();
            }
        }
        s
    }
}

fn is_boilerplate(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    name.starts_with("readme") || name.starts_with("license") || name.starts_with("licence")
}

fn input(path: PathBuf, root: PathBuf) -> Option<InputFile> {
    let (format, compression) = Format::of(&path)?;
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    Some(InputFile {
        path,
        root,
        format,
        compression,
        size,
    })
}

/// Lists the input files under `paths`, in a stable order; problems go to `errors`.
pub fn discover(paths: &[PathBuf], errors: &mut Vec<Error>) -> Vec<InputFile> {
    let mut files = Vec::new();
    for root in paths {
        if root.as_os_str() == "-" {
            continue; // the caller reads stdin
        }
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
        if !meta.is_dir() {
            let dir = root.parent().map(Path::to_path_buf).unwrap_or_default();
            match input(root.clone(), dir) {
                Some(f) => files.push(f),
                None => errors.push(Error::BadInput {
                    location: root.display().to_string(),
                    message: "unknown file type; factdex reads .txt, .md, .json, .jsonl, .ndjson (also .gz, .zst)".into(),
                }),
            }
            continue;
        }
        let mut found = Vec::new();
        let walker = ignore::WalkBuilder::new(root)
            .hidden(true)
            .git_ignore(true)
            .ignore(true)
            .require_git(false)
            .follow_links(true)
            .sort_by_file_path(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                    let path = e.into_path();
                    if !is_boilerplate(&path) {
                        if let Some(f) = input(path, root.clone()) {
                            found.push(f);
                        }
                    }
                }
                Ok(_) => {}
                Err(err) => errors.push(walk_error(err, root)),
            }
        }
        files.extend(found);
    }
    files
}

fn walk_error(err: ignore::Error, root: &Path) -> Error {
    // unwrap the context layers down to the cause, keeping the most precise path
    let mut location = root.display().to_string();
    let mut err = err;
    loop {
        err = match err {
            ignore::Error::WithPath { path, err } => {
                location = path.display().to_string();
                *err
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                *err
            }
            other => {
                err = other;
                break;
            }
        };
    }
    let message = match &err {
        ignore::Error::Loop { child, .. } => {
            location = child.display().to_string();
            "symbolic link loop; not followed".to_string()
        }
        ignore::Error::Io(io) if io.kind() == std::io::ErrorKind::NotFound => {
            "cannot be read: it does not exist (a broken symbolic link?)".to_string()
        }
        ignore::Error::Io(io) => format!("cannot be read: {io}"),
        other => other.to_string(),
    };
    Error::BadInput { location, message }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_relative_paths_without_extensions() {
        let f = InputFile {
            path: PathBuf::from("corpus/business/001.txt.gz"),
            root: PathBuf::from("corpus"),
            format: Format::Text,
            compression: Compression::Gzip,
            size: 0,
        };
        assert_eq!(f.id_base(), "business/001");
    }
}
