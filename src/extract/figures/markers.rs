//! Numbers that mark rather than measure, read before a number is taken as a quantity: a
//! Boeing jet's model ("10 737-800 planes"), an ordinal of a scale word ("the 50 millionth
//! vehicle"), a list's item numbers ("(1) … and (2) …"), bracketed seeds, plans and code sections
//! ("England (2)", "a 401(k) plan", "501(c)(4) groups"), a line-up substitute's minute
//! ("Fabregas (Toure 90)") and a charter's laydays ("10-15/4").

use super::lexer::{Kind, Toks};
use super::number::Number;

/// Is number `n` (from its first token) a marker, no quantity?
pub(super) fn is_marker(text: &str, toks: &Toks, n: &Number) -> bool {
    let raw = &text[toks[n.first].start..toks[n.first].end];
    let at = |k: usize, w: &str| toks.get(k).is_some_and(|t| &text[t.start..t.end] == w);
    // ("the sale of 10 737-800 planes", "its 747-400s": a Boeing jet's model and series)
    let jet = raw.len() == 3 && raw.starts_with('7') && raw.ends_with('7');
    let series = toks.get(n.first + 2).is_some_and(|t| {
        t.glued && text[t.start..t.end].len() == 3 && text[t.start..t.end].ends_with("00")
    });
    if jet && at(n.first + 1, "-") && toks[n.first + 1].glued && series {
        return true;
    }
    // ("driving the 50 millionth vehicle off the line": an ordinal of a scale word)
    if toks.get(n.next).is_some_and(|t| {
        matches!(
            &text[t.start..t.end],
            "hundredth" | "thousandth" | "millionth" | "billionth" | "trillionth"
        )
    }) {
        return true;
    }
    // ("two reasons: (1) the Constitution says nothing … and (2) American society": a list's
    // item numbers)
    let item = n.first >= 1
        && at(n.first - 1, "(")
        && at(n.next, ")")
        && raw.parse::<u32>().is_ok_and(|v| (1..=20).contains(&v))
        && toks.get(n.next + 1).is_some_and(|t| t.kind == Kind::Word)
        && (n.first == 1
            || [":", ";", ",", "and", "or"]
                .iter()
                .any(|w| at(n.first - 2, w)));
    if item {
        return true;
    }
    // ("Fabregas (Toure 90), Vieira": a line-up's substitute and the minute he came on, after
    // the name of the player he replaced)
    let name = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let w = &text[t.start..t.end];
            t.kind == Kind::Word
                && w.starts_with(|c: char| c.is_uppercase())
                && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
        })
    };
    // (past a hyphened name's parts: "(Owusu-Abeyie 45)")
    let mut k = n.first.saturating_sub(1);
    while k >= 2 && at(k - 1, "-") && name(k - 2) {
        k -= 2;
    }
    let substitute = n.first >= 3
        && k >= 2
        && at(k - 1, "(")
        && name(k)
        && name(k - 2)
        && at(n.next, ")")
        && raw.parse::<u32>().is_ok_and(|v| (1..=130).contains(&v));
    if substitute {
        return true;
    }
    // ("known collectively as the P5+1": a group's name, its letter-and-digit word plus one)
    let group = n.first >= 2
        && toks[n.first].glued
        && at(n.first - 1, "+")
        && toks[n.first - 1].glued
        && toks[n.first - 2].kind == Kind::Num
        && toks[n.first - 2].glued
        && n.first >= 3
        && toks[n.first - 3].kind == Kind::Word
        && text[toks[n.first - 3].start..].starts_with(|c: char| c.is_ascii_uppercase());
    if group {
        return true;
    }
    // ("bulk wheat 5,000/222,500 10-15/4.": a charter's laydays, days 10 to 15 of April)
    laydays_at(text, toks, n.first)
}

/// Do a charter's laydays start at token `k`: "10-15/4" (days 10 to 15 of April), ending the
/// line or before the charterer's account ("5-20/4 a/c E D and F Man")? A mixed fraction
/// ("at 12-5/8.") has its fraction proper, laydays their last day past the first and past the
/// month.
pub(super) fn laydays_at(text: &str, toks: &Toks, k: usize) -> bool {
    let at = |k: usize, w: &str| toks.get(k).is_some_and(|t| &text[t.start..t.end] == w);
    let value = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == Kind::Num)
            .and_then(|t| text[t.start..t.end].parse::<u32>().ok())
    };
    let small = |k: usize, max: u32| {
        toks.get(k).is_some_and(|t| t.glued) && value(k).is_some_and(|v| (1..=max).contains(&v))
    };
    value(k).is_some_and(|v| (1..=31).contains(&v))
        && at(k + 1, "-")
        && small(k + 2, 31)
        && at(k + 3, "/")
        && small(k + 4, 12)
        && value(k + 2) > value(k)
        && value(k + 2) > value(k + 4)
        && toks.get(k + 5).is_none_or(|t| {
            matches!(&text[t.start..t.end], "." | "," | ";")
                || at(k + 5, "a") && at(k + 6, "/") && at(k + 7, "c")
        })
}

/// Is token `i` the first of a charter's loading and discharge rates, "750/750" before its
/// laydays ("bagged sugar 750/750 20-30/4", "750/750 try liner discharge 5-20/4")? Each rate
/// is a figure of its own, not a fraction.
pub(super) fn charter_rates(text: &str, toks: &Toks, i: usize) -> bool {
    let rate = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == Kind::Num
                && text[t.start..t.end]
                    .replace(',', "")
                    .parse::<u32>()
                    .is_ok_and(|v| v >= 100)
        })
    };
    let glued = |k: usize| toks.get(k).is_some_and(|t| t.glued);
    rate(i)
        && toks
            .get(i + 1)
            .is_some_and(|t| &text[t.start..t.end] == "/")
        && glued(i + 1)
        && glued(i + 2)
        && rate(i + 2)
        && (i + 3..i + 7)
            .take_while(|&k| k == i + 3 || toks.get(k - 1).is_some_and(|t| t.kind == Kind::Word))
            .any(|k| laydays_at(text, toks, k))
}

/// Is number `n` a bracketed mark: a seed or rank ("England (2)"), a plan ("a 401(k) plan"),
/// a code's section ("501(c)(4) groups")?
pub(super) fn is_bracketed(text: &str, toks: &Toks, n: &Number) -> bool {
    // "England (2), Samoa (7)": a small number alone in brackets after a name is a seed or
    // rank; "a 401(k) plan": a number glued to a bracketed letter names a plan
    let sym = |k: usize, s: &str| toks.get(k).is_some_and(|t| &text[t.start..t.end] == s);
    let seed = n.first >= 2
        && n.next == n.first + 1
        && n.value < 100.0
        && n.value.fract() == 0.0
        && sym(n.first - 1, "(")
        && sym(n.next, ")")
        && toks[n.first - 2].kind == Kind::Word
        && text[toks[n.first - 2].start..].starts_with(|c: char| c.is_uppercase());
    let plan = sym(n.next, "(")
        && toks.get(n.next).is_some_and(|t| t.glued)
        && toks
            .get(n.next + 1)
            .is_some_and(|t| t.kind == Kind::Word && t.end - t.start == 1)
        && sym(n.next + 2, ")");
    // "501(c)(4) groups", "(c)4 groups": a number glued to a bracketed letter before it is a
    // section of a code
    let reopened = n.first >= 1 && sym(n.first - 1, "(");
    let section = toks[n.first].glued
        && (n.first - usize::from(reopened))
            .checked_sub(1)
            .filter(|&close| close >= 2)
            .is_some_and(|close| {
                sym(close, ")")
                    && (!reopened || toks[close + 1].glued)
                    && toks[close].glued
                    && toks[close - 1].kind == Kind::Word
                    && toks[close - 1].end - toks[close - 1].start == 1
                    && sym(close - 2, "(")
            });
    seed || plan || section
}
