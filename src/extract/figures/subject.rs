//! A clause with no subject of its own shares the concept of the figure before it: "the
//! deficit peaked at $1.4 trillion in 2009 — which spanned two administrations — then dropped
//! to $1.3 trillion, and fell to $1.1 trillion last year" measures the deficit three times.
//! Read from the words between two figures, once each figure has its own concept.

use super::lexer::has;
use super::lexicon::Lexicon;
use crate::model::Figure;

/// The clause openers after which a verb stands with no subject before it.
const OPENERS: [&str; 4] = ["then", "and", "but", "later"];

/// Gives each figure whose verb opens a subjectless clause the concept of the figure before.
pub(super) fn share_subjects(sentence: &str, figures: &mut [Figure], lex: &Lexicon) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&head[i - 1], &mut tail[0]);
        let Some(concept) = f.concept.as_ref() else {
            continue;
        };
        // (cheap tests first: this runs for every pair of neighbouring figures)
        let gap = sentence.get(f.end..g.start).unwrap_or("");
        if gap.len() > 120 || !subjectless(gap, lex) {
            continue;
        }
        // (a concept read after the figure is its own: "fell to 20 pct of sales")
        let own_after = g
            .concept
            .as_deref()
            .is_some_and(|c| sentence.get(g.end..).is_some_and(|a| a.contains(c)));
        if own_after {
            continue;
        }
        g.concept = Some(concept.clone());
    }
}

/// Does `gap` (the words between two figures) end in a new clause that is a verb alone, maybe
/// with "to", "by" or "at" ("…, then dropped to", "… and fell to")?
fn subjectless(gap: &str, lex: &Lexicon) -> bool {
    // (a clause break somewhere in it, found without a search for most gaps)
    if !gap.contains([',', '—', '–']) && !has(gap, " and ") && !has(gap, " but ") {
        return false;
    }
    // the clause after the last break: a comma, a dash, or a bare "and"/"but"
    let cut = [", ", " — ", " – ", " and ", " but "]
        .iter()
        .filter_map(|b| gap.rfind(b).map(|k| k + b.len()))
        .max();
    let Some(cut) = cut else {
        return false;
    };
    let mut words: Vec<&str> = gap[cut..].split_whitespace().collect();
    while words.first().is_some_and(|w| OPENERS.contains(w)) {
        words.remove(0);
    }
    if words
        .last()
        .is_some_and(|w| matches!(*w, "to" | "by" | "at"))
    {
        words.pop();
    }
    let [verb] = words[..] else {
        return false;
    };
    verb.bytes().all(|b| b.is_ascii_lowercase())
        && (lex.change_verb(verb).is_some() || lex.concept.link_verbs.contains(verb))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_after_a_break_has_no_subject() {
        let lex = Lexicon::get();
        assert!(subjectless(
            " in 2009 — which spanned two terms — then dropped to ",
            lex
        ));
        assert!(subjectless(" in 2010, and fell to ", lex));
        assert!(subjectless(" and rose ", lex));
        assert!(!subjectless(" and exports rose to ", lex));
        assert!(!subjectless(" to ", lex));
        assert!(!subjectless(", the company said, and 40 ", lex));
    }
}
