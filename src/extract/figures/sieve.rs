//! A cheap test run before lexing: can this sentence hold a figure at all?
//!
//! Most sentences of news prose have no digit and no number word, and the lexer and scanner
//! would spend most of the extraction's time finding nothing in them. Every quantity the
//! scanner reads needs an ASCII digit, a numeric character (`½`) or a word that counts
//! (a number or scale word, a plural scale, an age's decade, a multiple); the sieve looks for
//! one of those in the sentence's bytes and lets the sentence through when it finds one. It
//! may let through a sentence without a figure, never the other way round.

use super::lexicon::{Lexicon, OpenerShapes};
use rustc_hash::FxHashSet as HashSet;

/// The words that let a sentence without a digit through the sieve, lower case.
#[derive(Debug, Default, Clone)]
pub struct Sieve {
    /// The words' shapes: most words of a sentence are rejected by them before a lookup.
    shapes: OpenerShapes,
    /// The words, as [`key`]s.
    word_keys: HashSet<u128>,
    /// The first run of letters of each unit's first word, as [`key`]s: after "a" or "an",
    /// one of these lets the sentence through ("within a year", "cut by a rupee": one of
    /// the unit).
    unit_keys: HashSet<u128>,
    /// Lets every sentence through (a word of the lexicon that no key can hold).
    open: bool,
}

impl Sieve {
    /// The sieve of a lexicon's openers: each opener that makes a quantity on its own or with
    /// other such words (number words, scales, multiples), without the ones that only open a
    /// quantity before a number (articles, currency symbols and codes, signs, "last"), and
    /// with the words the scanner reads apart from the openers (plural scales, decades).
    pub fn of(
        openers: &HashSet<String>,
        starters: &HashSet<String>,
        alias_heads: &HashSet<String>,
    ) -> Sieve {
        let before_a_number = ["last", "past", "next", "negative"];
        let words: HashSet<String> = openers
            .iter()
            .filter(|w| !starters.contains(*w) && !before_a_number.contains(&w.as_str()))
            .cloned()
            .chain(["half", "twice", "thrice"].map(String::from))
            .chain(super::vague::PLURALS.iter().map(|(w, _)| w.to_string()))
            .chain(super::vague::DECADES.iter().map(|(w, _, _)| w.to_string()))
            .collect();
        let unit_heads: HashSet<String> = alias_heads
            .iter()
            .map(|h| {
                let run = crate::analysis::words::ascii_letter_run_end(h.as_bytes(), 0);
                h[..run].to_ascii_lowercase()
            })
            .filter(|run| !run.is_empty())
            .chain(["point", "notch"].map(String::from))
            .collect();
        // (a word no key can hold opens the sieve for every sentence)
        let open = words
            .iter()
            .any(|w| !w.bytes().all(|b| b.is_ascii_lowercase()) || key(w.as_bytes()).is_none());
        let keys = |set: &HashSet<String>| set.iter().filter_map(|w| key(w.as_bytes())).collect();
        Sieve {
            word_keys: keys(&words),
            unit_keys: keys(&unit_heads),
            shapes: OpenerShapes::of(&words),
            open,
        }
    }

    /// Is `w` (ASCII letters, any case) one of the sieve's words?
    #[inline(always)]
    fn passes(&self, w: &[u8]) -> bool {
        self.shapes.may_contain_bytes(w) && key(w).is_some_and(|k| self.word_keys.contains(&k))
    }

    /// May `sentence` hold a figure? False only when it has no ASCII digit, no numeric
    /// character and none of the sieve's words (a word here being a run of ASCII letters,
    /// which is never longer than the lexer's word around it).
    pub fn may_hold(&self, sentence: &str) -> bool {
        let bytes = sentence.as_bytes();
        if self.open || has_ascii_digit(bytes) {
            return true;
        }
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_alphabetic() {
                let end = crate::analysis::words::ascii_letter_run_end(bytes, i + 1);
                let w = &bytes[i..end];
                if self.passes(w) || (is_article(w) && self.unit_after(bytes, end)) {
                    return true;
                }
                i = end;
            } else if b.is_ascii() {
                i += 1;
            } else if b == 0xe2 && bytes.get(i + 1) == Some(&0x80) {
                // U+2000 to U+203F, three bytes: spaces, dashes, quotes, the ellipsis; none
                // of them numeric (the commonest characters past ASCII in news)
                i += 3;
            } else {
                let Some(c) = sentence.get(i..).and_then(|s| s.chars().next()) else {
                    return true;
                };
                if c.is_numeric() {
                    return true;
                }
                i += c.len_utf8();
            }
        }
        false
    }
}

impl Sieve {
    /// Does a unit's first word follow an article ending at `from`? True too when the next
    /// word starts with a character other than an ASCII letter, which the sieve leaves to the
    /// lexer.
    fn unit_after(&self, bytes: &[u8], from: usize) -> bool {
        let Some(start) = bytes[from..]
            .iter()
            .position(|b| !b.is_ascii() || b.is_ascii_alphanumeric())
            .map(|k| from + k)
        else {
            return false;
        };
        if !bytes[start].is_ascii_alphabetic() {
            return true;
        }
        let end = crate::analysis::words::ascii_letter_run_end(bytes, start);
        key(&bytes[start..end]).is_none_or(|k| self.unit_keys.contains(&k))
    }
}

/// A run of at most 16 ASCII letters as one number, in lower case: a lookup without a string.
fn key(letters: &[u8]) -> Option<u128> {
    let mut bytes = [0u8; 16];
    bytes.get_mut(..letters.len())?.copy_from_slice(letters);
    Some(u128::from_le_bytes(bytes) | u128::from_le_bytes([0x20; 16]))
}

/// Whether `bytes` hold an ASCII digit: sixteen bytes at a time, without a branch on each.
fn has_ascii_digit(bytes: &[u8]) -> bool {
    let digit = |b: u8| u8::from(b.wrapping_sub(b'0') < 10);
    let mut chunks = bytes.chunks_exact(16);
    for chunk in &mut chunks {
        if chunk.iter().fold(0, |seen, &b| seen | digit(b)) != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// Is `w` "a" or "an", in any case?
fn is_article(w: &[u8]) -> bool {
    w.len() <= 2 && (w.eq_ignore_ascii_case(b"a") || w.eq_ignore_ascii_case(b"an"))
}

/// May `sentence` hold a figure, by the lexicon's sieve?
pub fn may_hold(sentence: &str, lex: &Lexicon) -> bool {
    lex.sieve.may_hold(sentence)
}

#[cfg(test)]
mod tests {
    use super::super::{lexer, scan};
    use super::*;

    #[test]
    fn rejects_prose_and_passes_numbers_in_any_form() {
        let lex = Lexicon::get();
        for prose in [
            "The senator said the bill would pass, “without doubt”.",
            "A few of the last US votes came in past midnight.",
            "Negative reviews of the naïve plan: upon a time…",
            "",
            "/:;@[`{\u{7f}/:;@[`{\u{7f}é",
        ] {
            assert!(!may_hold(prose, lex), "{prose}");
        }
        for figure in [
            "Sales rose 5 pct.",
            "Two-thirds of voters agreed.",
            "It took ½ hour.",
            "HUNDREDS of people marched.",
            "She is in her sixties.",
            "Output rose tenfold.",
            "a dozen eggs",
            "twice the price",
            "The Bank of Ghana cut by 50bp",
            "an ancient ٣ digit",
            "0",
            "a 9",
            "twelve chars 7",
        ] {
            assert!(may_hold(figure, lex), "{figure}");
        }
    }

    #[test]
    fn knows_its_words_in_any_case_and_no_others() {
        let lex = Lexicon::get();
        assert!(lex.sieve.word_keys.len() > 60);
        assert!(!lex.sieve.open);
        for w in [
            "one",
            "ONE",
            "Dozen",
            "thousands",
            "sixties",
            "tenfold",
            "twice",
        ] {
            assert!(lex.sieve.passes(w.as_bytes()), "{w}");
        }
        for w in [
            "a",
            "an",
            "the",
            "once-",
            "last",
            "us",
            "onE1",
            "zzzzzzzzzzzzzzzzzz",
        ] {
            assert!(!lex.sieve.passes(w.as_bytes()), "{w}");
        }
    }

    /// Every sentence of the bundled corpus that the sieve rejects holds no quantity, and the
    /// sieve rejects some of them.
    #[test]
    fn rejects_only_sentences_without_quantities_in_the_bundled_corpus() {
        let lex = Lexicon::get();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut rejected = 0;
        for entry in std::fs::read_dir(dir).expect("corpus/") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("text");
            for (_, sentence) in crate::extract::sentences::split(&text) {
                if !may_hold(sentence, lex) {
                    rejected += 1;
                    let toks = lexer::lex(sentence);
                    let found = scan::scan(sentence, &toks, lex);
                    assert!(found.is_empty(), "{sentence:?}: {found:?}");
                }
            }
        }
        assert!(rejected >= 5, "{rejected}");
    }

    /// Sentences made only of the openers the sieve leaves out (articles, currency symbols and
    /// codes, signs, "last"), the words around quantities and punctuation: the sieve rejects
    /// them, and the scanner finds no quantity in any of them either.
    #[test]
    fn the_openers_it_leaves_out_make_no_quantity_alone() {
        let lex = Lexicon::get();
        let mut vocabulary: Vec<String> = lex
            .openers
            .iter()
            .filter(|w| !lex.sieve.passes(w.as_bytes()))
            .cloned()
            .chain(
                lex.symbols
                    .keys()
                    .filter(|s| !s.bytes().any(|b| b.is_ascii_digit()))
                    .cloned(),
            )
            .collect();
        vocabulary.sort();
        vocabulary.extend(
            [
                "few", "several", "of", "people", "dollars", "the", "her", "a", "A", "US$", "£",
                "$", "-", "−", "%", "percent", "pct", "per", "cent", "tons", "years", "old",
                "rose", "fell", "to", "from", "by", "(", ")", ",", ".", "“", "”", "mid-", "Minus",
                "LAST", "score", "pair", "handful", "lot", "many", "no", "none", "first", "second",
                "nil", "naught", "single", "sole", "ones", "tons",
            ]
            .map(String::from),
        );
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for round in 0..4000 {
            let len = 1 + round % 9;
            let words: Vec<&str> = (0..len)
                .map(|_| vocabulary[next(vocabulary.len())].as_str())
                .collect();
            let sentence = words.join(if round % 3 == 0 { "" } else { " " });
            if may_hold(&sentence, lex) {
                // (a run of glued words can spell a number word: "a" "n" "one")
                continue;
            }
            let toks = lexer::lex(&sentence);
            let found = scan::scan(&sentence, &toks, lex);
            assert!(found.is_empty(), "{sentence:?}: {found:?}");
        }
    }
}
