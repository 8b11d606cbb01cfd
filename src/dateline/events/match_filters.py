"""Lexicon matches that are no event of their own, dropped before an event is built (extract.py): a
clause that restates the event it hangs on (``_restates_noun_trigger``), a match that is no act of an
actor (``_not_an_act``: agreeing with an opinion, a disaster as subject, a meeting as the setting of a
remark, ...) and business news (``_commercial``: a commercial word as the trigger's object, complement
or modifier)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.actor_index import ActorIndex
from dateline.events.data_files import cues
from dateline.events.event_keeping import NO_CODE_NEEDED
from dateline.events.lexicon import Match, fragment_head
from dateline.events.nonpolitical import mass_market_noun, senses

COMPLEMENT_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "compound", "poss", "nsubj", "nsubjpass", "conj", "appos", "ccomp"})
# A phrase giving the reason for an act ("because of its record", "due to debts") names no goods of it.
REASON_PREPS = frozenset({"because", "due", "owing"})


def _restates_noun_trigger(tok: Token, match: Match, trigger_types: dict[int, str]) -> bool:
    """A clause that restates the event it hangs on: "a shooting ... that killed 39" (relative
    clause), "attacked the village, killing 12 and wounding 30" (participles, their conjuncts).
    Its counts are read by the head event instead."""
    if tok.dep_ not in ("relcl", "acl", "advcl", "conj"):
        return False
    if (tok.dep_ == "acl" and match.object_token is not None and match.object_token.i == tok.head.i
            and fragment_head(tok.head)):
        # "Concessions Made By Morocco": the participle's noun is its own object; in running text a
        # participle on a noun event restates it ("lifted sanctions imposed on Uganda") (session-9)
        return False
    if tok.dep_ in ("advcl", "conj") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False  # its own subject: a separate clause
    head = tok.head
    if tok.dep_ == "advcl" and head.lemma_.lower() in cues()["allegation_governors"]:
        # "accused X of bombing Y, killing five": the participle restates the alleged act.
        return any(trigger_types.get(t.i) == match.pattern.plover for t in head.subtree if t.i != tok.i)
    while head.dep_ == "conj" and head.i not in trigger_types and head.head.i != head.i:
        head = head.head
    return trigger_types.get(head.i) == match.pattern.plover or (
        head.dep_ in ("advcl", "conj", "relcl") and trigger_types.get(head.head.i) == match.pattern.plover
    )


def _not_an_act(tok: Token, match: Match, index: ActorIndex) -> bool:
    """Matches that are no act of an actor:
    - "imports threaten to top 50 pct": a threat/promise whose complement is a change of quantity;
    - "they agreed with Smith, who said ...", "analysts agreed that ...": agreeing with an opinion
      (no object, infinitive or preposition other than "with" saying what, where or how);
    - "the field was the first mine": "be in" as a visit needs no predicate noun;
    - "calling it a success": a naming verb with an object predicate;
    - "to meet buyer requirements" (a thing met, not a person), "declared a flooding emergency";
    - "the quake killed six people": a natural disaster or accident as the subject;
    - "units which support the affiliate": a relative clause about a noun that is no actor;
    - "defended his decision": defending or justifying one's own act (cues ``own_act_defence_verbs``);
    - "forced a draw", "forced its way": a verb of coercion (cues ``coercing_verbs``) with no
      infinitive or "to"/"into" phrase saying what the coerced party is made to do;
    - "a call to the UN to send troops": a call noun with an infinitive of its own is an appeal;
    - "X said at the annual meeting": a meeting as the setting of a remark (_setting_of_speech);
    - "the study discusses several options": a document as the subject of a verb of talk;
    - "the farm policy debate could hit the Senate", "wheat crop threatened by pests": a weak
      violence verb or "threaten" whose subject or passive agent is a common noun that names no
      actor and no weapon, attack or armed men (cues ``armed_agents``); also for the strong entries
      of the verbs of cues ``figurative_violence_verbs`` ("heavy snow hit the naval base")."""
    c = cues()
    if match.pattern.plover == "CONSULT" and _setting_of_speech(tok, match, index):
        return True
    if match.pattern.plover == "CONSULT" and match.pattern.pos == "verb" and any(
            ch.dep_ == "nsubj" and ch.lemma_.lower() in c["document_nouns"] for ch in tok.children):
        return True  # "the Energy Department study discusses several options": no one consults
    xcomps = [ch for ch in tok.children if ch.dep_ == "xcomp"]
    if match.pattern.plover in ("THREATEN", "AGREE") and any(x.lemma_.lower() in c["quantity_verbs"] for x in xcomps):
        return True
    if match.pattern.lemma in c["complement_verbs"] and match.pattern.pos == "verb" and not match.pattern.objects:
        if not any(ch.dep_ in ("xcomp", "dobj") or (ch.dep_ in ("prep", "prt") and ch.lemma_.lower() != "with")
                   for ch in tok.children):
            return True
    if match.pattern.lemma in c["satisfy_verbs"] and not match.pattern.objects and any(
            ch.dep_ == "dobj" and ch.pos_ == "NOUN" and not index.actors_of(ch) for ch in tok.children):
        return True  # "to meet buyer requirements": meeting a need, not a person ("meet the demands" has its own entry)
    if match.pattern.plover == "COERCE" and match.object_token is not None and any(
            t.lemma_.lower() in c["disaster"] for t in match.object_token.subtree):
        return True  # "declared a flooding emergency": disaster relief, not repression
    if match.pattern.pos == "verb" and any(
            ch.dep_ == "nsubj" and ch.lemma_.lower() in c["non_agent_subjects"] for ch in tok.children):
        return True  # "the quake killed six people": a disaster, not an attack
    if match.pattern.pos == "verb" and ((match.pattern.plover == "ASSAULT" and (
            match.pattern.weak or match.pattern.lemma in c["figurative_violence_verbs"]))
                                        or match.pattern.lemma == "threaten") and any(
            a.pos_ == "NOUN" and index.mention_at(a) is None and a.lemma_.lower() not in c["armed_agents"]
            for a in _agents(tok)):
        return True  # "the farm policy debate could hit the Senate", "crop threatened by pests" (session-9)
    if match.pattern.lemma == "be" and any(ch.dep_ in ("attr", "acomp") for ch in tok.children):
        return True
    if match.pattern.pos == "verb" and match.pattern.lemma in c["coercing_verbs"] and match.pattern.prep is None and (
            not any(ch.dep_ == "xcomp" or (ch.dep_ == "prep" and ch.lower_ in ("to", "into")) for ch in tok.children)
            or any(ch.dep_ == "dobj" and ch.lemma_.lower() == "way" for ch in tok.children)):
        # "forced a draw", "forced its way in": no party made to act; "forced X to land" (also parsed
        # as "to" + a noun), "forced X into exile" are (events-recall12c)
        return True
    if match.pattern.pos == "noun" and match.pattern.mode == "phone" and _call_for_act(tok):
        return True  # "a call to the UN to send troops": an appeal, no telephone call (session-11)
    if match.pattern.pos == "verb" and match.pattern.lemma in c["own_act_defence_verbs"] and _own_act_object(tok, index):
        return True  # "defended his decision": one's own act, no support for another actor (session-11)
    if match.pattern.lemma in c["naming_verbs"] and any(ch.dep_ == "oprd" for ch in tok.children) and (
            match.pattern.prep is not None or any(ch.dep_ in ("dobj", "nsubjpass", "dative") for ch in tok.children)
            or not any(ch.dep_ == "oprd" and ch.pos_ == "PROPN" for ch in tok.children)):
        # "calling it the best programme": naming, not a phone call; a lone proper name the parser
        # made the object predicate ("called Lavrov on Monday") is whom was called, by the bare
        # verb only (events-recall13)
        return True
    if (tok.dep_ == "relcl" and match.pattern.plover not in NO_CODE_NEEDED
            and any(ch.dep_ == "nsubj" and ch.lower_ in ("which", "that") for ch in tok.children)):
        return not index.actors_of(tok.head)  # violence stays: "missiles that killed 17 civilians"
    return False


def _call_for_act(noun: Token) -> bool:
    """A call noun followed by an infinitive, its own or the clause's ("a call to the government
    to resign", "renewed his call to the UN to send troops"), or by what it asks "for": an appeal,
    no telephone call (session-11 events-ngec11, #4)."""
    end = max(t.i for t in noun.subtree)
    after = noun.doc[end + 1] if end + 1 < len(noun.doc) else None
    if any(t.dep_ == "prep" and t.lower_ == "for" and t.head.i in (noun.i, noun.head.i) for t in noun.doc[noun.i:]):
        return True  # "his call to the UN for help", "for" on the call or on its verb
    return (after is not None and after.lower_ == "to" and after.dep_ == "aux") or any(
        ch.dep_ in ("acl", "xcomp", "relcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children)
        for ch in noun.children)


def _own_act_object(verb: Token, index: ActorIndex) -> bool:
    """The verb's object is the subject's own act or stance: a noun under a possessive pronoun
    that names no actor ("defended his decision", "justified their call to the leader"); "defended
    its ally Syria" names one (session-11 events-ngec11, #4)."""
    objs = [ch for ch in verb.children if ch.dep_ == "dobj" and ch.pos_ == "NOUN"]
    return bool(objs) and all(
        any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in o.children)
        and not index.actors_of(o) and not any(index.actors_of(a) for a in o.children if a.dep_ == "appos")
        for o in objs)


def _agents(verb: Token) -> list[Token]:
    """The verb's subject, or the object of its passive "by" ("threatened by pests")."""
    return [ch for ch in verb.children if ch.dep_ == "nsubj"] + [
        g for ch in verb.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]


def _setting_of_speech(tok: Token, match: Match, index: ActorIndex) -> bool:
    """ "Dick de Bruyn said at the annual meeting", "X, who also spoke at the meeting": a meeting noun
    after "at"/"during" on a verb of speech is where the remark was made, not a consultation of the
    speaker (session-8, #4). Not when the meeting names its own parties ("at the OPEC meeting", "a
    meeting with Y", "a meeting between X and Y"): that meeting is an event of those parties; nor
    when the speaker is a political actor (a code or a country: "Brazil said during a meeting of
    coffee producers"), who takes part in the meeting."""
    c = cues()
    if match.pattern.pos != "noun" or tok.dep_ != "pobj" or tok.head.lower_ not in c["setting_preps"]:
        return False
    governor = tok.head.head
    if governor.pos_ not in ("VERB", "AUX") or governor.lemma_.lower() not in c["setting_speech_verbs"]:
        return False
    own = [t for ch in tok.children if ch.dep_ in ("poss", "compound", "amod", "nmod", "prep") for t in ch.subtree]
    if any(index.mention_at(t) is not None for t in own):
        return False
    # "Brazil said during a meeting of coffee producers": a state or an office-holder speaking at
    # a meeting takes part in it; a speaker with no political code is only heard there.
    speakers = [a for ch in governor.children if ch.dep_ == "nsubj" for a in index.actors_of(ch)]
    if not speakers and governor.dep_ == "relcl":
        speakers = index.actors_of(governor.head)  # "John Hall, who also spoke at the meeting"
    return not any(a.code or a.country for a in speakers)


def _commercial(tok: Token, wanted: frozenset[str] = frozenset(), obj: Token | None = None,
                index: ActorIndex | None = None, materials: bool = False) -> bool:
    """Business news, not a political event: the trigger's object, complement or modifier (two
    arcs down at most) is a commercial word ("agreed to buy", "offering shares", "board meeting"),
    or the matched object's own phrase names a commercial good ("accepted offers for 50,000 tonnes
    of wheat"). Words the matched entry itself asks for as objects are not cues ("delivered food and
    medical supplies": `supply` is commercial in general, humanitarian for `deliver` + aid objects).
    A matched object that is a government measure (`policy_measures`: sanctions, tariffs) is never
    business news, whatever goods its phrase names. A matched object that names the act itself
    (`act_objects`: "an investigation into the business dealings of X") and the goods of a gift
    verb (`gift_verbs`: "donated a shipment of ventilators") are no cues either; the subject is.
    ``materials``: the entry returns property (mode "return"), whose object a commodity word
    compounded on it only says the material of ("returned a gold bookmark"; "returned 20 tonnes of
    gold" stays business news; session-12 events-recall12b).
    Nor are, for a verb whose direct object names a resolved actor (``index``), the object of a
    verb of coercion (`coercing_verbs`: "forced a Georgian cargo plane to land": the party coerced)
    and an "at" phrase saying where that actor is ("pressured the workers at the textile unit"),
    nor a commercial word naming a person (`commercial_people`) as the direct object of a verb that
    acts on a person by force (`forcible_person_verbs`: "police arrested its director")
    (events-recall12c). A demand (`mass_market_nouns`) the trigger's infinitive clause acts on is
    business when its phrase names a commercial word, as a matched object's phrase is ("refused to
    bend to demands for lower prices"; events-recall12c). A reason phrase (``REASON_PREPS``: "reduced
    military aid because of its record") and a weight or share of what the entry asks for
    (``_measure_of``: "flew 13 tons of medicine") are no cues (session-12 events-recall12a)."""
    words = cues()["commercial"] - wanted
    if obj is not None and obj.lemma_.lower() in cues()["policy_measures"]:
        return False  # "lifted sanctions on high-tech exports": a measure of government
    if tok.lemma_.lower() in cues()["gift_verbs"]:  # "donated a shipment of ventilators" (events-cameo5)
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in words for c in tok.children)
    if obj is not None and obj.lemma_.lower() not in cues()["act_objects"] and any(
            _commercial_word(t, words) for t in obj.subtree
            if t.i != obj.i and not (materials and t.dep_ in ("compound", "amod") and t.head.i == obj.i)):
        return True
    actor_object = index is not None and any(c.dep_ == "dobj" and index.actors_of(c) for c in tok.children)
    for child in tok.children:
        if child.dep_ not in COMPLEMENT_DEPS and child.dep_ not in ("amod", "nmod"):
            continue
        if actor_object and ((child.dep_ == "prep" and child.lower_ == "at") or (
                child.dep_ == "dobj" and tok.lemma_.lower() in cues()["coercing_verbs"])):
            continue  # the party acted on and where it is, not goods traded (events-recall12c)
        if (child.dep_ == "dobj" and child.lemma_.lower() in cues()["commercial_people"]
                and tok.lemma_.lower() in cues()["forcible_person_verbs"]):
            continue  # "police arrested its director": the person arrested (events-recall12c)
        if child.dep_ == "prep" and child.lower_ in REASON_PREPS:
            continue  # "reduced military aid because of its record": the reason, not the act's goods (session-12)
        if _commercial_word(child, words) and not _countable_demand(child) and not _measure_of(child, wanted):
            return True
        if child.dep_ == "xcomp" and any(  # "refused to bend to demands for lower prices" (events-recall12c)
                _commercial_word(t, words) for n in _clause_objects(child)
                if n.lemma_.lower() in senses()["mass_market_nouns"] for t in n.subtree if t.i != n.i):
            return True
        if child.dep_ in ("xcomp", "dobj", "prep", "pobj", "compound") and any(
            _commercial_word(g, words) for g in child.children if g.dep_ in COMPLEMENT_DEPS
            and not (materials and obj is not None and child.i == obj.i and g.dep_ in ("compound", "amod"))
        ):
            return True
    return False


def _clause_objects(verb: Token) -> list[Token]:
    """The direct object and the prepositional objects of an infinitive clause ("to bend to
    demands for lower prices": demands)."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def _measure_of(t: Token, wanted: frozenset[str]) -> bool:
    """A weight or share of what the entry itself asks for ("flew 13 tons of medicine", "supplied
    94% of the equipment"): the measure word is no commercial cue (session-12 events-recall12a)."""
    return t.lemma_.lower() in cues()["container_nouns"] and any(
        g.lemma_.lower() in wanted for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children if g.dep_ == "pobj")


def _countable_demand(t: Token) -> bool:
    """A market word used as a countable act ("rejected the demands", "rejected a demand that ..."):
    a political demand, no commercial cue (nonpolitical.yaml ``mass_market_nouns``; session-10)."""
    return t.lemma_.lower() in senses()["mass_market_nouns"] and not mass_market_noun(t)


def _commercial_word(t: Token, words: frozenset[str]) -> bool:
    """A commercial cue word, unless an infinitive says what it is for and that is no commerce: "in
    a bid to stem the spread" is an attempt, "a bid to buy the company" stays a takeover bid; and
    not the verb of a word whose noun only is commercial (`noun_sense_commercial`: "agreed to share
    information") (events-cameo5)."""
    if t.lemma_.lower() not in words:
        return False
    if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in cues()["noun_sense_commercial"]:
        return False  # "agreed to share information": the verb, not a company's shares
    purposes = [c for c in t.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    return not purposes or any(p.lemma_.lower() in words for p in purposes)
