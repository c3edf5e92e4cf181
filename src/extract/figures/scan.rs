//! Finds quantities in a lexed sentence: a number with its scale, currency or unit, joined
//! into ranges (`12 to 20 million`, `between $160 million and $171 million`) and changes
//! (`from 12 million tons to 20 million tons`). Years, days of the month, times, ordinals and
//! identifiers are recognised and passed over.

pub use super::lexer::ascii_lower;
use super::lexer::{Kind, Tok, Toks};
use super::lexicon::Lexicon;
use super::number::{self, Number};
pub use super::quantity::Quantity;
use super::units::{currency_at, unit_at};
use crate::model::Change;

/// Is the token at `i` a month name?
pub fn is_month(text: &str, toks: &Toks, i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        let w = &text[t.start..t.end];
        t.kind == Kind::Word && crate::extract::date::month_of(w).is_some()
    })
}

/// Scans a sentence for quantities, left to right, without overlaps.
pub fn scan(text: &str, toks: &Toks, lex: &Lexicon) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    let urls = super::notation::url_spans(text);
    let mut i = 0;
    while i < toks.len() {
        // "tens of thousands of dollars", "hundreds of people"
        if super::vague::may_open(text, toks[i]) || super::vague::may_open_digits(text, toks, i) {
            if let Some(q) = super::vague::vague_at(text, toks, i, lex) {
                i = q.next;
                out.push(q);
                continue;
            }
        }
        // "several hundred machines", "a few dozen members"
        let raw = &text[toks[i].start..toks[i].end];
        // "in her sixties"
        if raw.ends_with("ies") || raw.ends_with("teens") {
            if let Some(q) = super::vague::decade_age_word(text, toks, i, lex) {
                i = q.next;
                out.push(q);
                continue;
            }
        }
        if raw.eq_ignore_ascii_case("few") || raw.eq_ignore_ascii_case("several") {
            if let Some(q) = super::vague::few_at(text, toks, i, lex) {
                i = q.next;
                out.push(q);
                continue;
            }
        }
        // ("the last decade and a half": "last", "past" and "next" open a figure after "the"
        // only, and most of them open none)
        let span = toks[i].kind == Kind::Word
            && matches!(raw, "last" | "past" | "next")
            && (i == 0 || &text[toks[i - 1].start..toks[i - 1].end] != "the");
        if !may_start(text, toks[i], lex)
            || span
            || urls.iter().any(|&(s, e)| (s..e).contains(&toks[i].start))
            || super::notation::is_domain(text, toks, i)
        {
            i += 1;
            continue;
        }
        // "2016  9) Not feeling under threat": a list marker opening a line or sentence
        let opens = i == 0 || {
            let gap = &text[toks[i - 1].end..toks[i].start];
            gap.contains("  ")
                || gap.contains('\n')
                || matches!(&text[toks[i - 1].start..toks[i - 1].end], "." | "!" | "?")
        };
        // (also inside a sentence, a small number closing a bracket never opened: "between
        // 1) you must celebrate, and 2) God prevents me")
        let closes = toks
            .get(i + 1)
            .is_some_and(|t| t.glued && &text[t.start..t.end] == ")");
        let unopened = || {
            toks[i].kind == Kind::Num
                && text[toks[i].start..toks[i].end].len() <= 2
                // (an open bracket before, not yet closed: "(Michigan: 59; Hawaii: 19)")
                && toks[i.saturating_sub(40)..i]
                    .iter()
                    .rev()
                    .map(|t| &text[t.start..t.end])
                    .find(|t| matches!(*t, "(" | ")"))
                    != Some("(")
                && toks
                    .get(i + 2)
                    .is_some_and(|t| !t.glued && t.kind == Kind::Word)
        };
        // ("(1) Trump's spokespeople couldn't agree": a bracketed one opening the sentence)
        let bracketed = i == 1 && &text[toks[0].start..toks[0].end] == "(";
        let list_marker = toks[i].kind == Kind::Num && closes && (opens || bracketed || unopened());
        if list_marker {
            i += 2;
            continue;
        }
        // "Wales' Six Nations squad", "the Three Gorges dam": a capitalised number word
        // inside a sentence, before a capitalised word, is part of a name
        if !opens && super::names::is_name_number(text, toks, i, lex) {
            i += 1;
            continue;
        }
        // "7 of 9 Photos": a gallery's position line
        if super::skip::is_gallery_line(text, toks, i, lex) {
            i += 3;
            continue;
        }
        match quantity_at(text, toks, i, lex, true) {
            Some(q) if q.tally => i = q.next,
            Some(mut q) => {
                i = q.next;
                if let Some(prev) = out.last() {
                    super::units::million_after_money(text, toks, &mut q, prev, lex);
                }
                out.push(q);
            }
            None => i += 1,
        }
    }
    out
}

/// Can a quantity start at this token? A cheap filter that skips most words.
fn may_start(text: &str, tok: Tok, lex: &Lexicon) -> bool {
    match tok.kind {
        Kind::Num => true,
        Kind::Sym => {
            let c = &text[tok.start..tok.end];
            if matches!(
                c,
                "," | "." | ";" | ":" | "(" | ")" | "\"" | "'" | "“" | "”" | "’" | "?" | "!"
            ) {
                return false;
            }
            matches!(c, "-" | "−" | "½" | "¼" | "¾" | "⅓" | "⅔" | "⅕" | "⅛")
                || lex.starters.contains(c)
        }
        Kind::Word => {
            let w = &text[tok.start..tok.end];
            // "MUSD", "MEUR": a million-prefixed currency code
            if w.len() == 4 && w.starts_with('M') {
                return lex.symbols.contains_key(&w[1..].to_ascii_lowercase());
            }
            if w.len() > lex.max_opener || !lex.opener_shapes.may_contain(w) {
                return false;
            }
            let mut buf = [0u8; 16];
            ascii_lower(w, &mut buf).is_some_and(|lower| lex.openers.contains(lower))
        }
    }
}

/// Reads one quantity starting at token `i`. `join` allows ranges and changes.
pub fn quantity_at(
    text: &str,
    toks: &Toks,
    i: usize,
    lex: &Lexicon,
    join: bool,
) -> Option<Quantity> {
    let mut start = i;
    // "MAUD 60": a million-prefixed code before the number
    let million_before = super::notation::million_code(text, toks, i, lex)
        .filter(|_| toks.get(i + 1).is_some_and(|t| t.kind == Kind::Num));
    let currency = million_before
        .map(|u| (u, i + 1))
        .or_else(|| currency_at(text, toks, i, lex));
    let mut j = currency.map_or(i, |(_, next)| next);
    let mut sign = 1.0;
    let sym = |k: usize| toks.get(k).map(|t| &text[t.start..t.end]);
    if currency.is_none()
        && matches!(
            sym(j).map(str::to_ascii_lowercase).as_deref(),
            Some("minus" | "negative")
        )
    {
        sign = -1.0;
        j += 1;
    } else if currency.is_some() && matches!(sym(j), Some("-" | "−")) {
        sign = -1.0; // "$-99.99" (currency_at checked the number follows)
        j += 1;
    } else if currency.is_none() && matches!(sym(j), Some("-" | "−")) {
        let next_num = toks
            .get(j + 1)
            .is_some_and(|t| t.glued && t.kind == Kind::Num);
        // "F-16", "5-10" are no signs; "(-5%)", "<-30", "=-5" are
        let after_word = j > 0
            && toks[j].glued
            && !lex
                .sign_openers
                .contains(&text[toks[j - 1].start..toks[j - 1].end]);
        if next_num && !after_word {
            sign = -1.0;
            j += 1;
        }
    }
    // a number glued to letters or a colon is part of a name, id or time: "L2", "J1149",
    // "9:00", and so is one hyphenated to a word: "COVID-19", "F-35"
    if currency.is_none() && j > 0 && toks.get(j).is_some_and(|t| t.glued) {
        let prev = toks[j - 1];
        let prev_text = &text[prev.start..prev.end];
        // ("K–12": an en dash after capitals too)
        let capitals_dash = prev_text == "–"
            && j > 1
            && (1..=3).contains(&(toks[j - 2].end - toks[j - 2].start))
            && text[toks[j - 2].start..toks[j - 2].end]
                .bytes()
                .all(|b| b.is_ascii_uppercase());
        // ("the positions of 2016–18": the end of a span of years)
        let year_span = matches!(prev_text, "-" | "–" | "/")
            && j > 1
            && prev.glued
            && toks[j].end - toks[j].start == 2
            && text[toks[j - 2].start..toks[j - 2].end]
                .parse::<u16>()
                .is_ok_and(|y| (1800..=2100).contains(&y));
        if year_span {
            return None;
        }
        let hyphen =
            (matches!(prev_text, "-" | "‑" | "/" | "−") || capitals_dash) && j > 1 && prev.glued;
        let before = if hyphen { Some(toks[j - 2]) } else { None };
        // "COVID-19", "F-35", not "5k-20k" (a scale word before the hyphen); a unit's power:
        // "fb−1", "s-1" ("K-12": a scale letter names too, unless a number is glued before it)
        // ("37 percent/56 percent favorable/unfavorable": a poll's pair of shares is two
        // figures, not a name)
        let share_pair = prev_text == "/"
            && j > 2
            && toks[j - 3].kind == Kind::Num
            && before.is_some_and(|b| {
                let key = text[b.start..b.end].to_ascii_lowercase();
                lex.aliases
                    .get(&key)
                    .is_some_and(|&(u, _)| lex.units[u].dimension == "percent")
            });
        // ("1.5 million-2 million people": nor a spaced scale word after a number)
        let scale_word = |b: Tok| {
            j > 2
                && toks[j - 3].kind == Kind::Num
                && lex
                    .scales
                    .contains_key(&text[b.start..b.end].to_ascii_lowercase())
        };
        // ("two-to-three weeks": a range's "to" hyphened to both ends, rising; not a ratio's
        // "2.2-to-1" nor a vote's "52-to-48")
        let raw_at = |k: usize| &text[toks[k].start..toks[k].end];
        let value_at = |k: usize| {
            raw_at(k).replace(',', "").parse::<f64>().ok().or_else(|| {
                lex.numbers
                    .get(raw_at(k).to_ascii_lowercase().as_str())
                    .copied()
            })
        };
        let range_to = |b: Tok| {
            &text[b.start..b.end] == "to"
                && j > 3
                && raw_at(j - 3) == "-"
                && value_at(j - 4).zip(value_at(j)).is_some_and(|(a, b)| b > a)
        };
        // ("my then-seven-year-old daughter": a prefix of time before a number word; "for
        // over-75s": an age group's bound)
        let then_prefix = before.is_some_and(|b| matches!(&text[b.start..b.end], "then" | "now"))
            || super::notation::age_group(text, toks, j, j + 1).is_some();
        let named = !share_pair
            && !then_prefix
            && before.is_some_and(|b| {
                let glued_number = j > 2 && b.glued && toks[j - 3].kind == Kind::Num;
                b.kind == Kind::Word && !(glued_number || scale_word(b) || range_to(b))
            });
        // "1995-01", "222-2222": the second part of a date or id (ranges are joined before;
        // "by 51-47 percent" are two shares)
        // ("5,000/222,500": nor the second of two amounts in thousands)
        // (one not written high to low, a range: "the 1,100/1,050 stg area")
        let grouped_pair = prev_text == "/"
            && before.is_some_and(|b| {
                let (a, b) = (&text[b.start..b.end], &text[toks[j].start..toks[j].end]);
                super::digits::thousands(a)
                    && super::digits::thousands(b)
                    && super::digits::parse_digits(a)
                        .zip(super::digits::parse_digits(b))
                        .is_some_and(|(a, b)| b >= a || b * 2.0 <= a)
            });
        let id_part = join
            && prev_text != "−"
            && !grouped_pair
            && !(prev_text == "/" && j >= 2 && super::markers::charter_rates(text, toks, j - 2))
            && before.is_some_and(|b| b.kind == Kind::Num)
            && !super::join::second_share(text, toks, j, lex);
        let word = prev.kind == Kind::Word && !super::notation::relay_leg(text, toks, j);
        if word || prev_text == ":" || named || id_part {
            return None;
        }
    }
    if join && super::skip::is_id_chain(text, toks, j) {
        return None;
    }
    if super::notation::is_marker(text, toks, j) {
        return None;
    }
    // "highway 35", "no. 1", "exit 436": a number that names something
    let verb = super::names::top_as_verb(text, toks, j, lex);
    if currency.is_none() && j > 0 && !verb && super::names::is_name_word(text, toks, j - 1, lex) {
        return None;
    }
    // a word number must start at a word boundary, not inside "20-something"
    let n = number::parse_at(text, toks, j, lex)?;
    // "a two-horse race": an article the number does not count is left out
    if start == j && n.first > j {
        start = n.first;
        j = n.first;
    }
    if n.words && currency.is_none() && j > 0 && toks[j].glued && toks[j - 1].kind != Kind::Sym {
        return None;
    }
    if currency.is_none()
        && (super::names::is_capitalised_name(text, toks, &n)
            || super::names::is_quoted_title(text, toks, &n)
            || super::names::is_product_name(text, toks, &n, lex)
            || super::skip::is_form_name(text, toks, n.next)
            || super::names::is_idiom(text, toks, n.first, n.next, lex)
            || super::rounds::is_round_or_law(text, toks, &n)
            || super::skip::is_ratio_or_lean(text, toks, n.first, n.next, lex)
            || super::years::is_short_year(text, toks, n.first, n.next))
    {
        return None;
    }
    // "1.8M dollars": a glued m/b suffix is a scale when a currency word follows
    let money_after = toks
        .get(n.next)
        .is_some_and(|t| t.glued && t.kind == Kind::Word)
        && number::word(text, toks, n.next + 1)
            .and_then(|w| lex.unit_for_alias(&w))
            .is_some_and(|u| u.currency.is_some());
    let mut n = number::apply_scale(text, toks, n, currency.is_some() || money_after, lex);
    // "NHL 2K5": a scale letter with digits glued after it is a name
    if toks
        .get(n.next)
        .is_some_and(|t| t.glued && t.kind == Kind::Num && toks[n.next - 1].kind == Kind::Word)
    {
        return None;
    }
    if super::skip::is_not_quantity(text, toks, &n, currency.is_some(), lex)
        || (currency.is_none() && super::notation::is_address(text, toks, n.first, n.next))
    {
        return None;
    }
    if million_before.is_some() {
        n.value = super::number::scaled(n.value, 1e6);
        n.scale *= 1e6;
    }
    let ratio = if currency.is_none() && n.scale == 1.0 && join {
        super::notation::ratio(text, toks, n.next, n.value, lex)
    } else {
        None
    };
    let mut q = Quantity {
        first: start,
        next: n.next,
        number_first: j,
        value: Some(sign * n.value),
        low: None,
        high: None,
        from: None,
        unit: currency.map(|(u, _)| u),
        counted: None,
        change: Change::Exact,
        scale: n.scale,
        per: None,
        per_noun: None,
        tally: false,
        ratio: false,
        of_phrase: None,
    };
    if let Some((r, next)) = ratio {
        q.value = Some(r);
        q.next = next;
        q.ratio = true;
    } else if let Some((t, next)) = super::notation::tolerance(text, toks, q.next, lex) {
        // "2,000.45±0.01 pounds": a range around the value
        let v = sign * n.value;
        q.low = Some(v - t);
        q.high = Some(v + t);
        q.value = None;
        q.next = next;
    } else if let Some((bound, next)) = super::notation::age_group(text, toks, j, q.next) {
        // "pensions for over-75s": people over an age
        q.unit = lex.units.iter().position(|u| u.name == "year");
        (q.change, q.next, q.first) = (bound, next, q.first.min(j - 2));
    } else if let Some(next) = super::notation::decade_age(text, toks, j, q.next, n.value) {
        // "a white male in his 50s": an age by its decade
        q.unit = lex.units.iter().position(|u| u.name == "year");
        (q.low, q.high, q.value, q.next) = (Some(n.value), Some(n.value + 9.0), None, next);
    } else if let Some((offer, next)) = super::notation::dealer_quote(text, toks, q.next, n.value) {
        let (bid, offer) = (sign * n.value, sign * offer);
        q.low = Some(bid.min(offer));
        q.high = Some(bid.max(offer));
        q.value = None;
        q.next = next;
    }
    if q.ratio {
        // a proportion carries no unit
    } else if let Some((u, scale)) = super::notation::scaled_code(text, toks, q.next, lex)
        .filter(|_| q.unit.is_none() && n.scale == 1.0)
    {
        // "30 MUSD", "63.7 BCF", "4.2 tcf"
        q.unit = Some(u);
        q.value = q.value.map(|v| super::number::scaled(v, scale));
        q.scale *= scale;
        q.next += 1;
    } else if q.unit.is_none() {
        // "a quarter of a century", "two-thirds of a mile": a fraction of one unit
        let fraction_of = n.words
            && n.value < 1.0
            && number::word(text, toks, q.next).as_deref() == Some("of")
            && matches!(
                number::word(text, toks, q.next + 1).as_deref(),
                Some("a" | "an")
            );
        // ("90-plus percent", "20-plus years": more than the number, in the unit after)
        if super::notation::plus_after(text, toks, q.next) {
            q.change = Change::More;
            q.next += 2;
        }
        let unit = if fraction_of {
            unit_at(text, toks, q.next + 2, lex)
        } else {
            unit_at(text, toks, q.next, lex)
        };
        // "24703L202": digits glued on both sides of the letters make an id
        let id = unit.is_some_and(|(_, next)| {
            toks.get(next).is_some_and(|t| {
                t.glued && t.kind == Kind::Num && toks[next - 1].kind == Kind::Word
            }) && toks[q.next].glued
        });
        if id {
            return None;
        }
        // ("294,000 week ago": a singular time before "ago" is the baseline's, not the unit of
        // a number other than one)
        let baseline_time = unit.is_some_and(|(u, next)| {
            lex.units[u].dimension == "time"
                && n.value > 1.0
                && !number::word(text, toks, next - 1).is_some_and(|w| w.ends_with('s'))
                && matches!(
                    number::word(text, toks, next).as_deref(),
                    Some("ago" | "earlier")
                )
        });
        let unit = unit.filter(|_| !baseline_time);
        if let Some((u, next)) = unit {
            if !super::notation::glued_degree_letter(
                text,
                toks,
                q.next,
                next,
                &lex.units[u].dimension,
            ) {
                q.unit = Some(u);
                q.next = next;
            }
        }
    } else if let Some((u, next)) = unit_at(text, toks, q.next, lex) {
        // "$5 million dollars", "US$ 20 USD": a repeated currency word; but in "$ 20,000.00
        // $ 37,305.97" the second symbol opens the next amount
        let opens_next = toks.get(next).is_some_and(|t| t.kind == Kind::Num);
        if Some(u) == q.unit && !opens_next {
            q.next = next;
        }
    }
    // "75 USD million": a scale word after a currency code (once: not "950 mln dlr billion")
    if n.scale == 1.0 && q.unit.is_some_and(|u| lex.units[u].dimension == "currency") {
        let after = number::apply_scale(text, toks, Number { next: q.next, ..n }, true, lex);
        if after.next > q.next {
            q.value = q.value.map(|v| v * after.scale / n.scale);
            q.scale = after.scale;
            q.next = after.next;
        }
    }
    // ("a $600 billion-plus increase": more than the amount)
    if q.unit.is_some()
        && q.change == Change::Exact
        && super::notation::plus_after(text, toks, q.next)
    {
        q.change = Change::More;
        q.next += 2;
    }
    // letters glued to the number that are no unit or scale: "3D", "06F6"
    if q.unit.is_none()
        && toks
            .get(q.next)
            .is_some_and(|t| t.glued && t.kind == Kind::Word)
    {
        return None;
    }
    super::units::money_pounds(text, toks, &mut q, n.scale, lex);
    super::join::compound(text, toks, &mut q, lex);
    super::rate::rate(text, toks, &mut q, lex);
    super::units::threshold_mark(text, toks, &mut q, lex);
    // ("a one-page response": hyphenated to the singular noun it counts; not a fraction,
    // "one-fourth", "one-hundreth", nor a plural compound, "one-liners", nor an idiom, "a
    // one-shot grand bargain", "one-stop shop")
    if n.words && n.value == 1.0 && q.unit.is_none() && toks.get(q.next).is_some_and(|t| t.glued) {
        let singular = number::word(text, toks, q.next + 1).is_some_and(|w| {
            !w.ends_with('s')
                && !w.ends_with("th")
                && !matches!(
                    &*w,
                    "third" | "half" | "quarter" | "shot" | "stop" | "trick"
                )
        });
        if let Some(noun) =
            super::counted::hyphenated_noun(text, toks, q.next, lex).filter(|_| singular)
        {
            q.counted = Some(noun);
            q.next += 2;
        }
    }
    // a lone "one"/"a" is an article or pronoun unless it carries a unit or scale, opens a
    // range ("between one and 100 gigabytes") or counts (`one.rs`; "just once" counts itself)
    let lone_one = n.words
        && n.value == 1.0
        && number::word(text, toks, n.first).as_deref() != Some("once")
        && q.unit.is_none()
        && q.counted.is_none()
        && n.scale == 1.0
        && !q.ratio
        && !super::one::counts_one(text, toks, &q, (start, n.first), lex);
    let raw_before = |w: &str| {
        start > 0 && text[toks[start - 1].start..toks[start - 1].end].eq_ignore_ascii_case(w)
    };
    // ("a bond of one to 1.5 billion dlrs", "one or two seconds": a range's first end)
    let to_number = || super::one::opens_range(text, toks, &q, lex);
    // "if one day they will say", "One day, the …": "some day", no duration ("not in a
    // million years": no span of time either); nor "one person familiar with" a speaker
    if super::one::is_some_day(text, toks, &n, &q, start, lex)
        || super::one::is_hyperbole(text, toks, &n, &q, start, lex)
        || super::speaker::speaks(text, toks, (&n, start), &q, lex)
        || super::one::is_idiom(text, toks, &n, &q, lex)
    {
        return None;
    }
    // ("stars from one to 15": a range's first end; "from one to over 50": past the second
    // end's bound)
    let from_to = || {
        let bound = usize::from(matches!(
            number::word(text, toks, q.next + 1).as_deref(),
            Some("over" | "about" | "around" | "nearly" | "almost" | "under")
        ));
        raw_before("from")
            && number::word(text, toks, q.next).as_deref() == Some("to")
            && toks
                .get(q.next + 1 + bound)
                .is_some_and(|t| t.kind == Kind::Num)
    };
    // ("its one, two and three month rates": the first of a list of numbers)
    let listed = || {
        let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
        raw(q.next) == ","
            && number::word(text, toks, q.next + 1)
                .is_some_and(|w| lex.numbers.get(&*w).is_some_and(|&v| v > 1.0))
            && matches!(raw(q.next + 2), "and" | "or")
    };
    let listed = lone_one && listed();
    if lone_one && !(join && (raw_before("between") || to_number() || from_to() || listed)) {
        return None;
    }
    if join {
        super::join::join_range(text, toks, &mut q, lex);
    }
    if lone_one && q.low.is_none() && q.from.is_none() && !(join && listed) {
        return None;
    }
    super::bound::suffix_bound(text, toks, &mut q, lex);
    if join {
        super::earlier::from_after(text, toks, &mut q, lex);
    }
    super::counting::read_counted(text, toks, &mut q, &n, start, lex);
    // ("a gain of 40-50 seats or more": a bound after the counted noun)
    if q.counted.is_some() && q.change == Change::Exact {
        super::bound::suffix_bound_past_noun(text, toks, &mut q, lex);
    }
    // "1.7 trillion cigarettes a year": a count per span of time
    if q.unit.is_none() && q.per.is_none() {
        if let Some(noun) = &q.counted {
            q.per = super::rate::count_rate(text, toks, q.next, noun, lex);
        }
    }
    // "aged 54", "ages 18 to 29", "Roberts, 42,": an age in years
    super::age::age(text, toks, &mut q, start, lex);
    if start > q.first {
        start = q.first;
    }
    q.first = start;
    Some(q)
}
