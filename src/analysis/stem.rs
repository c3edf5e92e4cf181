//! Cached English stemming: news vocabulary is Zipfian, so most words are stemmed once.
//!
//! Both caches here are two-way set-associative, with keys and stems stored inline, so a
//! lookup touches one cache line and allocates nothing (a `HashMap<String, String>` chased two
//! pointers per word and was 7% of indexing time). A new entry displaces the older of its set.
//!
//! - [`StemCache`] maps a normalized word to its stem (the query side, word by word).
//! - [`TermCache`] maps a word as it appears in the text (`Xi’s`, `Tariffs`) to its index term,
//!   so that a repeated word is neither normalized nor stemmed again: what indexing uses.

use super::words::normalize_into;

/// Bytes of a packed key: keys of up to 15 bytes are cached; longer words (about 1% of news
/// tokens) are worked out each time.
const KEY_BYTES: usize = 16;
/// Longest value kept in a cache.
const VALUE_BYTES: usize = 15;
/// Slots of the term cache (a power of two), in sets of two: 65,536 × 32 bytes = 2 MB per thread.
/// The raw forms of 6,000 allsides articles number 85,000, and the 64k most frequent cover
/// 99.7% of their words; against 16k slots, cachegrind counts 3.6% fewer instructions for a
/// 2,000-article build and 6% more last-level cache misses (a miss costs far less than a stem).
const TERM_SLOTS: usize = 1 << 16;
/// Slots of the stem cache, which serves short texts (titles, queries): 512 KB.
const STEM_SLOTS: usize = 1 << 14;

/// One entry: the key packed into 16 bytes by [`packed`] (compared as one `u128`), the value
/// and its length.
#[derive(Clone, Copy)]
#[repr(C, align(32))]
struct Slot {
    key: [u8; KEY_BYTES],
    value_len: u8,
    value: [u8; VALUE_BYTES],
}

const EMPTY_SLOT: Slot = Slot {
    key: [0; KEY_BYTES],
    value_len: 0,
    value: [0; VALUE_BYTES],
};

/// A key as one number, if it can be cached: its bytes, then its length in the last byte (so
/// that keys differing only in trailing zero bytes stay apart; an empty slot is all zeros).
fn packed(key: &[u8]) -> Option<u128> {
    if key.is_empty() || key.len() >= KEY_BYTES {
        return None;
    }
    let mut bytes = [0u8; KEY_BYTES];
    bytes[..key.len()].copy_from_slice(key);
    bytes[KEY_BYTES - 1] = key.len() as u8;
    Some(u128::from_le_bytes(bytes))
}

/// A two-way set-associative table of short keys to short values, allocated on the first
/// insert so that an unused clone costs nothing.
struct Slots {
    table: Vec<Slot>,
    /// Number of slots once allocated (a power of two).
    size: usize,
}

impl Slots {
    fn new(size: usize) -> Slots {
        Slots {
            table: Vec::new(),
            size,
        }
    }

    /// The first slot of the set of a packed key: a multiplicative hash folded to an even slot.
    fn set_of(&self, key: u128) -> usize {
        let mixed = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & (self.size - 2)
    }

    /// The value cached for `key` (the bytes of a `&str` that [`Slots::put`] was given).
    fn get(&self, key: &[u8]) -> Option<&[u8]> {
        let packed = packed(key)?;
        let k = self.set_of(packed);
        let pair = self.table.get(k..k + 2)?;
        let slot = pair.iter().find(|s| u128::from_le_bytes(s.key) == packed)?;
        Some(&slot.value[..usize::from(slot.value_len)])
    }

    /// Caches `value` for `key` when both fit in a slot.
    fn put(&mut self, key: &[u8], value: &str) {
        let Some(packed) = packed(key) else {
            return;
        };
        if value.len() > VALUE_BYTES {
            return;
        }
        if self.table.is_empty() {
            self.table = vec![EMPTY_SLOT; self.size];
        }
        // two ways per set: the newest entry first, the one it displaces second
        let k = self.set_of(packed);
        self.table[k + 1] = self.table[k];
        let slot = &mut self.table[k];
        slot.key = packed.to_le_bytes();
        slot.value_len = value.len() as u8;
        slot.value[..value.len()].copy_from_slice(value.as_bytes());
    }

    fn used(&self) -> usize {
        self.table
            .iter()
            .filter(|s| s.key != [0; KEY_BYTES])
            .count()
    }
}

/// Appends the Snowball English stem of a normalized word to `out`.
fn stem_uncached(stemmer: &frostem::Stemmer, word: &str, out: &mut String) {
    // Snowball English leaves words of one or two letters, and numbers, as they are
    if word.len() <= 2 || word.bytes().all(|b| b.is_ascii_digit()) {
        out.push_str(word);
    } else {
        out.push_str(&stemmer.stem(word));
    }
}

/// The shared stemmer (built once; it holds only tables).
fn english() -> std::sync::Arc<frostem::Stemmer> {
    static STEMMER: std::sync::OnceLock<std::sync::Arc<frostem::Stemmer>> =
        std::sync::OnceLock::new();
    STEMMER
        .get_or_init(|| std::sync::Arc::new(frostem::Stemmer::new(frostem::Algorithm::English)))
        .clone()
}

/// Stems of normalized words, cached.
pub struct StemCache {
    stemmer: std::sync::Arc<frostem::Stemmer>,
    slots: Slots,
}

impl Clone for StemCache {
    /// A clone shares the stemmer but starts with an empty cache (tantivy clones tokenizers
    /// for every query; copying 512 KB each time would cost more than it saves).
    fn clone(&self) -> Self {
        StemCache {
            stemmer: self.stemmer.clone(),
            slots: Slots::new(STEM_SLOTS),
        }
    }
}

impl StemCache {
    /// An empty cache.
    pub fn new() -> StemCache {
        StemCache {
            stemmer: english(),
            slots: Slots::new(STEM_SLOTS),
        }
    }

    /// The stem of a normalized word.
    pub fn stem(&mut self, word: &str) -> String {
        let mut out = String::new();
        self.stem_into(word, &mut out);
        out
    }

    /// Appends the stem of a normalized word to `out` (no allocation once the word is cached).
    pub fn stem_into(&mut self, word: &str, out: &mut String) {
        if word.len() <= 2 || word.len() >= KEY_BYTES || word.bytes().all(|b| b.is_ascii_digit()) {
            stem_uncached(&self.stemmer, word, out);
            return;
        }
        // the slot holds a value copied from a `&str`, so it is valid UTF-8
        if let Some(Ok(stem)) = self.slots.get(word.as_bytes()).map(std::str::from_utf8) {
            out.push_str(stem);
            return;
        }
        let at = out.len();
        stem_uncached(&self.stemmer, word, out);
        self.slots.put(word.as_bytes(), &out[at..]);
    }
}

impl Default for StemCache {
    fn default() -> Self {
        StemCache::new()
    }
}

impl std::fmt::Debug for StemCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "StemCache({} entries)", self.slots.used())
    }
}

/// Index terms of words as they appear in the text, cached.
pub struct TermCache {
    stemmer: std::sync::Arc<frostem::Stemmer>,
    slots: Slots,
    /// Reused buffers for the normalized word and its stem.
    word: String,
    stem: String,
}

impl TermCache {
    /// An empty cache.
    pub fn new() -> TermCache {
        TermCache {
            stemmer: english(),
            slots: Slots::new(TERM_SLOTS),
            word: String::new(),
            stem: String::new(),
        }
    }

    /// Appends the index terms of the words of `text` (as [`super::words::split_words`] cuts
    /// them) to `out`, each after a space when `out` is not empty; a word that normalizes to
    /// nothing (or to something with a space) adds nothing.
    pub fn push_terms(&mut self, text: &str, out: &mut String) {
        // terms are appended as bytes and the text checked once at the end: a cached term
        // is bytes of a `&str`, and checking each of them was 1% of indexing
        let mut bytes = std::mem::take(out).into_bytes();
        for (start, end) in super::words::split_words(text) {
            self.push_term(&text[start..end], &mut bytes);
        }
        *out = match String::from_utf8(bytes) {
            Ok(terms) => terms,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        };
    }

    /// Appends the index term of one word as written.
    fn push_term(&mut self, raw: &str, out: &mut Vec<u8>) {
        // numbers are too many to cache, and they are their own stems
        let cacheable =
            raw.len() < KEY_BYTES && !raw.as_bytes().first().is_some_and(u8::is_ascii_digit);
        if cacheable {
            if let Some(term) = self.slots.get(raw.as_bytes()) {
                if !out.is_empty() {
                    out.push(b' ');
                }
                out.extend_from_slice(term);
                return;
            }
        }
        normalize_into(raw, &mut self.word);
        if self.word.is_empty() || self.word.contains(' ') {
            return;
        }
        self.stem.clear();
        stem_uncached(&self.stemmer, &self.word, &mut self.stem);
        if !out.is_empty() {
            out.push(b' ');
        }
        out.extend_from_slice(self.stem.as_bytes());
        if cacheable {
            self.slots.put(raw.as_bytes(), &self.stem);
        }
    }
}

impl Default for TermCache {
    fn default() -> Self {
        TermCache::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Distinct words, so that slots collide and are overwritten.
    fn many_words() -> Vec<String> {
        (0..100_000)
            .map(|i: usize| {
                let stem: String = (0..4)
                    .map(|k| char::from(b'a' + (i / 26usize.pow(k) % 26) as u8))
                    .collect();
                format!("{stem}{}", ["ing", "ed", "s", "ation", ""][i % 5])
            })
            .chain(
                [
                    "internationalization",
                    "counterrevolutionaries",
                    "a",
                    "42",
                    "é",
                ]
                .map(String::from),
            )
            .collect()
    }

    #[test]
    fn stem_cache_agrees_with_the_stemmer() {
        let stemmer = frostem::Stemmer::new(frostem::Algorithm::English);
        let mut cache = StemCache::new();
        let words = many_words();
        for round in 0..2 {
            for w in &words {
                let mut out = String::new();
                cache.stem_into(w, &mut out);
                let expect = if w.len() <= 2 {
                    w.to_string()
                } else {
                    stemmer.stem(w).into_owned()
                };
                assert_eq!(out, expect, "{w} (round {round})");
            }
        }
    }

    #[test]
    fn stem_shortcuts_agree_with_the_stemmer() {
        let stemmer = frostem::Stemmer::new(frostem::Algorithm::English);
        let mut cache = StemCache::new();
        for w in [
            "a", "is", "of", "us", "as", "ss", "é", "1", "12", "1500000", "2026", "007", "ies",
            "sses", "running", "1990s",
        ] {
            let mut got = String::new();
            cache.stem_into(w, &mut got);
            assert_eq!(got, stemmer.stem(w), "{w}");
        }
    }

    /// The term cache gives what normalizing and stemming each word gives, through
    /// collisions, for raw forms that normalize alike or to nothing.
    #[test]
    fn term_cache_agrees_with_normalize_and_stem() {
        let mut plain = StemCache::new();
        let mut cache = TermCache::new();
        let raw: Vec<String> = many_words()
            .into_iter()
            .flat_map(|w| [w.to_uppercase(), format!("{w}’s"), w])
            .chain(["'", "’s", "Xi”s", "e-mails", "1,500", "CAFÉS", "farmers'"].map(String::from))
            .collect();
        for round in 0..2 {
            for w in &raw {
                let mut got = b"x".to_vec();
                cache.push_term(w, &mut got);
                let got = String::from_utf8(got).expect("terms are UTF-8");
                let mut normalized = String::new();
                normalize_into(w, &mut normalized);
                let want = if normalized.is_empty() {
                    "x".to_string()
                } else {
                    format!("x {}", plain.stem(&normalized))
                };
                assert_eq!(got, want, "{w:?} (round {round})");
            }
        }
    }
}
