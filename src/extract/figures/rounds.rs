//! Numbers that name a round or a law, not a quantity: a knockout competition's round named by
//! how many are left in it ("the Uefa Cup last 16") and a law dated by its year ("the 1701 Act
//! of Settlement").

use super::lexer::{Kind, Toks};
use super::number::Number;

/// "a place in the Uefa Cup last 16", "reached the last four": the round of a knockout
/// competition, named by how many are left in it, counts nothing (not "the last four years",
/// "the last 16 were freed": a noun or verb after the number keeps it a count).
fn is_knockout_round(text: &str, toks: &Toks, n: &Number) -> bool {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    // (the words a round's name may stand before)
    const AFTER: &[&str] = &[
        "of", "in", "at", "stage", "round", "tie", "ties", "draw", "clash", "match", "berth",
        "place", "spot", "showdown", "with", "for", "and", "after", "by", "on", "when", "before",
        "against", "without", "since",
        // ("put them through to the last 32 if Basle fail", "a place in the last 16 was a home
        // tie": a condition, or a singular verb; "the last 16 were freed" counts)
        "if", "unless", "was", "is",
    ];
    let round_after = match toks.get(n.next) {
        None => true,
        Some(t) if t.kind == Kind::Sym => !matches!(raw(n.next), "-" | "%" | "/"),
        Some(_) => AFTER.contains(&raw(n.next)),
    };
    // (nor a count of what came before: "the third month out of the last four")
    let out_of = n.first >= 4 && raw(n.first - 4) == "out" && raw(n.first - 3) == "of";
    n.first > 0
        && raw(n.first - 1).eq_ignore_ascii_case("last")
        && !out_of
        && matches!(n.value, 4.0 | 8.0 | 16.0 | 32.0)
        && n.next == n.first + 1
        && round_after
}

/// "the 1701 Act of Settlement", "a 1789 law": a year naming a law or a treaty counts
/// nothing (years after 1900 are dates already).
fn is_dated_law(text: &str, toks: &Toks, n: &Number) -> bool {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let year = raw(n.first);
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && (1000.0..=2099.0).contains(&n.value)
        && n.next == n.first + 1
        && matches!(
            raw(n.next),
            "Act"
                | "Treaty"
                | "Constitution"
                | "Convention"
                | "Accord"
                | "Agreement"
                | "Charter"
                | "law"
                | "act"
                | "treaty"
                | "statute"
                | "charter"
                | "constitution"
        )
}

/// A knockout round ("the last 16") or a law named by its year ("the 1701 Act").
pub(super) fn is_round_or_law(text: &str, toks: &Toks, n: &Number) -> bool {
    is_knockout_round(text, toks, n) || is_dated_law(text, toks, n)
}
