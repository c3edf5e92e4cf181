//! JSON output: one document per command, the shapes documented in the README.

use std::io::Write;

use serde::Serialize;

/// Writes `value` as pretty JSON followed by a newline.
pub fn write<W: Write, T: Serialize>(out: &mut W, value: &T) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io_error)?;
    writeln!(out)
}

/// Writes `value` as one line of JSON (JSON Lines).
pub fn write_line<W: Write, T: Serialize>(out: &mut W, value: &T) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(io_error)?;
    writeln!(out)
}

/// A serializer error as an I/O error of the same kind, so that a broken pipe stays one.
fn io_error(e: serde_json::Error) -> std::io::Error {
    match e.io_error_kind() {
        Some(kind) => std::io::Error::new(kind, e),
        None => std::io::Error::other(e),
    }
}
