//! Terminal output of a search: one block per source, its articles and passages, matched terms
//! highlighted and figures marked, each figure described under its passage.

use std::io::Write;

use super::figure::describe;
use super::Style;
use crate::search::{PassageHit, SearchResult};

/// Prints `result` for a person.
pub fn write_search<W: Write>(
    out: &mut W,
    result: &SearchResult,
    style: Style,
) -> std::io::Result<()> {
    for (i, g) in result.groups.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let kind = if g.outlet.is_some() {
            ""
        } else {
            "  (outlet unknown)"
        };
        writeln!(
            out,
            "{}{}",
            style.heading(&format!("▌ {}", g.source)),
            style.dim(kind)
        )?;
        for a in &g.articles {
            let title = a.title.as_deref().unwrap_or("(untitled)");
            let date = a.date.as_deref().unwrap_or("date unknown");
            writeln!(
                out,
                "  {} · {}",
                title,
                style.dim(&format!("{date} · {}", a.path))
            )?;
            for p in &a.passages {
                writeln!(out, "    {}", marked(p, style).replace('\n', "\n    "))?;
                for f in &p.figures {
                    writeln!(out, "      {} {}", style.dim("•"), describe(f))?;
                }
            }
        }
    }
    Ok(())
}

/// The passage text with terms highlighted and figures marked.
fn marked(p: &PassageHit, style: Style) -> String {
    // (start, end, is_figure), figures first so a term inside a figure stays inside it
    let mut spans: Vec<(usize, usize, bool)> =
        p.figures.iter().map(|f| (f.start, f.end, true)).collect();
    for &[s, e] in &p.highlights {
        if !spans.iter().any(|&(fs, fe, _)| s < fe && e > fs) {
            spans.push((s, e, false));
        }
    }
    spans.sort();
    let mut out = String::with_capacity(p.text.len() + 32);
    let mut at = 0;
    for (s, e, figure) in spans {
        if s < at || e > p.text.len() || !p.text.is_char_boundary(s) || !p.text.is_char_boundary(e)
        {
            continue;
        }
        out.push_str(&p.text[at..s]);
        let piece = &p.text[s..e];
        out.push_str(&if figure {
            style.figure(piece)
        } else {
            style.term(piece)
        });
        at = e;
    }
    out.push_str(&p.text[at..]);
    out
}
