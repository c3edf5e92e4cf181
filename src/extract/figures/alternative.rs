//! "A year or two", "a brokered convention or two": an article before a noun, then "or" and a
//! number word, is a range from one to that number of the noun. The scanner reads only the
//! number word; this pass widens it back to the article once the sentence's figures are known.

use super::lexicon::Lexicon;
use crate::model::Figure;

/// Widens each bare "or two" figure of `sentence` back to the article that opens its
/// alternative, dropping a figure the article itself made ("a year" after a bound).
pub(super) fn widen_alternatives(sentence: &str, figures: &mut Vec<Figure>, lex: &Lexicon) {
    let mut k = 0;
    while k < figures.len() {
        if let Some(article) = article_before(sentence, &figures[k], lex) {
            let (unit, dimension) = article.unit;
            let g = &mut figures[k];
            g.low = Some(1.0);
            g.high = g.value.take();
            g.start = article.start;
            g.text = sentence[article.start..g.end].to_string();
            g.unit = Some(unit);
            g.dimension = Some(dimension);
            let start = g.start;
            let before = figures[..k].iter().rposition(|f| f.start >= start);
            if let Some(i) = before {
                // ("more than a week or two": the article's own bound holds for the range)
                let earlier = figures.remove(i);
                figures[k - 1].change = earlier.change;
                continue;
            }
        }
        k += 1;
    }
}

/// The article opening "a year or" before figure `g`, with the unit its noun names.
struct Article {
    start: usize,
    unit: (String, String),
}

fn article_before(sentence: &str, g: &Figure, lex: &Lexicon) -> Option<Article> {
    let value = g.value?;
    let bare = g.unit.is_none() && g.low.is_none() && g.from.is_none();
    let word = g.text.bytes().all(|b| b.is_ascii_lowercase());
    if !bare || !word || !(2.0..=3.0).contains(&value) {
        return None;
    }
    let head = sentence.get(..g.start)?.trim_end().strip_suffix(" or")?;
    // ("or two" ends the phrase: not "a red car or two blue ones")
    let next = sentence.get(g.end..)?.trim_start();
    let next = next
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if !next.is_empty() && !lex.concept.function_words.contains(next) {
        return None;
    }
    // up to two lower-case modifiers between the article and its noun
    let words: Vec<(usize, &str)> = head
        .char_indices()
        .filter(|&(i, c)| c != ' ' && (i == 0 || head[..i].ends_with(' ')))
        .map(|(i, _)| (i, head[i..].split(' ').next().unwrap_or("")))
        .collect();
    let n = words.len();
    let noun = words.last()?.1;
    let article = (n.saturating_sub(4)..n.saturating_sub(1))
        .rev()
        .find(|&i| matches!(words[i].1, "a" | "an" | "A" | "An"))?;
    let plain = |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    if !words[article + 1..].iter().all(|&(_, w)| plain(w)) {
        return None;
    }
    let unit = match lex.unit_for_alias(noun) {
        Some(u) => (u.name.clone(), u.dimension.clone()),
        None if noun.len() >= 3 && !lex.concept.function_words.contains(noun) => {
            (noun.to_string(), "count".to_string())
        }
        None => return None,
    };
    Some(Article {
        start: words[article].0,
        unit,
    })
}

#[cfg(test)]
mod tests {
    use super::super::extract;

    #[test]
    fn an_article_or_a_number_word_is_a_range_from_one() {
        let f = extract("It will take a year or two.");
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!((f[0].low, f[0].high), (Some(1.0), Some(2.0)));
        assert_eq!(f[0].unit.as_deref(), Some("year"));
        assert_eq!(f[0].text, "a year or two");
        let f = extract("It lasted more than a week or two.");
        assert_eq!((f.len(), f[0].change), (1, crate::model::Change::More));
        let f = extract("A brokered convention or two would be the fitting prelude.");
        assert_eq!(f[0].unit.as_deref(), Some("convention"));
        // not a bare number after a noun of its own
        let f = extract("He chose a red car or two blue ones.");
        assert!(f.iter().all(|f| f.low.is_none()), "{f:#?}");
    }
}
