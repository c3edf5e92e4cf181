//! Helpers shared by unit tests.

/// `count` deterministic pseudo-random texts (xorshift from `seed`) of 1 to `max_len`
/// characters drawn from `alphabet`: inputs for property-style tests without a dependency.
pub fn random_texts(alphabet: &str, seed: u64, count: usize, max_len: usize) -> Vec<String> {
    let alphabet: Vec<char> = alphabet.chars().collect();
    let mut state = seed.max(1);
    (0..count)
        .map(|round| {
            let len = 1 + round % max_len.max(1);
            (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect()
        })
        .collect()
}
