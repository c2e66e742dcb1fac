//! Bring-your-own lexicons: VADER's word list and LIWC-style `.dic` files,
//! turned into diplotone's TSV so that analysts can reuse what they have.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::{Class, Lexicon, LexiconError, LexiconErrorKind};
use crate::tokenize::Analyzer;

/// How LIWC categories map to diplotone's sides.
#[derive(Clone, Debug, PartialEq)]
pub struct CategoryMap {
    map: BTreeMap<String, (Class, f64)>,
}

impl Default for CategoryMap {
    /// LIWC's usual affect categories: positive emotion cooperative; negative
    /// emotion, anger and anxiety warning.
    fn default() -> CategoryMap {
        CategoryMap::parse("posemo=cooperative:1,negemo=warning:1,anger=warning:1.5,anx=warning:1")
            .expect("the default category map parses")
    }
}

impl CategoryMap {
    /// Parses `name=side[:weight],...` (side `cooperative` or `warning`).
    ///
    /// # Errors
    /// A description of the first bad item.
    pub fn parse(spec: &str) -> Result<CategoryMap, String> {
        let mut map = BTreeMap::new();
        for item in spec.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let (name, rest) = item.split_once('=').ok_or_else(|| format!("{item:?}: expected name=side[:weight]"))?;
            let (side, weight) = match rest.split_once(':') {
                Some((s, w)) => (s, w.parse::<f64>().map_err(|_| format!("{item:?}: weight {w:?} is not a number"))?),
                None => (rest, 1.0),
            };
            let class = match Class::parse(side.trim()) {
                Some(c) if c.is_tone() => c,
                _ => return Err(format!("{item:?}: side must be cooperative or warning")),
            };
            if !(weight > 0.0 && weight <= 5.0) {
                return Err(format!("{item:?}: weight must be in (0, 5]"));
            }
            map.insert(name.trim().to_lowercase(), (class, weight));
        }
        Ok(CategoryMap { map })
    }
}

fn tsv_header() -> String {
    "phrase\tclass\tweight\n".to_string()
}

/// Converts VADER's lexicon format (`token<TAB>mean<TAB>sd<TAB>[ratings]`,
/// mean valence in [-4, 4]) to diplotone TSV. Weight = |mean| × `scale`;
/// entries with |mean| below 0.5 are dropped as too weak to count.
///
/// # Errors
/// The first line that is not in that format.
pub fn vader_to_tsv(source: &str, text: &str, scale: f64, an: &Analyzer) -> Result<String, LexiconError> {
    let mut out = tsv_header();
    let mut seen = BTreeMap::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i as u64 + 1;
        let raw = raw.trim_end_matches('\r');
        if raw.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = raw.split('\t').collect();
        if fields.len() < 2 {
            return Err(LexiconError::new(source, line, LexiconErrorKind::Columns { found: fields.len() }));
        }
        let mean: f64 = fields[1].trim().parse().ok().filter(|m: &f64| m.is_finite()).ok_or_else(|| {
            LexiconError::new(source, line, LexiconErrorKind::BadWeight { value: fields[1].to_string() })
        })?;
        let word = fields[0].trim().to_lowercase();
        if mean.abs() < 0.5 || word.is_empty() || word.contains('*') || word.contains('\t') {
            continue;
        }
        if seen.insert(word.clone(), line).is_some() {
            continue;
        }
        let class = if mean > 0.0 { Class::Cooperative } else { Class::Warning };
        let w = (mean.abs() * scale).clamp(0.1, 5.0);
        let _ = writeln!(out, "{word}\t{}\t{w:.2}", class.as_str());
    }
    Ok(keep_valid(out, an))
}

/// Drops the generated lines our parser would reject (words that normalize
/// to nothing, to a duplicate, or to a glob too short), so that an import
/// always gives a loadable lexicon.
fn keep_valid(tsv: String, an: &Analyzer) -> String {
    let bad: std::collections::BTreeSet<u64> =
        Lexicon::builder().check_tsv("import", &tsv, an).iter().map(LexiconError::line).collect();
    let mut out = String::with_capacity(tsv.len());
    for (i, line) in tsv.lines().enumerate() {
        if !bad.contains(&(i as u64 + 1)) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Converts a LIWC-style `.dic` (a `%`-delimited category header of
/// `number<TAB>name` lines, then `word[*]<TAB>number...` lines) to diplotone
/// TSV, keeping the words whose categories `map` knows. A word in both a
/// cooperative and a warning category is dropped as ambiguous.
///
/// # Errors
/// A malformed header or an unknown category number.
pub fn liwc_to_tsv(source: &str, text: &str, map: &CategoryMap, an: &Analyzer) -> Result<String, LexiconError> {
    let mut lines = text.lines().enumerate().map(|(i, l)| (i as u64 + 1, l.trim_end_matches('\r')));
    let bad = |line: u64, found: &str| {
        LexiconError::new(source, line, LexiconErrorKind::BadHeader { found: found.to_string() })
    };
    match lines.by_ref().find(|(_, l)| !l.trim().is_empty()) {
        Some((_, l)) if l.trim() == "%" => {}
        Some((n, l)) => return Err(bad(n, l)),
        None => return Err(bad(1, "")),
    }
    let mut cats: BTreeMap<String, String> = BTreeMap::new();
    for (n, l) in lines.by_ref() {
        let t = l.trim();
        if t == "%" {
            break;
        }
        if t.is_empty() {
            continue;
        }
        let mut parts = t.split_whitespace();
        match (parts.next(), parts.next()) {
            (Some(num), Some(name)) => {
                cats.insert(num.to_string(), name.to_lowercase());
            }
            _ => return Err(bad(n, l)),
        }
    }
    // word → (first line, side and weight, seen on both sides)
    type Seen = (u64, Option<(Class, f64)>, bool);
    let mut words: BTreeMap<String, Seen> = BTreeMap::new();
    for (n, l) in lines {
        let mut parts = l.split('\t').map(str::trim).filter(|p| !p.is_empty());
        let Some(word) = parts.next() else { continue };
        let word = word.to_lowercase();
        for num in parts.flat_map(|p| p.split_whitespace()) {
            let name = cats.get(num).ok_or_else(|| {
                LexiconError::new(source, n, LexiconErrorKind::BadClass { value: format!("category {num}") })
            })?;
            if let Some(&(class, w)) = map.map.get(name) {
                let e = words.entry(word.clone()).or_insert((n, None, false));
                match e.1 {
                    None => e.1 = Some((class, w)),
                    Some((c, old)) if c == class => e.1 = Some((c, old.max(w))),
                    Some(_) => e.2 = true,
                }
            }
        }
    }
    let mut out = tsv_header();
    for (word, (_, side, ambiguous)) in words {
        let (Some((class, w)), false) = (side, ambiguous) else { continue };
        // diplotone globs need four letters before the star.
        if word.ends_with('*') && word.trim_end_matches('*').chars().count() < 4 {
            continue;
        }
        let _ = writeln!(out, "{word}\t{}\t{w:.2}", class.as_str());
    }
    Ok(keep_valid(out, an))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vader_lines_become_entries() {
        let vader = "good\t1.9\t0.9\t[2, 2, 1]\nmeh\t0.2\t0.4\t[0]\nhorrible\t-2.5\t0.5\t[-3]\n";
        let tsv = vader_to_tsv("v.txt", vader, 1.0, &Analyzer::new()).unwrap();
        assert_eq!(tsv, "phrase\tclass\tweight\ngood\tcooperative\t1.90\nhorrible\twarning\t2.50\n");
        assert!(Lexicon::from_tsv("v", &tsv, &Analyzer::new()).is_ok());
        let err = vader_to_tsv("v.txt", "ok\t1\nbad\thigh\n", 1.0, &Analyzer::new()).unwrap_err();
        assert_eq!(err.to_string(), "v.txt:2: weight \"high\" is not a number");
    }

    #[test]
    fn liwc_categories_map_to_sides() {
        let dic = "%\n1\tposemo\n2\tnegemo\n3\tfunct\n%\nhappi*\t1\nthreat*\t2\nthe\t3\nmixed\t1\t2\nok*\t1\n";
        let tsv = liwc_to_tsv("x.dic", dic, &CategoryMap::default(), &Analyzer::new()).unwrap();
        assert_eq!(tsv, "phrase\tclass\tweight\nhappi*\tcooperative\t1.00\nthreat*\twarning\t1.00\n");
        assert!(Lexicon::from_tsv("x", &tsv, &Analyzer::new()).is_ok());
        let err =
            liwc_to_tsv("x.dic", "%\n1\tposemo\n%\nword\t9\n", &CategoryMap::default(), &Analyzer::new()).unwrap_err();
        assert!(err.to_string().starts_with("x.dic:4: unknown class \"category 9\""), "{err}");
        assert!(liwc_to_tsv("x.dic", "word\t1\n", &CategoryMap::default(), &Analyzer::new()).is_err());
    }

    #[test]
    fn category_map_syntax() {
        assert!(CategoryMap::parse("posemo=cooperative:2").is_ok());
        assert!(CategoryMap::parse("posemo=negator").is_err());
        assert!(CategoryMap::parse("posemo").is_err());
        assert!(CategoryMap::parse("posemo=warning:x").is_err());
    }
}
