//! Terminal output of a search: one block per source, its articles and passages, matched terms
//! highlighted and figures marked, each figure described under its passage.

use std::io::Write;

use super::figure::describe;
use super::Style;
use crate::search::check::CheckResult;
use crate::search::{Explanation, PassageHit, Row, SearchResult};

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
    write_comparison(out, &result.comparison, style)
}

/// Prints how the query was understood.
pub fn write_explanation<W: Write>(
    out: &mut W,
    e: &Explanation,
    style: Style,
) -> std::io::Result<()> {
    let show = |v: &[String]| {
        if v.is_empty() {
            "-".to_string()
        } else {
            v.join(", ")
        }
    };
    writeln!(out, "{}", style.heading("Query understood as"))?;
    writeln!(out, "  words:       {}", show(&e.words))?;
    writeln!(out, "  phrases:     {}", show(&e.phrases))?;
    writeln!(out, "  excluded:    {}", show(&e.excluded))?;
    writeln!(
        out,
        "  figures:     {}",
        e.figure_intent.as_deref().unwrap_or("-")
    )?;
    writeln!(out, "  constraints: {}", show(&e.constraints))?;
    writeln!(out, "  filters:     {}", show(&e.filters))?;
    writeln!(out)
}

/// Prints the comparison table: one block per aligned fact, one line per source.
pub fn write_comparison<W: Write>(out: &mut W, rows: &[Row], style: Style) -> std::io::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "\n{}",
        style.heading("▌ Figures compared across sources")
    )?;
    let width = rows
        .iter()
        .flat_map(|r| &r.cells)
        .map(|c| c.source.chars().count().min(40))
        .max()
        .unwrap_or(10);
    for r in rows {
        let what = [
            r.concept.as_deref(),
            Some(r.dimension.as_str()),
            r.period.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
        let role = if r.role == "baseline" {
            " (baseline)"
        } else {
            ""
        };
        let flag = if r.flag == "agree" {
            style.dim(&r.flag)
        } else {
            style.term(&r.flag)
        };
        writeln!(out, "  {what}{role}  → {flag}")?;
        for c in &r.cells {
            let source: String = c.source.chars().take(40).collect();
            let value = if r.role == "baseline" {
                c.value.map(super::figure::number).unwrap_or_default()
            } else {
                super::figure::value(&crate::model::Figure {
                    value: c.value,
                    low: c.low,
                    high: c.high,
                    from: c.from,
                    ..crate::model::Figure::new(&c.text, 0, 0, c.value)
                })
            };
            let mut notes = vec![c.certainty.clone()];
            if let Some(h) = &c.hedge {
                notes[0] = format!("{} ({h})", c.certainty);
            }
            if c.change != crate::model::Change::Exact && r.role != "baseline" {
                notes.push(c.change.symbol().to_string());
            }
            if let Some(p) = &c.period {
                notes.push(p.clone());
            }
            writeln!(
                out,
                "    {source:<width$}  {value} {}  {}  {}",
                c.unit.as_deref().unwrap_or(""),
                style.dim(&notes.join("; ")),
                style.dim(&format!("[{} #{}: {}]", c.article, c.passage, c.text))
            )?;
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

/// Prints a claim check: the claim's figures, a verdict per source with its evidence, and the
/// overall line.
pub fn write_check<W: Write>(out: &mut W, r: &CheckResult, style: Style) -> std::io::Result<()> {
    writeln!(out, "{} {}", style.heading("Claim:"), r.claim)?;
    if r.figures.is_empty() {
        writeln!(
            out,
            "  no figure found in the claim to check; showing what the coverage says"
        )?;
    }
    for f in &r.figures {
        writeln!(out, "  {} {}", style.dim("•"), describe(f))?;
    }
    for v in &r.verdicts {
        let verdict = match v.verdict.as_str() {
            "supports" => style.heading(&v.verdict),
            "silent" => style.dim(&v.verdict),
            _ => style.term(&v.verdict),
        };
        writeln!(out, "\n{} {}  {}", verdict, v.source, style.dim(&v.reason))?;
        let text = match v.highlight {
            Some([s, e])
                if e <= v.passage.len()
                    && v.passage.is_char_boundary(s)
                    && v.passage.is_char_boundary(e) =>
            {
                format!(
                    "{}{}{}",
                    &v.passage[..s],
                    style.figure(&v.passage[s..e]),
                    &v.passage[e..]
                )
            }
            _ => v.passage.clone(),
        };
        writeln!(out, "    {}", text.replace('\n', "\n    "))?;
    }
    let s = &r.summary;
    writeln!(
        out,
        "\n{} sources support, {} contradict, {} hedged, {} partial, {} silent",
        s.supports, s.contradicts, s.hedged, s.partial, s.silent
    )
}
