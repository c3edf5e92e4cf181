//! Opens input files: plain, `.gz` or `.zst`, or standard input; enforces the article size
//! limit and rejects binary files, before anything is parsed.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};

use super::{Compression, Format, InputFile};
use crate::error::Error;

fn bad(file: &InputFile, message: impl Into<String>) -> Error {
    Error::BadInput {
        location: file.display(),
        message: message.into(),
    }
}

fn open(file: &InputFile) -> Result<Box<dyn Read>, Error> {
    let raw: Box<dyn Read> = if file.is_stdin() {
        Box::new(std::io::stdin())
    } else {
        let f = File::open(&file.path).map_err(|source| Error::Io {
            path: file.path.clone(),
            source,
        })?;
        Box::new(f)
    };
    Ok(match file.compression {
        Compression::None => raw,
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(raw)),
        Compression::Zstd => Box::new(
            zstd::stream::read::Decoder::new(raw)
                .map_err(|e| bad(file, format!("cannot start zstd decoding: {e}")))?,
        ),
    })
}

fn describe_read_error(file: &InputFile, e: &std::io::Error) -> String {
    match file.compression {
        Compression::None => format!("read failed: {e}"),
        Compression::Gzip => format!(
            "gzip stream is truncated or corrupt ({e}); articles before this point were read"
        ),
        Compression::Zstd => format!(
            "zstd stream is truncated or corrupt ({e}); articles before this point were read"
        ),
    }
}

/// Megabytes, for messages.
fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

/// Reads a whole file (decompressed), at most `limit` bytes.
pub fn read_whole(file: &InputFile, limit: u64) -> Result<Vec<u8>, Error> {
    let too_big = |size: u64| {
        bad(
            file,
            format!(
                "is {}; the limit for one article is {} (raise it with --max-article-mb)",
                mb(size),
                mb(limit)
            ),
        )
    };
    if file.compression == Compression::None && file.size > limit {
        return Err(too_big(file.size));
    }
    let reader = open(file)?;
    let mut bytes = Vec::new();
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::IsADirectory {
                Error::Io {
                    path: file.path.clone(),
                    source: e,
                }
            } else {
                bad(file, describe_read_error(file, &e))
            }
        })?;
    if bytes.len() as u64 > limit {
        return Err(too_big(bytes.len() as u64));
    }
    if file.format == Format::Text && bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(bad(
            file,
            "binary file (contains NUL bytes); not a text article",
        ));
    }
    Ok(bytes)
}

/// Calls `f` with each line (1-based number, bytes without the newline). A read error ends
/// the file with one error naming the line where it happened.
pub fn read_lines(file: &InputFile, limit: u64, f: &mut dyn FnMut(usize, Result<Vec<u8>, Error>)) {
    let reader = match open(file) {
        Ok(r) => r,
        Err(e) => return f(0, Err(e)),
    };
    let mut reader = BufReader::with_capacity(1 << 20, reader);
    let mut n = 0;
    loop {
        let mut line = Vec::new();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => return,
            Ok(_) => {
                n += 1;
                if line.last() == Some(&b'\n') {
                    line.pop();
                }
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                if line.len() as u64 > limit {
                    let location = format!("{}:{n}", file.display());
                    let message = format!("line is {}; the limit for one article is {} (raise it with --max-article-mb)", mb(line.len() as u64), mb(limit));
                    f(n, Err(Error::BadInput { location, message }));
                    continue;
                }
                f(n, Ok(line));
            }
            Err(e) => {
                let location = format!("{}:{}", file.display(), n + 1);
                f(
                    n + 1,
                    Err(Error::BadInput {
                        location,
                        message: describe_read_error(file, &e),
                    }),
                );
                return;
            }
        }
    }
}
