//! JSON output: one document per command, the shapes documented in the README.

use std::io::Write;

use serde::Serialize;

/// Writes `value` as pretty JSON followed by a newline.
pub fn write<W: Write, T: Serialize>(out: &mut W, value: &T) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(std::io::Error::other)?;
    writeln!(out)
}

/// Writes `value` as one line of JSON (JSON Lines).
pub fn write_line<W: Write, T: Serialize>(out: &mut W, value: &T) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(std::io::Error::other)?;
    writeln!(out)
}
