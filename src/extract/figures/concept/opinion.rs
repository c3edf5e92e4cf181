//! A poll's share of people measures what they say, think or want: "Just 26 percent said such
//! an attack is not likely", "62 percent want to change laws", "47 percent voted for Trump".
//! The concept is the verb with the first words of what follows it.

use super::classes::{is_content, is_verb_like};
use super::run::run_end;
use crate::extract::figures::lexer::Toks;
use crate::extract::figures::lexicon::Lexicon;
use crate::extract::figures::number::word;
use crate::extract::figures::scan::Quantity;

/// The verb of opinion right after the share `q` with the run of words it opens ("said such
/// an attack"), or None when no such verb follows or `q` is no share of people.
pub(super) fn opinion(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<String> {
    let share = q.unit.is_some_and(|u| lex.units[u].dimension == "percent");
    let verb = q.next;
    if !share
        || q.of_phrase.is_some()
        || verb >= ceiling
        || !word(text, toks, verb).is_some_and(|w| lex.concept.opinion_verbs.contains(&*w))
    {
        return None;
    }
    // (not a reporting clause put after the figure: "rose 5 percent, said the company")
    let saying = matches!(
        word(text, toks, verb).as_deref(),
        Some("said" | "says" | "say")
    );
    let reporter = saying
        && toks.get(verb + 1).is_some_and(|t| {
            matches!(
                word(text, toks, verb + 1).as_deref(),
                Some("the" | "a" | "an")
            ) || text[t.start..t.end].starts_with(char::is_uppercase)
        });
    if reporter {
        return None;
    }
    // ("28 percent support in the state", "approved of the way": a preposition after the verb
    // leaves it alone)
    if word(text, toks, verb + 1).is_some_and(|w| {
        matches!(
            &*w,
            "in" | "among" | "from" | "of" | "for" | "with" | "apiece" | "against" | "on" | "at"
        )
    }) {
        return Some(text[toks[verb].start..toks[verb].end].to_string());
    }
    // (past the pronouns, auxiliaries and verbs of a reported clause to its noun: "said they
    // would not get a landline")
    let words = (verb + 1..(verb + 7).min(ceiling))
        .take_while(|&k| word(text, toks, k).is_some_and(|w| w.chars().all(char::is_alphabetic)));
    let mut content = words.filter(|&k| is_content(text, toks, k, lex));
    let first = content
        .clone()
        .find(|&k| word(text, toks, k).is_some_and(|w| !is_verb_like(&w, lex)))
        .or_else(|| content.next());
    let end = first.map_or(verb + 1, |k| {
        run_end(text, toks, k, ceiling, lex).max(k + 1)
    });
    Some(text[toks[verb].start..toks[end - 1].end].to_string())
}
