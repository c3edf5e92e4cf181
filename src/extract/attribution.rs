//! Attribution: who says each sentence. Reported-speech verbs ("said", "told", "announced",
//! "reported", "noted", "hailed", "according to") with their subject: a named person or
//! organisation, a pronoun resolved to the last speaker of the article, or a group noun
//! ("analysts", "officials").

use super::entities::Mention;

/// Verbs of reported speech (matched exactly, lower case).
const VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "announced",
    "announces",
    "reported",
    "reports",
    "noted",
    "notes",
    "hailed",
    "hails",
    "stated",
    "states",
    "added",
    "adds",
    "claimed",
    "claims",
    "wrote",
    "writes",
    "posted",
    "posts",
    "emphasized",
    "emphasised",
    "stressed",
    "highlighted",
    "argued",
    "warned",
    "warns",
    "insisted",
    "acknowledged",
    "confirmed",
    "denied",
    "explained",
    "predicted",
    "estimated",
    "expects",
    "expected",
    "tweeted",
    "declared",
    "described",
];

/// Nouns that speak as a group.
const GROUPS: &[&str] = &[
    "analysts",
    "officials",
    "experts",
    "economists",
    "traders",
    "dealers",
    "sources",
    "diplomats",
    "observers",
    "critics",
    "lawmakers",
    "investors",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "sources",
    "scientists",
];

const PRONOUNS: &[&str] = &["he", "she", "they"];

/// Words (alphanumeric runs with inner apostrophes) and their byte offsets.
fn word_spans(sentence: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in sentence.char_indices() {
        if c.is_alphanumeric() || ((c == '\'' || c == '’') && start.is_some()) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, &sentence[s..i]));
        }
    }
    if let Some(s) = start {
        out.push((s, &sentence[s..]));
    }
    out
}

/// Is `w` (any case) a speech verb or "according"? (Runs on every word: no allocation.)
fn is_speech_word(w: &str) -> bool {
    is_speech_bytes(w.as_bytes())
}

/// [`is_speech_word`] of the bytes of a word: the pre-test cuts sentences into byte pieces,
/// and the words compared are ASCII, so nothing needs to be checked as UTF-8.
fn is_speech_bytes(w: &[u8]) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static [u8]>> =
        std::sync::OnceLock::new();
    let set = SET.get_or_init(|| {
        VERBS
            .iter()
            .copied()
            .chain(["according"])
            .map(str::as_bytes)
            .collect()
    });
    // most words are not: reject by length and first letter before hashing
    static FIRST: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    let first = *FIRST.get_or_init(|| {
        set.iter()
            .filter_map(|v| v.first().copied())
            .filter(u8::is_ascii_lowercase)
            .fold(0u32, |m, b| m | 1 << (b - b'a'))
    });
    let starts = w.first().map(u8::to_ascii_lowercase);
    if !(3..=16).contains(&w.len())
        || !starts.is_some_and(|b| b.is_ascii_lowercase() && first & (1 << (b - b'a')) != 0)
    {
        return false;
    }
    let mut buf = [0u8; 16];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w);
    lower.make_ascii_lowercase();
    set.contains(&*lower)
}

/// The speaker of `sentence` (at byte `offset` of the passage), if it reports speech.
/// `mentions` are the passage's entity mentions; `last` is the article's last speaking person,
/// used for pronouns and updated when a named person speaks.
pub fn speaker(
    sentence: &str,
    offset: usize,
    mentions: &[Mention],
    last: &mut Option<String>,
) -> Option<String> {
    // most sentences report no speech: a cheap test before any allocation. Speech words are
    // ASCII, so the sentence is cut at ASCII non-alphanumerics only (which keeps each piece
    // valid UTF-8; pieces with other characters are not speech words anyway)
    let speaks = sentence
        .as_bytes()
        .split(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
        .any(is_speech_bytes);
    if !speaks {
        return None;
    }
    let words = word_spans(sentence);
    // the words compared are ASCII: ASCII lower case keeps every span in place
    let lower_text = sentence.to_ascii_lowercase();
    let lower: Vec<&str> = words
        .iter()
        .map(|&(s, w)| &lower_text[s..s + w.len()])
        .collect();
    let named_at = |from: usize, to: usize| {
        mentions
            .iter()
            .filter(|m| m.start >= offset + from && m.end <= offset + to)
            .rfind(|m| m.entity.kind != crate::model::EntityKind::Place)
            .map(|m| {
                (
                    m.entity.name.clone(),
                    m.entity.kind == crate::model::EntityKind::Person,
                )
            })
    };
    // pronouns refer to the last person who spoke, never to an organisation
    let found = |(name, person): (String, bool), last: &mut Option<String>| {
        if person {
            *last = Some(name.clone());
        }
        Some(name)
    };
    for (k, w) in lower.iter().enumerate() {
        // "according to X"
        if *w == "according" && lower.get(k + 1).is_some_and(|n| *n == "to") {
            let from = words.get(k + 2).map_or(sentence.len(), |(s, _)| *s);
            let to = words.get(k + 6).map_or(sentence.len(), |(s, _)| *s);
            if let Some(named) = named_at(from, to) {
                return found(named, last);
            }
            if let Some(g) = lower
                .get(k + 2..(k + 5).min(lower.len()))
                .and_then(|ws| ws.iter().find(|w| GROUPS.contains(w)))
            {
                return Some(g.to_string());
            }
            continue;
        }
        if *w == "according" || !is_speech_word(w) {
            continue;
        }
        // the subject before the verb, within a few words
        let window_start = k.saturating_sub(5);
        let from = words[window_start].0;
        let to = words[k].0;
        if let Some(named) = named_at(from, to) {
            return found(named, last);
        }
        for j in (window_start..k).rev() {
            if GROUPS.contains(&lower[j]) {
                return Some(lower[j].to_string());
            }
            if PRONOUNS.contains(&lower[j]) && j + 1 == k {
                return last.clone();
            }
        }
        // "…, said Trump"
        let after_to = words.get(k + 4).map_or(sentence.len(), |(s, _)| *s);
        if let Some(named) = named_at(to, after_to) {
            return found(named, last);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entities::find;

    fn who(text: &str, last: &mut Option<String>) -> Option<String> {
        let mentions = find(text, &mut Vec::new());
        speaker(text, 0, &mentions, last)
    }

    #[test]
    fn speakers() {
        let mut last = None;
        // the longest speech verb counts too
        assert_eq!(
            who("Vladimir Putin acknowledged the deal.", &mut None).as_deref(),
            Some("Vladimir Putin")
        );
        assert_eq!(
            who("Trump emphasized economic cooperation.", &mut last).as_deref(),
            Some("Donald Trump")
        );
        assert_eq!(
            who("He said Beijing is weighing more purchases.", &mut last).as_deref(),
            Some("Donald Trump")
        );
        assert_eq!(
            who(
                "However, analysts noted that the report omitted them.",
                &mut last
            )
            .as_deref(),
            Some("analysts")
        );
        assert_eq!(
            who(
                "Xinhua News Agency reported that the call took place.",
                &mut last
            )
            .as_deref(),
            Some("Xinhua News Agency")
        );
        assert_eq!(
            who("The plan is bold, according to officials.", &mut last).as_deref(),
            Some("officials")
        );
        assert_eq!(who("Prices rose sharply.", &mut last), None);
    }
}
