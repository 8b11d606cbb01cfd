"""Which built events are kept, and how sure they are (extract.py): events that name a political actor
(``_worth_keeping``), weak matches confirmed by the event classifier or by a declared intent, events
kept with no actor of their own when the sentence is political (violence, coercion and protest
nouns, institutions as subjects, weapons as the subject of a violence verb, headline subjects,
agentless headline passives; a note says why), and the confidence of an event."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Sentence

from dateline.events.actor_index import ActorIndex
from dateline.events.classifier import NONE as NO_EVENT, classify_sentence
from dateline.events.data_files import cues
from dateline.events.institutions import institutional_subject
from dateline.events.lexicon import Match
from dateline.events.sentences import SentenceIndex
from dateline.model import Event

# Types kept even when no actor resolves to a code: violence and protest are political whoever acts.
NO_CODE_NEEDED = frozenset({"ASSAULT", "COERCE", "PROTEST"})
INTENT_NOTE_PREFIX = "CAMEO "  # claims.py notes: "CAMEO 084 coded as declared intent (030) after 'say'"
FALLBACK_NOTE = "actors not read from the trigger's arguments"
FALLBACK_PENALTY = 0.1
FALLBACK_MAX_NONE = 0.5  # the sentence classifier's P(no political event) must stay below this
WEAK_CONFIRM_MIN = 0.8  # P(the entry's root) the classifier must give a one-sided weak match


def _best_available_actors(event: Event, tok: Token, index: ActorIndex, sentences: SentenceIndex,
                           unresolved: set[str]) -> None:
    """A strong violence, coercion or protest noun event whose arguments name no actor (issue #4
    coverage; "died after torture", "a rocket attack in Iraq") is kept with no
    actor (PETRARCH's "---") when its sentence names a political actor (not a company) and the
    event classifier does not call the sentence non-political, so that business news stays
    empty; a note says so and confidence is lower. (Meetings, talks and aid are not kept so: on
    Reuters commodity news that tripled the event rate, docs/benchmarks.md.)
    The governing clause's subject is NOT borrowed: in "X expressed concern about the attack"
    X is no author of the attack."""
    if tok.dep_ == "pobj" and tok.head.lower_ in cues()["background_preps"]:
        return  # "After the attack, X spoke": a reference to an earlier event, not the news
    sent = sentences.of(tok)
    political = [m.actor for m in index.mentions if sent.start_char <= m.start < sent.end_char
                 and m.actor.sector not in ("BUS", "LAB") and (m.actor.code or m.actor.country)]
    if political:
        _keep_unresolved(event, sent, "no actor resolved", unresolved)


def _institution_acts(event: Event, tok: Token, index: ActorIndex, sentences: SentenceIndex,
                      unresolved: set[str]) -> None:
    """A strong lexicon verb event (not one the classifier added) whose subject names an institution
    the actors stage did not resolve ("German prosecutors launched an investigation"), in a sentence naming no resolved actor that
    the event classifier does not call non-political, is kept with no actor (institutions.py)."""
    subj = institutional_subject(tok, named_ok=event.plover.type in NO_CODE_NEEDED)
    if subj is None:
        return
    sent = sentences.of(tok)
    if any(sent.start_char <= m.start < sent.end_char for m in index.mentions):
        return  # resolved actors are there: the roles did not take them, the event is no theirs
    _keep_unresolved(event, sent, f"the subject '{subj.text}' names no resolved actor", unresolved)


def _weapon_acts(event: Event, tok: Token, sentences: SentenceIndex, unresolved: set[str]) -> None:
    """A strong violence verb event whose subject (or passive agent) is a weapon (cues.yaml
    ``weapon_subjects``, the head noun or its modifier: "a car bomb in Kiev killed X", "a roadside
    bomb blast wounded", "was killed by a car bomb"; an active verb only with a direct object: not
    "when a car bomb detonated") and whose arguments name no actor is kept with
    no actor, like PETRARCH's "---": a bomb or a missile is used by someone, an attack whoever did it
    (a fire, an explosion or a quake alone is an accident or a disaster: ``non_agent_subjects``). As
    the other fallbacks, only when the event classifier does not call the sentence non-political
    (events-recall12c, #3)."""
    if event.plover.type != "ASSAULT":
        return
    weapons = cues()["weapon_subjects"]
    # the subject of a verb acting on someone or something ("killed another ethnic Chechen"); "when a
    # car bomb detonated" says how the bomb went off, an event its own noun already is
    agents = [ch for ch in tok.children if ch.dep_ == "nsubj"] if any(ch.dep_ == "dobj" for ch in tok.children) else []
    agents += [g for ch in tok.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
    for agent in agents:
        words = [agent, *(ch for ch in agent.children if ch.dep_ in ("compound", "amod", "nmod"))]
        if any(w.lemma_.lower() in weapons or w.lower_ in weapons for w in words):
            _keep_unresolved(event, sentences.of(tok), f"the weapon '{agent.text}' is named, not who used it", unresolved)
            return


def _headline_nominal_actor(verb: Token) -> Token | None:
    """The subject of a headline verb (climbing from an infinitive to its governor: "All Sides Agree to
    Implement ...") when it is a nominal political actor (cues.yaml ``headline_actor_nouns`` or
    ``institution_nouns``: "All Sides", "Leader", "Rebels", "Government"), or a noun such a word or
    a ``headline_actor_modifiers`` word modifies ("Opposition Group", "Political Group",
    session-10); else None (events-headline8, #4)."""
    c = cues()
    nouns = set(c["headline_actor_nouns"]) | set(c["institution_nouns"])
    modifiers = nouns | set(c["headline_actor_modifiers"])
    head = verb
    for _ in range(3):
        subjects = [ch for ch in head.children if ch.dep_ in ("nsubj", "nsubjpass")]
        subjects += [g for ch in head.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
        for subj in subjects:  # the agent of a passive acts too ("Six Indicted by Grand Jury")
            if subj.dep_ == "nsubjpass":
                continue
            if subj.lemma_.lower() in nouns or any(  # "Opposition Group Concedes", "Political Group Agrees" (session-10)
                    ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in modifiers for ch in subj.children):
                return subj
        if head.dep_ not in ("xcomp", "conj") or head.head.i == head.i:
            return None
        head = head.head
    return None


def _headline_agentless_passive(verb: Token, match: Match) -> bool:
    """A headline passive with no agent whose undergoer is one of the entry's listed objects
    ("Curfew Lifted in Lima", "Forty Prisoners Released", "Lima: Two Newspapers Banned"), or an
    ergative entry's verb with that object as its subject ("Hostilities Stop in Lima"): the
    headline names the act, not who did it, and the listed object gives the word its political
    sense, so the act is kept whoever did it (session-10 events-ngec10, #4)."""
    if match.pattern.pos != "verb" or not match.pattern.objects or "*" in match.pattern.objects:
        return False
    if match.pattern.ergative and match.object_token is not None and match.object_token.dep_ == "nsubj" \
            and match.object_token.head.i == verb.i:
        return True  # "Hostilities Stop as Talks Begin": the ergative subject undergoes it (session-11)
    if match.object_token is None or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.dep_ == "acl":
        return match.object_token in verb.head.subtree
    # the passive subject itself, or the noun it counts ("Dozens of Captives Released")
    return any(c.dep_ == "nsubjpass" and match.object_token in c.subtree for c in verb.children)


def _headline_event_subject(noun: Token) -> bool:
    """A headline's event noun is the subject of a verb of phase or arrival ("Talks Begin in Amman",
    "Investigation Begins into ...", "Talks Held in Doha", "Aid Arrives in ...": cues.yaml
    ``headline_phase_verbs``): the headline's event
    is the noun's, whoever takes part (events-headline8, #4)."""
    return (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX")
            and noun.head.lemma_.lower() in cues()["headline_phase_verbs"])


def _keep_unresolved(event: Event, sent: Sentence, why: str, unresolved: set[str]) -> None:
    """Keep an event with no actor when the event classifier does not call its sentence
    non-political; the note says why its actors are missing (both fallbacks above)."""
    if classify_sentence(sent).root_probs.get(NO_EVENT, 1.0) < FALLBACK_MAX_NONE:
        event.notes.append(f"{FALLBACK_NOTE}: {why}")
        unresolved.add(event.event_id)


def _weak_confirmed(e: Event, weak: bool, doc: Doc, sentences: SentenceIndex) -> bool:
    """A weak (ambiguous) match with an actor on one side only ("X demanded the release", "X
    helped rebuild the port") is kept when the event classifier, reading the sentence around the
    trigger, gives the entry's own CAMEO root P >= WEAK_CONFIRM_MIN; the other filters still apply."""
    if not weak or not (e.source or e.target) or (e.source and e.target) or e.trigger_token is None:
        return False
    if e.cameo.root == "01" or e.factuality in ("negated", "hypothetical"):
        return False  # a plain statement (a re-coded weak hit), or an act not done
    actors = [*e.source, *e.target]
    if all(a.sector in ("BUS", "LAB") for a in actors) or not any(a.code or a.country or a.type == "person" for a in actors):
        return False
    tok = doc[e.trigger_token]
    pred = classify_sentence(sentences.of(tok), tok)
    if pred.root_probs.get(e.cameo.root, 0.0) < WEAK_CONFIRM_MIN:
        return False
    e.notes.append("weak match confirmed by the event classifier")
    return True


def _declared_intent(e: Event, weak: bool) -> bool:
    """A weak match that a named actor declares it will do ("the rebels said they will release two
    guards", claims.py) is kept with its source alone: the declaration is the actor's act (CAMEO
    03), whoever the act's object is."""
    return (weak and bool(e.source) and any(n.startswith(INTENT_NOTE_PREFIX) and "declared intent" in n for n in e.notes)
            and _worth_keeping(e, False))


def _worth_keeping(e: Event, weak: bool) -> bool:
    actors = [*e.source, *e.target]
    # An attack on a named business person ("Chairman X was stabbed to death") is violence, not
    # business news (actors-precision8: company titles now make such people BUS).
    violence_on_person = e.plover.type == "ASSAULT" and any(a.type == "person" for a in e.target)
    if actors and all(a.sector == "BUS" for a in actors) and not violence_on_person:
        return False  # companies among themselves: business news, not political event data
    if (e.plover.type != "PROTEST" and not _ends_dissent(e) and actors
            and all(a.sector in ("BUS", "LAB") for a in actors) and not violence_on_person):
        return False  # management and unions bargaining: labour relations (strikes stay PROTEST)
    if e.plover.type not in NO_CODE_NEEDED and actors and not any(a.code or a.country or a.type in ("person", "nominal")
                                                                  for a in actors):
        # only unknown organisations ("Transco reached settlements"): no political actor; people
        # with no sector ("freed dozens of captives", sectors.yaml `people_without_sector`) still are.
        return False
    if weak:  # a weak trigger needs both sides, and a source that is not firms alone ("traders ... offer to Egypt")
        return bool(e.source) and bool(e.target) and not all(a.sector == "BUS" for a in e.source)
    if e.source or e.target:
        return True
    return e.plover.type == "ASSAULT" and bool(e.fatalities or e.injured)


def _ends_dissent(e: Event) -> bool:
    """Calling off a strike or a protest (CONCEDE "ease dissent", CAMEO 082), done or refused: the
    end of a PROTEST event, kept as the strike itself is whoever holds it ("the union called off the
    strike", "oil workers will not end the strike"; session-12 events-recall12b)."""
    return e.plover.type == "CONCEDE" and e.plover.mode == "ease dissent"


def _confidence(e: Event, weak: bool) -> float:
    score = 0.45 if weak else 0.6
    score += 0.15 if e.source else 0.0
    score += 0.1 if e.target else 0.0
    score += 0.05 if any(a.code for a in (*e.source, *e.target)) else 0.0
    score -= 0.1 if e.factuality in ("negated", "hypothetical") else 0.0  # less sure it happened
    return min(score, 0.95)
