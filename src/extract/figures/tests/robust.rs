//! Robustness at the level of words: random sentences made of the words and symbols the
//! figure rules look for, cut at every length, must never panic and must keep every offset
//! inside the text. (The character-level property test rarely forms these words.)

use super::extract;

#[test]
fn word_level_random_texts_never_panic() {
    const WORDS: &[&str] = &[
        "Senate",
        "-",
        "passed",
        "$2",
        "trillion",
        "by",
        "to",
        "from",
        "percent",
        "(",
        ")",
        "<",
        ">",
        "DAL",
        "“",
        "”",
        "\"",
        "killed",
        "and",
        "injured",
        "increased",
        "the",
        "number",
        "of",
        "7",
        "9",
        "Photos",
        "Net",
        "vs",
        "  ",
        "after",
        "years",
        "its",
        "release",
        "a",
        "2.6",
        "pct",
        "rise",
        "in",
        "retail",
        "sales",
        "cost",
        "estimate",
        "K",
        "-12",
        ".3",
        "+",
        "−",
        "10C",
        "fb−1",
        "24703L202",
        "Question",
        "1",
        "at",
        "least",
        "won’t",
        "’s",
        "Indonesians",
        "calendar",
        "days",
        "mlns",
        "dlrs",
        "per",
        "share",
        "dividend",
        ",",
        ".",
        "\n",
        "43",
        "31",
        "Stage",
        "25C-30C",
        "30C-",
        "100-seat",
        "10-point",
        "13-G",
        "8-",
        "percentage-point",
        "a two-",
        "horse",
        "worth",
        "following",
        "cts",
        "Group",
        "Seven",
        "0930",
        "hrs",
        "EST",
        "said",
        "top-secret",
        "S&P",
        "500",
        "3-8",
        "May",
        "down from",
        "growth",
        "the",
        "half",
        "half-",
        "quarter",
        "an",
        "hour",
        "dozen",
        "by",
        "to",
        "Week",
        "Airbus",
        "A320",
        "DC-10s",
        "F-",
        "leapt",
        // (non-ASCII words where a rule reads a capital's next letter: "5 ரூ" panicked)
        "ரூ",
        "Ärzte",
        "Doctors",
        "Weigh",
        "Whether",
        "over-75s",
        "Under-21s",
        "bit",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let len = 1 + (next() % 24) as usize;
        let words: Vec<&str> = (0..len)
            .map(|_| WORDS[(next() % WORDS.len() as u64) as usize])
            .collect();
        // every prefix, so that each rule also meets the end of the text
        for cut in 1..=words.len() {
            let text = words[..cut].join(" ");
            for f in extract(&text) {
                assert!(f.start <= f.end && f.end <= text.len(), "{text:?}: {f:?}");
                assert_eq!(&text[f.start..f.end], f.text, "{text:?}");
            }
        }
    }
    // the case that panicked: a hyphenated compound ending the text
    assert_eq!(extract("the $2 trillion Senate-passed").len(), 1);
    // every pair of words opening the text before figures, where a rule looking a fixed
    // number of tokens back meets the text's start (a range ending at `first - 3` once
    // wrapped round and ran for ever on "Supported by 70 percent of Americans")
    for a in WORDS {
        for b in WORDS {
            for rest in ["70 percent of the $2 trillion", "7 by 2.6 pct"] {
                let text = format!("{a} {b} {rest}");
                for f in extract(&text) {
                    assert!(f.end <= text.len(), "{text:?}: {f:?}");
                }
            }
        }
    }
    assert_eq!(
        extract("Supported by 70 percent of Americans, the amendment passed.").len(),
        1
    );
}
