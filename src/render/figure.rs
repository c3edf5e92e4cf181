//! One-line descriptions of figures: `20 million tons = 2e7 metric ton (up; weighing; the
//! current season)`.

use crate::model::{Change, Figure};

/// Formats a number compactly: 20000000 → `2e7`, 11.5 → `11.5`.
pub fn number(v: f64) -> String {
    if v != 0.0 && (v.abs() >= 1e6 || v.abs() < 1e-3) {
        format!("{v:e}")
    } else if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{}", (v * 1e6).round() / 1e6)
    }
}

/// The normalized value part: `2e7`, `1.2e7→2e7`, `1.6e8–1.71e8`.
pub fn value(f: &Figure) -> String {
    match (f.from, f.value, f.low, f.high) {
        (Some(from), Some(v), _, _) => format!("{}→{}", number(from), number(v)),
        (_, Some(v), _, _) => number(v),
        (_, None, Some(lo), Some(hi)) => format!("{}–{}", number(lo), number(hi)),
        _ => "?".into(),
    }
}

/// A one-line description of `f`.
pub fn describe(f: &Figure) -> String {
    let mut s = format!("{} = {}", f.text, value(f));
    if let Some(u) = &f.unit {
        s.push(' ');
        s.push_str(u);
    }
    let mut notes = Vec::new();
    if f.change != Change::Exact {
        notes.push(f.change.symbol().to_string());
    }
    if let Some(c) = &f.concept {
        notes.push(format!("of {c}"));
    }
    if let Some(p) = &f.period {
        notes.push(p.clone());
    }
    if let Some(h) = &f.hedge {
        notes.push(format!("hedge: {h}"));
    }
    if !notes.is_empty() {
        s.push_str(&format!(" ({})", notes.join("; ")));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number(2e7), "2e7");
        assert_eq!(number(1.2e7), "1.2e7");
        assert_eq!(number(11.0), "11");
        assert_eq!(number(2.5), "2.5");
    }
}
