//! Word shapes: a cheap test that rejects most words before they are lower-cased and looked
//! up (see [`OpenerShapes`]).

use rustc_hash::FxHashSet as HashSet;

/// The shapes of a word set: for each length, each first letter, the set of second letters
/// (as bits; index 26 stands for anything not an ASCII letter, or no second letter). A word
/// whose shape is not there is not in the set; one whose shape is there may be. The scanner
/// asks this of every word, and it spares nearly all of them a lower-casing and a hash lookup.
#[derive(Debug, Default, Clone)]
pub struct OpenerShapes {
    by_length: Vec<[u32; 27]>,
}

impl OpenerShapes {
    #[inline(always)]
    fn letter(b: Option<&u8>) -> usize {
        match b {
            Some(&b) if b.is_ascii_alphabetic() => usize::from((b | 0x20) - b'a'),
            _ => 26,
        }
    }

    /// The shapes of `words`.
    pub fn of(words: &HashSet<String>) -> OpenerShapes {
        let longest = words.iter().map(String::len).max().unwrap_or(0);
        let mut by_length = vec![[0u32; 27]; longest + 1];
        for w in words {
            let b = w.as_bytes();
            by_length[b.len()][Self::letter(b.first())] |= 1 << Self::letter(b.get(1));
        }
        OpenerShapes { by_length }
    }

    /// Can `word` (any case) be one of the words?
    pub fn may_contain(&self, word: &str) -> bool {
        self.may_contain_bytes(word.as_bytes())
    }

    /// Can `b` (a word's bytes, any case) be one of the words?
    #[inline(always)]
    pub fn may_contain_bytes(&self, b: &[u8]) -> bool {
        self.by_length.get(b.len()).is_some_and(|firsts| {
            firsts[Self::letter(b.first())] & (1 << Self::letter(b.get(1))) != 0
        })
    }
}
