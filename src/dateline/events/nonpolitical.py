"""Business and commodity senses of political words (issue #4): precision on non-political news.

A political verb or noun in its market sense is no event: "to meet its needs" (satisfy, not a
meeting), "Guinea held 50 pct" (a shareholding), "has not paid any interest to banks" (debt
service), "buyers rejected the request" (a transaction), "blames the falloff on weak demand" (an
explanation), "might offer the bill on the Senate floor" (tabling a bill), "recognised the
importance of reform" (no recognition of anyone), "the slaughtered pigs" (animals), "attacks on its
farm programme" (criticism, re-coded). The word lists are data/nonpolitical.yaml; each is a sense
distinction that holds in any news text, never a list of story words.

Used by extract.py at two points: ``business_sense(match, index)`` before roles are read (a reason
string vetoes the lexicon or classifier match), ``business_event(event, match, index)`` after
(market participants as the acting side, a state's policy "campaign" read as protest; also drops
the mutual pairing of "X and Y agreed to the tax"). ``mass_market_noun(token)`` tells market demand from a demand made
(also read by extract.py's commercial cue). ``criticism(match)`` gives the re-coded match
for a verbal attack, ``labour_strike(match, index)`` for workers who "struck" a plant.
actor_index.py asks ``private_possessed(token)`` whether a country's possessive only places a
private body, and reads ``named_things`` to tell a person-type name of a thing; classifier.py
adds no event on ``empty_verbs()`` ("proposals were made").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.events.data_files import cues, word_lists
from dateline.events.lexicon import Match
from dateline.events.object_readers import MONEY_OBJECT
from dateline.model import Actor, Event

if TYPE_CHECKING:  # actor_index imports this module: typing only
    from dateline.events.actor_index import ActorIndex

OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})


def senses() -> dict[str, frozenset[str]]:
    """The closed lists of nonpolitical.yaml, as sets of lower-case words."""
    return word_lists("nonpolitical.yaml")


def empty_verbs() -> frozenset[str]:
    """Verbs that name no act of their own (the event classifier adds no event on them)."""
    return senses()["empty_verbs"]


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _children(tok: Token) -> list[Token]:
    """The trigger's children before a full stop it governs: a word after the stop (a wire's
    signature, "... hoped for.  Reuter") is parse noise, not an object."""
    stop = next((c.i for c in tok.children if c.i > tok.i and c.dep_ == "punct" and c.text in (".", "!", "?")), None)
    return [c for c in tok.children if stop is None or c.i < stop]


def _pobjs(tok: Token) -> list[Token]:
    """Objects of the prepositions a word governs ("relief in a tight market")."""
    return [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def _objects(tok: Token) -> list[Token]:
    """Direct objects of a verb, with their conjuncts ("to meet its needs": needs)."""
    objs = [c for c in _children(tok) if c.dep_ in OBJECT_DEPS]
    return objs + [g for o in list(objs) for g in o.conjuncts]


def _subjects(tok: Token) -> list[Token]:
    """The subject of a verb; of a noun trigger, the subject of the verb it is the object of
    ("four firms concluded negotiations"), and its conjuncts."""
    head = tok
    if (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ == "in"
            and tok.head.head.pos_ in ("NOUN", "PROPN") and tok.head.head.dep_ in ("nsubj", "nsubjpass")):
        holder = tok.head.head  # "company sources currently in talks with Algeria": the sources talk
        return [holder, *holder.conjuncts]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "AUX", "ADP"):
        head = tok.head if tok.dep_ == "dobj" else tok.head.head
    controller: list[Token] = []
    while head.dep_ in ("xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        if head.dep_ == "xcomp" and (controller := [c for c in head.head.children if c.dep_ == "dobj"]):
            break  # "directed oil companies to end operations": the object of "directed" acts
        head = head.head  # "agreed to help": the subject of "agreed"
    subj = controller or [c for c in head.children if c.dep_ == "nsubj"]
    subj += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    return subj + [g for s in list(subj) for g in s.conjuncts]


def mass_market_noun(tok: Token) -> bool:
    """``tok`` is a `mass_market_nouns` word used as a mass noun ("Japanese demand for gilts", "to
    meet demand"): singular, with no determiner, possessive, number, "that"/"to" clause or proper-name
    modifier. A countable use is political ("rejected a demand that ...", "the demands of")."""
    return _lemma(tok) in senses()["mass_market_nouns"] and tok.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss", "nummod", "ccomp") or (c.dep_ == "compound" and c.pos_ == "PROPN")
        or (c.dep_ == "acl" and any(g.lower_ in ("to", "that") for g in c.children if g.dep_ in ("aux", "mark")))
        for c in tok.children)


def business_sense(match: Match, index: ActorIndex) -> str | None:
    """Why the match is a business or commodity sense of its word, or None when it may be an event."""
    s = senses()
    tok, pattern = match.trigger, match.pattern
    lemma = pattern.lemma
    objs = _objects(tok) if pattern.pos == "verb" else []
    obj_lemmas = {_lemma(o) for o in objs}
    addressed = {_lemma(g) for t in (tok, *objs) for c in _children(t)
                 if c.dep_ in ("prep", "dobj", "dative") for g in (c, *c.children)}
    if pattern.plover == "PROTEST" and lemma in s["showing_verbs"] and any(o.dep_ == "dobj" for o in objs):
        return "showing something ('demonstrates new chip'), not a protest"
    if pattern.plover == "CONSULT" and addressed & s["press_audiences"]:
        return "talking to reporters is a statement, not a consultation"
    if (pattern.plover == "SUPPORT" and pattern.pos == "verb" and not pattern.objects
            and obj_lemmas & s["economic_beneficiaries"] and not any(index.actors_of(o) for o in objs)):
        return "economic support of producers or prices, not political support"
    obj = match.object_token
    if obj is not None and obj.head.i == tok.i and obj not in _children(tok):
        return "the object read is a word after the full stop (parse noise)"
    if pattern.plover in ("AID", "SUPPORT") and obj_lemmas & s["information_objects"]:
        return "information handed over, not aid or support"
    if pattern.plover == "AID" and obj_lemmas & s["abstract_gifts"]:
        return "backing given to a claim or cause ('lending weight to a campaign'), not aid"
    if pattern.plover == "AID" and "market" in {_lemma(g) for t in (tok, *objs) for g in _pobjs(t)}:
        return "relief for a market, not aid"
    if pattern.plover == "CONSULT" and lemma in cues()["satisfy_verbs"] and obj_lemmas & s["satisfied_nouns"]:
        return "meeting a need, not a person"
    if any(mass_market_noun(t) for t in (tok, *objs)):
        return "market demand (a mass noun), not a demand made on anyone"
    if pattern.plover == "AGREE" and pattern.pos == "verb" and any(  # "(pledged to) offer legislation"
            _lemma(v) in s["tabling_verbs"] and {_lemma(o) for o in _objects(v)} & s["legislative_objects"]
            for v in (tok, *(c for c in tok.children if c.dep_ == "xcomp"))):
        return "tabling a bill, not an offer to a party"
    if (lemma in s["actor_object_verbs"] and not pattern.objects and pattern.prep is None
            and not any(index.actors_of(o) for o in objs)):
        return "acknowledging a thing, not recognising an actor"
    if (pattern.plover == "ASSAULT" and pattern.pos == "verb" and lemma in s["attack_words"]
            and obj_lemmas & s["market_objects"]):
        return "competing for a market"
    if pattern.plover in ("ASSAULT", "COERCE") and _animal_victims(tok, objs):
        return "animals are no victims of a political event"
    if obj_lemmas & s["stake_objects"] and _lemma(tok) in s["stake_verbs"] and not pattern.objects:
        return "a shareholding, not cooperation"
    asked_for = obj_lemmas | {_lemma(g) for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children}
    if pattern.plover == "REQUEST" and asked_for & s["solicited_objects"]:
        return "soliciting comments, bids or offers"
    if pattern.plover == "AGREE" and lemma in cues()["complement_verbs"] and _shares_an_opinion(tok):
        return "agreeing with an opinion, not agreeing to act"
    if _lemma(tok) in s["payment_verbs"] and obj_lemmas & s["payment_objects"]:
        return "servicing a debt, not aid"
    if any(_lemma(o) in s["payment_nouns"] and any(_lemma(m) in s["payment_objects"] for m in o.children
                                                    if m.dep_ in ("compound", "amod")) for o in objs):
        return "suspending or resuming debt payments"  # "suspended interest payments on its debt"
    if pattern.pos == "verb" and _lemma(tok) in s["speech_sense_verbs"] and not objs and any(
            c.dep_ == "ccomp" for c in tok.children) and not any(c.dep_ in ("xcomp", "dative") for c in tok.children):
        return "reporting speech ('..., X conceded'; '\"Can we ...?\" asked X'), not an act"
    # "will return to the ministry of defence where they worked": going back to a post. Not with a
    # direct object, a thing given back ("returned a bookmark to the authorities"), nor a passive's
    # subject that is no actor ("the bookmark was returned to the authorities"; session-12); "the
    # minister was returned to his post" goes back.
    if (pattern.plover == "RETREAT" and lemma == "return" and not any(
            c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and not index.actors_of(c)) for c in _children(tok)) and any(
            _lemma(g) in s["workplace_nouns"] for c in _children(tok) if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children if g.dep_ == "pobj")):
        return "going back to a post, not a withdrawal"
    if (pattern.plover == "CONSULT" and _with_partners(tok)
            and all(_market_participant(t, index) for t in _with_partners(tok))
            and not any(_office(a) for t in _subjects(tok) for a in index.actors_of(t))):
        # "Sonatrach / Iran is negotiating with two of its former customers" (a bare country name
        # with customers stands for its state company); not "Secretary Lyng will meet with
        # representatives of grain companies" (an office-holder or a state organ talks to them)
        return "negotiating with customers or firms"
    if pattern.pos == "verb" and _corporate_complement(tok, index):
        return "a corporate deal (control or shares of a company)"  # "agreed not to seek control of Bally"
    if (pattern.pos == "noun" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into")
            and _lemma(tok.head.head) in s["investment_verbs"]):
        return "an investment in a venture"  # "will invest 197 mln dlrs in two joint ventures"
    if pattern.pos == "noun" and any(c.dep_ in ("compound", "amod") and _lemma(c) in s["commercial_modifiers"]
                                     for c in tok.children):
        return "a commercial agreement or meeting (licensing, marketing, ...)"
    if (pattern.plover == "CONCEDE" and obj_lemmas & s["fiscal_objects"] and not any(
            index.actors_of(t) for r in (*objs, *(c for c in _children(tok) if c.dep_ == "prep")) for t in r.subtree)):
        return "a tariff or duty changed for no named party: fiscal policy, not easing sanctions"
    if (pattern.plover == "THREATEN" and pattern.pos == "verb" and obj_lemmas & s["endangered_goods"]
            and not any(index.actors_of(t) for t in _subjects(tok))):
        return "a trend that endangers something, not a threat made by an actor"
    if pattern.plover == "COOPERATE" and any(
            _lemma(g) in s["crimes"] for c in _children(tok) if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ in ("pobj", "pcomp")):
        return "complicity in a crime, not cooperation"  # "collaborated with X in swindling investors"
    if pattern.plover == "ASSAULT" and pattern.pos == "noun" and any(
            c.dep_ in ("amod", "compound") and _lemma(c) in s["figurative_modifiers"] for c in tok.children):
        return "a figurative offensive or war (diplomatic, market, price), not violence"
    if lemma == "resign" and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(_lemma(g) == "reason" and any(
                _lemma(m) in s["private_reasons"] for m in g.subtree) for g in c.children)
            for c in _children(tok)):
        return "a resignation for personal reasons, not yielding to a demand"
    if pattern.plover == "ASSAULT" and _accident_death(tok, objs):
        return "deaths in an accident, not an assault"
    if pattern.plover == "ACCUSE" and lemma in s["explanation_verbs"] and obj_lemmas & s["change_nouns"]:
        blamed = [t for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "to") for t in c.children]
        if not any(index.actors_of(t) for t in blamed):
            return "explaining a change of quantity, not accusing anyone"
    if (pattern.pos == "verb" and obj_lemmas & s["business_objects"] and not pattern.objects
            and pattern.plover not in ("ASSAULT", "COERCE")):
        return "a commercial object"  # "units which support the new affiliate"
    if pattern.pos == "noun" and any(
            c.dep_ in ("acl", "relcl") and (_lemma(c) in cues()["commercial"] or _lemma(c) in s["commercial_extra"])
            for c in tok.children):
        return "negotiating a sale or a shipment"
    return None


def _with_partners(tok: Token) -> list[Token]:
    """The objects of the trigger's "with" ("negotiating with two of its former customers": the
    customers, through a partitive "of"), with their conjuncts."""
    found: list[Token] = []
    for g in (g for c in _children(tok) if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"):
        heads = [g]
        if g.pos_ == "NUM" or _lemma(g) in ("some", "one", "two", "three", "several", "many", "all", "most"):
            heads = [x for c in g.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children if x.dep_ == "pobj"] or heads
        found += [x for h in heads for x in (h, *h.conjuncts)]
    return found


def _corporate_complement(tok: Token, index: ActorIndex) -> bool:
    """The verb's infinitive chain ("agreed not to try to seek control of Bally", three clauses at
    most) takes a `corporate_objects` noun of a company: a BUS actor or an organisation name the
    actors stage did not resolve."""
    words = senses()["corporate_objects"]
    verbs = [tok]
    for _ in range(3):
        verbs += [c for v in verbs[-1:] for c in v.children if c.dep_ == "xcomp"]
    for v in verbs:
        for obj in (c for c in v.children if c.dep_ == "dobj" and _lemma(c) in words):
            for owner in (g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for g in c.children):
                actors = index.actors_of(owner)
                if (actors and all(a.sector == "BUS" for a in actors)) or (not actors and owner.ent_type_ == "ORG"):
                    return True
    return False


def _shares_an_opinion(tok: Token) -> bool:
    """ "X agreed and said ...", "they agreed with Y, who said ...": agreement with what someone
    says. Not when the agreement has an object, an infinitive or a topic ("agreed with Y on a
    ceasefire", "agreed to cut output")."""
    speech = cues()["speech_verbs"]
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ != "with") for c in _children(tok)):
        return False
    if any(c.dep_ == "conj" and _lemma(c) in speech for c in tok.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        r.dep_ == "relcl" and _lemma(r) in speech for g in c.children for r in g.children) for c in tok.children)


def _accident_death(tok: Token, objs: list[Token]) -> bool:
    """ "One miner was killed and 56 others were trapped" after "The fire ... weakened the mine": a
    passive killing with no agent, in a sentence or just after one that names an accident (a fire
    not "opened" or "returned", a collapse, an explosion at a mine ...), is an accident."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in senses()["accident_verbs"]:
        return False
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or any(
            c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children):
        return False
    sent = tok.sent
    doc = tok.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(_accident_word(t) for t in doc[start:sent.end])


def _accident_word(t: Token) -> bool:
    s = senses()
    if _lemma(t) not in s["accident_nouns"] or t.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(_lemma(c) in s["violent_modifiers"] for c in t.children):
        return False  # "a bomb explosion", "gunfire"
    return _lemma(t.head) not in s["firing_verbs"]  # "opened fire": shooting


def _animal_victims(tok: Token, objs: list[Token]) -> bool:
    animals = senses()["animals"]
    victims = list(objs)
    if tok.dep_ in ("amod", "acl"):  # "the slaughtered pigs", "cattle killed by the disease"
        victims.append(tok.head)
    victims += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(v.pos_ == "NOUN" and _lemma(v) in animals for v in victims)


def criticism(match: Match) -> Match | None:
    """ "attacks on its farm programme", "attacked the proposal": a verbal attack on a policy, re-coded
    as criticism (CAMEO 111, PLOVER ACCUSE); None when the attack is no such thing."""
    s = senses()
    tok, pattern = match.trigger, match.pattern
    if pattern.plover != "ASSAULT" or pattern.lemma not in s["attack_words"]:
        return None
    if pattern.pos == "verb":
        aimed = _objects(tok)
    else:
        aimed = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children]
    aimed += [g for a in list(aimed) for c in a.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if not any(_lemma(a) in s["criticised_objects"] for a in aimed):  # "attacks on elements of its programme"
        return None
    return Match(tok, replace(pattern, cameo="111", plover="ACCUSE", mode=None), match.object_token)


def labour_strike(match: Match, index: ActorIndex) -> Match | None:
    """ "About 800 members of the union struck the company's plant": "strike" (a weak ASSAULT entry,
    or whatever the event classifier re-coded it to) whose every subject is a labour actor (sector
    LAB) or a worker noun (`strikers`) is a labour strike (CAMEO 143, PLOVER PROTEST, mode strike);
    None otherwise ("missiles struck the plant" stays)."""
    tok, pattern = match.trigger, match.pattern
    if pattern.lemma != "strike" or pattern.pos != "verb" or pattern.objects or pattern.plover == "PROTEST":
        return None
    subjects = [t for t in _subjects(tok) if t.dep_ != "pobj"]  # not the "by" agent of a noun
    if not subjects or not all(_striker(t, index) for t in subjects):
        return None
    return Match(tok, replace(pattern, cameo="143", plover="PROTEST", mode="strike", weak=False), match.object_token)


def _striker(tok: Token, index: ActorIndex) -> bool:
    """A labour actor, or (when the words name no actor) a worker noun."""
    actors = index.actors_of(tok)
    if actors:
        return all(a.sector == "LAB" for a in actors)
    return _lemma(tok) in senses()["strikers"]


def business_event(event: Event, match: Match, index: ActorIndex) -> str | None:
    """Why a built event is business rather than politics, or None. Also drops the mutual pairing of
    participants who agree to a thing ("Denmark and Portugal might agree to the tax"): they accept
    the tax, they do not agree with each other."""
    s = senses()
    tok = match.trigger
    subjects = _subjects(tok)
    if event.plover.type != "PROTEST" and subjects and all(_market_participant(t, index) for t in subjects):
        lobbying = (event.plover.type in s["lobbying_types"] and any(a.sector != "BUS" for a in event.target)
                    or any(_state(a) for a in event.target))
        if not lobbying:  # "traders urged the government to ...", "exporters met Secretary Lyng" stay
            return "market participants' transaction"
    if (event.plover.type == "CONSULT" and not event.source and event.attributed_to is not None
            and event.attributed_to.sector == "BUS"):
        return "a company speaking of its own talks"  # "company sources said any negotiations with Algeria ..."
    if event.plover.type == "AID" and event.target and all(a.sector == "BUS" for a in event.target):
        return "a service or an opening for a company, not aid"  # "it provides an entry to McDonalds"
    if event.plover.type in ("AID", "AGREE") and MONEY_OBJECT in match.pattern.objects:
        # session-12 events-recall12a: an amount of money given or lent
        if event.source and all(a.sector == "BUS" for a in event.source):
            return "a firm's payment or loan, not aid"  # "investors provided $50 million to the government"
        if event.source and event.target and all(
                _state(t) and t.country and any(t.country == a.country for a in event.source) for t in event.target):
            return "a state's budget for its own organs, not aid"  # "allocated $5 billion to the army"
    if (event.plover.type == "REQUEST" and all(a.sector == "BUS" for a in event.target)
            and not any(_office(a) for a in event.source)
            and (_answered_by_market(tok, index) or _asks_the_market(tok, index))):
        return "a request to market participants: a trade request"  # "Cuba asked Japanese buyers to defer deliveries"
    campaign = tok if match.pattern.pos == "noun" else match.object_token
    if (event.plover.type == "PROTEST" and campaign is not None and _lemma(campaign) in s["campaign_nouns"]
            and event.source and all(_state(a) for a in event.source)):
        return "a state's policy campaign, not dissent"
    mutual = bool(event.target) and set(map(id, event.target)) == set(map(id, event.source))
    if mutual and match.pattern.pos == "noun" and _all_after_with(tok, event, index):
        event.source = []  # "negotiations with the Paris Club and Argentina and Brazil": partners of
        event.notes.append("partners after 'with': not paired with each other")  # an unnamed party
    if (match.pattern.symmetric and match.pattern.lemma in cues()["complement_verbs"] and mutual
            and _agrees_to_thing(tok, index)):
        event.target = []
        event.notes.append("agreeing to a thing: participants not paired with each other")
    return None


def _answered_by_market(tok: Token, index: ActorIndex) -> bool:
    """ "It made a similar request in January when Japanese buyers agreed to postpone deliveries":
    a request whose clause is answered (`answer_verbs`) in a linked clause whose subject is market
    participants was made of them: a trader's request, not a political one (session-8, #4)."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    answers = senses()["answer_verbs"]
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "conj") or _lemma(clause) not in answers:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects and all(_market_participant(t, index) for t in subjects):
            return True
    return False


def _office(actor: Actor) -> bool:
    """An office-holder or a state organ (a person, or a sector other than business), as opposed to
    a bare country name, which in trade news stands for its state trading company: "Central Bank
    Governor Gros is expected to ask banks for a roll-over" is a state's debt request."""
    return actor.type == "person" or actor.sector not in (None, "BUS")


def _asks_the_market(tok: Token, index: ActorIndex) -> bool:
    """The one asked (the object of a request verb) is market participants: "asked Japanese buyers
    for delays"."""
    asked = [c for c in _children(tok) if c.dep_ in ("dobj", "dative")] if tok.pos_ in ("VERB", "AUX") else []
    asked = [x for a in asked for x in (a, *a.conjuncts)]
    if not asked or not all(_market_participant(t, index) for t in asked):
        return False
    # ... for goods or deliveries ("for delays of sugar deliveries"); "asked foreign firms to leave
    # the country" is no trade request, nor is "asked banks for a roll-over of its debt" (a
    # state's debt talks).
    words = senses()["traded_goods"]
    return any(_lemma(t) in words for c in _children(tok) if c not in asked for t in c.subtree)


def _all_after_with(tok: Token, event: Event, index: ActorIndex) -> bool:
    """Every actor of a noun event is named inside a "with" phrase of the noun (and the noun has no
    possessor or subject of its own that names one)."""
    inside = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.subtree]
    named = [a for t in inside for a in index.actors_of(t)]
    outside = [a for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod") for a in index.actors_of(c)]
    outside += [a for t in _subjects(tok) for a in index.actors_of(t)]
    ids = {id(a) for a in named}
    return bool(named) and not outside and all(id(a) in ids for a in event.source)


def _market_participant(tok: Token, index: ActorIndex) -> bool:
    """ "buyers", "four other firms", "company sources" (a market noun or its compound), or a name
    the actors stage resolved as a business ("Sumitomo Metal Industries Ltd")."""
    words = senses()["market_participants"]
    if tok.pos_ == "NOUN" and (_lemma(tok) in words or any(
            c.dep_ == "compound" and _lemma(c) in words for c in tok.children)):
        return True
    if tok.pos_ == "NOUN" and any(_lemma(g) in senses()["named_things"] for c in tok.children
                                  if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"):
        return True  # "the three participants in the gold mining venture": partners in a business
    actors = index.actors_of(tok)
    return bool(actors) and all(a.sector == "BUS" for a in actors)


def _state(actor: Actor) -> bool:
    return actor.sector in senses()["state_sectors"] or bool(actor.code and actor.code.endswith(("GOV", "MIL")))


def _agrees_to_thing(tok: Token, index: ActorIndex) -> bool:
    """'agree to the tax': a "to" object that is a thing (no actor) and not something made between
    the participants ("agreed to a ceasefire" stays reciprocal), with no "with" partner."""
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if any(p.lower_ == "with" for p in preps):
        return False
    mutual = senses()["mutual_objects"]
    return any(p.lower_ == "to" and any(g.pos_ == "NOUN" and _lemma(g) not in mutual and _hyphenated(g) not in mutual
                                        and not index.actors_of(g)
                                        for g in p.children if g.dep_ == "pobj")
               for p in preps)


def _hyphenated(noun: Token) -> str:
    """A hyphenated compound written as one word: "cease - fire" -> "ceasefire" (the tokenizer splits
    "cease-fire" at the hyphen and leaves "fire" as the head)."""
    first = noun
    while first.i > 0 and noun.doc[first.i - 1].text == "-" and first.i > 1 \
            and noun.doc[first.i - 2].dep_ == "compound" and noun.doc[first.i - 2].head.i == noun.i:
        first = noun.doc[first.i - 2]
    return "".join(t.lower_ for t in noun.doc[first.i:noun.i + 1] if t.text != "-")


def private_possessed(token: Token) -> bool:
    """ "Bolivia's commercial bank steering committee", "Chile's private creditor banks": a
    country's possessive on a noun phrase that names a private body (a word of `private_bodies`
    among the head noun and its compounds and their modifiers) places the body, it does not make
    the country the actor. ("Bolivia's central bank" and "Spain's foreign ministry" stay Bolivia's.)"""
    words = senses()["private_bodies"]
    parts = [token] + [c for c in token.children if c.dep_ in ("compound", "amod")]
    parts += [g for c in parts[1:] for g in c.children if g.dep_ in ("compound", "amod")]
    return any(_lemma(t) in words for t in parts)
