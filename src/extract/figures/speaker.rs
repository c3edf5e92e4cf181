//! "One" for an unnamed speaker, no count: "one banker said", "one person close to the talks
//! said", "said one arbitrager.", "One official, who asked to remain anonymous, told", "one
//! member of the committee said".

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::number::{self, Number};
use super::quantity::Quantity;

/// Is the noun at token `k` after "one" an unnamed speaker ("one banker said", "one source
/// told", "one person close to the talks said", "said one arbitrager.", "One official, who
/// asked to remain anonymous, told"), no count?
pub(super) fn unnamed_speaker(text: &str, toks: &Toks, k: usize, lex: &Lexicon) -> bool {
    let raw = |j: usize| toks.get(j).map_or("", |t| &text[t.start..t.end]);
    let after = raw(k + 1);
    let according = k >= 3 && raw(k - 2) == "to" && raw(k - 3).eq_ignore_ascii_case("according");
    // ("said one Democrat who opposed her": or described after)
    let said_before = k >= 2
        && (lex.concept.speech_verbs.contains(raw(k - 2)) || according)
        && matches!(after, "" | "." | "," | ";" | "who");
    // ("according to one senator who spoke on the condition of anonymity": what follows the
    // source describes it)
    let according_described = according && matches!(after, "who" | "with" | "in" | "at" | "from");
    // ("One official, who asked to remain anonymous, told Reuters": past a relative clause)
    let relative_then_said = after == ","
        && matches!(raw(k + 2), "who" | "whom")
        && (k + 3..k + 16)
            .find(|&j| raw(j) == ",")
            .is_some_and(|j| lex.concept.speech_verbs.contains(raw(j + 1)));
    // ("one member of the committee said": past its of-phrase, to the verb)
    let of_then_said = after == "of"
        && (k + 2..k + 10)
            .take_while(|&j| toks.get(j).is_some_and(|t| t.kind == Kind::Word))
            .any(|j| lex.concept.speech_verbs.contains(raw(j)));
    lex.concept.speech_verbs.contains(after)
        || of_then_said
        || matches!(after, "close" | "familiar" | "briefed")
        || said_before
        || according_described
        || relative_then_said
}

/// "one person close to the talks said", "one official said": the word "one" of number `n`
/// (its words starting at `start`, no bound before) before a counted unit that is an unnamed
/// speaker, no count.
pub(super) fn speaks(
    text: &str,
    toks: &Toks,
    (n, start): (&Number, usize),
    q: &Quantity,
    lex: &Lexicon,
) -> bool {
    n.words
        && n.value == 1.0
        && q.next == n.next + 1
        && unnamed_speaker(text, toks, n.next, lex)
        && number::bound_ending(text, toks, start, 0, lex).is_none()
}
