//! Figures that measure the one noun written after them: stacked after an article ("a 150 mln
//! stg five-year committed tranche") or listed with "and" in one unit ("90 mg and 120 mg
//! Cardizem tablets").

use crate::model::Figure;

/// "a 150 mln stg five-year committed tranche", "a 100 mln Swiss franc, 4-5/8 pct, five-year
/// guaranteed notes issue", "a five-year 8.573 pct secured 9.9-mln-dlr loan": figures stacked after
/// an article before one noun, the last of them hyphenated to it, all measure that noun.
pub(super) fn share_stacked_concepts(sentence: &str, figures: &mut [Figure]) {
    let mut i = figures.len();
    while i > 1 {
        i -= 1;
        let last = &figures[i];
        // (or an amount in the singular, an adjective too: "a 30 mln dlr revolving facility")
        // ("a 150 mln Swiss franc eight year bond": or a span in the singular)
        let singular = [" dlr", " year", " month", " week", " day"]
            .iter()
            .any(|e| last.text.ends_with(e));
        let hyphenated = (last.text.contains('-') || singular) && last.concept.is_some();
        if !hyphenated {
            continue;
        }
        // the chain back to its article
        let mut first = i;
        while first > 0 {
            let gap = sentence
                .get(figures[first - 1].end..figures[first].start)
                .unwrap_or("x")
                .trim();
            // ("a five-year 8.573 pct secured 9.9-mln-dlr loan": or one adjective between)
            let adjective = gap.len() > 3
                && gap.bytes().all(|b| b.is_ascii_lowercase())
                && (gap.ends_with("ed") || gap.ends_with("ior") || gap.ends_with("al"));
            if !matches!(gap, "" | ",") && !adjective {
                break;
            }
            first -= 1;
        }
        // ("a new two-year 30 mln dlr revolving credit facility": past one word describing it)
        let article = sentence.get(..figures[first].start).is_some_and(|b| {
            let mut words = b.trim_end().rsplit(' ');
            let is_article = |w: &str| ["a", "an", "the"].iter().any(|a| w.eq_ignore_ascii_case(a));
            let last = words.next().unwrap_or("");
            is_article(last)
                || matches!(
                    last,
                    "new" | "proposed" | "additional" | "further" | "planned"
                ) && is_article(words.next().unwrap_or(""))
        });
        if first < i && article {
            let concept = figures[i].concept.clone();
            for f in &mut figures[first..i] {
                f.concept = concept.clone();
            }
        }
        i = first;
    }
}

/// "the introduction of 90 mg and 120 mg Cardizem tablets": amounts in one unit joined by "and"
/// or "or" before the noun the last one modifies all measure that noun.
pub(super) fn share_listed_concepts(sentence: &str, figures: &mut [Figure]) {
    for i in (1..figures.len()).rev() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&mut head[i - 1], &tail[0]);
        // (cheap tests first: this runs for every pair of figures)
        if f.unit.is_none() || f.unit != g.unit || g.concept.is_none() || f.concept == g.concept {
            continue;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        if !matches!(gap, "and" | "or" | "to") {
            continue;
        }
        // (the noun the last one modifies: right after it)
        let after = sentence.get(g.end..).unwrap_or("").trim_start();
        let concept = g.concept.as_deref().unwrap_or("");
        let modifies =
            !concept.is_empty() && after.starts_with(concept.split(' ').next().unwrap_or(concept));
        if modifies && f.from.is_none() && g.from.is_none() {
            f.concept = g.concept.clone();
        }
    }
}
