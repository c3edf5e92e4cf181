//! Two sides' shares in a contest: "Romney edging Obama, 46 percent to 45 percent", "Biden led
//! Sanders 40% to 25%": after "<name> <verb of a lead> <name>", two shares joined by "to"
//! measure the two names in turn.

use crate::model::Figure;

/// Verbs that set one side against another.
const LEAD_VERBS: &[&str] = &[
    "leads",
    "led",
    "leading",
    "edges",
    "edged",
    "edging",
    "beat",
    "beats",
    "beating",
    "tops",
    "topped",
    "topping",
    "trails",
    "trailed",
    "trailing",
    "outpaces",
    "outpaced",
    "outpacing",
    "defeated",
    "defeats",
    "bested",
    "over",
    "vs",
    "vs.",
    "versus",
];

/// The run of capitalised words (up to three) that ends `before`, and what comes before it.
fn trailing_name(before: &str) -> Option<(&str, &str)> {
    let mut start = before.len();
    for _ in 0..3 {
        let head = before[..start].trim_end();
        let (rest, w) = head.rsplit_once(' ').unwrap_or(("", head));
        let name = w.starts_with(|c: char| c.is_uppercase())
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''));
        if !name {
            break;
        }
        start = rest.len();
        if rest.is_empty() {
            break;
        }
    }
    let name = before[start..].trim();
    (!name.is_empty()).then(|| (name, before[..start].trim_end()))
}

/// Lends each of two shares joined by "to" the name of its side.
pub(super) fn share_matchup_names(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&mut head[i - 1], &mut tail[0]);
        // (cheap tests first: this runs for every pair of figures)
        if f.dimension.as_deref() != Some("percent") || g.dimension != f.dimension {
            continue;
        }
        if sentence.get(f.end..g.start).map(str::trim) != Some("to") {
            continue;
        }
        let before = sentence.get(..f.start).unwrap_or("").trim_end();
        let before = before.strip_suffix(" by").unwrap_or(before);
        let before = before.trim_end_matches([',', ':']).trim_end();
        let Some((second, rest)) = trailing_name(before) else {
            continue;
        };
        let Some((rest, verb)) = rest.rsplit_once(' ') else {
            continue;
        };
        if !LEAD_VERBS.contains(&verb) {
            continue;
        }
        if let Some((first, _)) = trailing_name(rest) {
            f.concept = Some(first.to_string());
            g.concept = Some(second.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::extract;

    #[test]
    fn two_shares_after_a_lead_measure_the_two_sides() {
        let f = extract("The poll showed Romney edging Obama, 46 percent to 45 percent.");
        assert_eq!(f[0].concept.as_deref(), Some("Romney"), "{f:?}");
        assert_eq!(f[1].concept.as_deref(), Some("Obama"));
        let f = extract("Clinton leads Donald Trump by 48 percent to 41 percent.");
        assert_eq!(f[0].concept.as_deref(), Some("Clinton"));
        assert_eq!(f[1].concept.as_deref(), Some("Donald Trump"));
        // (not a change from one share to another)
        let f = extract("Rates rose 5 percent to 6 percent.");
        assert_eq!(f[1].concept.as_deref(), Some("Rates"));
    }
}
