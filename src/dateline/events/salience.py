"""Document-level salience: how central each event is to its story, and the story's main event.

A news story reports one main event and, around it, background: earlier incidents, reactions,
plans. Users who count one event per story (POLECAT's coding rule) or who keep only GDELT's
``IsRootEvent`` rows need to know which event is the story's own. ``rank_events`` gives every
event a ``salience`` in [0, 1] and sets ``is_root_event`` on exactly one event per article (the
most salient; the earlier one on ties). Salience is a weighted mean of general cues, each in [0, 1]:

- ``position`` (0.30): news writing states the main event in the lead; 1 for the first sentence,
  then 1 / (1 + 0.5 * sentence number);
- ``headline`` (0.60, only when the article has a title): the headline states the story's main
  event, so it weighs twice the lead position (events-plover4; it was 0.25). Headlines name their
  event first ("Activists Decry Kabul Bombings", "Police Probe Killing"): the headline's first event
  word (``headline_head``) is its event, the event words after it its objects or background.
  1 when the headline contains the event's own trigger word (its first or last word, or an
  inflection of it: ``base_forms``) at or before that first event word; 0.8 when the first event
  word names the event's PLOVER type (an unambiguous lexicon word, a lexicon verb with its object,
  a promise of yielding: CONCEDE as in the codebook rules); 0.6 when another headline word or
  phrase names the type and the first event word names none; 0.3 when the trigger word, or the
  only word naming its type, comes after a first event word that names a type; else 0. Words
  after a headline preposition of time, occasion or cause ("Quits Following Corruption
  Accusations") score 0.3 at most, and a past participle opening the headline ("Imprisoned Critic
  Announces Hunger Strike") is dropped (``headline_words``) (events-plover5);
- ``factuality`` (0.15): asserted 1, reported 0.8, planned 0.5, negated and hypothetical 0.1 (the
  story's event is one that happened, not one that was denied or might happen); a negated act that
  CAMEO codes as a refusal (root 12: "cancelled a planned visit") scores as asserted, since the
  refusal happened (session 14);
- ``clause`` (0.15): the trigger's place in its sentence: the main verb (or a main clause joined to
  it, or the content of the sentence's reporting verb) 1; a noun that the main verb takes ("held
  talks") 0.7; an infinitive or other complement 0.6; a subordinate, relative or participle clause
  0.3 (background is told in subordinate clauses: "..., after troops shelled the town"); also 0.3
  for a noun that is the occasion of another act ("At a meeting on Monday, X condemned ...",
  ``background_setting``) and for an event told in the past perfect outside reported speech ("The
  two had met in May", ``past_perfect``) (events-plover5);
- ``repetition`` (0.10): the story returns to its main event type: (events of the same PLOVER type
  - 1) / 2, at most 1;
- ``actors`` (0.05): its actors recur in the story: (most mentions of one of its actors - 1) / 3,
  at most 1.

The weights (divided by their sum) are fixed by the order of the cues' strength in news writing,
not fitted to a gold set, except the headline's 0.60 (checked against 0.25-3.0 on the NGEC dev
slice, where values from 0.6 up choose nearly the same events: docs/benchmarks.md); docs/pipeline.md ("Salience") describes them for users.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from dateline.events.codebook import words as codebook_words
from dateline.events.lexicon import load_lexicon
from dateline.model import ActorMention, Event, MainEvent

WEIGHTS = {"position": 0.30, "headline": 0.60, "factuality": 0.15, "clause": 0.15, "repetition": 0.10, "actors": 0.05}
FACTUALITY = {"asserted": 1.0, "reported": 0.8, "planned": 0.5, "negated": 0.1, "hypothetical": 0.1}
MAIN_CLAUSE = 1.0
MAIN_NOUN = 0.7
COMPLEMENT = 0.6
SUBORDINATE = 0.3
HEADLINE_TRIGGER = 1.0
HEADLINE_TYPE = 0.6
HEADLINE_HEAD_TYPE = 0.8  # the event's type is the one the headline's first event word names
HEADLINE_LATER = 0.3  # the trigger word comes after the headline's own event word
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp", "csubj", "csubjpass"})
MAIN_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
NOUN_ARG_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "pobj", "dative"})
# Prepositions whose object is the occasion or time of another act (``background_setting``).
SETTING_PREPS = frozenset({"during", "after", "before", "following", "amid", "amidst", "since", "at", "throughout"})
# Nouns whose "of" phrase names an occasion: "on the sidelines of a summit", "on the eve of talks".
SETTING_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins", "eve", "wake", "run-up", "aftermath", "end", "close"})
# Headline words after which the rest of the headline is background ("... Following Accusations").
HEADLINE_SETTING_WORDS = frozenset({"after", "following", "amid", "amidst", "during", "before", "ahead", "over", "despite"})
PHRASE_WINDOW = 4  # headline words after a verb that may hold its object
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and",
                            "or", "out", "up", "off", "down", "such", "its", "their", "his", "her", "this",
                            "that", "these", "those", "some", "dozens", "several"})


def rank_events(events: Sequence[Event], doc: Doc | None = None, title: str | None = None,
                actors: Iterable[ActorMention] = ()) -> None:
    """Set ``salience`` and ``is_root_event`` on ``events`` (all from one article), in place."""
    if not events:
        return
    headline = headline_words(title) if title else None
    types = Counter(e.plover.type for e in events)
    mentions = Counter(_actor_key(m.actor) for m in actors)
    for e in events:
        cues = {
            "position": 1.0 / (1.0 + 0.5 * e.sentence),
            "factuality": _factuality_score(e),
            "clause": clause_score(doc[e.trigger_token]) if doc is not None and e.trigger_token is not None else COMPLEMENT,
            "repetition": min(1.0, (types[e.plover.type] - 1) / 2),
            "actors": min(1.0, max(0, max((mentions[_actor_key(a)] for a in (*e.source, *e.target)), default=1) - 1) / 3),
        }
        if headline is not None:
            cues["headline"] = headline_score(e, headline)
        total = sum(WEIGHTS[k] for k in cues)
        e.salience = round(sum(WEIGHTS[k] * v for k, v in cues.items()) / total, 4)
    root = max(events, key=lambda e: (e.salience or 0.0, -e.sentence, -e.trigger.start))
    for e in events:
        e.is_root_event = e is root


def _factuality_score(e: Event) -> float:
    """The factuality cue. A refused act ("cancelled a planned visit", "refused to withdraw") is
    negated, but CAMEO codes it as the refusal (root 12, stance.py), an act that happened: it
    scores as asserted (session 14)."""
    if e.factuality == "negated" and e.cameo.code.startswith("12"):
        return FACTUALITY["asserted"]
    return FACTUALITY.get(e.factuality, 0.1)


def choose_main_event(events: Sequence[Event], title_events: Sequence[Event],
                      title: str | None = None) -> MainEvent | None:
    """The story's main event across the body's events and the headline's (``events.headline``);
    sets ``is_root_event`` on it alone and returns which it is (events-headline7, #4).

    The headline's event is the most salient title event (``rank_events`` ranked them) that is not
    told as background: one whose trigger comes after a headline preposition of time, occasion or
    cause ("Curfew Lifted Following Agreement ...", ``headline_background``) is the setting of the
    headline's event, not the event. The headline states the story's event, so its PLOVER type
    names the story: when the body has events of that type, the most salient of them is the main
    event (a body event carries the evidence, date and place); when it has none, the headline's
    event itself is. With no headline event the body's root stays."""
    heads = [e for e in title_events if not (title and headline_background(e, title))]
    head = max(heads, key=lambda e: (e.salience or 0.0, -e.trigger.start), default=None)
    main = next((e for e in events if e.is_root_event), None)
    part = "text"
    if head is not None:
        same = [e for e in events if e.plover.type == head.plover.type]
        if same:
            main = max(same, key=lambda e: (e.salience or 0.0, -e.sentence, -e.trigger.start))
        else:
            main, part = head, "title"
    for e in (*events, *title_events):
        e.is_root_event = e is main
    return MainEvent(main.event_id, part) if main is not None else None


def headline_background(event: Event, title: str) -> bool:
    """The title event's trigger comes after a headline preposition of time, occasion or cause
    (``HEADLINE_SETTING_WORDS``, not as the headline's first word): "... Following Agreement"."""
    words = list(WORD.finditer(title))
    cut = next((m.start() for i, m in enumerate(words) if i > 0 and m.group().lower() in HEADLINE_SETTING_WORDS), None)
    return cut is not None and event.trigger.start > cut


def clause_score(tok: Token) -> float:
    """How high the trigger sits in its sentence (see the module docstring)."""
    if background_setting(tok) or past_perfect(tok):
        return SUBORDINATE
    dep = tok.dep_
    if dep == "ROOT":
        return MAIN_CLAUSE
    if dep in SUBORDINATE_DEPS:
        return SUBORDINATE
    if dep in MAIN_DEPS and tok.head.dep_ == "ROOT":
        return MAIN_CLAUSE  # "... and expelled the envoy"; "X said troops had withdrawn"
    if tok.pos_ in ("NOUN", "PROPN") and dep in NOUN_ARG_DEPS:
        head = tok.head.head if dep == "pobj" else tok.head
        if head.dep_ == "ROOT" or (head.dep_ in MAIN_DEPS and head.head.dep_ == "ROOT"):
            return MAIN_NOUN  # "held talks", "called for a ceasefire"
    # Anything else under a subordinate clause is background; the rest is a complement.
    node = tok
    for _ in range(6):
        if node.dep_ in SUBORDINATE_DEPS:
            return SUBORDINATE
        if node.head.i == node.i:
            break
        node = node.head
    return COMPLEMENT


def background_setting(tok: Token) -> bool:
    """The trigger is a noun that sets the scene of another act, not the act the sentence reports:
    the object of a preposition of time or occasion ("during talks", "after the meeting", "at a
    summit", "ahead of the visit") or of a phrase naming its margins ("on the sidelines of a
    summit", "on the eve of the talks"). News tells its event in the main clause and the occasion
    around it: "At a meeting on Monday, Turkey condemned ..." reports a condemnation."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj":
        return False
    prep = tok.head
    word = prep.lower_
    if word in SETTING_PREPS:
        return True
    if word == "of" and prep.head.lemma_.lower() in SETTING_NOUNS | {"ahead"}:
        return True  # "on the sidelines of the summit", "ahead of talks"
    return False


def past_perfect(tok: Token) -> bool:
    """The trigger's verb (or the verb that takes the trigger noun: "had held talks") is in the
    past perfect in a sentence of its own ("The two had met in May"): an earlier event told as
    background to the story's own. Not in the content of a reporting verb, where the past perfect
    is the reported event's own tense ("officials said the rebels had withdrawn")."""
    verb = tok
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass"):
        verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN":
        return False
    if not any(ch.dep_ == "aux" and ch.lower_ in ("had", "'d") for ch in verb.children):
        return False
    return verb.dep_ not in ("ccomp", "parataxis") and not (verb.dep_ == "conj" and verb.head.dep_ == "ccomp")


def headline_words(title: str) -> list[str]:
    """The headline's words, lower-cased, without a participle that opens it (or a part of it after
    a colon) before a noun: "Imprisoned Regime Critic Announces Hunger Strike", "Aruba: Jailed
    Activist Freed". Headlines tell their event in the present tense; a past participle in front
    names what was done to the subject earlier, not the story's event."""
    words: list[str] = []
    for part in re.split(r"[:|]", title):
        found = [w.lower().strip("'-") for w in WORD.findall(part)]
        if len(found) > 1 and _participle(found[0]) and found[1] not in FUNCTION_WORDS:
            found = found[1:]
        words.extend(found)
    return words


def _participle(word: str) -> bool:
    return (word.endswith("ed") and len(word) > 4 and word not in ("need", "united")) or word in IRREGULAR_PARTICIPLES


def headline_score(event: Event, words: Sequence[str]) -> float:
    """The headline cue (module docstring). Words after a headline's preposition of time, occasion
    or cause ("Leader Quits Following Corruption Accusations", "Decries Israel Over Bombing") name
    the background of its event: an event they name scores ``HEADLINE_LATER`` at most."""
    cut = next((i for i, w in enumerate(words) if i > 0 and w in HEADLINE_SETTING_WORDS), len(words))
    score = _headline_score(event, words[:cut])
    if score == 0.0 and cut < len(words) and _headline_score(event, words[cut + 1:]) > 0.0:
        return HEADLINE_LATER
    return score


def _headline_score(event: Event, words: Sequence[str]) -> float:
    # The trigger's own words: its first (the verb or noun) and last (the object of "imposed
    # sanctions"), never the words between ("launched over 800 air strikes" shares no "over").
    found = WORD.findall(event.trigger.text)
    trigger = [base_forms(w) for w in {found[0], found[-1]} if w.lower() not in FUNCTION_WORDS] if found else []
    at = [i for i, w in enumerate(words) if any(base_forms(w) & t for t in trigger)]
    head, own, named = _headline_reading(tuple(words))
    if at:
        # "Activists Decry Kabul Bombings": the headline's first event word is its event; the
        # bombings it names after that are what the story's event is about.
        return HEADLINE_TRIGGER if head is None or min(at) <= head else HEADLINE_LATER
    if event.plover.type in own:
        return HEADLINE_HEAD_TYPE  # "Police Probe Killing": an ACCUSE event, whatever its word
    if event.plover.type in named:
        # A type the headline names only after its own event word is background to it.
        return HEADLINE_LATER if own else HEADLINE_TYPE
    return 0.0


@lru_cache(maxsize=64)
def _headline_reading(words: tuple[str, ...]) -> tuple[int | None, frozenset[str], frozenset[str]]:
    """What a headline says whatever the event scored against it, read once per headline rather
    than once per event: its first event word, the types that word names, all types it names."""
    head = headline_head(words)
    own = frozenset(head_types(words, head)) if head is not None else frozenset()
    return head, own, frozenset(headline_types(words))


def head_types(words: Sequence[str], head: int) -> set[str]:
    """The PLOVER types the headline's first event word names: as an unambiguous lexicon word, as
    a lexicon verb with its object, or CONCEDE for a promise of yielding."""
    if _promise_at(words, head):
        return {"CONCEDE"}
    found = {plover for lemma, plover in _unambiguous_lemmas() if _same_word(words[head], lemma)}
    found |= {plover for lemma, nouns, plover in _object_patterns() if _same_word(words[head], lemma)
              and any(_same_word(words[j], o) for o in nouns for j in range(head + 1, min(len(words), head + 1 + PHRASE_WINDOW)))}
    return found


def headline_head(words: Sequence[str]) -> int | None:
    """The position of the headline's first event word: a word a plain lexicon entry codes (of any
    type), a lexicon verb whose object follows ("End Strike"), or a promise or declaration of
    yielding ("Promises to Lift"). Headlines name their event first ("Activists Decry Bombings",
    "Police Probe Killing"); the event words after it are its objects or background."""
    plain = _plain_lemmas()
    for i, w in enumerate(words):
        if any(lemma in plain for lemma in base_forms(w)):
            return i
        if _phrase_at(words, i) or _promise_at(words, i):
            return i
    return None


def _phrase_at(words: Sequence[str], i: int) -> bool:
    return any(_same_word(words[i], lemma) and any(_same_word(words[j], o) for o in nouns
                                                   for j in range(i + 1, min(len(words), i + 1 + PHRASE_WINDOW)))
               for lemma, nouns, _ in _object_patterns())


def _promise_at(words: Sequence[str], i: int) -> bool:
    cb = codebook_words()
    declaring, yielding = cb["declaring_words"] - {"plan"}, cb["yield_verbs"] | cb["concession_nouns"]
    return any(_same_word(words[i], d) for d in declaring) and any(
        _same_word(a, y) for a in words[i + 1:i + 1 + PHRASE_WINDOW] for y in yielding)


@lru_cache(maxsize=1)
def _plain_lemmas() -> frozenset[str]:
    """Single-word lexicon lemmas with an entry that asks for no object, preposition, modifier or
    actor type (weak ones too): words that name an event on their own."""
    return frozenset(p.lemma for p in load_lexicon().patterns
                     if " " not in p.lemma and not (p.objects or p.prep or p.modifiers or p.needs))


def headline_types(words: Sequence[str]) -> set[str]:
    """PLOVER types named by a headline phrase (see ``headline_phrase_types``) or by a headline word,
    outside those phrases' objects, that the lexicon alone codes as one type only."""
    found, objects = headline_phrase_types(words)
    for i, w in enumerate(words):
        for lemma, plover in _unambiguous_lemmas():
            if i not in objects and _same_word(w, lemma):
                found.add(plover)
    if promised_concession(words):
        found -= {"AGREE", "RETREAT"}  # "Promises to End Curfew", "Declare a Ceasefire"
    return found


def headline_phrase_types(words: Sequence[str]) -> tuple[set[str], set[int]]:
    """PLOVER types named by a headline phrase, and the positions of the phrases' objects: a lexicon
    verb followed within a few words by one of the objects its entry asks for ("Workers Will End
    Strike": CONCEDE, not PROTEST), and a promise or declaration followed by an act of yielding or
    a concession ("Promises to End Curfew", "Declare a Nationwide Ceasefire": CONCEDE, the
    codebook's rules 1 and 2)."""
    found: set[str] = set()
    objects: set[int] = set()
    for i, w in enumerate(words):
        for lemma, nouns, plover in _object_patterns():
            if not _same_word(w, lemma):
                continue
            hits = {j for j in range(i + 1, min(len(words), i + 1 + PHRASE_WINDOW))
                    if any(_same_word(words[j], o) for o in nouns)}
            if hits:
                found.add(plover)
                objects |= hits
    if promised_concession(words):
        found.add("CONCEDE")
    return found, objects


def promised_concession(words: Sequence[str]) -> bool:
    """A promise, agreement or declaration followed within a few words by an act of yielding or a
    concession: the PLOVER codebook makes it a CONCEDE, neither an AGREE nor a RETREAT."""
    cb = codebook_words()
    declaring, yielding = cb["declaring_words"] - {"plan"}, cb["yield_verbs"] | cb["concession_nouns"]
    return any(any(_same_word(w, d) for d in declaring)
               and any(_same_word(a, y) for a in words[i + 1:i + 1 + PHRASE_WINDOW] for y in yielding)
               for i, w in enumerate(words))


@lru_cache(maxsize=1)
def _object_patterns() -> tuple[tuple[str, frozenset[str], str], ...]:
    """(lemma, objects, type) for single-word lexicon entries that ask for an object only."""
    return tuple((p.lemma, p.objects, p.plover) for p in load_lexicon().patterns
                 if " " not in p.lemma and p.objects and not (p.weak or p.prep or p.modifiers or p.needs))


def _same_word(word: str, lemma: str) -> bool:
    """'attacks', 'attacked', 'attacking' ~ 'attack'; 'struck' ~ 'strike': the lemma is one of the
    word's base forms (``base_forms``). Whole words only, never a shared prefix: 'deploys' is no
    form of 'deplore', nor 'protects' of 'protest'."""
    return word == lemma or lemma in base_forms(word)


@lru_cache(maxsize=4096)
def base_forms(word: str) -> frozenset[str]:
    """The word and the base forms it may be a regular inflection of (plural or third person -s,
    -es, -ies; past -ed, -d, -ied; -ing; a doubled final consonant), or an irregular past form
    from ``IRREGULAR``. Over-generates harmlessly: only lexicon lemmas are looked up in it."""
    w = word.lower()
    out = {w}
    if w in IRREGULAR:
        out.add(IRREGULAR[w])
    if w.endswith(("ies", "ied")) and len(w) > 4:
        out.add(w[:-3] + "y")
    if w.endswith("es") and len(w) > 3:
        out.add(w[:-2])
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.add(w[:-1])
    if w.endswith("ed") and len(w) > 4:
        out.update({w[:-2], w[:-1]})
        if w[-3] == w[-4]:
            out.add(w[:-3])  # "banned" -> "ban"
    if w.endswith("ing") and len(w) > 5:
        out.update({w[:-3], w[:-3] + "e"})
        if w[-4] == w[-5]:
            out.add(w[:-4])  # "shelling" keeps "shell"; "banning" -> "ban"
    return frozenset(out)


# Irregular past forms of lexicon verbs that headlines use ("Troops Struck", "Leaders Met").
IRREGULAR = {
    "struck": "strike", "fought": "fight", "met": "meet", "held": "hold", "sent": "send", "shot": "shoot",
    "broke": "break", "broken": "break", "froze": "freeze", "frozen": "freeze", "withdrew": "withdraw",
    "withdrawn": "withdraw", "gave": "give", "given": "give", "took": "take", "taken": "take",
    "sought": "seek", "began": "begin", "begun": "begin", "led": "lead", "beaten": "beat",
    "forgave": "forgive", "forgiven": "forgive", "overthrew": "overthrow", "overthrown": "overthrow",
    "stole": "steal", "stolen": "steal", "bore": "bear", "laid": "lay", "swept": "sweep",
    "spoke": "speak", "spoken": "speak", "rose": "rise", "risen": "rise", "shut": "shut", "cut": "cut",
    "hit": "hit", "quit": "quit", "set": "set", "put": "put", "flew": "fly", "flown": "fly",
}


IRREGULAR_PARTICIPLES = frozenset({"broken", "frozen", "withdrawn", "given", "taken", "beaten", "forgiven",
                                   "overthrown", "stolen", "shot", "held", "sent", "struck", "led"})


@lru_cache(maxsize=1)
def _unambiguous_lemmas() -> tuple[tuple[str, str], ...]:
    """(lemma, type) for single-word lexicon lemmas whose plain entries (not weak, asking for no
    object, preposition, modifier or actor) all code the same PLOVER type."""
    plain: dict[str, set[str]] = {}
    for p in load_lexicon().patterns:
        if " " not in p.lemma and not (p.weak or p.objects or p.prep or p.modifiers or p.needs):
            plain.setdefault(p.lemma, set()).add(p.plover)
    return tuple(sorted((lemma, next(iter(types))) for lemma, types in plain.items() if len(types) == 1))


def _actor_key(actor: object) -> str:
    return getattr(actor, "kb_id", None) or getattr(actor, "code", None) or getattr(actor, "name", "")
