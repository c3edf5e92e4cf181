//! A change noun right after a figure makes it a change: "a 2.6 pct rise", "3.4 pct
//! contraction and 1.2 pct growth", "an 8% increase in wages", "a 5% wage increase" (not a
//! sum of money lost or gained, nor a change noun modifying a level's noun, "the 4.3 pct
//! growth rate").

use super::lexer::{is_possessive, Kind, Toks};
use super::lexicon::Lexicon;
use super::number::word;
use super::scan::Quantity;
use crate::model::Change;

/// The change that a noun right after `q` names, if one does.
pub(super) fn change_noun_after(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    lex: &Lexicon,
) -> Option<Change> {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    // a change noun right after the figure: "a 2.6 pct rise", "3.4 pct contraction and 1.2
    // pct growth", "an 8% increase in wages" (a year-on-year adjective may stand between)
    // (not for a duration: "its biggest one-day loss")
    // ("two quarters ahead": a year's quarters, counted, are a duration too)
    let duration = q.unit.is_some_and(|u| lex.units[u].dimension == "time")
        || q.counted.as_deref() == Some("quarter");
    // (a range too: "the dollar's 35-40 pct decline")
    // (not across a wire table's column gap: "loss 14 cts  net loss 467,000")
    let table_gap = q.next > 0
        && toks
            .get(q.next)
            .is_some_and(|t| text[toks[q.next - 1].end..t.start].contains("  "));
    // ("a half point cut": points counted are a measure too)
    // ("a 2.2 billion rise in February": or an amount in millions or more)
    let measured = q.unit.is_some() || q.counted.as_deref() == Some("point") || q.scale >= 1e6;
    if measured && q.from.is_none() && !duration && !table_gap {
        let mut k = q.next;
        // "year-on-year": words joined by glued hyphens
        let hyphen_at = |k: usize| {
            raw(k) == "-"
                && toks[k].glued
                && toks
                    .get(k + 1)
                    .is_some_and(|t| t.glued && t.kind == Kind::Word)
        };
        if toks.get(k).is_some_and(|t| t.kind == Kind::Word) && hyphen_at(k + 1) {
            k += 1;
            while hyphen_at(k) {
                k += 2;
            }
        }
        // ("the 25 percent average increase": a figure's modifier may stand between)
        // (as written, lower case: not a wire table's next row, "39 cts  Net loss")
        if lex.concept.figure_modifiers.contains(raw(k)) {
            k += 1;
        }
        // ("after a 2.3 pct December rise": or the month it happened in)
        if super::scan::is_month(text, toks, k) && raw(k).len() > 3 {
            k += 1;
        }
        // ("a 2.9 pct motor carrier rate hike", "a 5% wage increase": nouns that modify the
        // change noun, as written in lower case)
        let change_noun = |k: usize| {
            word(text, toks, k).filter(|w| {
                !matches!(
                    &**w,
                    "up" | "down" | "rose" | "fell" | "grew" | "sank" | "shrank" | "lost" | "slid"
                ) && !w.ends_with("ed")
                    && !w.ends_with("ing")
                    && lex.change_verb(w).is_some()
            })
        };
        let lower_word = |k: usize| {
            toks.get(k)
                .is_some_and(|t| t.kind == Kind::Word && !t.glued)
                && raw(k).bytes().all(|b| b.is_ascii_lowercase())
                && !lex.concept.function_words.contains(raw(k))
                && !["ed", "ing", "ly"].iter().any(|e| raw(k).ends_with(e))
        };
        // the change noun heads the phrase: not "four pct economic growth targets", nor a verb
        // ("80% chance outcome falls"), nor a comparative ("six pct expecting lower sales")
        // ("the 0.50 cent price hike brings": a verb in -s may follow it)
        // ("120 pct pay increases with the individual companies": a plural change noun, none
        // also a verb of "falls", before a preposition or the clause's end)
        let plural_noun = |m: usize| {
            matches!(
                raw(m),
                "increases" | "decreases" | "hikes" | "reductions" | "cuts" | "raises"
            ) && matches!(
                raw(m + 1),
                "with" | "for" | "of" | "on" | "at" | "over" | "across" | "," | "." | ";"
            )
        };
        let head = |m: usize| {
            (!raw(m).ends_with('s') || plural_noun(m))
                && !raw(m).ends_with("er")
                && (!lower_word(m + 1) || lex.counted.not_counted.contains(raw(m + 1)))
        };
        // (modifiers first, cheap: most figures are followed by no lower-case word)
        if change_noun(k).is_none() {
            let mut m = k;
            while m < k + 3 && lower_word(m) && raw(m).len() >= 3 {
                m += 1;
                if change_noun(m).is_some() {
                    if head(m) {
                        k = m;
                    }
                    break;
                }
            }
        }
        // (not a sum of money lost: "a 1,817,000 dlr loss from discontinued operations" is
        // what the loss came to, as "a net loss of 5 cents" is)
        let money = q.unit.is_some_and(|u| lex.units[u].dimension == "currency");
        // ("a 53 mln dlrs gain from favorable settlement": a gain from or on something too;
        // "991,000 dlr gain for year": or an income item's gain for a period)
        // ("a 6.706 ct capital gain": so is a capital gain; "at a 647,812 dlr gain": and one of
        // an accounting size, no price's move; not "a $5 billion gain in exports")
        let gain_from = |w: &str| {
            w.starts_with("gain")
                && (matches!(
                    word(text, toks, k + 1).as_deref(),
                    Some("from" | "on" | "for")
                ) || k > 0 && word(text, toks, k - 1).as_deref() == Some("capital")
                    || q.value.is_some_and(|v| v >= 1e4)
                        && word(text, toks, k + 1).as_deref() != Some("in"))
        };
        // ("the 4.3 pct growth rate recorded": a change noun modifying a level's noun)
        let modifies =
            word(text, toks, k + 1).is_some_and(|w| lex.level_nouns.contains(w.as_ref()));
        // ("will this $17 billion ease the backlog?": a verb before its object; not a time,
        // "a 0.7 pct increase the previous three months", "a 34.5 pct rise a year ago")
        let object = word(text, toks, k + 1)
            .is_some_and(|w| matches!(&*w, "the" | "this" | "these") || is_possessive(&w))
            && !word(text, toks, k + 2).is_some_and(|w| {
                matches!(
                    &*w,
                    "previous" | "prior" | "same" | "first" | "last" | "past"
                ) || lex
                    .unit_for_alias(&w)
                    .is_some_and(|u| u.dimension == "time")
            });
        // ("a £100,000 advance for her third novel": money paid ahead, no rise)
        let paid_ahead = |w: &str| {
            w.starts_with("advance")
                && matches!(
                    word(text, toks, k + 1).as_deref(),
                    Some("for" | "from" | "payment" | "payments" | "of" | "on")
                )
        };
        let noun = change_noun(k).filter(|w| {
            !modifies
                && !object
                && !(money && (w.starts_with("loss") || gain_from(w) || paid_ahead(w)))
        });
        if let Some(up) = noun.and_then(|w| lex.change_verb(&w)) {
            return Some(if up { Change::Up } else { Change::Down });
        }
    }
    None
}
