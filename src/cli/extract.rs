//! `factdex extract`: figures of text, without indexing.

use std::io::{Read, Write};
use std::path::PathBuf;

use anyhow::Context;
use serde::Serialize;

use super::{finish, stdout, EXIT_ERROR, EXIT_NONE, EXIT_OK};
use crate::extract::figures;
use crate::model::Figure;
use crate::render::{figure::describe, json};

/// Arguments of `factdex extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files to read; `-` or nothing reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Treat each input line as its own text (one output line per input line).
    #[arg(long)]
    lines: bool,
    /// Print JSON (with --lines: one `{"text", "figures"}` object per line).
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct Extraction<'a> {
    text: &'a str,
    figures: Vec<Figure>,
}

fn read_input(path: &PathBuf) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .context("reading standard input")?;
    } else {
        bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count();
        anyhow::anyhow!(
            "{}:{line}: not valid UTF-8 (byte {at}); convert it, e.g. `iconv -f WINDOWS-1252 -t \
             UTF-8`",
            path.display()
        )
    })
}

/// Runs `factdex extract`.
pub fn run(args: &Args) -> anyhow::Result<i32> {
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let mut out = stdout();
    let mut found = 0usize;
    // (a file that cannot be read is reported and skipped, as grep does; the exit code says so)
    let mut failed = false;
    for file in &files {
        let text = match read_input(file) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("factdex: error: {e:#}");
                failed = true;
                continue;
            }
        };
        let texts: Vec<&str> = if args.lines {
            text.lines().collect()
        } else {
            vec![text.as_str()]
        };
        for t in texts {
            let figures = figures::extract(t);
            found += figures.len();
            if args.json {
                let record = Extraction { text: t, figures };
                if args.lines {
                    json::write_line(&mut out, &record)?;
                } else {
                    json::write(&mut out, &record)?;
                }
            } else {
                for f in &figures {
                    writeln!(out, "{}", describe(f))?;
                }
                if args.lines {
                    writeln!(out)?;
                }
            }
        }
    }
    finish(out)?;
    Ok(if failed {
        EXIT_ERROR
    } else if found > 0 {
        EXIT_OK
    } else {
        EXIT_NONE
    })
}
