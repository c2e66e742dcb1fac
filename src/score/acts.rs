//! Diplomatic speech acts: what a statement does, where it differs from
//! what its words name.
//!
//! A condolence speaks of disaster, death and grief, and in diplomacy it is
//! a cooperative gesture; a prohibition laid on another party ("you cannot
//! annex another country") denies a warning word and is itself a warning.
//! Each act is one small pure function over the scored terms and the
//! tokens, run after the word-level rules in [`super::rules`].

use super::rules::{change, Shifters};
use super::{Rule, RuleConfig, Term};
use crate::lexicon::Class;
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
    "consequence",
    "aftermath",
];

/// Disasters of nature: news of one met with shock ("shocked to learn of
/// the earthquake") is met with sympathy.
const NATURE: &[&str] = &[
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
];

/// Words of shock at news: with a disaster of nature, they share grief.
const SHOCK: &[&str] = &["shocked", "devastated", "heartbroken", "stunned", "saddened"];

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

/// Whether the text shares grief: a word that shares it
/// ([`shares_grief`]), or shock ([`SHOCK`]) at a disaster of nature
/// ([`NATURE`]) that the text names.
fn grieves(tokens: &[Token]) -> bool {
    let word = |list: &[&str]| tokens.iter().any(|t| list.contains(&t.text.as_str()));
    (0..tokens.len()).any(|i| shares_grief(tokens, i))
        || (word(SHOCK) || (0..tokens.len()).any(|i| stands_with(tokens, i)))
            && tokens.iter().any(|t| starts_with_any(&t.text, NATURE))
}

/// Words for a whole people that a speaker can stand with.
const PEOPLE: &[&str] = &["people", "peoples", "nation", "citizens"];

/// Words after which "with" says where the speaker stands: "we stand
/// with", "we are with", "in solidarity with".
const STAND: &[&str] = &["stand", "stands", "standing", "stood", "are", "is", "am", "remain", "remains"];

/// Whether token `i` is a "with" that puts the speaker beside a people
/// ("we stand with the island people", "'with the coastal people in the
/// face of the cyclone'"): "with" opening the text or a clause, or after
/// a verb of standing ([`STAND`]), then a people word ([`PEOPLE`]) up to
/// three words on. "The cyclone struck with the people asleep" names no
/// stance.
fn stands_with(tokens: &[Token], i: usize) -> bool {
    if tokens[i].text != "with" || i > 0 && tokens[i - 1].is_word && !STAND.contains(&tokens[i - 1].text.as_str()) {
        return false;
    }
    tokens[i + 1..tokens.len().min(i + 5)].iter().take_while(|t| t.is_word).any(|t| PEOPLE.contains(&t.text.as_str()))
}

/// "We learned with great sadness of the floods", "our sympathy goes to
/// the families of the victims of the storm": a text that shares grief
/// ([`grieves`]) over a loss, and whose only warning words name a
/// misfortune ([`MISFORTUNE`]), one of them a loss and not grief alone
/// ([`GRIEF_ONLY`]), is a condolence, which the guideline counts as
/// cooperative. Each misfortune word then counts `cfg.condolence_factor`
/// times its weight on the cooperative side. One word of hostility
/// ("the victims of this cowardly attack") makes it a condemnation too,
/// and every word keeps its sign.
pub fn condole(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig) {
    let head = |t: &Term| tokens[t.tokens.end - 1].text.as_str();
    let grief = grieves(tokens);
    let warnings = || terms.iter().filter(|t| t.value < 0.0);
    let loss = warnings().any(|t| !starts_with_any(head(t), GRIEF_ONLY));
    if !grief || !loss || !warnings().all(|t| starts_with_any(head(t), MISFORTUNE)) {
        return;
    }
    as_sympathy(terms, cfg);
}

/// Every warning word counts `cfg.condolence_factor` times its weight on
/// the cooperative side, tagged `condole`: grief over a loss said to its
/// victims is sympathy.
fn as_sympathy(terms: &mut [Term], cfg: &RuleConfig) {
    for t in terms.iter_mut().filter(|t| t.value < 0.0) {
        let at = t.tokens.start;
        change(t, -cfg.condolence_factor, Rule::Condolence, at);
    }
}

/// Words of grief that a speaker feels: a quoted fragment made of them
/// ("'deep sorrow'", "'devastated'") is the speaker's own grief.
const FELT: &[&str] = &[
    "pain",
    "painful",
    "grief",
    "sorrow",
    "sad",
    "sadness",
    "saddened",
    "devastated",
    "heartbroken",
    "heartbreaking",
    "shocked",
    "anguish",
    "mourning",
];

/// Longest fragment, in words, that [`grief_fragment`] reads as grief
/// alone.
const GRIEF_FRAGMENT_WORDS: usize = 4;

/// "'Great pain'", "'devastated'", "'deeply saddened'": a partial quote of
/// at most [`GRIEF_FRAGMENT_WORDS`] words whose only warning words are
/// words of grief felt ([`FELT`]) quotes the speaker's grief at a loss,
/// which in diplomacy is sympathy, a cooperative gesture. The warning
/// words count `cfg.condolence_factor` times their weight on the
/// cooperative side (tagged `condole`). A word of hostility or
/// accusation beside them ("'devastating attack'", "'painful
/// sanctions'") leaves every word its sign, and so does a longer
/// fragment, which says more than the feeling.
pub fn grief_fragment(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig) {
    let words = tokens.iter().filter(|t| t.is_word).count();
    let head = |t: &Term| tokens[t.tokens.end - 1].text.as_str();
    let mut warnings = terms.iter().filter(|t| t.value < 0.0).peekable();
    if words > GRIEF_FRAGMENT_WORDS || warnings.peek().is_none() || !warnings.all(|t| FELT.contains(&head(t))) {
        return;
    }
    as_sympathy(terms, cfg);
}

/// Verbs that give back what was taken or set free who was held:
/// "release", "free", "return", in their forms.
const RELEASE: &[&str] = &[
    "release",
    "releases",
    "released",
    "releasing",
    "free",
    "frees",
    "freed",
    "freeing",
    "return",
    "returns",
    "returned",
    "returning",
];

/// Words for who is held or what was taken: the captive, not the captor
/// ("hostages", "detainees", "the seized ship", "impounded vessels").
const CAPTIVE: &[&str] = &[
    "hostage",
    "hostages",
    "prisoner",
    "prisoners",
    "captive",
    "captives",
    "detainee",
    "detainees",
    "detained",
    "seized",
    "captured",
    "impounded",
    "confiscated",
    "abducted",
    "kidnapped",
    "arrested",
    "jailed",
    "imprisoned",
];

/// Words before a verb of release that undo it: "refused to release",
/// "did not return", "failed to free".
fn release_undone(tokens: &[Token], i: usize) -> bool {
    tokens[i.saturating_sub(3)..i].iter().any(|t| {
        let w = t.text.as_str();
        is_negator(w) || w.starts_with("refus") || w.starts_with("fail") || w.starts_with("reject")
    })
}

/// "They released the detained fishermen", "the rebels will return the
/// weapons seized from the peacekeepers": giving back what was taken, or
/// setting free who was held, is a cooperative gesture, though the words
/// for the captives are dark. A verb of release ([`RELEASE`], not "return
/// to", and not undone by a negator or a refusal just before it, see
/// [`release_undone`]) whose object, up to eight tokens on in its clause,
/// holds a word for a captive ([`CAPTIVE`]) turns the untouched warning
/// words from the verb to that word cooperative, as a de-escalating verb
/// turns its object (`cfg.removal_factor`, tagged `deesc`). "Released a
/// statement on the war" names no captive and is left alone; so are the
/// captors ("fired on the kidnappers").
pub fn release(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    for i in 0..tokens.len() {
        if !RELEASE.contains(&tokens[i].text.as_str()) || tokens.get(i + 1).is_some_and(|t| t.text == "to") {
            continue;
        }
        if release_undone(tokens, i) {
            continue;
        }
        let end = clause_end(tokens, i + 1, i + 9, sh);
        let head = |t: &Term| tokens[t.tokens.end - 1].text.as_str();
        let Some(last) = starting_in(terms, i + 1, end, sh)
            .iter()
            .filter(|t| t.value < 0.0)
            .find(|t| CAPTIVE.contains(&head(t)))
            .map(|t| t.tokens.end)
        else {
            continue;
        };
        for t in starting_in(terms, i + 1, last, sh).iter_mut().filter(|t| untouched(t)) {
            change(t, cfg.removal_factor, Rule::Deescalation, i);
        }
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
pub fn forbid(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    let boundary = |t: &Token| matches!(t.text.as_str(), "," | ";" | ":" | "." | "!" | "?");
    if !terms.iter().any(|t| t.base < 0.0 && t.value > 0.0) {
        return;
    }
    // For each position, where its clause starts and the last word of the
    // first person before it: one pass, looked up per negator.
    sh.step(tokens.len());
    let (mut starts, mut firsts) = (Vec::with_capacity(tokens.len()), Vec::with_capacity(tokens.len()));
    let (mut start, mut first) = (0, None);
    for (k, w) in tokens.iter().enumerate() {
        starts.push(start);
        firsts.push(first);
        if boundary(w) {
            start = k + 1;
        }
        if FIRST_PERSON.contains(&w.text.as_str()) {
            first = Some(k);
        }
    }
    for t in terms.iter_mut().filter(|t| t.base < 0.0 && t.value > 0.0) {
        let Some(k) = t.rules.iter().position(|r| *r == Rule::Negation) else { continue };
        let neg = t.triggers[k];
        if !denies_permission(tokens, neg) {
            continue;
        }
        if firsts[neg].is_some_and(|f| f >= starts[neg]) {
            continue;
        }
        t.value = t.base * cfg.prohibition_factor;
        t.rules.push(Rule::Prohibition);
        t.triggers.push(neg);
    }
}

/// Whether rule `r` only grades a word's weight (a hedge, an
/// intensifier, a contrast) and leaves its sign and reading alone.
fn grades(r: Rule) -> bool {
    matches!(r, Rule::Intensifier | Rule::Diminisher | Rule::Hedge | Rule::AfterContrast | Rule::BeforeContrast)
}

/// Whether token `t` ends a clause.
fn is_boundary(t: &Token) -> bool {
    matches!(t.text.as_str(), "," | ";" | ":" | "." | "!" | "?" | "(" | ")" | "\"")
}

/// The end of the clause that holds token `i` (exclusive), or `limit`
/// when the clause runs on past it: only the tokens up to `limit` are
/// looked at, so that a rule's window costs its own length and not the
/// sentence's.
fn clause_end(tokens: &[Token], i: usize, limit: usize, sh: &Shifters) -> usize {
    let lim = limit.min(tokens.len()).max(i);
    sh.step(lim - i);
    tokens[i..lim].iter().position(is_boundary).map_or(lim, |p| i + p)
}

/// The terms that start in `from..to`: terms come in text order, so
/// they are found by binary search, not by a scan of every term.
fn starting_in<'t>(terms: &'t mut [Term], from: usize, to: usize, sh: &Shifters) -> &'t mut [Term] {
    sh.step(1 + terms.len().max(1).ilog2() as usize);
    let a = terms.partition_point(|t| t.tokens.start < from);
    let b = terms.partition_point(|t| t.tokens.start < to).max(a);
    sh.step(b - a);
    &mut terms[a..b]
}

/// Whether a warning term has not been turned by a negator or a
/// de-escalating verb already, and no rule other than a grading one
/// touched it.
fn untouched(t: &Term) -> bool {
    t.value < 0.0 && t.rules.iter().all(|r| grades(*r))
}

/// Beginnings of verbs by which a party leaves a commitment, each with
/// the word that links it to what it leaves ("" when the object follows
/// the verb): "withdraw from", "pulled out of", "walked away from",
/// "reneged on", "quit the pact", "tore up the accord", and the verbs
/// that stop one ("suspended the agreement", "froze the deal", "broke off
/// the talks").
const EXIT: &[(&str, &str)] = &[
    ("withdr", "from"),
    ("pull", "out"),
    ("walk", "away"),
    ("back", "out"),
    ("renege", "on"),
    ("exit", ""),
    ("quit", ""),
    ("left", ""),
    ("leave", ""),
    ("leaving", ""),
    ("tore", "up"),
    ("tear", "up"),
    ("torn", "up"),
    ("scrap", ""),
    ("abrogat", ""),
    ("suspend", ""),
    ("froze", ""),
    ("freez", ""),
    ("cancel", ""),
    ("terminat", ""),
    ("broke", "off"),
    ("break", "off"),
    ("call", "off"),
];

/// Nouns of a commitment two parties share and one can leave, beyond the
/// documents of [`DOCUMENT`]: "deal", "talks", "negotiations".
const COMMITMENT: &[&str] = &["deal", "deals", "talks", "negotiations", "arrangement", "framework"];

/// Words that may stand between a verb of leaving and what it leaves:
/// the link words, determiners and a few adjectives of documents.
const EXIT_FILLER: &[&str] = &[
    "from",
    "out",
    "of",
    "away",
    "on",
    "up",
    "the",
    "a",
    "an",
    "this",
    "that",
    "our",
    "their",
    "its",
    "his",
    "her",
    "landmark",
    "historic",
    "nuclear",
    "trade",
    "peace",
    "bilateral",
    "joint",
];

/// "We regret their decision to withdraw from the agreement", "they
/// walked away from the deal", "the junta tore up the accord": a document
/// or shared commitment ([`DOCUMENT`], [`COMMITMENT`]) that a party
/// leaves ([`EXIT`]) is what is lost, so it counts as warning. A
/// cooperative term whose head is such a noun, untouched or only graded,
/// with a verb of leaving at most five words before it in its clause and
/// only link words, determiners and document adjectives between
/// ([`EXIT_FILLER`]), is multiplied by `cfg.obstruction_factor` (tagged
/// `harmed`). Each term looks back a bounded number of tokens.
pub fn exit_from(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    for t in terms.iter_mut() {
        let head = tokens[t.tokens.end - 1].text.as_str();
        if t.value <= 0.0
            || !t.rules.iter().all(|r| grades(*r))
            || !(DOCUMENT.contains(&head) || COMMITMENT.contains(&head))
        {
            continue;
        }
        let mut k = t.tokens.start;
        let floor = k.saturating_sub(6);
        sh.step(6);
        while k > floor {
            k -= 1;
            let w = tokens[k].text.as_str();
            let exits = EXIT.iter().any(|(verb, link)| {
                w.starts_with(verb) && (link.is_empty() || tokens.get(k + 1).is_some_and(|n| n.text.as_str() == *link))
            });
            if exits {
                change(t, cfg.obstruction_factor, Rule::Obstruction, k);
                break;
            }
            if !EXIT_FILLER.contains(&w) {
                break;
            }
        }
    }
}

/// Beginnings of verbs of watching: "follow", "monitor", "watch",
/// "observe", "track".
const WATCH: &[&str] = &["follow", "monitor", "watch", "observ", "track"];

/// Adverbs of care that grade how one works with others ("work
/// closely") or how one watches ("follow closely").
const CARE: &[&str] = &["closely", "carefully", "attentively"];

/// "We will continue to follow the situation closely", "the envoy is
/// closely monitoring developments": an adverb of care ([`CARE`]) that
/// grades a verb of watching ([`WATCH`]) — the verb at most five words
/// before it in its clause, or right after it — says that one watches,
/// not that one cooperates. The adverb, untouched or only graded, counts
/// `cfg.topic_factor` as much (tagged `topic`); "work closely with" keeps
/// its weight. Each adverb looks at a bounded number of tokens.
pub fn watching(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    for t in terms.iter_mut() {
        if t.tokens.len() != 1 || t.value <= 0.0 || !t.rules.iter().all(|r| grades(*r)) {
            continue;
        }
        let at = t.tokens.start;
        if !CARE.contains(&tokens[at].text.as_str()) {
            continue;
        }
        sh.step(6);
        let watches = |k: usize| starts_with_any(tokens[k].text.as_str(), WATCH);
        let mut verb = (at + 1 < tokens.len() && watches(at + 1)).then_some(at + 1);
        let mut k = at;
        while verb.is_none() && k > at.saturating_sub(6) {
            k -= 1;
            if is_boundary(&tokens[k]) {
                break;
            }
            if watches(k) {
                verb = Some(k);
            }
        }
        if let Some(v) = verb {
            change(t, cfg.topic_factor, Rule::Topic, v);
        }
    }
}

/// Beginnings of verbs that further what they govern: "support",
/// "encourage", "promote", "provide", "facilitate", "help", "assist",
/// "foster", "fuel".
const FURTHER: &[&str] =
    &["support", "encourag", "promot", "provid", "facilitat", "help", "assist", "foster", "fuel", "enabl"];

/// Beginnings of words for people in need and their plight: helped, they
/// are aided ("assist the refugees", "help end the famine").
const NEED: &[&str] = &["refugee", "displaced", "migrant", "famine", "hunger", "poverty", "needy", "homeless"];

/// Words that may stand between a verb that furthers and its object.
const FURTHER_FILLER: &[&str] =
    &["the", "a", "an", "this", "that", "these", "such", "any", "more", "further", "their", "its"];

/// "They support terrorism", "the visit only provides tension",
/// "they encourage separatist forces": a verb that furthers ([`FURTHER`])
/// whose object is a warning word — right after it or after determiners
/// only ([`FURTHER_FILLER`]), untouched by other rules — furthers harm:
/// the verb's cooperative value, untouched or only graded, is multiplied
/// by `cfg.obstruction_factor` (tagged `harmed`). Help to the victims of a
/// misfortune or to people in need ("help the flood victims", "assist
/// refugees", [`MISFORTUNE`], [`NEED`]) is aid, and stays; so is "help"
/// before a bare verb ("help defend"), a warning noun that opens a
/// cooperative compound ("support debt relief") and an object that is a
/// shifter's verb ("support the fight against terrorism"). Each verb looks at a bounded number of tokens.
pub fn furthers(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    for k in 0..terms.len() {
        let (at, end) = (terms[k].tokens.start, terms[k].tokens.end);
        if terms[k].tokens.len() != 1
            || terms[k].value <= 0.0
            || !terms[k].rules.iter().all(|r| grades(*r))
            || !starts_with_any(tokens[at].text.as_str(), FURTHER)
        {
            continue;
        }
        let mut j = end;
        sh.step(4);
        while j < tokens.len().min(end + 3) && FURTHER_FILLER.contains(&tokens[j].text.as_str()) {
            j += 1;
        }
        let Some(object) = terms.get(k + 1) else { continue };
        if object.tokens.start != j || !untouched(object) || sh.weighted_at(j).is_some() {
            // A shifter at the object is a verb of its own ("support the
            // fight against terrorism", "help prevent escalation").
            continue;
        }
        if j == end && tokens[at].text.starts_with("help") {
            // "help defend", "help end": "help" takes a bare verb.
            continue;
        }
        if terms.get(k + 2).is_some_and(|n| n.tokens.start == object.tokens.end && n.value > 0.0) {
            // A compound whose last noun is cooperative: "debt relief",
            // "conflict resolution".
            continue;
        }
        let object = &terms[k + 1];
        let aid = tokens[object.tokens.clone()]
            .iter()
            .any(|w| starts_with_any(w.text.as_str(), MISFORTUNE) || starts_with_any(w.text.as_str(), NEED));
        if !aid {
            change(&mut terms[k], cfg.obstruction_factor, Rule::Obstruction, j);
        }
    }
}

/// Beginnings of words of hope: "hope", "hopeful", "optimistic".
const HOPE: &[&str] = &["hope", "optimis"];

/// Beginnings of words of doubt about an outcome: "skeptical",
/// "doubtful", "pessimistic", "uncertain", "unsure".
const DOUBT: &[&str] = &["skeptic", "sceptic", "doubt", "pessimis", "uncertain", "unsure"];

/// Whether term `t` is a word of `stems` that no rule but a grading one
/// touched.
fn plain_word(t: &Term, tokens: &[Token], stems: &[&str]) -> bool {
    t.tokens.len() == 1
        && t.rules.iter().all(|r| grades(*r))
        && starts_with_any(tokens[t.tokens.start].text.as_str(), stems)
        && !tokens[t.tokens.start].text.starts_with("hopeless")
}

/// "I hope, although I am skeptical", "we are hopeful for a deal, but
/// doubtful about the timing": a hope ([`HOPE`]) held with a doubt
/// ([`DOUBT`]) in the same sentence, the doubt after a word of contrast or
/// concession ("but", "although", "though", "yet", "while"), is a guarded
/// expectation and takes no side. Both words count `cfg.topic_factor` as
/// much (tagged `topic`); other words of the sentence keep their weight.
/// One pass over the terms, sentence by sentence.
pub fn guarded_hope(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    sh.step(terms.len());
    let mut hope: Option<usize> = None;
    let mut sentence = 0;
    for k in 0..terms.len() {
        let start = terms[k].tokens.start;
        let s = sh.sentence_start(start);
        if s != sentence {
            sentence = s;
            hope = None;
        }
        if terms[k].value > 0.0 && plain_word(&terms[k], tokens, HOPE) {
            hope = Some(k);
            continue;
        }
        let Some(h) = hope else { continue };
        if terms[k].value >= 0.0 || !plain_word(&terms[k], tokens, DOUBT) {
            continue;
        }
        let from = terms[h].tokens.end;
        sh.step(start - from);
        let conceded = tokens[from..start]
            .iter()
            .any(|t| matches!(t.text.as_str(), "but" | "although" | "though" | "yet" | "while"));
        if conceded {
            let at = terms[k].tokens.start;
            change(&mut terms[h], cfg.topic_factor, Rule::Topic, at);
            change(&mut terms[k], cfg.topic_factor, Rule::Topic, at);
            hope = None;
        }
    }
}

/// Nouns of action that a relative clause describes: "actions that
/// could escalate tensions", "steps which might inflame the situation".
const ACT_NOUN: &[&str] =
    &["action", "actions", "act", "acts", "step", "steps", "move", "moves", "measures", "activities", "anything"];

/// "We urge all parties to refrain from actions that could escalate
/// tensions", "avoid any steps which might inflame the region": a negator
/// or de-escalating verb whose object is a noun of action ([`ACT_NOUN`],
/// after at most one of "any", "all", "such", "further", "unilateral")
/// followed by "that" or "which" governs the warning words of that
/// relative clause: they are what is avoided. Each warning term of the
/// clause that no rule but a grading one touched takes the shifter's
/// weight (a negator's times `cfg.negated_warning_factor`), tagged as a
/// negation or a de-escalation. One pass over the tokens; each clause is
/// read once.
pub fn avoided_acts(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    sh.step(tokens.len());
    let mut done = 0;
    for i in 1..tokens.len().saturating_sub(1) {
        if i < done
            || !ACT_NOUN.contains(&tokens[i].text.as_str())
            || !matches!(tokens[i + 1].text.as_str(), "that" | "which")
        {
            continue;
        }
        let mut from = i;
        if matches!(tokens[i - 1].text.as_str(), "any" | "all" | "such" | "further" | "unilateral") {
            from -= 1;
        }
        // The shifter that ends right before the noun phrase.
        let shifter = (from.saturating_sub(3)..from).find_map(|k| match sh.weighted_at(k) {
            Some((c @ (Class::Negator | Class::Deescalator), w, len)) if k + len == from => Some((k, c, w)),
            _ => None,
        });
        let Some((k, class, w)) = shifter else { continue };
        let end = clause_end(tokens, i + 2, i + 2 + 12, sh);
        for t in starting_in(terms, i + 2, end, sh) {
            if untouched(t) {
                if class == Class::Negator {
                    change(t, w * cfg.negated_warning_factor, Rule::Negation, k);
                } else {
                    change(t, w, Rule::Deescalation, k);
                }
            }
        }
        done = end;
    }
}

/// Words that name what one intends or plans: "no intention of", "not
/// seeking", "has no plans to". Not "want", which as often refuses a
/// mistake as it denies an aim ("we don't want to repeat that mistake").
const INTENT: &[&str] = &[
    "intention",
    "intentions",
    "intend",
    "intends",
    "plan",
    "plans",
    "desire",
    "wish",
    "seek",
    "seeking",
    "aim",
    "aims",
];

/// Whether token `i` is a full function-word negator.
fn is_negator(word: &str) -> bool {
    matches!(word, "not" | "no" | "never") || word.ends_with("n't")
}

/// "We have no intention of engaging in conflict with anyone", "there
/// will not be a new arms race": a denial of hostile intent, or a promise
/// that something hostile will not come about, reassures. A negator
/// followed within three tokens by a word of intent ([`INTENT`]), or an
/// existential future "there will not be" / "there will be no" / "there
/// won't be", reaches the first
/// warning words later in its clause, up to eight tokens on, which a
/// plain negator leaves out of reach: they turn mildly cooperative, as a
/// negated warning word does (`cfg.negated_warning_factor` times the
/// weight of "not"). The negator then negates something and adds no bare
/// negation.
pub fn deny_intent(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    let at = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    for i in 0..tokens.len() {
        let w = at(i);
        if !is_negator(w) {
            continue;
        }
        // "there will not be", "there won't be", "there will be no": what
        // will not exist; "will not be deterred" is another matter.
        let back = |n: usize| i.checked_sub(n).map_or("", at);
        let future = (w == "won't" && back(1) == "there" && at(i + 1) == "be")
            || (w == "not" && back(2) == "there" && back(1) == "will" && at(i + 1) == "be")
            || (w == "no" && back(3) == "there" && back(2) == "will" && back(1) == "be");
        let intent = (i + 1..(i + 4).min(tokens.len())).find(|&k| INTENT.contains(&at(k)));
        let from = match (intent, future) {
            (Some(k), _) => k + 1,
            (None, true) => i + 1,
            (None, false) => continue,
        };
        let end = clause_end(tokens, from.min(tokens.len()), from + 8, sh);
        for t in starting_in(terms, from, end, sh) {
            if t.triggers.contains(&i) || !untouched(t) {
                continue;
            }
            change(t, -cfg.negated_warning_factor * 0.7, Rule::Denial, i);
        }
    }
}

/// Words for a conflict shared by the parties to it, which a call to end
/// it accuses no one of: "war", "conflict", "fighting", "hostilities".
/// Not one party's wrongdoing ("occupation", "aggression"), whose end is
/// demanded of that party.
const CONFLICT: &[&str] = &[
    "war",
    "wars",
    "conflict",
    "conflicts",
    "fighting",
    "hostilities",
    "violence",
    "bloodshed",
    "clashes",
    "confrontation",
    "confrontations",
    "standoff",
    "dispute",
    "disputes",
    "tensions",
    "crisis",
    "escalation",
    "killing",
    "killings",
    "suffering",
];

/// Nouns that call for an end when "to" follows: "an end to", "a halt
/// to", "a stop to".
const END: &[&str] = &["end", "halt", "stop"];

/// "A strong call for an end to the long conflict in the north", "we
/// ask for a halt to this senseless and bloody war": a call to end a
/// conflict shared by the parties ([`CONFLICT`]) is cooperative. The verb
/// "end" over its object is the de-escalation rule's; the nominal call,
/// "an end to", "a halt to", spends that rule's window on its article and
/// preposition, and a name or a string of modifiers puts the conflict word
/// out of reach. The first conflict word up to six tokens after "to", in
/// its clause, and the warning words before it that modify it, when not
/// turned already, are multiplied by `cfg.end_conflict_factor`
/// (negative), which turns them cooperative.
pub fn end_conflict(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    for i in 0..tokens.len() {
        if !END.contains(&tokens[i].text.as_str()) || tokens.get(i + 1).is_none_or(|t| t.text != "to") {
            continue;
        }
        let end = clause_end(tokens, i, i + 8, sh);
        let head = |t: &Term| tokens[t.tokens.end - 1].text.as_str();
        let Some(conflict) = starting_in(terms, i + 1, end, sh)
            .iter()
            .filter(|t| t.value != 0.0)
            .find(|t| CONFLICT.contains(&head(t)))
            .map(|t| t.tokens.end)
        else {
            continue;
        };
        // The conflict word and the warning words that modify it ("this
        // senseless and bloody war").
        for t in starting_in(terms, i + 1, conflict, sh).iter_mut().filter(|t| t.tokens.end <= conflict && untouched(t))
        {
            change(t, cfg.end_conflict_factor, Rule::EndConflict, i);
        }
    }
}

/// Demands in the lexicon that end in a verb of ending ("must end",
/// "must stop"), read alone as "the occupation must end".
const ENDING_DEMAND: &[&str] = &["end", "stop", "cease", "halt"];

/// Words that may stand between a verb of ending and the conflict it ends.
const END_FILLER: &[&str] = &["the", "this", "that", "these", "those", "all", "such", "a"];

/// "We must end this war", "all sides must stop the fighting": a demand
/// of ending ([`ENDING_DEMAND`]) that takes a conflict shared by the
/// parties ([`CONFLICT`]) as its object, right after it or after a
/// determiner, calls for peace and names no culprit: the demand is
/// multiplied by `cfg.end_conflict_factor` (negative), which turns it
/// cooperative, and so is the conflict word when no rule turned it yet
/// (still a warning).
/// "The occupation must end" (no object) and "they must stop the
/// shelling" (one party's act) stay warnings.
pub fn end_conflict_demand(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    sh.step(terms.len());
    for k in 0..terms.len() {
        let t = &terms[k];
        let last = tokens[t.tokens.end - 1].text.as_str();
        if t.base >= 0.0 || t.tokens.len() < 2 || !ENDING_DEMAND.contains(&last) || !untouched(t) {
            continue;
        }
        let mut j = t.tokens.end;
        while j < tokens.len() && j < t.tokens.end + 2 && END_FILLER.contains(&tokens[j].text.as_str()) {
            sh.step(1);
            j += 1;
        }
        let at = t.tokens.start;
        let Some(object) = terms[k + 1..].first().filter(|o| o.tokens.start == j) else { continue };
        if !CONFLICT.contains(&tokens[object.tokens.end - 1].text.as_str()) {
            continue;
        }
        let turn_object = object.value < 0.0;
        change(&mut terms[k], cfg.end_conflict_factor, Rule::EndConflict, at);
        if turn_object {
            change(&mut terms[k + 1], cfg.end_conflict_factor, Rule::EndConflict, at);
        }
    }
}

/// Beginnings of verbs and nouns of building: what they build is the
/// point of the effort ("efforts to strengthen trust").
const BUILD: &[&str] = &[
    "strengthen",
    "build",
    "improv",
    "promot",
    "foster",
    "deepen",
    "enhanc",
    "restor",
    "advanc",
    "consolidat",
    "boost",
    "preserv",
    "sustain",
    "nurtur",
];

/// "This incident undermines efforts to strengthen trust and confidence":
/// criticism wrapped in positive nouns. When a verb of harm has harmed a
/// verb of building ([`BUILD`], tagged `harmed` by the harm rule), what
/// is being built is harmed too: the cooperative terms up to four tokens
/// after it in its clause, and the conjuncts an "and" or "or" carries on,
/// count `cfg.obstruction_factor` times their weight.
pub fn harm_chain(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    for k in 0..terms.len() {
        let h = &terms[k];
        let Some(p) = h.rules.iter().position(|r| *r == Rule::Obstruction) else { continue };
        if !starts_with_any(&tokens[h.tokens.start].text, BUILD) {
            continue;
        }
        let (trigger, end) = (h.triggers[p], h.tokens.end);
        // The reach below never passes `end + 8`: the clause is looked at
        // that far.
        let stop = clause_end(tokens, end.min(tokens.len().saturating_sub(1)), end + 8, sh);
        let mut reach = end + 4;
        for (j, tok) in tokens.iter().enumerate().take(reach.min(stop)).skip(end) {
            if matches!(tok.text.as_str(), "and" | "or") {
                reach = reach.max(j + 5);
            }
        }
        for t in terms[k + 1..].iter_mut() {
            if t.tokens.start >= reach.min(stop) || t.value < 0.0 {
                break;
            }
            if t.value > 0.0 && t.rules.iter().all(|r| grades(*r)) {
                change(t, cfg.obstruction_factor, Rule::Obstruction, trigger);
            }
        }
    }
}

/// Words that may stand between "against" and what it opposes: "against
/// our freedom", "against the very principles".
const AGAINST_FILLER: &[&str] =
    &["the", "a", "an", "our", "their", "its", "his", "her", "your", "this", "that", "these", "those", "very", "any"];

/// "They worked systematically against our freedom and our cohesion",
/// "an act against peace": a cooperative word that "against" governs is
/// what is opposed, so it adds to the warning, as the object of a verb of
/// harm does. The first cooperative terms after a warning "against" (not
/// "not against", which is consent), with only determiners between, and
/// the conjuncts an "and" or "or" joins to them, count
/// `cfg.obstruction_factor` times their weight (tagged `harmed`).
pub fn oppose(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig) {
    for k in 0..terms.len() {
        let h = &terms[k];
        if h.value >= 0.0 || h.tokens.len() != 1 || tokens[h.tokens.start].text != "against" {
            continue;
        }
        let (trigger, first) = (h.tokens.start, h.tokens.end);
        let mut next = first;
        for t in terms[k + 1..].iter_mut() {
            let between = &tokens[next..t.tokens.start];
            let joined = between.iter().any(|w| matches!(w.text.as_str(), "and" | "or"));
            let fillers = between.iter().all(|w| {
                AGAINST_FILLER.contains(&w.text.as_str()) || (next > first && matches!(w.text.as_str(), "and" | "or"))
            });
            if !fillers || (next > first && !joined) || t.value <= 0.0 || !t.rules.iter().all(|r| grades(*r)) {
                break;
            }
            change(t, cfg.obstruction_factor, Rule::Obstruction, trigger);
            next = t.tokens.end;
        }
    }
}

/// "They have never stopped shelling the villages", "this will not be
/// solved with threats": a negated de-escalating verb ends nothing, so the
/// warning word it turned cooperative is a warning again. A term that the
/// de-escalation rule turned, with a negator ("not", "never", "no",
/// "-n't") up to three tokens before the de-escalating verb in its clause,
/// takes its sign back (tagged `persist`); that negator negates it and
/// adds no bare negation.
pub fn persist(terms: &mut [Term], tokens: &[Token]) {
    for t in terms.iter_mut().filter(|t| t.value > 0.0 && t.base < 0.0) {
        let Some(k) = t.rules.iter().position(|r| *r == Rule::Deescalation) else { continue };
        let verb = t.triggers[k];
        let from = verb.saturating_sub(3);
        let Some(neg) =
            (from..verb).rev().take_while(|&j| !is_boundary(&tokens[j])).find(|&j| is_negator(&tokens[j].text))
        else {
            continue;
        };
        t.value = -t.value;
        t.rules.push(Rule::Persistence);
        t.triggers.push(neg);
    }
}

/// Beginnings of verbs that end or suspend a relation, a pact or an
/// event: "terminate", "suspend", "cancel", "sever", "freeze", "revoke".
const ENDING: &[&str] =
    &["terminat", "suspend", "cancel", "scrap", "sever", "freez", "froze", "revok", "abrogat", "annul", "rescind"];

/// Words that end the object of a verb of ending before its first tone
/// word: a conjunction, a relative pronoun, an infinitive marker.
const OBJECT_STOP: &[&str] = &["and", "or", "but", "that", "which", "who", "to", "because", "if", "while"];

/// Factor on a cooperative object of a verb of ending: it flips, as the
/// shifter lexicon's negators of this kind do ("terminate" is -0.7).
const ENDING_FACTOR: f64 = -0.7;

/// "Chad will terminate the old defence cooperation agreement", "the
/// island suspended the trade partnership deal": what a verb of ending or
/// suspension ([`ENDING`]) ends is its object, the noun phrase after it,
/// whose head may stand beyond the negation window when a determiner and
/// modifiers come first. The first tone word up to six tokens after the
/// verb, in its clause and with no conjunction or relative pronoun
/// between ([`OBJECT_STOP`]), when cooperative, and the cooperative
/// words that follow it with nothing between (the rest of the compound:
/// "cooperation agreement"), each not touched by another rule, are
/// negated (`ENDING_FACTOR`, tagged `neg`). A warning object ("suspend
/// the shelling") is the de-escalation rule's. One pass over the tokens,
/// and each term is looked at once per verb before it in reach.
pub fn end_object(terms: &mut [Term], tokens: &[Token], sh: &Shifters) {
    for i in 0..tokens.len() {
        if !starts_with_any(&tokens[i].text, ENDING) {
            continue;
        }
        let end = clause_end(tokens, i + 1, i + 7, sh);
        let from = terms.partition_point(|t| t.tokens.start <= i);
        let Some(first) = terms.get(from).filter(|t| t.tokens.start < end) else { continue };
        if tokens[i + 1..first.tokens.start].iter().any(|w| OBJECT_STOP.contains(&w.text.as_str())) {
            continue;
        }
        let mut next = first.tokens.start;
        for t in terms[from..].iter_mut() {
            let own = t.rules.is_empty() || (t.rules == [Rule::Negation] && t.triggers == [i]);
            if t.tokens.start != next || t.base <= 0.0 || !own {
                break;
            }
            next = t.tokens.end;
            if t.rules.is_empty() {
                change(t, ENDING_FACTOR, Rule::Negation, i);
            }
        }
    }
}

/// Forms of verbs that end an activity named by a gerund after them:
/// "stop helping", "stopped cooperating", "quit supporting". The
/// shifter lexicon's "stop" only turns a warning object ("stop the
/// shelling"); "halt" and "cease" are negators there already.
const STOP: &[&str] = &["stop", "stops", "stopped", "stopping", "quit", "quits", "quitting"];

/// "They stopped cooperating on the river", "the court must stop
/// shielding the generals": a verb that ends an activity ([`STOP`])
/// right before a cooperative gerund, a term whose first word ends in
/// "-ing" and no other rule touched, ends that help or cooperation: the
/// term is negated (`ENDING_FACTOR`, tagged `neg`). A noun object ("stop
/// the talks") is left to the lexicon's shifters, and so is a warning
/// gerund ("stop shelling"), which the de-escalation rule turns.
pub fn stop_doing(terms: &mut [Term], tokens: &[Token], sh: &Shifters) {
    for i in 0..tokens.len() {
        if !STOP.contains(&tokens[i].text.as_str()) {
            continue;
        }
        for t in starting_in(terms, i + 1, i + 2, sh) {
            if t.base > 0.0 && t.rules.is_empty() && tokens[t.tokens.start].text.ends_with("ing") {
                change(t, ENDING_FACTOR, Rule::Negation, i);
            }
        }
    }
}

/// Words for wrongdoing that an accused party denies in so many words:
/// "we have not done anything wrong", "they did nothing illegal".
const WRONGDOING: &[&str] = &["wrong", "illegal", "unlawful", "improper", "criminal"];

/// Forms of "do", the verb of a denied act.
const DO: &[&str] = &["do", "does", "did", "done", "doing"];

/// Whether the negated warning term at `start` denies one's own
/// wrongdoing: a word of [`WRONGDOING`] right after "nothing" or
/// "anything", itself right after a form of "do" ("did nothing wrong",
/// "done anything wrong"), or "there is no" / "there are no" / "there was
/// no" before a word that accuses another party ("there is no blockade").
fn denies_wrongdoing(tokens: &[Token], start: usize, accuses: bool) -> bool {
    let back = |n: usize| start.checked_sub(n).map_or("", |k| tokens[k].text.as_str());
    let word = tokens[start].text.as_str();
    let done = WRONGDOING.contains(&word) && matches!(back(1), "nothing" | "anything") && DO.contains(&back(2));
    let none = accuses && back(1) == "no" && matches!(back(2), "is" | "are" | "was" | "were") && back(3) == "there";
    done || none
}

/// "We have not done anything wrong", "there is no blockade of the
/// port": a denial of wrongdoing rebuts an accusation, and a rebuttal
/// answers a charge in the dispute; it reassures no one. A warning term
/// that a negator turned cooperative ([`denies_wrongdoing`] decides) takes
/// its sign back (tagged `rebut`), at the damped weight the negation left
/// it. "There will be no war" (a promise, see [`deny_intent`]) and "there
/// is no problem" (no wrongdoing named) keep their turn.
pub fn rebut(terms: &mut [Term], tokens: &[Token], sh: &Shifters) {
    sh.step(terms.len());
    for t in terms.iter_mut() {
        if t.base >= 0.0 || t.value <= 0.0 || t.rules.first() != Some(&Rule::Negation) {
            continue;
        }
        let accuses = t.tokens.clone().any(|k| super::rules::accuses(&tokens[k].text));
        if denies_wrongdoing(tokens, t.tokens.start, accuses) {
            let at = t.triggers[0];
            change(t, -1.0, Rule::Rebuttal, at);
        }
    }
}

/// How far back, in tokens, a word that calls something empty looks for
/// what it is said of.
const HOLLOW_REACH: usize = 8;

/// Whether a warning term calls what it is said of empty: "rings
/// hollow", "sounds hollow", "empty words", "a charade", "a sham", "a
/// farce", "only on paper", "a dead letter", "strings attached", "the
/// silence of the graveyard", or void
/// or worn away: "impossible", "eroded".
fn calls_empty(words: &[Token]) -> bool {
    let first = words.first().map_or("", |w| w.text.as_str());
    let last = words.last().map_or("", |w| w.text.as_str());
    let second = words.get(1).map_or("", |w| w.text.as_str());
    matches!(first, "charade" | "farce" | "sham" | "empty" | "impossible" | "strings")
        || matches!(first, "eroded" | "erode" | "erodes" | "eroding")
        || (first == "only" && second == "as")
        || (first == "dead" && words.len() > 1)
        || (words.len() > 2 && matches!(last, "graveyard" | "grave"))
        || (words.len() > 2 && words.iter().any(|w| w.text == "paper"))
        || matches!(last, "nothing" | "nowhere")
        || words.iter().any(|w| w.text == "hollow")
}

/// Whether a warning term disowns the good words that follow it: "lip
/// service (to cooperation)", "at the expense / cost of (stability)".
fn disowns_next(words: &[Token]) -> bool {
    let word = |k: usize| words.get(k).map_or("", |w| w.text.as_str());
    word(0) == "lip" || (word(0) == "at" && matches!(word(2), "expense" | "cost"))
}

/// "Their talk of friendship rings hollow", "the peace process is a
/// charade": a word that calls something empty disowns the good words
/// it is said of, earlier in its clause and at most [`HOLLOW_REACH`]
/// tokens back; they read as harmed (factor `cfg.obstruction_factor`,
/// tagged `harmed`), not as praise. A negated "not a sham" leaves them
/// be, and so does a warning word between, which is what the emptiness
/// is said of ("the threats are empty words"). Words that say a result
/// came to nothing ("have brought nothing", "led nowhere") call it empty
/// too. "Lip service to" and "at the expense of" disown the good words
/// that follow them instead, up to the clause's end and at most
/// [`HOLLOW_REACH`] tokens on ("they pay lip service to cooperation",
/// "at the expense of regional stability").
pub fn hollow_praise(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    sh.step(terms.len());
    for k in 0..terms.len() {
        let h = &terms[k];
        if h.base >= 0.0 || !untouched(h) {
            continue;
        }
        let words = &tokens[h.tokens.clone()];
        let (at, end) = (h.tokens.start, h.tokens.end);
        let praised = if calls_empty(words) {
            let reach = at.saturating_sub(HOLLOW_REACH);
            sh.step(at - reach);
            let from = (reach..at).rev().find(|&j| is_boundary(&tokens[j])).map_or(reach, |j| j + 1);
            starting_in(&mut terms[..k], from, at, sh)
        } else if disowns_next(words) {
            let to = clause_end(tokens, end, end + HOLLOW_REACH, sh);
            starting_in(&mut terms[k + 1..], end, to, sh)
        } else {
            continue;
        };
        if praised.iter().any(|t| t.value < 0.0) {
            continue;
        }
        for t in praised.iter_mut() {
            if t.value > 0.0 && t.rules.iter().all(|r| grades(*r)) {
                change(t, cfg.obstruction_factor, Rule::Obstruction, at);
            }
        }
    }
}

/// Nouns of an inquiry into what went wrong.
const INQUIRY: &[&str] =
    &["investigation", "investigations", "inquiry", "inquiries", "enquiry", "probe", "probes", "inquest"];

/// How far past a good word the inquiry it qualifies may stand.
const INQUIRY_REACH: usize = 6;

/// "A thorough, impartial and credible inquiry into the shooting": good
/// words that qualify a noun of inquiry, alone or in a list joined by
/// commas, "and" or "or" (and one more word right before the noun,
/// "transparent and independent probe"), say what the inquiry must be like, not how the
/// speaker stands; the stance is the call for an inquiry, which names a
/// wrong. They count `cfg.topic_factor` as much (tagged `topic`). A good
/// word with anything else between ("we welcome the inquiry") keeps its
/// weight.
pub fn inquiry_attributes(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    sh.step(terms.len());
    let text = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    for k in 0..terms.len() {
        let t = &terms[k];
        if t.base <= 0.0 || !t.rules.iter().all(|r| grades(*r)) {
            continue;
        }
        let (mut j, stop) = (t.tokens.end, t.tokens.end + INQUIRY_REACH);
        let mut next = k + 1;
        let mut found = None;
        while j < stop && j < tokens.len() {
            sh.step(1);
            let w = text(j);
            if INQUIRY.contains(&w) {
                found = Some(j);
                break;
            }
            let adjective =
                INQUIRY.contains(&text(j + 1)) && !matches!(w, "a" | "an" | "the" | "no" | "any" | "this" | "that");
            if matches!(w, "," | "and" | "or") || adjective {
                j += 1;
                continue;
            }
            match terms.get(next) {
                Some(u) if u.tokens.start == j && u.base > 0.0 => {
                    j = u.tokens.end;
                    next += 1;
                }
                _ => break,
            }
        }
        if let Some(at) = found {
            change(&mut terms[k], cfg.topic_factor, Rule::Topic, at);
        }
    }
}

/// Words that may stand between a distancing "so-called" or "what they
/// call" and the word it disowns.
const DISTANCE_FILLER: &[&str] = &["the", "a", "an", "their", "his", "her", "its", "this", "that"];

/// Whether the tokens before `i` (determiners skipped) distance the
/// speaker from the word at `i`: "so-called", "so called", or "what
/// they / you / some / he / she call(s)", "what is called".
fn distanced(tokens: &[Token], mut i: usize, sh: &Shifters) -> Option<usize> {
    let text = |k: usize| tokens[k].text.as_str();
    let mut skipped = 0;
    while i > 0 && skipped < 2 && DISTANCE_FILLER.contains(&text(i - 1)) {
        sh.step(1);
        i -= 1;
        skipped += 1;
    }
    if i < 2 || !matches!(text(i - 1), "called" | "call" | "calls") {
        return None;
    }
    let mut k = i - 2;
    if text(k) == "-" && k > 0 {
        k -= 1;
    }
    if text(k) == "so" {
        return Some(k);
    }
    let who = matches!(text(k), "they" | "you" | "some" | "he" | "she" | "is" | "was");
    (who && k > 0 && text(k - 1) == "what").then(|| k - 1)
}

/// "Their so-called partnership", "what they call dialogue": a good word
/// the speaker puts in someone else's mouth is disowned, as in scare
/// quotes, and counts as a warning at `cfg.obstruction_factor` times its
/// weight (tagged `harmed`). A warning word so named ("the so-called
/// threat") keeps its sign: the statement is a rebuttal either way.
pub fn distanced_praise(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    sh.step(terms.len());
    for t in terms.iter_mut() {
        if t.value <= 0.0 || !t.rules.iter().all(|r| grades(*r)) {
            continue;
        }
        if let Some(at) = distanced(tokens, t.tokens.start, sh) {
            change(t, cfg.obstruction_factor, Rule::Obstruction, at);
        }
    }
}

/// "Our region has become less secure", "the reply was less than
/// friendly": "less" right before a cooperative word (or "less than"
/// before it) says the quality falls short, a decline or a litotes, and
/// not a smaller dose of praise as the diminisher alone reads it. The
/// term, diminished by that "less", is negated (factor -1 on its damped
/// weight, tagged `neg`). "No less important" and "not less secure" deny
/// the shortfall and keep the diminished cooperative reading, and "less
/// hostile", a warning word, stays the diminisher's.
pub fn fall_short(terms: &mut [Term], tokens: &[Token], sh: &Shifters) {
    sh.step(terms.len());
    let text = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    for t in terms.iter_mut() {
        if t.base <= 0.0 || t.value <= 0.0 {
            continue;
        }
        let Some(pos) = t.rules.iter().position(|r| *r == Rule::Diminisher) else { continue };
        let at = t.triggers[pos];
        let next = if text(at + 1) == "than" { at + 2 } else { at + 1 };
        if text(at) != "less" || next != t.tokens.start {
            continue;
        }
        let before = at.checked_sub(1).map_or("", text);
        if is_negator(before) || matches!(before, "none" | "nothing") {
            continue;
        }
        change(t, -1.0, Rule::Negation, at);
    }
}

/// "Instead of sweeping accusations, one ought to show restraint",
/// "rather than threats, they chose a blockade": what "instead of" or
/// "rather than" sets aside is there, named as the wrong course, not
/// denied. A warning word that such a negator turned cooperative takes
/// its sign back at the damped weight the negation left it (tagged
/// `instead`). A cooperative word set aside ("instead of help, they sent
/// soldiers") stays negated: the reproach is the negator's reading.
pub fn instead(terms: &mut [Term], tokens: &[Token], sh: &Shifters) {
    sh.step(terms.len());
    for t in terms.iter_mut() {
        if t.base >= 0.0 || t.value <= 0.0 || t.rules.first() != Some(&Rule::Negation) {
            continue;
        }
        let at = t.triggers[0];
        let next = tokens.get(at + 1).map_or("", |w| w.text.as_str());
        let alternative = match tokens[at].text.as_str() {
            "instead" => next == "of",
            "rather" => next == "than",
            _ => false,
        };
        if alternative {
            change(t, -1.0, Rule::Alternative, at);
        }
    }
}

/// Nouns that announce a proposition: "the vision is to ...", "our
/// understanding is that ...", "the goal is to ...". Not nouns of goodwill
/// offered ("hope", "wish", "promise", "commitment"), which are gestures
/// of their own.
const ANNOUNCING: &[&str] = &[
    "vision",
    "understanding",
    "idea",
    "goal",
    "aim",
    "plan",
    "objective",
    "purpose",
    "intention",
    "expectation",
    "assumption",
    "view",
    "position",
];

/// Words that may open the noun phrase of an announcing noun.
const DETERMINERS: &[&str] = &["the", "our", "my", "their", "his", "her", "its", "your", "this"];

/// "The vision is to work towards a federation", "from the start the
/// understanding was that it would take time", "our goal is to cut the
/// tariffs": a noun of aim or belief ([`ANNOUNCING`]) as the subject of
/// "is/was/are/were/remains" + "to"/"that" only announces the statement
/// after it, which carries any tone; the noun names that statement's
/// topic and counts `cfg.topic_factor` as much (tagged `topic`). The noun
/// must open its phrase (a determiner or the text's start before it) and
/// be untouched by other rules: "a shared vision of peace" and "the
/// understanding between the two peoples" keep their weight.
pub fn announces(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    sh.step(terms.len());
    let text = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    for t in terms.iter_mut() {
        let i = t.tokens.start;
        if t.tokens.len() != 1 || !t.rules.is_empty() || !ANNOUNCING.contains(&text(i)) {
            continue;
        }
        let opens = i == 0 || DETERMINERS.contains(&text(i - 1));
        let copula = matches!(text(i + 1), "is" | "was" | "are" | "were" | "remains");
        if opens && copula && matches!(text(i + 2), "to" | "that") {
            change(t, cfg.topic_factor, Rule::Topic, i + 1);
        }
    }
}

/// Nouns of help that a party may seek.
const HELP: &[&str] = &["help", "assistance", "support", "aid"];

/// Whether the words ending at token `k` (inclusive) seek or need what
/// follows them: "looking for", "asked for", "seeking", "need", "in need
/// of". Not "needed", which before a noun is as often the adjective of
/// help given ("much needed aid arrived").
fn seeks(tokens: &[Token], k: usize) -> bool {
    let text = |j: usize| tokens.get(j).map_or("", |t| t.text.as_str());
    match text(k) {
        "seek" | "seeks" | "seeking" | "sought" | "need" | "needs" => true,
        "for" => k.checked_sub(1).is_some_and(|j| {
            matches!(text(j), "look" | "looks" | "looking" | "looked" | "ask" | "asks" | "asking" | "asked")
        }),
        "of" => k >= 2 && text(k - 1) == "need" && text(k - 2) == "in",
        _ => false,
    }
}

/// "The islanders are looking for help", "before seeking security
/// assistance", "they need support": help sought or needed is a want of
/// help, not help given or offered, and the noun of help ([`HELP`]) right
/// after the seeking words (one modifier may stand between) only names
/// what is wanted: it counts `cfg.topic_factor` as much (tagged `topic`).
/// Help given ("they sent help"), offered ("ready to help") or the verb
/// ("they help us") keeps its weight.
pub fn sought(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    sh.step(terms.len());
    for t in terms.iter_mut() {
        let i = t.tokens.start;
        let last = t.tokens.end - 1;
        if !t.rules.is_empty() || t.base <= 0.0 || !HELP.contains(&tokens[last].text.as_str()) || i == 0 {
            continue;
        }
        let at = if seeks(tokens, i - 1) {
            Some(i - 1)
        } else if i >= 2 && tokens[i - 1].is_word && seeks(tokens, i - 2) {
            Some(i - 2)
        } else {
            None
        };
        if let Some(at) = at {
            change(t, cfg.topic_factor, Rule::Topic, at);
        }
    }
}

/// Verbs of comparison: "against" after them is the standard compared
/// with, not opposition ("measure a deal against our tests").
const COMPARE: &[&str] = &[
    "measure",
    "measured",
    "measuring",
    "weigh",
    "weighs",
    "weighed",
    "weighing",
    "compare",
    "compared",
    "comparing",
    "check",
    "checked",
    "checking",
    "test",
    "tested",
    "testing",
    "balance",
    "balanced",
    "balancing",
    "benchmarked",
    "judge",
    "judged",
];

/// "We will measure the deal against our tests", "the costs were weighed
/// against the gains", "prices compared against last year": after a verb
/// of comparison ([`COMPARE`]) in its clause, up to five tokens back,
/// "against" names the standard and is no opposition; the term counts
/// `cfg.topic_factor` as much (tagged `topic`). A verb form that is also
/// a noun ("a check against fraud", "a test against the virus") must have
/// a word between it and "against", which a noun has not; a form in -ed
/// may stand right before it ("measured against").
pub fn compared(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    sh.step(terms.len());
    for t in terms.iter_mut() {
        let i = t.tokens.start;
        if t.tokens.len() != 1 || !t.rules.is_empty() || tokens[i].text != "against" {
            continue;
        }
        let from = i.saturating_sub(5);
        sh.step(i - from);
        let verb = (from..i).rev().take_while(|&k| !is_boundary(&tokens[k])).find(|&k| {
            let w = tokens[k].text.as_str();
            COMPARE.contains(&w) && (k + 1 < i || w.ends_with("ed"))
        });
        if let Some(k) = verb {
            change(t, cfg.topic_factor, Rule::Topic, k);
        }
    }
}

/// Participles of removal and settlement: what "was lifted", "will be
/// scrapped" or "has been settled" is gone.
const REMOVED: &[&str] = &[
    "lifted",
    "removed",
    "scrapped",
    "abolished",
    "dropped",
    "eased",
    "withdrawn",
    "dismantled",
    "ended",
    "halted",
    "resolved",
    "settled",
    "released",
    "freed",
    "defused",
    "eliminated",
    "overcome",
    "repealed",
    "revoked",
    "rescinded",
    "cancelled",
    "canceled",
    "waived",
    "averted",
];

/// Forms of "be" that make a passive.
const PASSIVE_BE: &[&str] = &["be", "been", "being", "was", "were", "is", "are"];

/// "Burdensome red tape will be scrapped", "the dispute was settled", "the
/// tariffs were removed": in the passive, what a verb of removal or
/// settlement ([`REMOVED`]) removes is its subject, before the verb, out
/// of the de-escalation rule's reach. The warning words up to six tokens
/// before the form of "be" (an adverb may stand between it and the
/// participle), in its clause and not turned already, are multiplied by
/// `cfg.removal_factor` (negative), which turns them cooperative (tagged
/// `removed`); a term with a form of "be" of its own ("the matter is
/// closed and was settled") is a clause, not the subject, and stays, and
/// so does the subject of a removal demanded ("must be lifted").
pub fn removed(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    for i in 0..tokens.len() {
        if !PASSIVE_BE.contains(&tokens[i].text.as_str()) {
            continue;
        }
        let mut j = i + 1;
        while tokens.get(j).is_some_and(|t| t.text.ends_with("ly") || t.text == "now") {
            j += 1;
        }
        if !tokens.get(j).is_some_and(|t| REMOVED.contains(&t.text.as_str())) {
            continue;
        }
        if i > 0 && matches!(tokens[i - 1].text.as_str(), "must" | "should") {
            // "The sanctions must be lifted": a removal demanded is not
            // done; the subject stays what it is.
            continue;
        }
        // The subject's window: six tokens back, or less at a clause
        // boundary.
        let lo = i.saturating_sub(6);
        let start = tokens[lo..i].iter().rposition(is_boundary).map_or(lo, |p| lo + p + 1);
        sh.step(i - lo);
        // A term with a form of "be" of its own ("the matter is closed") is
        // a clause, no part of the subject.
        let clause = |t: &Term| tokens[t.tokens.clone()].iter().any(|w| PASSIVE_BE.contains(&w.text.as_str()));
        for t in starting_in(terms, start, i, sh).iter_mut().filter(|t| t.tokens.end <= i && untouched(t) && !clause(t))
        {
            change(t, cfg.removal_factor, Rule::Removal, j);
        }
    }
}

/// Words that name a party one can address: pronouns of a third party,
/// and nouns of authority or agency ("the government", "its
/// leadership", "the other side").
const PARTY: &[&str] = &[
    "him",
    "her",
    "them",
    "government",
    "governments",
    "authorities",
    "authority",
    "regime",
    "leadership",
    "leaders",
    "leader",
    "administration",
    "side",
    "junta",
    "president",
    "minister",
    "ministry",
    "parliament",
    "army",
    "military",
    "forces",
    "militia",
    "militias",
    "rebels",
    "neighbour",
    "neighbor",
    "country",
    "state",
];

/// Words in an addressee that make the appeal no demand on one other
/// party: every party at once ("all sides", "the international
/// community"), several joined ("Ana and Tom"), the speaker's own side
/// ("our officials", "us"), or the listener ("I urge you").
const NOT_ONE_OTHER: &[&str] = &[
    "all",
    "both",
    "each",
    "every",
    "everyone",
    "everybody",
    "international",
    "community",
    "world",
    "sides",
    "parties",
    "and",
    "or",
    "nor",
    "our",
    "us",
    "my",
    "me",
    "ourselves",
    "you",
    "your",
];

/// Determiners and possessives that open a noun phrase: a lone word
/// without one, addressed, is a name ("urge Ruritania to").
const DETERMINER: &[&str] = &["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"];

/// Where the addressee of a verb of urging at `i` starts: "urge",
/// "expect", "call on", "call upon", "appeal to", in their forms.
fn urging(tokens: &[Token], i: usize) -> Option<usize> {
    let at = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    match at(i) {
        "urge" | "urges" | "urged" | "urging" | "expect" | "expects" | "expected" => Some(i + 1),
        "call" | "calls" | "called" | "calling" if matches!(at(i + 1), "on" | "upon") => Some(i + 2),
        "appeal" | "appeals" | "appealed" if at(i + 1) == "to" => Some(i + 2),
        _ => None,
    }
}

/// Whether `words`, the tokens between a verb of urging and its "to",
/// name one other party: up to five words, none of [`NOT_ONE_OTHER`],
/// ending in a word of [`PARTY`], or a name (one or two words with no
/// determiner: "Ruritania", "Minister Ruiz").
fn one_other_party(words: &[Token]) -> bool {
    fn text(t: &Token) -> &str {
        t.text.as_str()
    }
    if words.is_empty() || words.len() > 5 || words.iter().any(|w| !w.is_word || NOT_ONE_OTHER.contains(&text(w))) {
        return false;
    }
    let last = text(&words[words.len() - 1]);
    PARTY.contains(&last) || (words.len() <= 2 && !words.iter().any(|w| DETERMINER.contains(&text(w))))
}

/// Organs of one state, which can be addressed together as one party
/// ("the army and the police").
const ORGAN: &[&str] =
    &["government", "authorities", "administration", "ministry", "army", "military", "forces", "police", "services"];

/// Whether `words`, the tokens between a verb of urging and its "to",
/// join organs of one state with "and": up to eight words, two or three
/// parts, each ending in a word of [`ORGAN`] ("the national army and
/// security forces"). A party and its opponent ("the government and the
/// rebels") or two states are several parties and are not joined.
fn one_state_organs(words: &[Token]) -> bool {
    if words.len() > 8 || words.iter().any(|w| !w.is_word) {
        return false;
    }
    let parts: Vec<&[Token]> = words.split(|w| w.text == "and").collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|p| {
            p.last().is_some_and(|w| ORGAN.contains(&w.text.as_str()))
                && p.iter().all(|w| !NOT_ONE_OTHER.contains(&w.text.as_str()))
        })
}

/// Whether the verb of urging at `i` opens the text, after nothing but
/// adverbs ("calls on the army to ...", "also urges ..."): a quoted
/// fragment whose subject, left out, is the speaker quoted.
fn opens_text(tokens: &[Token], i: usize) -> bool {
    tokens[..i].iter().all(|t| t.is_word && (t.text == "also" || t.text == "further" || t.text.ends_with("ly")))
}

/// "I expect Ruritania to respect the fishing accord", "we urge the
/// junta to restore the constitution": the speaker ("I", "we", up to
/// three words before the verb in its clause, or no subject at all when
/// the verb opens the text: "calls on the junta to ...", see
/// [`opens_text`]) asks one other party ([`one_other_party`], or organs
/// of one state joined, [`one_state_organs`]) for an act. What is asked is what that party
/// is not doing, so the request is a reproach: the cooperative words
/// after its "to", in the clause and up to twelve tokens on (and in up
/// to two more infinitives of the same series, after ", to" or ", and
/// to"), count
/// `cfg.urge_factor` times their weight (negative; tagged `demand`). An
/// appeal to all sides, to several parties at once, to the speaker's own
/// officials or to the listener ("we urge all sides to show restraint")
/// calls for what everyone wants and keeps its sign, and so does
/// anything a third party urged ("the envoy urged Ruritania to ...").
pub fn urge(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    for i in 0..tokens.len() {
        let Some(obj) = urging(tokens, i) else { continue };
        let lo = i.saturating_sub(3);
        sh.step(i - lo);
        let speaker = i <= 3 && opens_text(tokens, i)
            || tokens[lo..i]
                .iter()
                .rev()
                .take_while(|t| !is_boundary(t))
                .any(|t| matches!(t.text.as_str(), "i" | "we"));
        if !speaker {
            continue;
        }
        let end = clause_end(tokens, obj.min(tokens.len()), obj + 9, sh);
        let Some(to) = (obj..end).find(|&k| tokens[k].text == "to") else { continue };
        if !one_other_party(&tokens[obj..to]) && !one_state_organs(&tokens[obj..to]) {
            continue;
        }
        let mut stop = clause_end(tokens, to, to + 12, sh);
        for _ in 0..2 {
            let at = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
            let next = if at(stop + 1) == "and" { stop + 2 } else { stop + 1 };
            if at(stop) != "," || at(next) != "to" {
                break;
            }
            stop = clause_end(tokens, next, next + 12, sh);
        }
        for t in starting_in(terms, to + 1, stop, sh).iter_mut() {
            if t.value > 0.0 && t.rules.iter().all(|r| grades(*r)) {
                change(t, cfg.urge_factor, Rule::Demand, i);
            }
        }
    }
}

/// How far after an imperative accusation its demand list reaches, in
/// tokens, within its sentence.
const IMPERATIVE_REACH: usize = 24;

/// "End this aggression, respect the ceasefire and return to talks",
/// "stop the illegal blockade and honour your commitments": a
/// de-escalating verb that opens its clause (the text's first word, or
/// one after punctuation) and accuses another party of wrongdoing
/// (tagged `accuse`) is an imperative addressed to that party, and the
/// acts listed after it are demanded of the same party: what is asked is
/// what that party is not doing. The cooperative words after the
/// accusation, in its sentence and up to [`IMPERATIVE_REACH`] tokens on,
/// untouched by rules other than grading ones, count `cfg.urge_factor`
/// times their weight (negative; tagged `demand`), as an urged act does
/// ([`urge`]). A first-person word ends the list: "end the occupation and
/// we will welcome them" offers something back. A pledge ("we will end
/// the occupation and build ...") is no imperative and keeps its signs.
pub fn imperative_list(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    let mut k = 0;
    while k < terms.len() {
        let t = &terms[k];
        k += 1;
        let Some(pos) = t.rules.iter().position(|r| *r == Rule::Accusation) else { continue };
        let verb = t.triggers[pos];
        if verb > 0 && tokens[verb - 1].is_word {
            continue;
        }
        let from = t.tokens.end;
        let lim = (from + IMPERATIVE_REACH).min(tokens.len());
        sh.step(lim - from);
        let end = (from..lim)
            .find(|&j| ends_sentence(&tokens[j]) || FIRST_PERSON.contains(&tokens[j].text.as_str()))
            .unwrap_or(lim);
        for u in starting_in(terms, from, end, sh) {
            if u.value > 0.0 && u.rules.iter().all(|r| grades(*r)) {
                change(u, cfg.urge_factor, Rule::Demand, verb);
            }
        }
    }
}

/// Nouns for a document that binds parties: an agreement, a treaty, a
/// charter. Matched on the last word of a term ("trade agreement").
const DOCUMENT: &[&str] = &[
    "agreement",
    "agreements",
    "accord",
    "accords",
    "treaty",
    "treaties",
    "pact",
    "pacts",
    "memorandum",
    "understanding",
    "convention",
    "charter",
    "protocol",
];

/// Word sequences that cite a document for what it says: "under",
/// "pursuant to", "in accordance with", "in line with", "according to",
/// "provided for in", "stipulated in", "set out in", "laid down in", "the
/// terms of", "the provisions of", "the text of". Each is matched
/// backwards from the word before the document's noun phrase.
const CITATION: &[&[&str]] = &[
    &["under"],
    &["pursuant", "to"],
    &["accordance", "with"],
    &["in", "line", "with"],
    &["according", "to"],
    &["provided", "for", "in"],
    &["stipulated", "in"],
    &["set", "out", "in"],
    &["laid", "down", "in"],
    &["terms", "of"],
    &["provisions", "of"],
    &["text", "of"],
];

/// Words that may open the noun phrase of a cited document.
const CITED_DETERMINER: &[&str] =
    &["the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her"];

/// "The ferries leave as provided for in the port agreement", "under the
/// 1994 accord, the tolls fall": a document cited for what it says
/// names a reference, not a stance on it. A cooperative term whose last
/// word is a document noun ([`DOCUMENT`]), untouched by other rules,
/// with a citation ([`CITATION`]) before its noun phrase (a determiner
/// and up to three other words between, no punctuation), counts
/// `cfg.citation_factor` as much (tagged `topic`): less than a topic of
/// talk, since a citation is often the one tone word of a sentence that
/// states a fact.
/// "They signed the agreement" and "the agreement is a success" speak of
/// the document, not from it, and keep its weight.
pub fn cited(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    let text = |k: usize| tokens[k].text.as_str();
    for t in terms.iter_mut() {
        let head = text(t.tokens.end - 1);
        if t.value <= 0.0 || !t.rules.is_empty() || !DOCUMENT.contains(&head) {
            continue;
        }
        // The noun phrase before the term: a determiner and up to three
        // words, then the citation right before them.
        let mut j = t.tokens.start;
        let mut words = 0;
        while j > 0 && words < 4 && tokens[j - 1].is_word && !CITATION.iter().any(|c| c.last() == Some(&text(j - 1))) {
            sh.step(1);
            let det = CITED_DETERMINER.contains(&text(j - 1));
            j -= 1;
            words += 1;
            if det {
                break;
            }
        }
        let cites =
            CITATION.iter().any(|c| j >= c.len() && c.iter().enumerate().all(|(n, w)| text(j - c.len() + n) == *w));
        sh.step(CITATION.len());
        if cites {
            change(t, cfg.citation_factor, Rule::Topic, j - 1);
        }
    }
}

/// Participles of procedure: what "will be held", "was convened" or "is
/// to be implemented" is a step on a calendar.
const PROCEDURAL: &[&str] = &[
    "held",
    "convened",
    "implemented",
    "signed",
    "submitted",
    "organised",
    "organized",
    "hosted",
    "chaired",
    "scheduled",
    "postponed",
    "issued",
    "published",
];

/// Nouns and participles that name a diplomatic event or its paper:
/// "meeting", "consultations", "visit", "signed", and the documents of
/// [`DOCUMENT`].
const EVENT: &[&str] = &[
    "meeting",
    "meetings",
    "consultation",
    "consultations",
    "visit",
    "visits",
    "signed",
    "signing",
    "summit",
    "statement",
    "communique",
];

/// Whether a sentence ends at token `t`.
fn ends_sentence(t: &Token) -> bool {
    matches!(t.text.as_str(), "." | "!" | "?")
}

/// "The meeting will be held in the port city in May", "once it is
/// signed, the agreement will be implemented", "the talks take place on
/// Friday", "the minister arrived on Sunday for a two-day visit": a
/// sentence built on a passive of procedure ([`PROCEDURAL`] after a form
/// of "be", an adverb between allowed), on "take place", "arrive" or
/// "pay a visit" reports a step on a calendar ("will visit" is left alone:
/// an intent to meet is a gesture). Its cooperative words that only name the
/// event or its paper ([`EVENT`], [`DOCUMENT`]) or are the participle of
/// procedure itself ("hosted"), untouched by other rules or only graded, name a topic and
/// count `cfg.topic_factor` as much (tagged `topic`); a word that judges
/// ("a warm meeting", "a great day") keeps its weight, and so does the
/// sentence then. One pass over the tokens, sentence by sentence.
pub fn procedure(terms: &mut [Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) {
    sh.step(tokens.len());
    let mut start = 0;
    let mut procedural = None;
    for i in 0..=tokens.len() {
        if i == tokens.len() || ends_sentence(&tokens[i]) {
            if let Some(at) = procedural.take() {
                let head = |t: &Term| tokens[t.tokens.end - 1].text.as_str();
                for t in starting_in(terms, start, i, sh) {
                    let name = EVENT.contains(&head(t)) || DOCUMENT.contains(&head(t)) || t.tokens.start == at;
                    if t.value > 0.0 && t.rules.iter().all(|r| grades(*r)) && name {
                        change(t, cfg.topic_factor, Rule::Topic, at);
                    }
                }
            }
            start = i + 1;
            continue;
        }
        let word = tokens[i].text.as_str();
        let takes_place = matches!(word, "take" | "takes" | "took" | "taking" | "taken")
            && tokens.get(i + 1).is_some_and(|t| t.text.as_str() == "place");
        let pays_visit = matches!(word, "pay" | "pays" | "paid" | "paying")
            && tokens[i + 1..tokens.len().min(i + 4)].iter().any(|t| matches!(t.text.as_str(), "visit" | "visits"));
        if takes_place || pays_visit || matches!(word, "arrive" | "arrives" | "arrived" | "arriving") {
            procedural = Some(i);
            continue;
        }
        if !PASSIVE_BE.contains(&word) {
            continue;
        }
        let mut j = i + 1;
        while tokens
            .get(j)
            .is_some_and(|t| t.text.ends_with("ly") || matches!(t.text.as_str(), "now" | "soon" | "then"))
        {
            j += 1;
        }
        if tokens.get(j).is_some_and(|t| PROCEDURAL.contains(&t.text.as_str())) {
            procedural = Some(j);
        }
    }
}

/// The most words a fragment may have for [`emphasis`] to read it.
const EMPHASIS_MAX_WORDS: usize = 3;

/// A partial quote of one to three words whose only evidence is a word of
/// emphasis, an intensifier or a strengthener of the shifter lexicon
/// ("'strongly'", "'very slim'", "'immediately'"), quotes the force of
/// a stance and not the stance: in reported diplomatic speech such a
/// fragment is set off to stress a protest, a demand or a doubt (the
/// condemnation was "strongly" worded, forces must leave "immediately").
/// With no tone word, no negator and no other shifter in it, the first
/// word of emphasis counts `cfg.emphasis_weight` as a warning (tagged
/// `emphasis`). A fragment with a tone word ("'deepest condolences'",
/// "'very constructive'") is that word's, and a longer one is a clause
/// with a stance of its own. Only for fragments.
pub fn emphasis(terms: &[Term], tokens: &[Token], cfg: &RuleConfig, sh: &Shifters) -> Option<Term> {
    if terms.iter().any(|t| t.value != 0.0) {
        return None;
    }
    sh.step(tokens.len());
    let words = tokens.iter().filter(|t| t.is_word).count();
    if words == 0 || words > EMPHASIS_MAX_WORDS {
        return None;
    }
    let mut found = None;
    let mut i = 0;
    while i < tokens.len() {
        match sh.shifter_at(i) {
            Some((Class::Intensifier | Class::Strengthener, len, entry)) => {
                found = found.or(Some((i, len, entry)));
                i += len;
            }
            Some(_) => return None,
            None => i += 1,
        }
    }
    let (i, len, entry) = found?;
    Some(Term {
        entry,
        tokens: i..i + len,
        base: 0.0,
        value: -cfg.emphasis_weight,
        rules: vec![Rule::Emphasis],
        triggers: vec![i],
    })
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

    fn fragment_tone(text: &str) -> (Tone, String) {
        let an = Analyzer::new();
        let lex = Lexicon::embedded(&an).unwrap();
        let s = Scorer::new(&lex).score_fragment(&an.tokenize(text), None);
        (s.tone(&Thresholds::default()), s.terms_column(&lex))
    }

    fn check_fragments(cases: &[(&str, &str, Tone)]) {
        for &(name, text, want) in cases {
            let (got, terms) = fragment_tone(text);
            assert_eq!(got, want, "case {name}: fragment {text:?} scored {terms}");
        }
    }

    /// A fragment that is only a word of emphasis quotes the force of a
    /// protest or demand; a tone word, a longer clause or a full sentence
    /// is read for itself.
    #[test]
    fn emphasis_fragment() {
        check_fragments(&[
            ("adverb", "strongly", Tone::Warning),
            ("strengthener_stop", "immediately.", Tone::Warning),
            ("intensified_unknown", "very thin", Tone::Warning),
            ("tone_word_wins", "deeply grateful", Tone::Cooperative),
            ("negator_is_no_emphasis", "not quite", Tone::Warning),
            ("too_long", "very much what the harbour board had planned", Tone::Neutral),
            ("no_emphasis", "the harbour board", Tone::Neutral),
        ]);
        check(&[("sentence", "Very much so, the harbour board said.", Tone::Neutral)]);
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
            ("shock_at_cyclone", "I was shocked to learn of the cyclone and the damage it caused.", Tone::Cooperative),
            ("sadness_consequences", "We learned with sadness of the consequences of the floods.", Tone::Cooperative),
            ("shock_at_attack", "We are shocked by the brutal attack.", Tone::Warning),
            ("attack_is_hostile", "We mourn the victims of this cowardly terrorist attack.", Tone::Warning),
            ("no_grief_shared", "The earthquake caused terrible damage.", Tone::Warning),
            ("grief_of_others", "The grief of the villagers after the landslide was plain.", Tone::Warning),
            ("grief_alone", "How will the old bridge be mourned?", Tone::Warning),
            ("grievance", "The union filed a grievance after the accident.", Tone::Warning),
            ("with_people", "We are with the island people after the terrible cyclone.", Tone::Cooperative),
            ("with_people_opening", "With the coastal people in the face of the flood.", Tone::Cooperative),
            ("with_people_asleep", "The terrible cyclone struck the coast with the people asleep.", Tone::Warning),
            ("with_people_attack", "We are with the island people after the brutal attack.", Tone::Warning),
        ]);
    }

    /// A quoted fragment that is only grief felt is sympathy; a word of
    /// hostility beside it, or a longer fragment, keeps the signs.
    #[test]
    fn grief_fragment() {
        check_fragments(&[
            ("great_pain", "great pain", Tone::Cooperative),
            ("devastated", "devastated", Tone::Cooperative),
            ("deep_sorrow", "deep sorrow and sadness", Tone::Cooperative),
            ("so_sad", "so sad", Tone::Cooperative),
            ("hostile_beside", "painful sanctions", Tone::Warning),
            ("attack_beside", "shocked by the attack", Tone::Warning),
            ("too_long", "caused the farmers of the valley great pain", Tone::Warning),
        ]);
        check(&[("sentence", "The farmers are in great pain.", Tone::Warning)]);
    }

    /// Giving back what was taken, or freeing who was held, is a
    /// cooperative gesture; a refusal to, or a captor, is not.
    #[test]
    fn release_of_captives() {
        check(&[
            ("released_detained", "The coast guard released the detained fishermen on Tuesday.", Tone::Cooperative),
            ("return_seized", "The militia will return the trucks seized at the border crossing.", Tone::Cooperative),
            ("free_hostages", "The group agreed to free the hostages.", Tone::Cooperative),
            ("release_impounded", "The port authority will release an impounded tanker.", Tone::Cooperative),
            ("passive_freed", "The kidnapped engineers were freed.", Tone::Cooperative),
            ("refused", "The junta refused to release the jailed reporters.", Tone::Warning),
            ("failed_to", "The envoys failed to return the seized trucks.", Tone::Warning),
            ("no_captive", "The army will release more soldiers for the assault.", Tone::Warning),
            ("return_to", "The rebels threatened to return to the hostages' village.", Tone::Warning),
            ("captive_alone", "The rebels seized the trucks at the border.", Tone::Warning),
        ]);
    }

    /// Bewilderment at another's act reproaches it; the puzzle of a
    /// game does not.
    #[test]
    fn bewilderment() {
        check(&[
            ("puzzled_by", "We are puzzled by this decision of the council.", Tone::Warning),
            ("ironic_to_hear", "It is ironic to hear such lectures from them.", Tone::Warning),
            ("perplexing", "Their silence on the matter is perplexing.", Tone::Warning),
            ("bewildering", "The new rules for the port are bewildering.", Tone::Warning),
            ("puzzle_noun", "He solved the puzzle in the morning paper.", Tone::Neutral),
        ]);
    }

    /// A flat refusal of what another party wants is a warning, even
    /// beside praise; a plain "not" before "happen" is not a refusal.
    #[test]
    fn flat_refusal() {
        check(&[
            (
                "not_going_to_happen",
                "He is a clever trader, but a merger of our ports is not going to happen.",
                Tone::Warning,
            ),
            ("out_of_question", "Handing over the islands is out of the question.", Tone::Warning),
            ("not_for_sale", "Our harbour is not for sale.", Tone::Warning),
            ("non_starter", "Their offer on the river is a non-starter.", Tone::Warning),
            ("not_open_to", "Our friends should know the archipelago is not open to annexation.", Tone::Warning),
            ("not_open_to_two", "The island is not open to invasion or conquest.", Tone::Warning),
            ("never_open_to", "Our partners know the harbour is never open to blackmail.", Tone::Warning),
            ("open_to", "We are open to talks on the river.", Tone::Cooperative),
            ("will_happen", "The vote will happen on Monday.", Tone::Neutral),
            ("question_asked", "The question of the bridge was raised.", Tone::Neutral),
        ]);
    }

    /// Renewal of a relationship and praise of quality are cooperative;
    /// the plain words around them are not.
    #[test]
    fn renewal_and_quality() {
        check(&[
            ("clean_slate", "The two capitals want a clean slate.", Tone::Cooperative),
            ("recalibrate", "It is time to recalibrate our ties with the islands.", Tone::Cooperative),
            ("relaunch", "The ministers relaunched the river commission.", Tone::Cooperative),
            ("first_rate", "Their coast guard has a first-rate fleet.", Tone::Cooperative),
            ("top_notch", "The new port offers top-notch service.", Tone::Cooperative),
            ("plain_ties", "The ministers discussed the river commission.", Tone::Neutral),
            ("plain_fleet", "Their coast guard has a fleet.", Tone::Neutral),
        ]);
    }

    /// Approval of a course taken is cooperative, even after a
    /// concession; a right that is claimed is no approval.
    #[test]
    fn right_course() {
        check(&[
            ("right_decision", "Opening the border was the right decision.", Tone::Cooperative),
            ("right_things", "He talks a lot, but he does the right things.", Tone::Cooperative),
            ("right_choice", "The council made the right choice on the harbour.", Tone::Cooperative),
            ("right_to", "The islanders have the right to fish there.", Tone::Neutral),
        ]);
    }

    /// Striving for a cause is no hostility; a fight for ground is.
    #[test]
    fn fight_for() {
        check(&[
            ("fighting_for", "We are fighting for it.", Tone::Neutral),
            ("struggle_for", "The islanders struggle for a new school.", Tone::Neutral),
            ("fought_for_rights", "She fought for the rights of tenants and helped them.", Tone::Cooperative),
            ("every_inch", "We will fight for every inch of our land.", Tone::Warning),
            ("fight_alone", "They want to fight.", Tone::Warning),
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
            ("over_shared_past", "You cannot annex the islands we have built together.", Tone::Warning),
            ("over_friendship", "They should not occupy the town of their old friends.", Tone::Warning),
            ("we_cannot", "We cannot attack a neighbour.", Tone::Cooperative),
            ("we_will_not", "They know we will not retaliate.", Tone::Cooperative),
            ("passive", "The envoy cannot be blamed.", Tone::Cooperative),
            ("may_not", "The court may not deny them a hearing.", Tone::Cooperative),
        ]);
    }

    /// Denied hostile intent and promises that hostility will not come
    /// reassure, however far the warning word stands.
    #[test]
    fn denial_of_intent() {
        check(&[
            ("no_intention", "We have no intention of starting a conflict with our neighbours.", Tone::Cooperative),
            ("not_seeking", "The navy is not seeking any confrontation in the strait.", Tone::Cooperative),
            ("no_plans", "There are no plans to deploy new missiles on the island.", Tone::Cooperative),
            ("will_not_be", "There will not be a new arms race in the region.", Tone::Cooperative),
            ("intent_affirmed", "They intend to start a conflict with their neighbours.", Tone::Warning),
            ("not_past_clause", "It is not over, and they threaten a new war.", Tone::Warning),
            ("not_deterred", "We will not be deterred by their threats and hostility.", Tone::Warning),
            ("not_want_mistake", "We don't want to repeat that grave mistake again.", Tone::Warning),
        ]);
    }

    /// A call to end a conflict is cooperative; a call to end one party's
    /// wrongdoing stays an accusation.
    #[test]
    fn call_to_end_conflict() {
        check(&[
            ("end_to_far", "We make an urgent call for an end to the long Sahel conflict.", Tone::Cooperative),
            ("halt_bloody", "We ask for a halt to this senseless and bloody war.", Tone::Cooperative),
            ("stop_to", "The envoys want to put a stop to the renewed border clashes.", Tone::Cooperative),
            ("ended_in", "The march ended in violence.", Tone::Warning),
            ("end_occupation", "We demand an end to the occupation of our land.", Tone::Warning),
        ]);
    }

    /// Ending a cooperative activity named by a gerund is a warning;
    /// stopping a hostile one or a noun is the shifters' matter.
    #[test]
    fn stop_doing() {
        check(&[
            ("stopped_helping", "The donors stopped helping the farmers.", Tone::Warning),
            ("stop_cooperating", "They will stop cooperating on the river.", Tone::Warning),
            ("quit_supporting", "The party quit supporting the coalition.", Tone::Warning),
            ("helping_alone", "The donors keep helping the farmers.", Tone::Cooperative),
            ("stop_shelling", "They stopped shelling the port.", Tone::Cooperative),
            ("gerund_not_next", "They stopped, and then started helping the farmers.", Tone::Cooperative),
        ]);
    }

    /// An imperative that accuses another party demands the acts listed
    /// after it of that party; a pledge or an offer back does not.
    #[test]
    fn imperative_list() {
        check(&[
            ("end_respect", "End the occupation, respect the ceasefire and return to talks.", Tone::Warning),
            ("stop_honour", "Stop the aggression and honour the truce.", Tone::Warning),
            ("after_dash", "Our message is simple — end this aggression, engage in real dialogue.", Tone::Warning),
            ("pledge", "We will end the occupation and build a lasting partnership.", Tone::Cooperative),
            ("offer_back", "End the blockade and we will welcome a lasting partnership.", Tone::Cooperative),
            (
                "next_sentence",
                "Stop the blockade. Then a lasting partnership and friendship can grow.",
                Tone::Cooperative,
            ),
        ]);
    }

    /// A noun of aim or belief that announces the statement after it
    /// ("the vision is to ...") is no tone of its own; the same noun as
    /// an object or with a modifier keeps its weight.
    #[test]
    fn announcing_noun() {
        check(&[
            ("vision_is_to", "The vision is to link the three harbours by rail.", Tone::Neutral),
            ("understanding_was_that", "From the start the understanding was that it would take time.", Tone::Neutral),
            ("goal_is_to", "Our goal is to count the ballots by Friday.", Tone::Neutral),
            ("content_carries", "Our goal is to build a lasting partnership.", Tone::Cooperative),
            ("content_warns", "Their aim is to destroy our fleet.", Tone::Warning),
            ("shared_vision", "We share a vision of the three harbours.", Tone::Cooperative),
            ("understanding_between", "The understanding between the two ports is deep.", Tone::Cooperative),
        ]);
    }

    /// Help sought or needed is no help given; help sent or offered is.
    #[test]
    fn help_sought() {
        check(&[
            ("looking_for_help", "The fishermen are looking for help.", Tone::Neutral),
            ("seeking_assistance", "The council is seeking technical assistance for the harbour.", Tone::Neutral),
            ("in_need_of_aid", "The valley towns are in need of aid.", Tone::Neutral),
            ("asked_for_support", "The mayor asked for support with the ferry timetable.", Tone::Neutral),
            ("help_sent", "The neighbours sent help to the fishermen.", Tone::Cooperative),
            ("ready_to_help", "We are ready to help the valley towns.", Tone::Cooperative),
            ("needed_aid_arrived", "Much needed aid arrived in the valley towns.", Tone::Cooperative),
        ]);
    }

    /// "Against" after a verb of comparison names the standard; after
    /// a noun or another verb it opposes.
    #[test]
    fn compared_against() {
        check(&[
            ("measure_against", "We will measure the draft against our four tests.", Tone::Neutral),
            ("weighed_against", "The costs were weighed against the size of the new port.", Tone::Neutral),
            ("compared_against", "Prices compared against last year were higher.", Tone::Neutral),
            ("protest_against", "The fishermen protested against the new port.", Tone::Warning),
            ("check_noun", "A check against fraud was added to the rules.", Tone::Warning),
            ("other_clause", "We measured it, and voted against the plan.", Tone::Warning),
        ]);
    }

    /// A denial of wrongdoing rebuts a charge and stays warning; a
    /// promise or a denial of a plain problem reassures.
    #[test]
    fn rebuttal() {
        check(&[
            ("done_anything_wrong", "Our sailors have not done anything wrong.", Tone::Warning),
            ("did_nothing_illegal", "The consulate did nothing illegal.", Tone::Warning),
            ("no_blockade", "There is no blockade of the northern port.", Tone::Warning),
            ("no_problem", "There is no problem with the northern port.", Tone::Cooperative),
            ("no_war_promise", "There will be no war over the northern port.", Tone::Cooperative),
            ("wrong_affirmed_no", "Nothing went wrong at the talks.", Tone::Cooperative),
        ]);
    }

    /// "Less" before a cooperative word is a shortfall; denied, or over
    /// a warning word, it is not.
    #[test]
    fn shortfall() {
        check(&[
            ("less_secure", "The coast has become less secure.", Tone::Warning),
            ("less_than_friendly", "Their reply was less than friendly.", Tone::Warning),
            ("less_stable", "The border looks less stable each week.", Tone::Warning),
            ("no_less", "The treaty is no less important today.", Tone::Cooperative),
            ("more_secure", "The coast has become more secure.", Tone::Cooperative),
            ("less_hostile", "Their reply was less hostile.", Tone::Warning),
        ]);
    }

    /// What "instead of" or "rather than" sets aside is there: a warning
    /// word keeps its sign, a cooperative one stays negated.
    #[test]
    fn set_aside() {
        check(&[
            ("instead_of_threats", "Instead of threats, the ministry sent a note.", Tone::Warning),
            ("rather_than_insults", "The envoys exchanged notes rather than insults.", Tone::Warning),
            ("instead_of_help", "Instead of help, the ministry sent a note.", Tone::Warning),
            ("plain_no", "The ministry sent no threats.", Tone::Cooperative),
        ]);
    }

    /// Harm done to an effort of building harms what it builds.
    #[test]
    fn harm_to_what_is_built() {
        check(&[
            ("strengthen_trust", "Such raids undermine efforts to strengthen trust and confidence.", Tone::Warning),
            ("build_partnership", "The new levies jeopardize efforts to deepen the partnership.", Tone::Warning),
            ("deepen_ties", "These leaks threaten plans to deepen cooperation and friendship.", Tone::Warning),
            ("build_alone", "We will strengthen trust and confidence.", Tone::Cooperative),
        ]);
    }

    /// A speaker asking one other party for an act reproaches it; an
    /// appeal to everyone, to several, to one's own side or to the
    /// listener does not.
    #[test]
    fn urged_party() {
        check(&[
            ("expect_name", "I expect Ruritania to respect the fishing accord.", Tone::Warning),
            ("urge_government", "We urge the Ruritanian government to honour the ceasefire.", Tone::Warning),
            ("call_on_regime", "We call on the regime to respect the ceasefire.", Tone::Warning),
            ("appeal_to_him", "I appeal to him to show some goodwill.", Tone::Warning),
            ("strongly_urge", "We strongly urge the junta to restore the constitution.", Tone::Warning),
            ("all_sides", "We urge all sides to show restraint and return to dialogue.", Tone::Cooperative),
            ("two_parties", "I expect Ana and Tom to be flexible.", Tone::Cooperative),
            ("own_officials", "We urge our envoys to deepen the consultations.", Tone::Cooperative),
            ("listener", "I urge you to support the treaty.", Tone::Cooperative),
            ("third_party", "The envoy urged the government to honour the ceasefire.", Tone::Cooperative),
            ("thing_expected", "We expect the talks to succeed.", Tone::Cooperative),
            ("international", "We call on the international community to help the island states.", Tone::Cooperative),
            ("fragment_calls_on", "calls on the junta to restore the elected assembly", Tone::Warning),
            ("fragment_urges", "also urges the regime to respect the truce", Tone::Warning),
            ("fragment_organs", "calls on the army and the police to protect the ballot boxes", Tone::Warning),
            ("organs", "We urge the military and security services to guarantee free movement.", Tone::Warning),
            ("fragment_all_sides", "calls on all sides to support the mediation", Tone::Cooperative),
            ("government_and_rebels", "We urge the government and the rebels to respect the truce.", Tone::Cooperative),
            ("two_states", "We urge Ruritania and Borduria to deepen their trade.", Tone::Cooperative),
            ("series", "calls on the army to stay in its barracks, to protect the peaceful marchers", Tone::Warning),
            ("series_and", "We urge the regime to free the reporters, and to respect the old accord.", Tone::Warning),
            ("no_series", "We urge the regime to free the reporters, we will support the accord.", Tone::Cooperative),
            ("fragment_third_party", "the envoy calls on the government to restore the assembly", Tone::Cooperative),
        ]);
    }

    /// A document cited for what it says is a reference, not a stance.
    #[test]
    fn cited_document() {
        check(&[
            ("provided_for_in", "The ferries leave as provided for in the port agreement.", Tone::Neutral),
            ("under_the", "Under the 1994 transit agreement, the tolls are paid in May.", Tone::Neutral),
            ("accordance", "The ships sail in accordance with the old fishing treaty.", Tone::Neutral),
            ("terms_of", "The envoys asked about the terms of the pact and its costs.", Tone::Neutral),
            ("signed", "The two ports signed the transit agreement.", Tone::Cooperative),
            ("success", "The transit agreement is a success for both ports.", Tone::Cooperative),
            ("under_alone", "The tolls fall under a new agreement that benefits everyone.", Tone::Cooperative),
            ("violated_terms", "They violated the terms of the agreement again.", Tone::Warning),
        ]);
    }

    /// A sentence built on a passive of procedure reports a step on a
    /// calendar; a word that judges the event keeps its weight.
    #[test]
    fn procedural_passive() {
        check(&[
            ("held", "The next meeting of the river commission will be held in May.", Tone::Neutral),
            ("signed_implemented", "Once the accord is signed, it will be implemented by the ports.", Tone::Neutral),
            ("consultations", "Consultations were convened in the old customs house.", Tone::Neutral),
            ("warm", "The meeting was held in a warm and friendly atmosphere.", Tone::Cooperative),
            ("great_day", "The agreement will be signed on Monday, a great day for our friendship.", Tone::Cooperative),
            ("active", "The two ports signed the transit agreement.", Tone::Cooperative),
            ("next_sentence", "The meeting was held in May. The agreement is a success.", Tone::Cooperative),
        ]);
    }

    /// What a verb of ending ends is its object, to the head of its compound.
    #[test]
    fn ended_object() {
        check(&[
            ("terminate_pact", "The republic will terminate the old defence cooperation agreement.", Tone::Warning),
            ("suspend_deal", "The island suspended the new trade partnership deal.", Tone::Warning),
            ("signed_pact", "The two states signed a defence cooperation agreement.", Tone::Cooperative),
            ("cancelled_summit", "Their navy cancelled the joint maritime partnership exercise.", Tone::Warning),
            ("ending_dispute", "Both capitals terminated the dispute and restored cooperation.", Tone::Cooperative),
            ("object_ends", "They cancelled the flights, and the partnership is thriving.", Tone::Cooperative),
        ]);
    }

    /// What a passive of removal removes is its subject.
    #[test]
    fn removal() {
        check(&[
            ("scrapped", "Burdensome paperwork at the border will be scrapped.", Tone::Cooperative),
            ("settled", "The long dispute was finally settled.", Tone::Cooperative),
            ("removed", "The tariffs on steel were removed.", Tone::Cooperative),
            ("not_removed", "The old tariffs on steel stay.", Tone::Warning),
            ("far_subject", "Violence broke out in the north, and the ban was lifted.", Tone::Warning),
            ("closed_clause", "The matter is closed and was settled long ago.", Tone::Warning),
        ]);
    }

    /// What "against" governs is opposed.
    #[test]
    fn against() {
        check(&[
            ("against_peace", "These raids are crimes against peace and stability.", Tone::Warning),
            ("against_our_freedom", "The decree works against our freedom and our unity.", Tone::Warning),
            ("voted_against", "The party voted against the peace agreement.", Tone::Warning),
            ("not_against", "We are not against dialogue.", Tone::Cooperative),
            ("against_backdrop", "Against this backdrop, the talks were productive.", Tone::Cooperative),
        ]);
    }

    /// A negated de-escalating verb ends nothing: the warning persists.
    #[test]
    fn persistence() {
        check(&[
            ("never_stopped", "They have never stopped shelling the villages.", Tone::Warning),
            ("not_end", "The army did not end its offensive.", Tone::Warning),
            ("not_solved_with", "This will not be solved with sanctions.", Tone::Warning),
            ("stop", "We will stop the escalation.", Tone::Cooperative),
            ("ended", "Both sides ended the hostilities.", Tone::Cooperative),
        ]);
    }

    /// Procedure and quantity are no stance: the neutralizers claim the
    /// tone word inside them.
    #[test]
    fn procedure_and_quantity() {
        check(&[
            ("in_depth_analysis", "The ruling came after an in-depth analysis of the files.", Tone::Neutral),
            ("careful_consideration", "The request is under careful consideration.", Tone::Neutral),
            ("significant_number", "A significant number of ships crossed the channel.", Tone::Neutral),
            ("provided_for", "The vote will be held within the period provided for in the charter.", Tone::Neutral),
            ("great_deal_of", "The inspectors took a great deal of time.", Tone::Neutral),
            ("in_depth_exchange", "We had an in-depth and fruitful exchange.", Tone::Cooperative),
            ("careful_alone", "We must be careful.", Tone::Warning),
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
            ("decisive_action", "The cabinet promised decisive action against the smugglers.", Tone::Warning),
            ("firm_measures", "Firm measures will follow if the raids go on.", Tone::Warning),
            ("urgent_decisive", "The province wants an urgent and decisive answer.", Tone::Warning),
            ("inundated", "The border towns are being inundated with arrivals.", Tone::Warning),
            ("overwhelmed", "Our clinics are overwhelmed by the wounded.", Tone::Warning),
            ("valueless", "After the blight the orchards are valueless.", Tone::Warning),
            ("void", "The council declared the referendum null and void.", Tone::Warning),
            ("closed", "As far as we are concerned, the matter is closed.", Tone::Warning),
            ("this_issue_closed", "For our government this issue is closed.", Tone::Warning),
            ("question_closed", "Their question is closed, the minister said.", Tone::Warning),
            ("barracks", "Our message to the junta: back to the barracks.", Tone::Warning),
            ("return_barracks", "The guild asks the colonels to return to their barracks.", Tone::Warning),
            ("to_barracks", "Return to barracks, the council told the mutineers.", Tone::Warning),
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
            ("irreversible", "The decision to leave the customs union is irreversible.", Tone::Warning),
            ("once_and_for_all", "The junta will settle the border question once and for all.", Tone::Warning),
            ("no_return", "The two parties have reached the point of no return.", Tone::Warning),
            ("vote_bank", "The minister accused the provincial party of vote-bank politics.", Tone::Warning),
            ("point_scoring", "This is cheap politics and point scoring before the polls.", Tone::Warning),
            ("stunt", "The visit to the border was a publicity stunt.", Tone::Warning),
            ("censure", "The shelling of the market was inexcusable.", Tone::Warning),
            ("beyond_the_pale", "Their remarks about the minority are beyond the pale.", Tone::Warning),
            ("wanton", "This was a wanton act.", Tone::Warning),
            ("appropriate_measures", "Appropriate measures will be taken if the flights go on.", Tone::Warning),
            ("respond_accordingly", "Should the drills go on, we will respond accordingly.", Tone::Warning),
            ("adequate_response", "Any incursion will meet an adequate response.", Tone::Warning),
            ("idly_by", "The league will not sit idly by as the dams are built.", Tone::Warning),
            ("engraved", "This accord will be engraved in the history of both ports.", Tone::Cooperative),
            ("watershed", "The customs deal is a watershed moment for the three islands.", Tone::Cooperative),
            ("model_to_follow", "Their river commission is a model to follow for the region.", Tone::Cooperative),
            ("serve_as_model", "The pact can serve as a model for other coastal states.", Tone::Cooperative),
            (
                "shining_example",
                "The joint clinic is a shining example of the two towns working side by side.",
                Tone::Cooperative,
            ),
            (
                "break_down_barriers",
                "The new ferry line is breaking down the barriers between the two shores.",
                Tone::Cooperative,
            ),
            ("tear_down_walls", "Our task is to tear down walls, not to build them.", Tone::Cooperative),
            ("mend_fences", "The two capitals want to mend fences.", Tone::Cooperative),
            ("everything_possible", "The province will do everything possible for the families.", Tone::Cooperative),
            ("soon_as_possible", "The clerks will send the papers as soon as possible.", Tone::Cooperative),
            ("utmost", "The harbour master did his utmost for the crews.", Tone::Cooperative),
            ("paradigm_shift", "The new customs code is a paradigm shift for the three ports.", Tone::Cooperative),
            ("giant_leap", "Joining the grid is a giant leap for the island states.", Tone::Cooperative),
            ("down_in_history", "This summit will go down in history.", Tone::Cooperative),
            ("red_letter_day", "It is a red-letter day for the league of coastal towns.", Tone::Cooperative),
            ("bridge_the_differences", "The envoys worked to bridge the differences.", Tone::Cooperative),
            ("fresh_start", "The new treaty is a fresh start for the region.", Tone::Cooperative),
            ("strong_relations", "We have strong relations with the southern states.", Tone::Cooperative),
            ("close_relationship", "The two ports enjoy a close relationship.", Tone::Cooperative),
            ("more_united", "The alliance is more united than ever.", Tone::Cooperative),
            ("no_hostile_intent", "The exercise has no hostile intent.", Tone::Cooperative),
            ("poses_no_threat", "The new base poses no threat to anyone.", Tone::Cooperative),
            ("not_directed_against", "Our pact is not directed against any third country.", Tone::Cooperative),
            ("part_alone", "Each part of the plan was read aloud.", Tone::Neutral),
            ("politics_alone", "Local politics and the vote were on the agenda.", Tone::Neutral),
            ("barracks_alone", "The old barracks now house a museum.", Tone::Neutral),
            ("closed_alone", "The border crossing is closed for repairs on Sunday.", Tone::Neutral),
            ("history_alone", "The envoy studied the history of the valley.", Tone::Neutral),
            ("return_alone", "The envoy will return to the capital once the vote is over.", Tone::Neutral),
            ("beginning_alone", "The beginning of the session was at noon.", Tone::Neutral),
            ("decisive_alone", "The last match of the cup was decisive.", Tone::Neutral),
            ("firm_alone", "The ground near the river is firm again.", Tone::Neutral),
            ("measures_alone", "The new measures take effect on Monday.", Tone::Neutral),
            ("possible_alone", "A second vote is possible in the spring.", Tone::Neutral),
            ("effort_alone", "The effort took the crew two days.", Tone::Neutral),
            ("soon_alone", "The clerks will send the papers soon.", Tone::Neutral),
            ("appropriate_alone", "The envoy wore clothes appropriate for the season.", Tone::Neutral),
            ("accordingly_alone", "The clerks sorted the letters accordingly.", Tone::Neutral),
            ("model_alone", "A model of the old harbour stands in the hall.", Tone::Neutral),
            ("example_alone", "Here is an example of the new form.", Tone::Neutral),
            ("walls_alone", "The walls of the old fort are being painted.", Tone::Neutral),
            ("break_down_alone", "The report breaks down the costs by port.", Tone::Neutral),
        ]);
    }

    /// A de-escalating verb after a possessive is a noun and governs no
    /// object: "our resolve" resolves nothing.
    #[test]
    fn noun_after_possessive() {
        check(&[
            ("doubts_our_resolve", "Whoever doubts our resolve will pay a heavy price.", Tone::Warning),
            ("tests_their_resolve", "Anyone who tests their resolve will face grave consequences.", Tone::Warning),
            ("underestimated_its", "They underestimated its resolve and paid a heavy price.", Tone::Warning),
            ("verb_resolves", "Both sides resolved the dispute.", Tone::Cooperative),
        ]);
    }

    /// A sentence on "take place" or a passive of procedure names an
    /// event on a calendar; a word that judges the event keeps its weight.
    #[test]
    fn calendar_frames() {
        check(&[
            ("take_place", "The meeting will take place on Tuesday.", Tone::Neutral),
            ("hosted_by", "The summit will be hosted by the rotating chair.", Tone::Neutral),
            ("statement_issued", "A joint statement will be issued after the meeting.", Tone::Neutral),
            ("judged_event", "The talks took place in a warm and friendly atmosphere.", Tone::Cooperative),
        ]);
    }

    /// Lexicon families: back to the table, principles of coexistence,
    /// no way out through force, and a spokesperson passing a question on.
    #[test]
    fn table_coexistence_and_referral() {
        check(&[
            (
                "negotiating_table",
                "The council calls upon all parties to return to the negotiating table.",
                Tone::Cooperative,
            ),
            (
                "non_interference",
                "Ties between the two states rest on mutual respect and non-interference.",
                Tone::Cooperative,
            ),
            ("non_aggression", "The two states signed a non-aggression pact.", Tone::Cooperative),
            ("no_military_solution", "There is no military solution to this conflict.", Tone::Cooperative),
            ("competent_authorities", "I would refer you to the competent authorities.", Tone::Neutral),
            ("no_information", "I have no information on the flight.", Tone::Neutral),
            ("interference_alone", "This is interference in the affairs of the island.", Tone::Warning),
        ]);
    }

    /// A document or shared commitment that a party leaves counts as
    /// warning; one merely near a verb of leaving keeps its reading.
    #[test]
    fn exit_from_commitment() {
        check(&[
            ("withdraw_from", "We regret the decision to withdraw from the agreement.", Tone::Warning),
            ("tore_up", "The junta tore up the accord.", Tone::Warning),
            ("quit_treaty", "The republic may quit the treaty next year.", Tone::Warning),
            ("left_the_pact", "Last spring the island left the pact.", Tone::Warning),
            ("left_elsewhere", "The delegates left the capital after the agreement was signed.", Tone::Neutral),
            ("kept_agreement", "We will keep the agreement.", Tone::Cooperative),
        ]);
    }

    /// What a negator or de-escalating verb asks to avoid through "actions
    /// that ..." is the warning of the relative clause; actions taken stay
    /// warning.
    #[test]
    fn avoided_acts() {
        check(&[
            (
                "refrain_actions",
                "We urge all parties to refrain from actions that could escalate tensions.",
                Tone::Cooperative,
            ),
            ("avoid_steps", "Both sides should avoid any steps which might inflame the situation.", Tone::Cooperative),
            (
                "refrain_anything",
                "We call on the parties to refrain from anything that would provoke violence.",
                Tone::Cooperative,
            ),
            ("actions_taken", "They took actions that could escalate tensions.", Tone::Warning),
        ]);
    }

    /// An adverb of care grades a verb of watching: watching is no
    /// cooperation; working closely is.
    #[test]
    fn watching_closely() {
        check(&[
            ("watching_closely", "We are watching the vote in the north closely.", Tone::Neutral),
            ("closely_monitoring", "The envoy is closely monitoring the talks.", Tone::Neutral),
            ("follow_carefully", "The council will follow the trial carefully.", Tone::Neutral),
            ("work_closely", "Our two navies work closely together.", Tone::Cooperative),
        ]);
    }

    /// Lexicon families: an envoy recalled, trust missing, force held in
    /// reserve as an answer, a comment declined.
    #[test]
    fn recall_trust_and_comment() {
        check(&[
            ("recalled_envoy", "We have recalled our ambassador for consultations.", Tone::Warning),
            ("trust_deficit", "There is a deep trust deficit between the two capitals.", Tone::Warning),
            ("lack_of_trust", "A lack of trust hangs over the border talks.", Tone::Warning),
            ("military_planning", "We will take these drills into account in our military planning.", Tone::Warning),
            ("declined_comment", "The spokesman declined to comment on the talks.", Tone::Neutral),
            ("no_comment", "We have no comment.", Tone::Neutral),
            ("trust", "The consultations were held in a spirit of trust.", Tone::Cooperative),
        ]);
    }

    /// Arrivals and visits on a calendar; a removal demanded is no
    /// removal done.
    #[test]
    fn visits_and_demanded_removal() {
        check(&[
            (
                "arrived_for_visit",
                "The delegation arrived in the port city on Friday for a three-day visit.",
                Tone::Neutral,
            ),
            ("will_visit", "The minister will visit the port city next month.", Tone::Cooperative),
            ("paid_visit", "The premier paid a state visit to the islands in May.", Tone::Neutral),
            ("visit_judged", "The visit strengthened our friendship.", Tone::Cooperative),
            (
                "invitation_formula",
                "At the invitation of the premier, the envoy will pay a visit in June.",
                Tone::Neutral,
            ),
            ("must_be_lifted", "The illegal embargo must be lifted.", Tone::Warning),
            ("should_be_removed", "These unjust tariffs should be removed.", Tone::Warning),
            ("was_lifted", "The embargo was lifted last week.", Tone::Cooperative),
        ]);
    }

    /// A verb that furthers a warning object furthers harm; aid to the
    /// needy, "help" before a verb and a cooperative compound stay.
    #[test]
    fn furthering_harm() {
        check(&[
            ("encourage_separatists", "They encourage separatist forces.", Tone::Warning),
            ("provides_tension", "The visit only provides tension.", Tone::Warning),
            ("facilitates_repression", "The new law facilitates repression.", Tone::Warning),
            ("debt_relief", "We support debt relief for the poorest states.", Tone::Cooperative),
            ("help_defend", "We will help defend our friends.", Tone::Cooperative),
            // Aid keeps its weight against the plight it names: no warning.
            ("assist_refugees", "We assist the refugees with food and shelter.", Tone::Neutral),
        ]);
    }

    /// A hope held with a doubt after a word of concession is a guarded
    /// expectation, no stance; hope or doubt alone keeps its side.
    #[test]
    fn guarded_hope() {
        check(&[
            ("hope_although", "I hope, although I am skeptical.", Tone::Neutral),
            ("hope_but_doubtful", "We hope for a deal, but we are doubtful about the timing.", Tone::Neutral),
            ("optimistic_though", "I am optimistic, though sceptical about the schedule.", Tone::Neutral),
            ("hope_alone", "We hope for a deal.", Tone::Cooperative),
            ("doubt_alone", "We are skeptical about the new plan.", Tone::Warning),
            ("two_sentences", "We hope for peace. We doubt their sincerity.", Tone::Cooperative),
        ]);
    }

    /// Lexicon families: talks broken off or suspended, calls unheard;
    /// a document stopped is what is lost.
    #[test]
    fn talks_stopped_and_calls_unheard() {
        check(&[
            ("suspending_talks", "The guild is suspending all talks until further notice.", Tone::Warning),
            ("breaking_off", "Breaking off the talks now would be a mistake.", Tone::Warning),
            ("deaf_ears", "Our calls for dialogue have fallen on deaf ears.", Tone::Warning),
            ("turned_deaf_ear", "The council turned a deaf ear to the fishermen.", Tone::Warning),
            ("froze_agreement", "They froze the trade agreement last year.", Tone::Warning),
            ("kept_agreement", "They kept the trade agreement alive.", Tone::Cooperative),
        ]);
    }

    /// A stress set of invented quotes in the registers of news the
    /// lexicon was not written from: foreign-ministry phrasing (protest,
    /// sovereignty, non-interference, win-win and all-weather ties),
    /// multilateral language (alarm, concern, welcome, calls upon,
    /// reaffirmation) and procedural statements, each labelled as a
    /// diplomat would read it.
    #[test]
    fn invented_registers() {
        check(&[
            (
                "firmly_opposes",
                "The ministry firmly opposes the sale of arms to the island authorities.",
                Tone::Warning,
            ),
            (
                "resolutely_safeguard",
                "We will resolutely safeguard our sovereignty and territorial integrity.",
                Tone::Warning,
            ),
            ("interference_internal", "This is gross interference in our internal affairs.", Tone::Warning),
            ("bears_full_resp", "The other side bears full responsibility for the consequences.", Tone::Warning),
            ("win_win", "Both countries are committed to win-win cooperation.", Tone::Cooperative),
            ("all_weather", "Our all-weather friendship has stood the test of time.", Tone::Cooperative),
            (
                "mutual_respect_nonint",
                "Relations should rest on mutual respect and non-interference.",
                Tone::Cooperative,
            ),
            ("max_restraint", "We call on all sides to exercise maximum restraint.", Tone::Cooperative),
            ("respond_decisively", "We will respond decisively to any provocation.", Tone::Warning),
            ("door_open", "The door to dialogue remains open.", Tone::Cooperative),
            ("deeply_alarmed", "The council is deeply alarmed by the reports of mass displacement.", Tone::Warning),
            (
                "gravely_concerned",
                "The secretary-general is gravely concerned about the shelling near the plant.",
                Tone::Warning,
            ),
            (
                "welcomes_adoption",
                "The assembly welcomes the adoption of the resolution on ocean protection.",
                Tone::Cooperative,
            ),
            ("calls_upon", "The council calls upon all parties to return to the negotiating table.", Tone::Cooperative),
            ("reaffirms_commitment", "The bloc reaffirms its commitment to a rules-based order.", Tone::Cooperative),
            ("meeting_tuesday", "The meeting will take place on Tuesday.", Tone::Neutral),
            ("agenda_trade", "The agenda includes trade and energy.", Tone::Neutral),
            ("strongly_condemns", "The ministry strongly condemns the attack on the embassy.", Tone::Warning),
            ("lodged_protest", "We have lodged solemn representations and a stern protest.", Tone::Warning),
            ("stop_provocation", "We urge them to stop their provocations immediately.", Tone::Warning),
            ("never_allow", "We will never allow any force to split our territory.", Tone::Warning),
            ("hegemony", "This is another act of hegemony and bullying.", Tone::Warning),
            ("cold_war_mentality", "They must abandon the Cold War mentality and zero-sum thinking.", Tone::Warning),
            ("shared_future", "We will build a community with a shared future for mankind.", Tone::Cooperative),
            (
                "strategic_partnership",
                "The comprehensive strategic partnership has reached a new height.",
                Tone::Cooperative,
            ),
            ("time_tested", "India and its neighbour share a time-tested friendship.", Tone::Cooperative),
            ("brotherly", "We thank our brotherly nation for its steadfast support.", Tone::Cooperative),
            ("red_line_sov", "Sovereignty is our red line and it will not be crossed.", Tone::Warning),
            ("dire_consequences", "Any aggression will be met with dire consequences.", Tone::Warning),
            ("crushing", "The enemy will receive a crushing response.", Tone::Warning),
            ("destabilizing", "These destabilizing activities threaten regional peace.", Tone::Warning),
            (
                "spirit_of_asean",
                "We will resolve differences in the spirit of friendship and consultation.",
                Tone::Cooperative,
            ),
            ("peaceful_means", "Disputes must be settled by peaceful means through dialogue.", Tone::Cooperative),
            ("de_escalation", "We support every effort toward de-escalation.", Tone::Cooperative),
            ("baseless", "These accusations are baseless and groundless.", Tone::Warning),
            ("smear", "This is a malicious smear campaign.", Tone::Warning),
            ("irresponsible_remarks", "Such irresponsible remarks are deeply regrettable.", Tone::Warning),
            ("reserve_right", "We reserve the right to take all necessary measures.", Tone::Warning),
            ("counter_measures", "We will take resolute countermeasures.", Tone::Warning),
            ("constructive_talks", "The talks were constructive and productive.", Tone::Cooperative),
            ("fruitful", "We had a fruitful exchange of views.", Tone::Cooperative),
            ("candid", "The delegations held talks on bilateral issues.", Tone::Neutral),
            ("communique", "A joint statement will be issued after the meeting.", Tone::Neutral),
            ("delegation_led", "The delegation is led by the deputy foreign minister.", Tone::Neutral),
            ("talks_on", "The two sides discussed maritime boundaries and fisheries.", Tone::Neutral),
            ("stands_ready", "We stand ready to work with all parties.", Tone::Cooperative),
            ("open_to_talks", "Tehran is open to talks without preconditions.", Tone::Cooperative),
            ("deep_concern_settle", "We express deep concern over the expansion of settlements.", Tone::Warning),
            ("unacceptable", "The deployment of these missiles is unacceptable.", Tone::Warning),
            ("solidarity", "We express our full solidarity with the people of the island.", Tone::Cooperative),
            ("congratulate", "The minister congratulated his counterpart on his re-election.", Tone::Cooperative),
            ("appreciate", "We highly appreciate the constructive role of the mediators.", Tone::Cooperative),
            ("humanitarian_access", "We call for unhindered humanitarian access to the region.", Tone::Cooperative),
            ("illegal_sanctions", "The unilateral sanctions are illegal and must be lifted.", Tone::Warning),
            ("double_standards", "This is a clear case of double standards.", Tone::Warning),
            ("playing_with_fire", "Those who play with fire will get burned.", Tone::Warning),
            ("hold_accountable", "The perpetrators will be held accountable.", Tone::Warning),
            ("press_conf", "The spokesperson will hold a press briefing at noon.", Tone::Neutral),
            ("vote_count", "The resolution was adopted by a vote of 12 to 0, with 3 abstentions.", Tone::Neutral),
            ("summit_host", "The summit will be hosted by the rotating chair this year.", Tone::Neutral),
            ("regret_decision", "We regret the decision to withdraw from the agreement.", Tone::Warning),
            ("cordial", "The meeting was held in a cordial and friendly atmosphere.", Tone::Cooperative),
            ("pragmatic", "We seek pragmatic cooperation in trade and connectivity.", Tone::Cooperative),
            ("territorial_claim", "Their so-called claims have no legal basis whatsoever.", Tone::Warning),
            ("sincere_hope", "We sincerely hope the two sides can reach a lasting settlement.", Tone::Cooperative),
            ("serious_violation", "This constitutes a serious violation of international law.", Tone::Warning),
            (
                "firmly_support",
                "China firmly supports the efforts of the island nations to safeguard peace.",
                Tone::Cooperative,
            ),
            ("not_accept_ruling", "We do not accept and do not recognize the so-called ruling.", Tone::Warning),
            ("provocative_moves", "Their provocative moves have seriously damaged mutual trust.", Tone::Warning),
            ("stern_warning", "Anyone who underestimates our resolve will pay a heavy price.", Tone::Warning),
            ("pay_price", "They will pay a high price for this mistake.", Tone::Warning),
            ("tit_for_tat", "We will take reciprocal measures if the restrictions are not removed.", Tone::Warning),
            (
                "dialogue_consult",
                "Differences should be properly handled through dialogue and consultation.",
                Tone::Cooperative,
            ),
            ("joint_efforts", "We are ready to work together to maintain stability in the region.", Tone::Cooperative),
            ("commend", "The council commends the mediation efforts of the regional organization.", Tone::Cooperative),
            (
                "encourages",
                "The secretary-general encourages both parties to continue their engagement.",
                Tone::Cooperative,
            ),
            (
                "urges_restraint",
                "The bloc urges all parties to refrain from actions that could escalate tensions.",
                Tone::Cooperative,
            ),
            ("deplores", "The committee deplores the continued detention of aid workers.", Tone::Warning),
            ("condemns_in_strongest", "We condemn in the strongest terms the missile launch.", Tone::Warning),
            (
                "grave_concern_nuclear",
                "This development is a matter of grave concern for the non-proliferation regime.",
                Tone::Warning,
            ),
            ("takes_note", "The council takes note of the report submitted by the panel.", Tone::Neutral),
            ("meeting_chaired", "The session was chaired by the ambassador of the rotating presidency.", Tone::Neutral),
            ("consultations_held", "Consultations were held at the level of deputy ministers.", Tone::Neutral),
            (
                "visit_upon_invitation",
                "At the invitation of the foreign minister, the delegation will pay an official visit from 3 to 5 May.",
                Tone::Neutral,
            ),
            (
                "agenda_will_cover",
                "The two leaders are expected to discuss energy, trade and regional issues.",
                Tone::Neutral,
            ),
            (
                "signed_mou",
                "The two sides signed memoranda of understanding on agriculture and health.",
                Tone::Cooperative,
            ),
            ("outcome_positive", "The visit produced positive outcomes for both peoples.", Tone::Cooperative),
            ("hopes_positive", "We hope the talks will yield positive results.", Tone::Cooperative),
            (
                "cannot_stand_by",
                "The international community cannot remain silent in the face of these atrocities.",
                Tone::Warning,
            ),
            ("unprovoked", "This unprovoked aggression must be stopped.", Tone::Warning),
            ("ceasefire_violation", "The militia repeatedly violated the ceasefire overnight.", Tone::Warning),
            ("lift_blockade", "We welcome the decision to lift the blockade.", Tone::Cooperative),
            ("release_welcomed", "We welcome the release of the detained fishermen.", Tone::Cooperative),
            ("no_military_solution", "There is no military solution to this conflict.", Tone::Cooperative),
            ("political_settlement", "Only a political settlement can bring lasting peace.", Tone::Cooperative),
            (
                "mutual_trust",
                "Both sides agreed to enhance mutual trust and deepen practical cooperation.",
                Tone::Cooperative,
            ),
            ("sovereign_right", "Any attempt to interfere will be firmly rebuffed.", Tone::Warning),
            ("irresponsible", "We urge the country concerned to stop making irresponsible remarks.", Tone::Warning),
            ("not_tolerate", "We will not tolerate any attempt to change the status quo by force.", Tone::Warning),
            ("hostile_policy", "Their hostile policy toward our country remains unchanged.", Tone::Warning),
            ("illegitimate", "The so-called elections held under occupation are illegitimate.", Tone::Warning),
            ("preconditions", "We will not return to the talks until our demands are met.", Tone::Warning),
            ("stands_with", "We stand shoulder to shoulder with our friends in the region.", Tone::Cooperative),
            ("timeline", "The next round of talks is scheduled for early March in Geneva.", Tone::Neutral),
            ("spokesperson_noinfo", "I have no information to offer on that at the moment.", Tone::Neutral),
            ("refer_to_authorities", "I would refer you to the competent authorities for details.", Tone::Neutral),
            ("stop_hyping", "We urge the relevant side to stop hyping the so-called threat.", Tone::Warning),
            ("purely_fabricated", "The report is purely fabricated and has ulterior motives.", Tone::Warning),
            ("taken_note", "We have taken note of the relevant reports.", Tone::Neutral),
            ("position_consistent", "Our position on this issue is consistent and clear.", Tone::Neutral),
            ("follow_closely", "We will continue to follow the situation closely.", Tone::Neutral),
            ("unfriendly_step", "We regard this as an unfriendly step.", Tone::Warning),
            ("without_response", "This will not remain without a response.", Tone::Warning),
            ("military_planning", "We will take this into account in our military planning.", Tone::Warning),
            ("will_regret", "The regime will regret its reckless actions.", Tone::Warning),
            ("terror_talks", "Terrorism and talks cannot go together.", Tone::Warning),
            ("always_stood", "India has always stood for peace and dialogue in the region.", Tone::Cooperative),
            ("conveyed_protest", "We have conveyed our strong protest to the envoy.", Tone::Warning),
            ("affirms_rejection", "The Kingdom affirms its categorical rejection of these statements.", Tone::Warning),
            ("stresses_importance", "The ministry stresses the importance of respecting the truce.", Tone::Cooperative),
            (
                "supports_efforts",
                "The Kingdom supports all efforts aimed at reaching a peaceful solution.",
                Tone::Cooperative,
            ),
            (
                "constructive_engagement",
                "We remain committed to constructive engagement with all stakeholders.",
                Tone::Cooperative,
            ),
            ("sg_following", "The Secretary-General is following developments closely.", Tone::Neutral),
            ("note_with_concern", "The council takes note with concern of the rising violence.", Tone::Warning),
            (
                "strongly_encourages",
                "The envoy strongly encourages the parties to seize this opportunity.",
                Tone::Cooperative,
            ),
            ("lodged_demarche", "A demarche was issued to the ambassador over the incident.", Tone::Warning),
            ("summoned", "The foreign ministry summoned the ambassador to protest the detention.", Tone::Warning),
            ("expelled", "Two diplomats were declared persona non grata and ordered to leave.", Tone::Warning),
            ("recall_envoy", "We have recalled our ambassador for consultations.", Tone::Warning),
            ("bilateral_ties", "Bilateral ties have grown from strength to strength.", Tone::Cooperative),
            ("deepening", "We agreed to further deepen cooperation in energy and infrastructure.", Tone::Cooperative),
            ("mou_signed", "The two sides exchanged documents on customs and transport.", Tone::Neutral),
            (
                "press_release_neutral",
                "The minister arrived in the capital on Sunday for a two-day visit.",
                Tone::Neutral,
            ),
            ("talks_covered", "The talks covered regional security, trade and climate.", Tone::Neutral),
            (
                "delegation_included",
                "The delegation included officials from the finance and defence ministries.",
                Tone::Neutral,
            ),
            ("urges_us", "We urge Washington to correct its mistakes and stop interfering.", Tone::Warning),
            ("wrong_signals", "They should stop sending wrong signals to separatist forces.", Tone::Warning),
            ("sends_message", "This sends a dangerous message to the region.", Tone::Warning),
            (
                "legitimate_rights",
                "We support the legitimate rights of the people to self-determination.",
                Tone::Cooperative,
            ),
            (
                "humanitarian_pause",
                "We call for an immediate humanitarian pause to allow aid to reach civilians.",
                Tone::Cooperative,
            ),
            ("deeply_regrets", "The government deeply regrets the loss of life caused by the strike.", Tone::Warning),
            ("welcomes_steps", "We welcome the positive steps taken by both sides.", Tone::Cooperative),
            ("positive_momentum", "Relations have maintained positive momentum.", Tone::Cooperative),
            ("not_aimed", "The exercises are routine and not aimed at any third party.", Tone::Cooperative),
            ("shoulder_resp", "The side that started this must shoulder all the consequences.", Tone::Warning),
            ("zero_tolerance", "We have zero tolerance for cross-border terrorism.", Tone::Warning),
            ("openly_provoke", "Such open provocation will be met with a firm response.", Tone::Warning),
            ("trust_deficit", "There is a serious trust deficit between the two sides.", Tone::Warning),
            (
                "normal_exchanges",
                "Normal exchanges between the two peoples should not be disrupted.",
                Tone::Cooperative,
            ),
            ("no_comment", "I will not comment on hypothetical questions.", Tone::Neutral),
            ("agenda_item", "The item will be considered at the next plenary session.", Tone::Neutral),
            ("chair_summary", "The chair will present a summary of the discussions.", Tone::Neutral),
            ("quorum", "The committee adopted its report without a vote.", Tone::Neutral),
            (
                "resolution_adopted",
                "The resolution was adopted with 13 votes in favour and two abstentions.",
                Tone::Neutral,
            ),
            ("draft_circulated", "A draft text has been circulated among member states.", Tone::Neutral),
            (
                "talks_next_round",
                "The next round of consultations will be held in the capital in April.",
                Tone::Neutral,
            ),
            (
                "ministers_discussed",
                "The ministers discussed the situation in the region and the preparations for the summit.",
                Tone::Neutral,
            ),
            ("cochair", "The conference is co-chaired by the two foreign ministers.", Tone::Neutral),
            ("minutes", "The minister briefed the cabinet on the outcome of his trip.", Tone::Neutral),
            ("statement_read", "The statement was read out by the spokesperson at the daily briefing.", Tone::Neutral),
            ("elected_chair", "The assembly elected a new president for its next session.", Tone::Neutral),
            ("census", "The panel will submit its report to the council by the end of the year.", Tone::Neutral),
            (
                "renewed_mandate",
                "The council unanimously renewed the mandate of the peacekeeping mission.",
                Tone::Cooperative,
            ),
            ("deplored", "The envoy deplored the lack of progress in the talks.", Tone::Warning),
            ("expressed_disappointment", "We are disappointed by the outcome of the vote.", Tone::Warning),
            ("appalled", "We are appalled by the attack on the aid convoy.", Tone::Warning),
            ("outraged", "The government is outraged by the desecration of the shrine.", Tone::Warning),
            ("reject_claims", "We categorically reject these unfounded claims.", Tone::Warning),
            ("not_recognize", "We will never recognize the illegal annexation.", Tone::Warning),
            ("gratitude", "We express our deep gratitude to the host country.", Tone::Cooperative),
            ("honored", "It is an honour to welcome our friends from across the sea.", Tone::Cooperative),
            ("historic_milestone", "This agreement marks a historic milestone in our relations.", Tone::Cooperative),
            ("new_era", "Our relations have entered a new era.", Tone::Cooperative),
            ("heartfelt", "We extend our heartfelt congratulations on your national day.", Tone::Cooperative),
            ("warm_welcome", "The president received a warm welcome in the capital.", Tone::Cooperative),
            ("excellent_relations", "Relations between our two countries are excellent.", Tone::Cooperative),
            ("hand_of_friendship", "We extend the hand of friendship to all our neighbours.", Tone::Cooperative),
            ("security_guarantees", "We are ready to provide security guarantees to all parties.", Tone::Cooperative),
            (
                "ceasefire_holds",
                "The ceasefire is holding and we hope it will lead to lasting peace.",
                Tone::Cooperative,
            ),
            ("warned_consequences", "We have warned them of the consequences of their actions.", Tone::Warning),
            ("escalation_risk", "The risk of escalation is extremely high.", Tone::Warning),
            ("brink", "The region is on the brink of a full-scale war.", Tone::Warning),
            ("ready_to_defend", "Our armed forces are ready to defend every inch of our land.", Tone::Warning),
            ("occupation_must_end", "The occupation must end immediately.", Tone::Warning),
            (
                "violation_airspace",
                "The incursion into our airspace is a flagrant violation of our sovereignty.",
                Tone::Warning,
            ),
            ("sanctions_imposed", "We will impose further sanctions if the attacks continue.", Tone::Warning),
            ("expelled_diplomats", "We have expelled three of their diplomats.", Tone::Warning),
            ("cut_ties", "We have decided to sever diplomatic relations.", Tone::Warning),
            ("suspended_talks", "We are suspending all talks until further notice.", Tone::Warning),
            ("dialogue_deaf", "Our calls for dialogue have fallen on deaf ears.", Tone::Warning),
            ("no_partner", "There is no partner for peace on the other side.", Tone::Warning),
        ]);
    }

    /// Deeds said to contradict words ("their actions speak otherwise",
    /// "tell a different story") are a warning, and after "but" they
    /// outweigh the hope conceded before it; the centrality of a body is
    /// support for it.
    #[test]
    fn deeds_against_words_and_centrality() {
        check(&[
            ("hope_but_otherwise", "We hope for progress, but their actions speak otherwise.", Tone::Warning),
            ("promise_but_story", "They promise peace, but their deeds tell a different story.", Tone::Warning),
            ("figures_story", "The figures tell a different story: the cuts have hurt exporters.", Tone::Warning),
            ("louder", "We welcome the words, but actions speak louder than words.", Tone::Warning),
            ("speaks_otherwise", "Their military spending speaks otherwise.", Tone::Warning),
            (
                "centrality_bloc",
                "We reaffirm the centrality of the bloc in the regional architecture.",
                Tone::Cooperative,
            ),
            ("centrality_un", "The forum reaffirmed the centrality of the United Nations.", Tone::Cooperative),
            ("centrality_support", "We support the centrality of the regional bloc.", Tone::Cooperative),
        ]);
    }

    /// Neglect by under-spending is a warning, as underfunding is; so is
    /// a promise that wrongdoers will be dealt with severely or sternly.
    #[test]
    fn neglect_and_stern_treatment() {
        check(&[
            ("underinvested_region", "The region has been underinvested for decades.", Tone::Warning),
            ("underinvested_defence", "We have underinvested in our own defence.", Tone::Warning),
            ("under_resourced", "Our clinics are badly under-resourced.", Tone::Warning),
            ("dealt_severely", "Those responsible will be dealt with severely.", Tone::Warning),
            ("deal_sternly", "We will deal sternly with smugglers.", Tone::Warning),
            ("dealt_sternly", "Any official who lies will be dealt with sternly.", Tone::Warning),
            ("invested_well", "We have invested in schools and roads together.", Tone::Cooperative),
        ]);
    }

    /// Defiance of dictation, a body called a rubber stamp, and "pure"
    /// before a word for falsehood are warnings; "pure" alone still praises.
    #[test]
    fn defiance_rubber_stamps_and_pure_falsehood() {
        check(&[
            ("not_dictated", "We will not be dictated to by outsiders.", Tone::Warning),
            ("refuse_dictated", "Small nations refuse to be dictated to.", Tone::Warning),
            ("rubber_stamped", "The pact was rubber-stamped without debate.", Tone::Warning),
            ("rubber_stamp", "The assembly is a rubber stamp for the palace.", Tone::Warning),
            ("pure_propaganda", "The state media campaign is pure propaganda.", Tone::Warning),
            ("pure_fiction", "The report is pure fiction.", Tone::Warning),
            ("pure_fabrication", "The claims are pure fabrication from start to finish.", Tone::Warning),
            ("pure_water", "The water here is pure and clean.", Tone::Cooperative),
        ]);
    }

    /// Bringing people to safety and keeping grain moving are relief;
    /// flight to safety stays the warning of the flight.
    #[test]
    fn relief_to_safety_and_grain() {
        check(&[
            ("brought_to_safety", "The coast guard brought the stranded fishermen to safety.", Tone::Cooperative),
            ("led_to_safety", "We led hundreds of families to safety.", Tone::Cooperative),
            ("fled_to_safety", "The villagers fled to safety across the river.", Tone::Warning),
            ("grain_deal", "The grain deal keeps food flowing to hungry nations.", Tone::Cooperative),
            ("grain_corridor", "Ships are moving again through the grain corridor.", Tone::Cooperative),
            ("grain_extended", "The grain deal was extended for another four months.", Tone::Cooperative),
        ]);
    }

    /// A stress set of invented quotes whose tone rests on words of
    /// economic ties (corridors, two-way trade), military posture,
    /// humanitarian relief, legitimacy and the law invoked in agreement,
    /// and the idioms of hostility and rapprochement, each labelled as a
    /// diplomat would read it.
    #[test]
    fn invented_families() {
        check(&[
            (
                "econ_corridor",
                "The new economic corridor will link our ports with the markets of the north.",
                Tone::Cooperative,
            ),
            ("supply_chains", "Both sides agreed to build resilient supply chains together.", Tone::Cooperative),
            (
                "investment_flows",
                "Investment flows between our two countries have doubled since the accord.",
                Tone::Cooperative,
            ),
            ("trade_volume", "Bilateral trade volume reached a record high this year.", Tone::Cooperative),
            ("rail_link", "The rail link will bring our peoples closer and boost commerce.", Tone::Cooperative),
            (
                "infrastructure_pledge",
                "We will jointly finance roads, power plants and ports across the region.",
                Tone::Cooperative,
            ),
            ("free_trade", "The free trade agreement opens a new chapter in our relations.", Tone::Cooperative),
            (
                "currency_swap",
                "The central banks signed a currency swap arrangement to deepen financial cooperation.",
                Tone::Cooperative,
            ),
            ("tech_transfer", "We are ready to share technology and expertise with our partners.", Tone::Cooperative),
            (
                "deployment_border",
                "The deployment of troops along our border is a direct threat to our security.",
                Tone::Warning,
            ),
            ("airspace_violation", "Their jets committed a grave airspace violation this morning.", Tone::Warning),
            ("provocative_manoeuvres", "The provocative manoeuvres near our coast must stop.", Tone::Warning),
            ("warships_sent", "Sending warships into these waters is a dangerous escalation.", Tone::Warning),
            ("missile_test", "The missile launch is a flagrant breach of the resolutions.", Tone::Warning),
            ("buildup", "The military buildup on the frontier alarms every neighbour.", Tone::Warning),
            ("intrusion", "Any intrusion into our territorial waters will be repelled.", Tone::Warning),
            ("encirclement", "The alliance is pursuing a policy of encirclement against us.", Tone::Warning),
            ("aid_corridor", "A corridor for aid has opened and the first convoys have crossed.", Tone::Cooperative),
            ("ceasefire_holds", "The ceasefire holds and civilians are returning home.", Tone::Cooperative),
            ("evacuation", "We helped evacuate thousands of foreign nationals safely.", Tone::Cooperative),
            ("hostages_freed", "We welcome the safe return of the detained sailors.", Tone::Cooperative),
            ("famine", "Millions face famine if the blockade continues.", Tone::Warning),
            ("civilian_toll", "The bombing killed dozens of civilians, including children.", Tone::Warning),
            ("aid_blocked", "Aid trucks have been blocked at the crossing for weeks.", Tone::Warning),
            (
                "illegitimate_vote",
                "The so-called referendum is illegitimate and its results are null and void.",
                Tone::Warning,
            ),
            ("violation_intl_law", "The annexation is in violation of international law.", Tone::Warning),
            (
                "un_charter",
                "Our position is fully in line with the UN Charter and international law.",
                Tone::Cooperative,
            ),
            (
                "sham_election",
                "The sham election will never be recognised by the international community.",
                Tone::Warning,
            ),
            ("illegal_occupation", "The illegal occupation of our land must end.", Tone::Warning),
            (
                "recognition",
                "We are proud to recognise the State and establish full diplomatic relations.",
                Tone::Cooperative,
            ),
            ("legal_basis", "The seizure of the tanker has no legal basis whatsoever.", Tone::Warning),
            ("playing_fire", "Those who play with fire will get burned.", Tone::Warning),
            ("crossed_line", "With this step they have crossed a line.", Tone::Warning),
            ("stab_back", "This decision is a stab in the back of our people.", Tone::Warning),
            ("slap_face", "Their refusal is a slap in the face to every victim.", Tone::Warning),
            ("poured_oil", "These remarks only pour oil on the fire.", Tone::Warning),
            ("meddling", "We will not tolerate foreign meddling in our elections.", Tone::Warning),
            ("puppet", "The puppet regime does not speak for the people.", Tone::Warning),
            ("blackmail", "We will not give in to nuclear blackmail.", Tone::Warning),
            ("handshake", "The two leaders shook hands and pledged a new beginning.", Tone::Cooperative),
            ("bridges", "We must build bridges between our nations, not walls.", Tone::Cooperative),
            ("turn_page", "It is time to turn the page and open a new chapter.", Tone::Cooperative),
            ("hand_extended", "Our hand remains extended to our neighbours.", Tone::Cooperative),
            ("schedule", "The foreign minister will travel to the capital on Thursday.", Tone::Neutral),
            ("delegation_arrived", "The delegation arrived late on Sunday evening.", Tone::Neutral),
            ("statement_issued", "The ministry issued a statement after the call.", Tone::Neutral),
            ("figures", "The report covers the period from January to June.", Tone::Neutral),
            ("trade_record", "Two-way trade has grown to a record forty billion dollars.", Tone::Cooperative),
            (
                "port_upgrade",
                "The port upgrade financed by our partners will create thousands of jobs.",
                Tone::Cooperative,
            ),
            (
                "energy_pipeline",
                "The gas pipeline will bring reliable energy to both nations for decades.",
                Tone::Cooperative,
            ),
            ("visa_free", "Citizens of both countries will now travel visa-free.", Tone::Cooperative),
            (
                "direct_flights",
                "Direct flights between the two capitals resume next month, bringing families together.",
                Tone::Cooperative,
            ),
            ("joint_patrols", "Our navies will hold joint patrols to keep the sea lanes safe.", Tone::Cooperative),
            ("expelled_diplomats", "The expulsion of our diplomats is an unfriendly act.", Tone::Warning),
            ("recalled_ambassador", "We have recalled our ambassador for consultations in protest.", Tone::Warning),
            ("drone_strike", "The drone strike on the convoy was a cowardly act.", Tone::Warning),
            ("shelling_continues", "Shelling of residential areas continues despite the truce.", Tone::Warning),
            ("mobilisation", "The mobilisation of reservists shows they are preparing for war.", Tone::Warning),
            (
                "hypersonic",
                "We have deployed new hypersonic systems to counter any threat from the west.",
                Tone::Warning,
            ),
            ("spy_balloon", "The surveillance flight over our territory was an unacceptable intrusion.", Tone::Warning),
            ("coercion", "Economic coercion will not bend our will.", Tone::Warning),
            ("refugees_return", "Refugees can return in safety and dignity.", Tone::Cooperative),
            ("reconstruction", "We will help rebuild schools and hospitals in the affected areas.", Tone::Cooperative),
            ("vaccines", "We donated two million vaccine doses to our neighbours.", Tone::Cooperative),
            ("legit_order", "The interim authorities lack any legitimacy.", Tone::Warning),
            ("charter_breach", "Such unilateral steps run counter to the purposes of the Charter.", Tone::Warning),
            (
                "sovereign_right",
                "Every nation has the sovereign right to choose its own partners, and we respect that.",
                Tone::Cooperative,
            ),
            ("rubber_stamp", "The parliament has become a rubber stamp for the junta.", Tone::Warning),
            ("bite_hand", "They bite the hand that feeds them.", Tone::Warning),
            ("knife_edge", "The region stands on a knife edge.", Tone::Warning),
            ("powder_keg", "The border has become a powder keg.", Tone::Warning),
            ("house_of_cards", "Their whole argument is a house of cards.", Tone::Warning),
            ("olive_branch", "We are offering an olive branch to our rivals.", Tone::Cooperative),
            ("bury_hatchet", "It is time to bury the hatchet.", Tone::Cooperative),
            ("common_ground", "The two sides found common ground on fisheries.", Tone::Cooperative),
            ("thaw", "The thaw in relations is welcome news for the region.", Tone::Cooperative),
            ("sabre_rattling", "Their sabre-rattling will not intimidate anyone.", Tone::Warning),
            ("show_of_force", "The flotilla was a show of force aimed at our fishermen.", Tone::Warning),
            ("war_games", "The war games near the strait are a rehearsal for invasion.", Tone::Warning),
            ("militarisation", "The militarisation of the islands threatens freedom of navigation.", Tone::Warning),
            ("encroachment", "We protest the continued encroachment on our fishing grounds.", Tone::Warning),
            (
                "overflight",
                "The unauthorised overflight by a reconnaissance aircraft violated our sovereignty.",
                Tone::Warning,
            ),
            ("safe_passage", "Both sides guaranteed safe passage for the wounded.", Tone::Cooperative),
            ("relief_supplies", "Relief supplies reached the stranded villages overnight.", Tone::Cooperative),
            ("truce_holding", "The truce is holding for a third day.", Tone::Cooperative),
            ("prisoner_swap", "The prisoner swap went ahead as agreed.", Tone::Cooperative),
            ("usurper", "The usurpers in the capital have no mandate from the people.", Tone::Warning),
            ("de_facto", "We do not deal with the de facto authorities that seized power.", Tone::Warning),
            ("unconstitutional", "The unconstitutional seizure of power must be reversed.", Tone::Warning),
            ("duly_elected", "We stand by the duly elected government.", Tone::Cooperative),
            ("mou", "The two ministries signed a memorandum of understanding on renewable energy.", Tone::Cooperative),
            ("market_access", "The deal grants our farmers market access across the region.", Tone::Cooperative),
            ("sez", "A special economic zone will be set up with partner funding.", Tone::Cooperative),
            ("dead_arrival", "The proposal is dead on arrival.", Tone::Warning),
            ("smoke_mirrors", "Their peace plan is smoke and mirrors.", Tone::Warning),
            ("thin_ice", "The government is skating on thin ice.", Tone::Warning),
            ("pandora", "This would open a Pandora's box.", Tone::Warning),
            ("trojan_horse", "The project is a Trojan horse for foreign control.", Tone::Warning),
            ("crocodile_tears", "Spare us the crocodile tears.", Tone::Warning),
            ("empty_words", "These promises are empty words.", Tone::Warning),
            ("paper_tiger", "The alliance is a paper tiger.", Tone::Warning),
            ("ball_court", "The ball is in their court now.", Tone::Neutral),
            ("meet_halfway", "We are ready to meet them halfway.", Tone::Cooperative),
            ("mend_fences", "The visit is an opportunity to mend fences.", Tone::Cooperative),
            ("eye_to_eye", "We see eye to eye on the need for a settlement.", Tone::Cooperative),
            ("same_page", "Our two governments are on the same page on climate.", Tone::Cooperative),
            ("clear_air", "The phone call helped clear the air.", Tone::Cooperative),
            ("cold_shoulder", "The delegation was given the cold shoulder in the capital.", Tone::Warning),
            ("double_standards", "This is a clear case of double standards.", Tone::Warning),
            ("lip_service", "They pay lip service to human rights.", Tone::Warning),
            ("iron_curtain", "A new iron curtain is descending on the continent.", Tone::Warning),
            ("last_straw", "The arrest of our citizens was the last straw.", Tone::Warning),
            ("burning_bridges", "They are burning bridges with all their neighbours.", Tone::Warning),
            ("door_devil", "By arming them you are opening the gates of hell.", Tone::Warning),
            ("iron_fist", "The regime rules with an iron fist.", Tone::Warning),
            ("steady_progress", "Talks are moving forward at a steady pace.", Tone::Cooperative),
            ("shared_prosperity", "Our goal is shared prosperity for the whole region.", Tone::Cooperative),
            ("people_to_people", "People-to-people exchanges are the foundation of our friendship.", Tone::Cooperative),
        ]);
    }

    /// Lexicon families: words that ring hollow, and a course that will
    /// backfire or decouple economies, are warnings.
    #[test]
    fn hollow_and_backfire() {
        check(&[
            ("rings_hollow", "Their promise of friendship rings hollow while the shelling goes on.", Tone::Warning),
            ("rang_hollow", "His apology rang hollow in the harbour towns.", Tone::Warning),
            ("sounds_hollow", "Talk of partnership sounds hollow after the raid.", Tone::Warning),
            ("hollow_gesture", "The release of two prisoners was a hollow gesture.", Tone::Warning),
            ("backfire", "Such pressure will backfire on the capital that applies it.", Tone::Warning),
            ("backfired", "The embargo backfired and hurt its own farmers.", Tone::Warning),
            ("decouple", "Trying to decouple our economies would hurt both peoples.", Tone::Warning),
            ("kept_ring", "The bells ring at noon in the old port.", Tone::Neutral),
        ]);
    }

    /// A word that calls something empty disowns the good words it is
    /// said of; negated, or said of a threat, it leaves them be.
    #[test]
    fn hollow_praise() {
        check(&[
            (
                "friendship_hollow",
                "Their promise of friendship rings hollow while the shelling goes on.",
                Tone::Warning,
            ),
            ("peace_charade", "The so-called peace process is a charade.", Tone::Warning),
            ("cooperation_sham", "Their offer of cooperation is a sham.", Tone::Warning),
            ("partnership_farce", "This partnership has become a farce.", Tone::Warning),
            ("not_sham", "Our partnership with the islands is not a sham.", Tone::Cooperative),
            ("threat_empty", "Their threats are empty words.", Tone::Warning),
        ]);
        let (_, terms) = tone("Their offer of cooperation is a sham.");
        assert!(terms.contains("cooperat*(-1.00*harmed)"), "{terms}");
        let (_, terms) = tone("We value cooperation. The rumours are a sham.");
        assert!(!terms.contains("harmed"), "{terms}");
    }

    /// Lexicon families: dealing with someone firmly is a warning of
    /// force, with the object named between ("deal with them firmly"); a
    /// situation said to be (very) serious is a warning; a step held up as
    /// a model for others is praise.
    #[test]
    fn firm_dealing_serious_and_model() {
        check(&[
            ("deal_them_firmly", "The coast guard will deal with them firmly.", Tone::Warning),
            ("dealt_it_decisively", "We dealt with it decisively and at once.", Tone::Warning),
            ("deal_such_acts", "Police will deal with such acts severely.", Tone::Warning),
            ("situation_serious", "The situation is very serious along the river.", Tone::Warning),
            ("more_than_serious", "The damage to the reactor is more than serious.", Tone::Warning),
            ("situation_extreme", "The situation is extremely serious for the fishermen.", Tone::Warning),
            ("model_for", "The water accord can be a model for the whole basin.", Tone::Cooperative),
            ("model_of_coop", "The bridge is a model of cooperation between two towns.", Tone::Cooperative),
            ("example_region", "Their reconciliation sets an example for the region.", Tone::Cooperative),
            ("business_model", "The firm changed its business model for the cafes.", Tone::Neutral),
        ]);
    }

    /// A demand of ending that takes a shared conflict as its object is a
    /// call for peace; without an object, or over one party's act, it
    /// stays a warning.
    #[test]
    fn end_conflict_demand() {
        check(&[
            ("must_end_this_war", "We must end this war and bring the conscripts home.", Tone::Cooperative),
            ("must_stop_fighting", "Both armies must stop the fighting before winter.", Tone::Cooperative),
            ("must_cease_hostilities", "The parties must cease all hostilities now.", Tone::Cooperative),
            ("occupation_must_end", "The occupation of the valley must end.", Tone::Warning),
            ("must_stop_shelling", "They must stop the shelling of the port.", Tone::Warning),
        ]);
        let (_, terms) = tone("We must end this war.");
        assert!(terms.contains("must end(+1.60*end)"), "{terms}");
    }

    /// A disaster called humanitarian is a warning, not relief; "of
    /// historic proportions" measures its size and praises nothing.
    #[test]
    fn humanitarian_disaster_and_proportions() {
        check(&[
            ("hum_catastrophe", "The siege has caused a humanitarian catastrophe in the old city.", Tone::Warning),
            ("hum_tragedy", "What happens in the camps is a humanitarian tragedy.", Tone::Warning),
            ("hum_emergency", "The drought is now a humanitarian emergency.", Tone::Warning),
            ("hum_aid", "The first humanitarian aid reached the islands.", Tone::Cooperative),
            ("disaster_historic", "This is a flood of historic proportions.", Tone::Warning),
            ("epic_proportions", "The blunder was of epic proportions.", Tone::Warning),
            ("historic_alone", "This is a historic day for both nations.", Tone::Cooperative),
        ]);
    }

    /// A good word put in someone else's mouth ("so-called", "what they
    /// call") is disowned; the speaker's own naming, or a warning word so
    /// named, keeps its sign.
    #[test]
    fn distanced_praise() {
        check(&[
            ("so_called_partnership", "Their so-called partnership is over.", Tone::Warning),
            ("what_they_call_dialogue", "What they call dialogue is a list of ultimatums.", Tone::Warning),
            ("so_called_friends", "Our so-called friends stayed silent.", Tone::Warning),
            ("what_you_call_help", "What you call help is pressure.", Tone::Warning),
            ("what_we_call", "This is what we call a partnership.", Tone::Cooperative),
            ("so_called_threat", "The so-called threat from the islands is a fabrication.", Tone::Warning),
        ]);
        let (_, terms) = tone("Their so-called partnership is over.");
        assert!(terms.contains("partnership*(-1.00*harmed)"), "{terms}");
    }

    /// A third stress set of invented quotes in registers the first two did
    /// not cover: Gulf, Iranian and Turkish official phrasing, Chinese and
    /// Russian counter-criticism, Indian and ASEAN phrasing, the language of
    /// UN humanitarian and human-rights statements, economic coercion, and
    /// neutral statements that name polar words only as their topic; each
    /// labelled as a diplomat would read it.
    #[test]
    fn invented_voices() {
        check(&[
            (
                "brotherly_rel",
                "The visit reflects the deep brotherly relations between our two kingdoms.",
                Tone::Cooperative,
            ),
            (
                "zionist_aggr",
                "The Zionist entity's aggression against our people will not go unanswered.",
                Tone::Warning,
            ),
            ("martyrs", "Our martyrs fell defending the homeland against the occupiers.", Tone::Warning),
            ("arrogance", "The arrogance of the global powers knows no limits.", Tone::Warning),
            ("resistance_axis", "The resistance will continue until the occupation ends.", Tone::Warning),
            (
                "gulf_unity",
                "The council affirms the unity of its member states and their common destiny.",
                Tone::Cooperative,
            ),
            (
                "turkey_terror",
                "We will not allow a terror corridor to be established on our southern border.",
                Tone::Warning,
            ),
            ("iran_sanctions", "The cruel sanctions are a crime against the Iranian nation.", Tone::Warning),
            (
                "gcc_support",
                "The kingdom stands firmly with its brothers in their efforts to restore calm.",
                Tone::Cooperative,
            ),
            (
                "cold_war",
                "Washington should discard its Cold War mentality and stop forming small cliques.",
                Tone::Warning,
            ),
            ("bloc_conf", "Bloc confrontation will only push the region toward instability.", Tone::Warning),
            ("hegemonism", "We oppose hegemonism and power politics in all their forms.", Tone::Warning),
            ("smear_camp", "The report is nothing but a smear campaign against our country.", Tone::Warning),
            ("groundless", "These groundless accusations are driven by ulterior motives.", Tone::Warning),
            ("so_called", "The so-called human rights report is full of lies.", Tone::Warning),
            ("hype", "Certain countries keep hyping the so-called threat from the east.", Tone::Warning),
            (
                "stop_meddling",
                "We urge them to stop meddling in matters that are none of their business.",
                Tone::Warning,
            ),
            ("double_std", "Their double standards on terrorism are plain for all to see.", Tone::Warning),
            ("politicize", "We firmly oppose politicizing trade and technology issues.", Tone::Warning),
            (
                "time_tested2",
                "Our time-tested partnership continues to grow from strength to strength.",
                Tone::Cooperative,
            ),
            (
                "asean_centr",
                "We reaffirm our support for ASEAN centrality in the regional architecture.",
                Tone::Cooperative,
            ),
            ("strat_auton", "India will make its decisions on the basis of strategic autonomy.", Tone::Neutral),
            (
                "rules_based",
                "We share a commitment to a free, open and rules-based order in the region.",
                Tone::Cooperative,
            ),
            (
                "fon",
                "Both leaders underlined the importance of freedom of navigation and overflight.",
                Tone::Cooperative,
            ),
            (
                "vasudhaiva",
                "We see the whole world as one family and will share our vaccines with it.",
                Tone::Cooperative,
            ),
            ("catastrophic", "The humanitarian situation in the enclave is catastrophic.", Tone::Warning),
            ("famine_like", "Famine-like conditions are spreading across the north.", Tone::Warning),
            (
                "unimpeded",
                "All parties must allow safe and unimpeded access for humanitarian workers.",
                Tone::Cooperative,
            ),
            (
                "accountability",
                "There must be accountability for the grave violations committed against children.",
                Tone::Warning,
            ),
            ("impunity", "The culture of impunity must come to an end.", Tone::Warning),
            ("grave_viol", "The commission documented grave violations of humanitarian law.", Tone::Warning),
            ("displaced", "More than a million people have been forced from their homes.", Tone::Warning),
            ("sanctions_new", "We will impose new sanctions on those responsible for the crackdown.", Tone::Warning),
            ("tariffs", "The punitive tariffs will hurt consumers on both sides.", Tone::Warning),
            ("export_ctrl", "These export controls are a blatant act of economic coercion.", Tone::Warning),
            ("econ_blackmail", "We will not bow to economic blackmail.", Tone::Warning),
            ("decoupling", "Decoupling and severing supply chains will harm everyone.", Tone::Warning),
            ("lift_sanctions", "We welcome the decision to lift the sanctions and reopen trade.", Tone::Cooperative),
            ("neu_discussed", "The ministers discussed the ceasefire and sanctions.", Tone::Neutral),
            ("neu_report", "The report examines the causes of the conflict.", Tone::Neutral),
            ("neu_declined", "He declined to comment on the threat.", Tone::Neutral),
            ("neu_focus", "The session will focus on the crisis in the east.", Tone::Neutral),
            ("neu_raise", "The envoy raised the issue of the detained journalists.", Tone::Neutral),
            ("neu_briefed", "The minister briefed the cabinet on the border dispute.", Tone::Neutral),
            ("neu_address", "The summit will address terrorism, migration and climate.", Tone::Neutral),
            ("neu_question", "Reporters asked about the attack on the convoy.", Tone::Neutral),
            ("neu_committee", "A committee was set up to study the conflict.", Tone::Neutral),
            ("neu_hearing", "The hearing on the sanctions will take place next week.", Tone::Neutral),
            ("neu_topics", "Topics included the blockade and the refugee crisis.", Tone::Neutral),
            ("sign_concern_trust", "Such steps undermine efforts to build trust between our nations.", Tone::Warning),
            ("sign_peace_hollow", "Their talk of peace rings hollow while the bombing continues.", Tone::Warning),
            ("sign_partnership_doubt", "This is not how partners behave.", Tone::Warning),
            ("sign_cooperation_jeop", "These actions jeopardize years of cooperation.", Tone::Warning),
            ("sign_stability_threat", "Their actions pose a threat to regional stability and security.", Tone::Warning),
            ("sign_friendship_betray", "They betrayed the friendship we offered them.", Tone::Warning),
            ("coop_end_war", "We must end this war and bring our soldiers home.", Tone::Cooperative),
            (
                "coop_condolence",
                "We extend our heartfelt condolences to the brotherly people of the islands.",
                Tone::Cooperative,
            ),
            (
                "coop_lift_siege",
                "We call for the siege to be lifted so that aid can reach the children.",
                Tone::Cooperative,
            ),
            (
                "usurping_entity",
                "The usurping entity continues its crimes against the defenceless population.",
                Tone::Warning,
            ),
            (
                "global_arrogance",
                "The schemes of global arrogance will be defeated by the steadfastness of the nations.",
                Tone::Warning,
            ),
            (
                "brotherly_support",
                "We appreciate the brotherly support extended by the emirate during this difficult period.",
                Tone::Cooperative,
            ),
            ("two_holy", "The two sides stressed the historic ties that bind their peoples.", Tone::Cooperative),
            ("solid_ties", "Relations between Ankara and Baku are unbreakable.", Tone::Cooperative),
            ("ulterior", "Some politicians are spreading disinformation with ulterior motives.", Tone::Warning),
            ("hype_up", "The media hype about a debt trap is pure fabrication.", Tone::Warning),
            ("cold_war_zero", "Drawing ideological lines will drag the world into a new Cold War.", Tone::Warning),
            ("bloc_politics", "We reject bloc politics and exclusive small circles.", Tone::Warning),
            ("wolf_warrior", "They are bullies who use their power to oppress smaller nations.", Tone::Warning),
            ("weaponize", "Weaponizing the global financial system threatens everyone.", Tone::Warning),
            ("long_arm", "We firmly oppose long-arm jurisdiction over our companies.", Tone::Warning),
            ("sign_dialogue_sham", "What they call dialogue is a monologue of demands.", Tone::Warning),
            ("decouple2", "Any attempt to decouple will backfire on those who try it.", Tone::Warning),
            ("entity_list", "Adding our firms to the entity list is an abuse of state power.", Tone::Warning),
            ("dumping", "The anti-dumping duties are pure protectionism.", Tone::Warning),
            ("lawfare", "This is a politically motivated witch hunt.", Tone::Warning),
            ("un_alarm", "Children are dying of hunger while aid sits at the border.", Tone::Warning),
            ("un_access", "We welcome the opening of additional crossings for aid.", Tone::Cooperative),
            ("un_protect", "Civilians and civilian infrastructure must be protected at all times.", Tone::Cooperative),
            ("un_impunity", "Those responsible for these atrocities must not escape justice.", Tone::Warning),
            ("un_siege", "Starvation is being used as a weapon of war.", Tone::Warning),
            (
                "asean_consensus",
                "The five-point consensus remains our guide for a peaceful resolution.",
                Tone::Cooperative,
            ),
            ("quad_free", "Our partnership is a force for good in the Indo-Pacific.", Tone::Cooperative),
            (
                "neu_sanctions_list",
                "The list of sanctioned entities was published on the ministry website.",
                Tone::Neutral,
            ),
            ("neu_study_war", "The institute will publish a study on the war next month.", Tone::Neutral),
            ("neu_examined", "The panel examined the allegations of abuse.", Tone::Neutral),
            ("neu_comment", "The spokesperson did not comment on the sanctions.", Tone::Neutral),
            ("neu_question_of", "They also touched upon the question of the disputed islands.", Tone::Neutral),
            ("martyr_honour", "The blood of the martyrs will not be shed in vain.", Tone::Warning),
            ("zionist_regime", "The crimes of the Zionist regime must be stopped.", Tone::Warning),
            ("arab_solidarity", "We stand in full solidarity with our Arab brothers.", Tone::Cooperative),
            (
                "iran_neighbours",
                "Iran extends the hand of friendship to all its neighbours in the Gulf.",
                Tone::Cooperative,
            ),
            ("turkey_mediate", "Türkiye is ready to host talks between the two sides.", Tone::Cooperative),
            ("smear2", "This is a politically motivated smear with no factual basis.", Tone::Warning),
            ("fabricated", "The allegations are fabricated out of thin air.", Tone::Warning),
            ("meddling2", "Foreign forces should stop pointing fingers at our internal affairs.", Tone::Warning),
            ("cold_war_relic", "The alliance is a relic of the Cold War.", Tone::Warning),
            ("containment", "The strategy of containment against our country is doomed to fail.", Tone::Warning),
            ("sanction_threat", "If they proceed, we will respond with sanctions of our own.", Tone::Warning),
            ("tariff_war", "A tariff war has no winners.", Tone::Warning),
            ("trade_deal_win", "The trade deal is a win for farmers on both sides.", Tone::Cooperative),
            ("unimpeded2", "Humanitarian convoys must be allowed to pass without delay.", Tone::Cooperative),
            ("catastrophe", "We are witnessing a humanitarian catastrophe of historic proportions.", Tone::Warning),
            ("atrocity_crimes", "These acts may amount to crimes against humanity.", Tone::Warning),
            ("ceasefire_now", "We call for an immediate and lasting ceasefire.", Tone::Cooperative),
            ("quiet_neutral", "The talks on the sanctions resumed on Monday in Geneva.", Tone::Neutral),
            ("neu_vote", "The vote on the resolution on the war was postponed to Friday.", Tone::Neutral),
            ("neu_study_sanct", "The minister said the government was studying the sanctions package.", Tone::Neutral),
            ("neu_agenda", "The agenda covers the war, the refugees and the sanctions regime.", Tone::Neutral),
            ("neu_tariff_rate", "The tariff rate on steel is set at fifteen percent.", Tone::Neutral),
            (
                "neighbourhood",
                "Our neighbourhood first policy puts our neighbours at the heart of our diplomacy.",
                Tone::Cooperative,
            ),
        ]);
    }

    /// Empty results and disowned goods: words that say an effort came to
    /// nothing disown the good words before them; "lip service to" and "at
    /// the expense / cost of" disown the good words after them. A warning
    /// word in the window, or a negator that is no verdict, leaves them be.
    #[test]
    fn empty_results_and_disowned_goods() {
        check(&[
            ("talks_nothing", "Years of talks have achieved nothing.", Tone::Warning),
            ("cooperation_nowhere", "The promised cooperation led nowhere.", Tone::Warning),
            ("support_delivered_nothing", "Their pledges of support have delivered nothing so far.", Tone::Warning),
            ("lip_service_coop", "They pay lip service to cooperation.", Tone::Warning),
            ("lip_service_dialogue", "Lip service to dialogue will not end the crisis.", Tone::Warning),
            ("lip_service_reconcile", "The government paid only lip service to reconciliation.", Tone::Warning),
            ("expense_stability", "They chase quick gains at the expense of regional stability.", Tone::Warning),
            ("cost_peace", "They press their claims at the cost of peace with their neighbours.", Tone::Warning),
            (
                "expense_security",
                "The deal was struck at the expense of the smaller partners' security.",
                Tone::Warning,
            ),
            ("nothing_shakes", "Nothing can shake our friendship.", Tone::Cooperative),
            ("achieved_much", "We achieved a great deal together.", Tone::Cooperative),
        ]);
        let (_, terms) = tone("They pay lip service to cooperation.");
        assert!(terms.contains("cooperat*(-1.00*harmed)"), "{terms}");
        let (_, terms) = tone("We value cooperation; the rumours led nowhere.");
        assert!(!terms.contains("harmed"), "{terms}");
    }

    /// A fourth stress set of invented quotes in registers the first three
    /// did not cover: Korean state-media rhetoric and Seoul and Tokyo
    /// protest formulas, Japan and China, India and Pakistan, the South
    /// China Sea, the Iran nuclear file, Europe and Russia, Israel,
    /// Palestine and Lebanon, multilateral procedure, and criticism worded
    /// around good nouns; each labelled as a diplomat would read it.
    #[test]
    fn invented_fronts() {
        check(&[
            (
                "kp_warmongers",
                "The US warmongers and their puppets are pushing the peninsula to the brink of war.",
                Tone::Warning,
            ),
            ("kp_reckless", "This reckless provocation poses a grave threat to peace on the peninsula.", Tone::Warning),
            (
                "kp_puppet",
                "The puppet clique in Seoul will be held fully responsible for the consequences.",
                Tone::Warning,
            ),
            ("kp_pay_dearly", "The enemies will pay dearly for their hostile acts.", Tone::Warning),
            (
                "kp_regrettable",
                "It is extremely regrettable that the North launched another ballistic missile.",
                Tone::Warning,
            ),
            ("kp_protest", "We lodged a strong protest through diplomatic channels.", Tone::Warning),
            ("kp_summoned", "The foreign ministry summoned the ambassador to convey its deep concern.", Tone::Warning),
            ("kp_dialogue", "We remain open to dialogue with the North without preconditions.", Tone::Cooperative),
            (
                "kp_reunion",
                "The reunion of separated families would be a meaningful step toward reconciliation.",
                Tone::Cooperative,
            ),
            ("kp_denucl", "Complete denuclearization of the peninsula remains our shared goal.", Tone::Cooperative),
            ("kp_sea_of_fire", "Any attack will be met with a merciless retaliatory strike.", Tone::Warning),
            (
                "jp_cn_intrude",
                "Chinese coast guard vessels intruded into our territorial waters near the islands.",
                Tone::Warning,
            ),
            (
                "jp_cn_summit",
                "The two leaders agreed to promote a mutually beneficial strategic relationship.",
                Tone::Cooperative,
            ),
            ("jp_seafood", "The import ban on our seafood has no scientific basis.", Tone::Warning),
            (
                "jp_kr_history",
                "We will face history squarely and build a future-oriented relationship.",
                Tone::Cooperative,
            ),
            ("in_pk_terror", "Cross-border terrorism remains the core issue between our two countries.", Tone::Warning),
            ("in_pk_befitting", "Our armed forces will give a befitting reply to any misadventure.", Tone::Warning),
            (
                "in_pk_composite",
                "Both sides agreed to resume the composite dialogue at the level of foreign secretaries.",
                Tone::Cooperative,
            ),
            (
                "in_pk_abeyance",
                "Holding the water treaty in abeyance would be an act of war against our people.",
                Tone::Warning,
            ),
            (
                "in_pk_pilgrims",
                "The opening of the corridor for pilgrims is a welcome goodwill gesture.",
                Tone::Cooperative,
            ),
            ("in_pk_infiltration", "Infiltration across the line of control continues unabated.", Tone::Warning),
            ("scs_water_cannon", "The coast guard fired water cannon at our resupply boats.", Tone::Warning),
            (
                "scs_dangerous",
                "The pilot performed dangerous manoeuvres in close proximity to our aircraft.",
                Tone::Warning,
            ),
            ("scs_coercive", "These coercive and aggressive actions violate our sovereign rights.", Tone::Warning),
            (
                "scs_greyzone",
                "Grey-zone tactics are designed to change the status quo without firing a shot.",
                Tone::Warning,
            ),
            (
                "scs_code",
                "We look forward to the early conclusion of an effective and substantive code of conduct.",
                Tone::Cooperative,
            ),
            (
                "scs_hotline",
                "Both sides agreed to set up a maritime hotline to manage incidents at sea.",
                Tone::Cooperative,
            ),
            ("scs_rammed", "Their vessel rammed our supply boat and injured a sailor.", Tone::Warning),
            ("iran_snapback", "Triggering the snapback mechanism would be a grave strategic mistake.", Tone::Warning),
            ("iran_enrichment", "Enrichment to sixty percent has no credible civilian justification.", Tone::Warning),
            (
                "iran_compliance",
                "We are ready to return to full compliance if the other side does the same.",
                Tone::Cooperative,
            ),
            ("iran_agency", "Iran will continue its constructive engagement with the agency.", Tone::Cooperative),
            ("iran_inspectors", "The expulsion of the inspectors is deeply worrying.", Tone::Warning),
            ("eu_hybrid", "Russia is waging hybrid attacks against our infrastructure.", Tone::Warning),
            ("eu_sabotage", "The sabotage of the undersea cables was a deliberate act.", Tone::Warning),
            ("eu_disinfo", "The Kremlin is flooding our media space with disinformation.", Tone::Warning),
            (
                "eu_guarantees",
                "Robust security guarantees are essential for a just and lasting peace.",
                Tone::Cooperative,
            ),
            (
                "ru_indivisible",
                "The principle of indivisible security has been trampled by the expansion of the alliance.",
                Tone::Warning,
            ),
            ("ru_ignored", "We proposed legally binding security guarantees and were ignored.", Tone::Warning),
            ("ip_two_state", "A two-state solution remains the only path to lasting peace.", Tone::Cooperative),
            ("ip_settlement", "Settlement expansion is illegal under international law and must stop.", Tone::Warning),
            ("ip_pause", "We welcome the humanitarian pause and call for it to be extended.", Tone::Cooperative),
            ("ip_hostages", "The hostages have been held in appalling conditions for months.", Tone::Warning),
            (
                "ip_hostage_deal",
                "The agreement to free the hostages is a moment of hope for the families.",
                Tone::Cooperative,
            ),
            ("ip_cessation", "We call for a permanent cessation of hostilities in Lebanon.", Tone::Cooperative),
            (
                "ip_strikes",
                "The strikes on the south are a flagrant violation of the council's resolution.",
                Tone::Warning,
            ),
            (
                "ip_refugee_agency",
                "Dismantling the agency would deprive millions of refugees of vital services.",
                Tone::Warning,
            ),
            (
                "mp_consensus",
                "The declaration was adopted by consensus, a sign of our common resolve.",
                Tone::Cooperative,
            ),
            ("mp_abstained", "Three members abstained in the vote.", Tone::Neutral),
            ("mp_draft_vote", "The draft resolution will be put to a vote on Thursday.", Tone::Neutral),
            (
                "mp_veto_regret",
                "We deeply regret that one permanent member vetoed the draft resolution.",
                Tone::Warning,
            ),
            ("mp_communique", "The communique will be issued at the end of the meeting.", Tone::Neutral),
            (
                "mp_good_offices",
                "We support the Secretary-General's good offices in the search for a settlement.",
                Tone::Cooperative,
            ),
            ("mp_circulated", "The draft resolution was circulated to members on Monday.", Tone::Neutral),
            (
                "mp_communique_coop",
                "The communique reaffirmed the commitment of all members to cooperation on climate.",
                Tone::Cooperative,
            ),
            ("mp_unbalanced", "Our delegation abstained because the text was one-sided.", Tone::Warning),
            ("sg_lacks_cred", "Their plan lacks credibility.", Tone::Warning),
            ("sg_fails_ensure", "The proposal fails to ensure the security of our citizens.", Tone::Warning),
            ("sg_far_from", "Their conduct has been far from constructive.", Tone::Warning),
            ("sg_expense", "They pursue narrow interests at the expense of regional stability.", Tone::Warning),
            ("sg_nothing", "Their promises of cooperation have brought nothing.", Tone::Warning),
            ("sg_undermine_peace", "Such rhetoric does nothing to advance peace.", Tone::Warning),
            ("sg_no_partner", "We have no partner for peace on the other side.", Tone::Warning),
            ("sg_cooperation_lip", "They pay lip service to cooperation.", Tone::Warning),
            (
                "face_history",
                "Tokyo must face up to its history of aggression instead of whitewashing it.",
                Tone::Warning,
            ),
            ("comfort", "The textbook distorts the facts about the forced labourers.", Tone::Warning),
            ("yasukuni", "The offering to the shrine hurts the feelings of the people of the region.", Tone::Warning),
            ("shuttle", "The two leaders agreed to resume shuttle diplomacy.", Tone::Cooperative),
            (
                "trilateral",
                "The trilateral summit opens a new chapter of cooperation among the three countries.",
                Tone::Cooperative,
            ),
            ("balloon", "Sending balloons filled with rubbish across the border is a despicable act.", Tone::Warning),
            ("loudspeaker", "We will resume the loudspeaker broadcasts if the provocations continue.", Tone::Warning),
            ("joint_drills", "The joint drills are a rehearsal for an invasion.", Tone::Warning),
            (
                "military_agreement",
                "The North has scrapped the military agreement and restored its guard posts.",
                Tone::Warning,
            ),
            ("surgical", "The surgical strikes sent a clear message to the terror camps.", Tone::Warning),
            ("talks_terror", "Terror and talks cannot go together.", Tone::Warning),
            (
                "kartarpur",
                "We are committed to keeping the corridor open for pilgrims from both sides.",
                Tone::Cooperative,
            ),
            ("laser", "The ship pointed a military-grade laser at our crew.", Tone::Warning),
            ("swarm", "Hundreds of maritime militia vessels are swarming the reef.", Tone::Warning),
            (
                "unclos",
                "All claims must be resolved peacefully in accordance with the law of the sea.",
                Tone::Cooperative,
            ),
            ("iaea_access", "The agency's inspectors were granted access to all the sites.", Tone::Cooperative),
            ("breakout", "The breakout time has shrunk to a matter of weeks.", Tone::Warning),
            ("jcpoa_dead", "The deal is dead and there is no point in pretending otherwise.", Tone::Warning),
            ("shadow_fleet", "The shadow fleet is carrying sanctioned oil under false flags.", Tone::Warning),
            (
                "drones_airport",
                "Drone incursions over our airports are part of a campaign of intimidation.",
                Tone::Warning,
            ),
            ("grain", "The grain deal has saved millions from hunger.", Tone::Cooperative),
            (
                "settler_violence",
                "Settler violence against the villagers has reached unprecedented levels.",
                Tone::Warning,
            ),
            ("rafah", "An offensive on the crowded city would be a catastrophe.", Tone::Warning),
            ("aid_trucks", "Hundreds of aid trucks entered the strip today, and more must follow.", Tone::Cooperative),
            ("blue_line", "The repeated violations of the blue line endanger the peacekeepers.", Tone::Warning),
            ("presidential", "The council held a closed-door session on the situation.", Tone::Neutral),
            ("explanation_vote", "Several delegations spoke in explanation of vote.", Tone::Neutral),
            ("penholder", "The penholders circulated a revised draft on Tuesday.", Tone::Neutral),
            ("veto_init", "The General Assembly will debate the use of the veto next week.", Tone::Neutral),
        ]);
    }

    /// Good words that say what an inquiry must be like are no stance:
    /// the call for the inquiry names a wrong. "Only as good as" makes
    /// the good word before it wait on a condition.
    #[test]
    fn inquiry_attributes_and_conditional_praise() {
        check(&[
            ("open_impartial", "Nothing less than an open, impartial and credible inquiry will do.", Tone::Warning),
            ("transparent_probe", "We want a transparent and independent probe.", Tone::Warning),
            ("credible_investigation", "The government owes the families a credible investigation.", Tone::Warning),
            ("fair_or_honest", "Only a fair or honest investigation can settle this.", Tone::Warning),
            ("welcome_inquiry", "We welcome the inquiry and will cooperate with it fully.", Tone::Cooperative),
            (
                "support_not_attribute",
                "Our support for the mission is firm, and the inquiry is closed.",
                Tone::Cooperative,
            ),
            ("promise_as_good", "A promise is only as good as the deeds that follow it.", Tone::Warning),
            ("truce_as_good", "The truce is only as good as the will of those who signed it.", Tone::Warning),
            ("guarantee_as_good", "Their guarantees are only as good as their word.", Tone::Warning),
        ]);
        let (_, terms) = tone("We want a transparent and independent probe.");
        assert!(terms.contains("*topic"), "{terms}");
    }

    /// Lexicon families: a sanctions regime is the system of measures and
    /// a customs regime a set of rules, no government called a regime; a
    /// tariff rate, line or schedule is a figure in a trade table; a
    /// document's annex is no annexation; a neighbourhood-first policy is
    /// a pledge to the neighbours.
    #[test]
    fn regimes_tariff_tables_and_neighbours() {
        check(&[
            ("tariff_rates_annex", "The tariff rates for cars and wine were published in the annex.", Tone::Neutral),
            ("tariff_schedule", "The new tariff schedule takes effect in January.", Tone::Neutral),
            ("punitive_tariffs", "Punitive tariffs on our exports will be met with countermeasures.", Tone::Warning),
            ("sanctions_regime", "The sanctions regime against the junta will be tightened.", Tone::Warning),
            ("customs_regime", "The customs regime between the two islands will change next year.", Tone::Neutral),
            ("regime_itself", "The regime in the capital has lost all legitimacy.", Tone::Warning),
            (
                "neighbourhood_pillar",
                "The Neighbourhood First policy remains a pillar of our foreign policy.",
                Tone::Cooperative,
            ),
            (
                "neighbours_first",
                "Guided by our neighbours first approach, we sent rescue teams within hours.",
                Tone::Cooperative,
            ),
            (
                "neighbourhood_borders",
                "We pursue a neighbourhood first approach with every country on our borders.",
                Tone::Cooperative,
            ),
        ]);
    }

    /// "Debate" names the topic of talk as "discuss" does, and "the use
    /// of" may stand between: "the assembly debated the use of force".
    #[test]
    fn debate_names_a_topic() {
        check(&[
            ("debated_use_of_force", "The assembly debated the use of force in the region.", Tone::Neutral),
            ("debate_sanctions_bill", "Parliament will debate the sanctions bill on Tuesday.", Tone::Neutral),
            ("debating_consequences", "They are debating the consequences of the war.", Tone::Neutral),
            ("debated_then_agreed", "We debated for hours and reached a good agreement.", Tone::Cooperative),
            ("debated_nothing", "The regime debated nothing and crushed the protests.", Tone::Warning),
        ]);
    }

    /// Idioms that call a good thing empty, void or worn away disown the
    /// good words before them as "rings hollow" does; a good thing said
    /// to have come through keeps its praise.
    #[test]
    fn void_and_worn_goods() {
        check(&[
            ("only_on_paper", "Their commitment to peace exists only on paper.", Tone::Warning),
            ("not_worth_paper", "The agreement is not worth the paper it is written on.", Tone::Warning),
            ("eroded_partnership", "The partnership has been eroded by years of mistrust.", Tone::Warning),
            ("cooperation_impossible", "Cooperation is impossible under these conditions.", Tone::Warning),
            ("strings_attached", "Their offer of help came with strings attached.", Tone::Warning),
            ("dead_on_arrival", "Their peace plan is dead on arrival.", Tone::Warning),
            ("dead_letter", "The friendship treaty has become a dead letter.", Tone::Warning),
            ("weathered_storms", "Our partnership has weathered many storms and emerged stronger.", Tone::Cooperative),
            (
                "never_stopped",
                "Despite our differences, cooperation on the river has never stopped.",
                Tone::Cooperative,
            ),
            ("paper_tiger_alone", "We value our friendship; their army is a paper tiger.", Tone::Cooperative),
            ("graveyard_silence", "The stability they boast of is the silence of the graveyard.", Tone::Warning),
            ("graveyard_peace", "What they call order is the peace of the graveyard.", Tone::Warning),
            ("graveyard_calm", "The calm in the valley is the calm of the graveyard.", Tone::Warning),
            (
                "grave_of_soldier",
                "We value our partnership and will lay a wreath at the grave of the unknown soldier.",
                Tone::Cooperative,
            ),
            ("open_secret_support", "Their support for the rebels is an open secret.", Tone::Warning),
            ("open_secret_convoy", "It is an open secret that the convoy carried weapons.", Tone::Warning),
        ]);
        let (_, terms) = tone("The friendship treaty has become a dead letter.");
        assert!(terms.contains("friendship(-1.25*harmed)"), "{terms}");
    }
}
