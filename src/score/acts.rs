//! Diplomatic speech acts: what a statement does, where it differs from
//! what its words name.
//!
//! A condolence speaks of disaster, death and grief, and in diplomacy it is
//! a cooperative gesture; a prohibition laid on another party ("you cannot
//! annex another country") denies a warning word and is itself a warning.
//! Each act is one small pure function over the scored terms and the
//! tokens, run after the word-level rules in [`super::rules`].

use super::{Rule, RuleConfig, Term};
use crate::tokenize::Token;

/// Words by which a speaker shares another's grief: the mark of a
/// condolence ("our condolences", "we mourn with you", "with great
/// sadness", "our thoughts and prayers"). Matched as word beginnings.
const GRIEF: &[&str] = &[
    "condolence",
    "sympath",
    "mourn",
    "grief",
    "grieve",
    "grieving",
    "sorrow",
    "sadness",
    "saddened",
    "heartbroken",
    "heartfelt",
    "prayers",
    "solidarity",
    "commiserat",
];

/// Words for a loss that befalls people and is no one's act: disasters of
/// nature and accidents, death and injury, damage, and the grief and shock
/// they cause. Matched as word beginnings on the last word of a term.
const MISFORTUNE: &[&str] = &[
    "earthquake",
    "quake",
    "flood",
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "tsunami",
    "wildfire",
    "landslide",
    "mudslide",
    "avalanche",
    "drought",
    "eruption",
    "disaster",
    "catastroph",
    "calamit",
    "tragedy",
    "tragedies",
    "tragic",
    "victim",
    "casualt",
    "death",
    "dead",
    "died",
    "killed",
    "perished",
    "loss",
    "losses",
    "lost",
    "toll",
    "damage",
    "devastat",
    "destruction",
    "terrible",
    "horrible",
    "awful",
    "pain",
    "suffer",
    "injur",
    "wounded",
    "accident",
    "crash",
    "collapse",
    "grief",
    "grieve",
    "grieving",
    "sorrow",
    "sad",
    "mourn",
    "shock",
    "heartbreak",
    "distress",
];

/// Words of grief itself: they mark a condolence but are not the loss it
/// is about.
const GRIEF_ONLY: &[&str] =
    &["grief", "grieve", "grieving", "sorrow", "sad", "mourn", "shock", "heartbreak", "distress", "pain", "suffer"];

fn starts_with_any(word: &str, stems: &[&str]) -> bool {
    stems.iter().any(|s| word.starts_with(s))
}

/// Whether token `i` shares grief: a word of [`GRIEF`] not described as
/// someone else's ("the grief of the residents").
fn shares_grief(tokens: &[Token], i: usize) -> bool {
    starts_with_any(&tokens[i].text, GRIEF) && !(i > 0 && tokens[i - 1].text == "the")
}

/// "We learned with great sadness of the floods", "our sympathy goes to
/// the families of the victims of the storm": a text that shares grief
/// ([`shares_grief`]) over a loss, and whose only warning words name a
/// misfortune ([`MISFORTUNE`]), one of them a loss and not grief alone
/// ([`GRIEF_ONLY`]), is a condolence, which the guideline counts as
/// cooperative. Each misfortune word then counts `cfg.condolence_factor`
/// times its weight on the cooperative side. One word of hostility
/// ("the victims of this cowardly attack") makes it a condemnation too,
/// and every word keeps its sign.
pub fn condole(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig) {
    let head = |t: &Term| tokens[t.tokens.end - 1].text.as_str();
    let grief = (0..tokens.len()).any(|i| shares_grief(tokens, i));
    let warnings = || terms.iter().filter(|t| t.value < 0.0);
    let loss = warnings().any(|t| !starts_with_any(head(t), GRIEF_ONLY));
    if !grief || !loss || !warnings().all(|t| starts_with_any(head(t), MISFORTUNE)) {
        return;
    }
    for t in terms.iter_mut().filter(|t| t.value < 0.0) {
        let at = t.tokens.start;
        t.value *= -cfg.condolence_factor;
        t.rules.push(Rule::Condolence);
        t.triggers.push(at);
    }
}

/// Negators that deny a permission or an obligation to act: "cannot",
/// "must not", "should not". Not before "be" ("cannot be blamed", "should
/// not be burned"), which says what may happen to something, nor "may
/// not", which is as often a guess as a prohibition.
fn denies_permission(tokens: &[Token], i: usize) -> bool {
    let at = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    let word = at(i);
    let prev = i.checked_sub(1).map_or("", at);
    let (modal, after) = match word {
        "cannot" | "can't" | "mustn't" | "shouldn't" => (true, at(i + 1)),
        "not" | "n't" => (matches!(prev, "can" | "must" | "should"), at(i + 1)),
        "can" | "must" | "should" => (at(i + 1) == "not", at(i + 2)),
        _ => (false, ""),
    };
    modal && !matches!(after, "be" | "been")
}

/// Words of the speaker's own side: a prohibition the speaker lays on
/// itself ("we cannot attack them") is a pledge, not a warning.
const FIRST_PERSON: &[&str] = &["i", "we", "us", "our", "my", "me", "ourselves"];

/// "You cannot annex another country", "they should not threaten their
/// neighbours": a warning word under a negator of permission or
/// obligation ([`denies_permission`]), with no first person before it in
/// its clause, forbids another party an act. The act named is the point:
/// the word keeps its warning sign at `cfg.prohibition_factor` times its
/// weight, instead of turning cooperative as "we will not retaliate" does.
pub fn forbid(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig) {
    let boundary = |t: &Token| matches!(t.text.as_str(), "," | ";" | ":" | "." | "!" | "?");
    for t in terms.iter_mut().filter(|t| t.base < 0.0 && t.value > 0.0) {
        let Some(k) = t.rules.iter().position(|r| *r == Rule::Negation) else { continue };
        let neg = t.triggers[k];
        if !denies_permission(tokens, neg) {
            continue;
        }
        let start = tokens[..neg].iter().rposition(boundary).map_or(0, |p| p + 1);
        if tokens[start..neg].iter().any(|w| FIRST_PERSON.contains(&w.text.as_str())) {
            continue;
        }
        t.value = t.base * cfg.prohibition_factor;
        t.rules.push(Rule::Prohibition);
        t.triggers.push(neg);
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;
    use crate::score::{Scorer, Thresholds, Tone};
    use crate::tokenize::Analyzer;

    fn tone(text: &str) -> (Tone, String) {
        let an = Analyzer::new();
        let lex = Lexicon::embedded(&an).unwrap();
        let s = Scorer::new(&lex).score(&an.tokenize(text));
        (s.tone(&Thresholds::default()), s.terms_column(&lex))
    }

    fn check(cases: &[(&str, &str, Tone)]) {
        for &(name, text, want) in cases {
            let (got, terms) = tone(text);
            assert_eq!(got, want, "case {name}: {text:?} scored {terms}");
        }
    }

    /// A condolence is a cooperative gesture, however dark its words; a
    /// word of hostility makes it a condemnation as well.
    #[test]
    fn condolence() {
        check(&[
            ("sadness_floods", "We learned with deep sadness of the floods in the valley.", Tone::Cooperative),
            ("sympathy_storm", "Our sympathy goes to the families of those killed in the storm.", Tone::Cooperative),
            ("mourn_with", "We mourn with the islanders after the terrible cyclone.", Tone::Cooperative),
            ("grief_toll", "It is with grief that we heard of the victims of the earthquake.", Tone::Cooperative),
            ("condolences_crash", "Our condolences to the victims of the train crash.", Tone::Cooperative),
            ("attack_is_hostile", "We mourn the victims of this cowardly terrorist attack.", Tone::Warning),
            ("no_grief_shared", "The earthquake caused terrible damage.", Tone::Warning),
            ("grief_of_others", "The grief of the villagers after the landslide was plain.", Tone::Warning),
            ("grief_alone", "How will the old bridge be mourned?", Tone::Warning),
            ("grievance", "The union filed a grievance after the accident.", Tone::Warning),
        ]);
    }

    /// A prohibition laid on another party is a warning; one the speaker
    /// lays on itself is not.
    #[test]
    fn prohibition() {
        check(&[
            ("you_cannot", "You cannot annex a neighbouring state.", Tone::Warning),
            ("they_should_not", "They should not threaten the small islands.", Tone::Warning),
            ("army_cannot", "Their army cannot occupy the valley.", Tone::Warning),
            ("one_cant", "One can't redraw borders by aggression.", Tone::Warning),
            ("we_cannot", "We cannot attack a neighbour.", Tone::Cooperative),
            ("we_will_not", "They know we will not retaliate.", Tone::Cooperative),
            ("passive", "The envoy cannot be blamed.", Tone::Cooperative),
            ("may_not", "The court may not deny them a hearing.", Tone::Cooperative),
        ]);
    }

    /// The lexicon families of diplomatic registers (resolve, finality,
    /// rupture, notice, gravity, politicking; relationship, unity,
    /// reassurance), through the shipped lexicon, on sentences of our own.
    #[test]
    fn diplomatic_registers() {
        check(&[
            ("firmly_with", "The ministry will deal firmly with the smugglers.", Tone::Warning),
            ("iron_fist", "The junta rules the provinces with an iron fist.", Tone::Warning),
            ("void", "The council declared the referendum null and void.", Tone::Warning),
            ("closed", "As far as we are concerned, the matter is closed.", Tone::Warning),
            ("not_up_for", "Our borders are not up for negotiation.", Tone::Warning),
            ("part_ways", "If nothing changes, we will part ways with the bloc.", Tone::Warning),
            ("pulled_out", "The republic pulled out of the defence pact.", Tone::Warning),
            ("backs_on", "They have turned their backs on the region.", Tone::Warning),
            ("beginning", "These tariffs are only the beginning.", Tone::Warning),
            ("on_notice", "The smugglers are now on notice.", Tone::Warning),
            ("think_twice", "Anyone planning an incursion should think twice.", Tone::Warning),
            ("unanswered", "This provocation will not go unanswered.", Tone::Warning),
            ("grave_situation", "The region faces a grave situation.", Tone::Warning),
            ("political_games", "The opposition is playing political games with the budget.", Tone::Warning),
            ("strong_relations", "We have strong relations with the southern states.", Tone::Cooperative),
            ("close_relationship", "The two ports enjoy a close relationship.", Tone::Cooperative),
            ("more_united", "The alliance is more united than ever.", Tone::Cooperative),
            ("no_hostile_intent", "The exercise has no hostile intent.", Tone::Cooperative),
            ("poses_no_threat", "The new base poses no threat to anyone.", Tone::Cooperative),
            ("not_directed_against", "Our pact is not directed against any third country.", Tone::Cooperative),
            ("part_alone", "Each part of the plan was read aloud.", Tone::Neutral),
            ("beginning_alone", "The beginning of the session was at noon.", Tone::Neutral),
        ]);
    }
}
