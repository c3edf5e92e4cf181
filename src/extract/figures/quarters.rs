//! "Quarters" after a number word: a year's quarters ("two quarters ahead") or a fraction
//! ("three quarters of voters").

use super::lexer::Toks;
use super::number::word;

/// Are the quarters at token `j`, after the number word(s) from `i` worth `count`, a year's
/// quarters ("two quarters ahead", "for three quarters", "five quarters in a row") rather than
/// a fraction ("three quarters of voters", "three-quarters")? Two or more than three quarters
/// are time unless an of-phrase follows; one or three are a fraction unless a time word is
/// next to them.
pub(super) fn quarters_of_year(text: &str, toks: &Toks, i: usize, j: usize, count: f64) -> bool {
    let hyphenated = toks[j].glued && j > 0 && &text[toks[j - 1].start..toks[j - 1].end] == "-";
    let after = word(text, toks, j + 1);
    if hyphenated || after.as_deref() == Some("of") {
        return false;
    }
    let before = if i > 0 { word(text, toks, i - 1) } else { None };
    let time_after = matches!(
        after.as_deref(),
        Some(
            "ahead"
                | "later"
                | "earlier"
                | "ago"
                | "in"
                | "running"
                | "straight"
                | "before"
                | "after"
        )
    );
    let time_before = matches!(
        before.as_deref(),
        Some(
            "for"
                | "past"
                | "last"
                | "next"
                | "previous"
                | "over"
                | "within"
                | "consecutive"
                // ("impaired earnings in the first three quarters")
                | "first"
                | "final"
        )
    );
    !(count == 1.0 || count == 3.0) || time_after || time_before
}
