//! Modifiers that count as one between a number and the noun it counts: a country's
//! initials ("250 U.S. victories", "two U.S.-based companies"), a model's designation ("30
//! Airbus A320 planes", "12 F-16 fighters"), and the words joined into one name or position
//! ("three top 20 singles", "<Kerr Addison Mines Ltd>", "AT&T", "post-9/11"); and the comma
//! of a list of modifiers ("45 contemporary, impressionist and modern paintings").

use super::lexer::{Kind, Tok, Toks};

/// The last token of initials starting at `k`: "U.S.", "U.K." (capitals between dots) or
/// "US", "EU", "NATO" (two to five capitals).
pub(super) fn initials_end(text: &str, toks: &Toks, k: usize) -> Option<usize> {
    let first = toks.get(k)?;
    let w = &text[first.start..first.end];
    // (not across a table's column gap: "89.5 mln  U.K. Group pensions")
    let spaced = k > 0 && text[toks[k - 1].end..first.start].contains("  ");
    if first.kind != Kind::Word || spaced {
        return None;
    }
    // (a hyphenated modifier is read as one: "four GOP-appointed justices", "10 U.S-based
    // websites")
    let hyphen_after = toks
        .get(k + 1)
        .is_some_and(|t| t.glued && &text[t.start..t.end] == "-");
    let end = |k: usize| {
        let hyphenated = hyphen_after
            && toks.get(k + 2).is_some_and(|t| {
                t.glued
                    && t.kind == Kind::Word
                    && text[t.start..t.end].bytes().all(|b| b.is_ascii_lowercase())
            });
        match (hyphen_after, hyphenated) {
            (false, _) => Some(k),
            (true, true) => Some(k + 2),
            (true, false) => None,
        }
    };
    // ("12 EC countries", "five NATO allies", "3 GOP senators": any capitals' initials)
    if (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()) {
        return end(k);
    }
    // (the lexer keeps inner dots in a word: "U.S" and then ".")
    let initials = w.len() >= 3
        && w.split('.')
            .all(|p| p.len() == 1 && p.as_bytes()[0].is_ascii_uppercase());
    if !initials {
        return None;
    }
    let dot_after = toks
        .get(k + 1)
        .is_some_and(|t| t.glued && &text[t.start..t.end] == ".");
    // ("two U.S.-based companies": the hyphenated modifier after the full stop)
    let hyphen_word = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.glued && &text[t.start..t.end] == "-")
            && toks.get(j + 1).is_some_and(|t| {
                t.glued
                    && t.kind == Kind::Word
                    && text[t.start..t.end].bytes().all(|b| b.is_ascii_lowercase())
            })
    };
    if dot_after && hyphen_word(k + 2) {
        Some(k + 3)
    } else if dot_after {
        Some(k + 1)
    } else {
        end(k)
    }
}

/// The last token of a model designation starting at `k`: a capital letter glued to digits
/// ("A320", "F-16", "MP3"), or after a brand name (`after_name`) bare digits too ("Boeing
/// 737").
pub(super) fn model_code_end(text: &str, toks: &Toks, k: usize, after_name: bool) -> Option<usize> {
    let first = toks.get(k)?;
    let raw = |t: &Tok| &text[t.start..t.end];
    let capital =
        first.kind == Kind::Word && raw(first).starts_with(|c: char| c.is_ascii_uppercase());
    let brand_before = after_name
        && toks[k - 1].kind == Kind::Word
        && raw(&toks[k - 1]).starts_with(|c: char| c.is_ascii_uppercase());
    // (not across a table's column gap)
    let spaced = k > 0 && text[toks[k - 1].end..first.start].contains("  ");
    if spaced || !(capital || (first.kind == Kind::Num && brand_before)) {
        return None;
    }
    let mut end = k;
    let mut digits = first.kind == Kind::Num;
    while let Some(t) = toks.get(end + 1).filter(|t| t.glued) {
        let part = matches!(t.kind, Kind::Word | Kind::Num)
            || (raw(t) == "-"
                && toks
                    .get(end + 2)
                    .is_some_and(|n| n.glued && n.kind == Kind::Num))
            // ("six CHANNELink 5100/R products": a variant after a slash)
            || (raw(t) == "/"
                && toks
                    .get(end + 2)
                    .is_some_and(|n| n.glued && matches!(n.kind, Kind::Word | Kind::Num)));
        if !part {
            break;
        }
        digits |= t.kind == Kind::Num;
        end += 1;
    }
    let spaced_after = toks.get(end + 1).is_some_and(|t| !t.glued);
    // ("Swissair's 11 DC-10s": a plural designation is what is counted, not a modifier)
    let plural = raw(&toks[end]) == "s";
    (digits && spaced_after && !plural && (end > k || brand_before)).then_some(end)
}

/// The last token of a modifier made of several tokens starting at `k`: a chart position ("top
/// 20", "top-10"), a wire name in angle brackets ("<Kerr Addison Mines Ltd>"), a name joined by
/// "&" ("AT&T"), a dated prefix ("post-9/11", "pre-2008") or a date naming an event ("Sept.
/// 11").
pub(super) fn joined_end(text: &str, toks: &Toks, k: usize) -> Option<usize> {
    let raw = |j: usize| toks.get(j).map_or("", |t| &text[t.start..t.end]);
    let glued = |j: usize| toks.get(j).is_some_and(|t| t.glued);
    let glued_num = |j: usize| toks.get(j).is_some_and(|t| t.glued && t.kind == Kind::Num);
    let num = |j: usize| toks.get(j).is_some_and(|t| t.kind == Kind::Num);
    let first = raw(k);
    if first.eq_ignore_ascii_case("top") {
        return if num(k + 1) {
            Some(k + 1)
        } else {
            (glued(k + 1) && raw(k + 1) == "-" && num(k + 2)).then_some(k + 2)
        };
    }
    if first == "<" {
        return (k + 1..(k + 10).min(toks.len())).find(|&j| raw(j) == ">");
    }
    if glued(k + 1)
        && raw(k + 1) == "&"
        && toks
            .get(k + 2)
            .is_some_and(|t| t.glued && t.kind == Kind::Word)
    {
        return Some(k + 2);
    }
    let dated = ["post", "pre", "mid"]
        .iter()
        .any(|p| first.eq_ignore_ascii_case(p))
        && glued(k + 1)
        && raw(k + 1) == "-"
        && glued_num(k + 2);
    if dated {
        let slash = glued(k + 3) && raw(k + 3) == "/" && glued_num(k + 4);
        return Some(if slash { k + 4 } else { k + 2 });
    }
    // ("the 19 Sept. 11 hijackers": a date naming an event)
    if super::scan::is_month(text, toks, k) {
        let day = k + 1 + usize::from(raw(k + 1) == ".");
        let short = toks
            .get(day)
            .is_some_and(|t| t.kind == Kind::Num && t.end - t.start <= 2);
        return short.then_some(day);
    }
    None
}

/// Is token `k` a comma inside a list of modifiers ("45 contemporary, impressionist and modern
/// paintings", "local, state, county and federal agencies")? Its next item is one lower-case
/// word, followed by "and", "or" or the list's next comma.
pub(super) fn listing_comma(text: &str, toks: &Toks, k: usize) -> bool {
    let raw = |j: usize| &text[toks[j].start..toks[j].end];
    k + 2 < toks.len()
        && raw(k) == ","
        && toks[k + 1].kind == Kind::Word
        && raw(k + 1).bytes().all(|b| b.is_ascii_lowercase())
        && (matches!(raw(k + 2), "and" | "or") || listing_comma(text, toks, k + 2))
}
