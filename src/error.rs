//! Typed errors of the factdex library. The CLI adds context and maps them to exit code 2.

use std::path::PathBuf;

/// Everything that can go wrong inside the library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// An input file was read but its content is not usable.
    #[error("{location}: {message}")]
    BadInput {
        /// `path` or `path:line`.
        location: String,
        /// What was wrong, and what to do about it.
        message: String,
    },
    /// The search index could not be opened, written or searched.
    #[error("index {path}: {message}")]
    Index {
        /// The index folder.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The query could not be understood.
    #[error("query: {0}")]
    Query(String),
    /// A bundled schema file is invalid (a bug in factdex itself).
    #[error("schema/{file}: {message}")]
    Schema {
        /// The schema file.
        file: &'static str,
        /// What was wrong.
        message: String,
    },
}

impl Error {
    /// Shorthand for an [`Error::Index`] from anything displayable.
    pub fn index(path: &std::path::Path, err: impl std::fmt::Display) -> Error {
        Error::Index {
            path: path.to_path_buf(),
            message: err.to_string(),
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
