//! Bound phrases around a figure ("more than", "about", "or less"), longest first, indexed by
//! the word each one is anchored on: the last word of a phrase before the figure, the first
//! of a phrase after it. A figure's neighbour then picks out the few phrases that can match.

use rustc_hash::FxHashMap as HashMap;

use super::Bound;

/// Bound phrases of one side of a figure.
#[derive(Debug, Default)]
pub struct Bounds {
    /// Every phrase as lower-case words, with its bound; longest first.
    pub list: Vec<(Vec<String>, Bound)>,
    /// Indexes into `list`, in its order, by the anchor word.
    by_anchor: HashMap<String, Vec<usize>>,
    /// Words in the longest phrase.
    longest: usize,
}

/// Which word of a phrase the index is keyed on.
#[derive(Debug, Clone, Copy)]
pub enum Anchor {
    /// The phrase ends next to the figure ("more than 5").
    Last,
    /// The phrase begins next to the figure ("5 or more").
    First,
}

impl Bounds {
    /// Indexes `phrases` (word lists with their bound) on `anchor`, sorted longest first.
    pub fn new(mut phrases: Vec<(Vec<String>, Bound)>, anchor: Anchor) -> Bounds {
        phrases.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let mut by_anchor: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, (words, _)) in phrases.iter().enumerate() {
            let key = match anchor {
                Anchor::Last => words.last(),
                Anchor::First => words.first(),
            };
            if let Some(key) = key {
                by_anchor.entry(key.clone()).or_default().push(i);
            }
        }
        let longest = phrases.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
        Bounds {
            list: phrases,
            by_anchor,
            longest,
        }
    }

    /// Whether some phrase ends with `word`.
    pub fn is_anchor(&self, word: &str) -> bool {
        self.by_anchor.contains_key(word)
    }

    /// The phrases anchored on `word`, longest first.
    pub fn anchored_on<'a>(
        &'a self,
        word: &str,
    ) -> impl Iterator<Item = &'a (Vec<String>, Bound)> + 'a {
        self.by_anchor
            .get(word)
            .into_iter()
            .flatten()
            .map(|&i| &self.list[i])
    }

    /// The longest phrase that `words` (lower case, in text order) end with, for phrases
    /// anchored on their last word: "killed at least" ends with "at least".
    pub fn ending<S: AsRef<str>>(&self, words: &[S]) -> Option<&(Vec<String>, Bound)> {
        let last = words.last()?.as_ref();
        // ("We're talking about one day", "they're talking about two or three weeks": what is
        // talked about, no estimate)
        let talked = words.len() >= 2
            && matches!(
                words[words.len() - 2].as_ref(),
                "talking" | "talk" | "talked" | "talks"
            );
        if last == "about" && talked {
            return None;
        }
        self.anchored_on(last).find(|(phrase, _)| {
            phrase.len() <= words.len()
                && phrase
                    .iter()
                    .zip(&words[words.len() - phrase.len()..])
                    .all(|(p, w)| p == w.as_ref())
        })
    }

    /// Words in the longest phrase.
    pub fn longest(&self) -> usize {
        self.longest
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrase(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn phrases_are_found_by_their_anchor_longest_first() {
        let b = Bounds::new(
            vec![
                (phrase("than"), Bound::More),
                (phrase("more than"), Bound::More),
                (phrase("no more than"), Bound::Less),
                (phrase("about"), Bound::Approx),
            ],
            Anchor::Last,
        );
        let found: Vec<_> = b.anchored_on("than").map(|(w, _)| w.join(" ")).collect();
        assert_eq!(found, ["no more than", "more than", "than"]);
        assert_eq!(b.anchored_on("more").count(), 0);
        assert_eq!(b.longest(), 3);
        let ending = |words: &[&str]| b.ending(words).map(|(p, _)| p.len());
        assert_eq!(ending(&["killed", "no", "more", "than"]), Some(3));
        assert_eq!(ending(&["much", "more", "than"]), Some(2));
        assert_eq!(ending(&["killed"]), None);
        assert_eq!(ending(&[]), None);
        let after = Bounds::new(vec![(phrase("or more"), Bound::More)], Anchor::First);
        assert_eq!(after.anchored_on("or").count(), 1);
        assert_eq!(after.anchored_on("more").count(), 0);
    }
}
