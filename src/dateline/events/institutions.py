"""Events whose acting subject names an institution the actors stage did not resolve (issue #4,
events-cameo4): "German prosecutors have launched an investigation into ...", "the Congo
government rejects demands from rebel group", "the Syrian army seized the pumping stations".

A strong (not weak) lexicon verb entry (not an event the classifier added) whose subject is a
named organisation (spaCy ORG, not a company name; only for violence, coercion and protest: "the
IDF attacked"; a bare name the actors stage does not know is as often a firm) or an institution
noun of cues.yaml ``institution_nouns`` (government,
ministry, army, prosecutor ...; not the groups, unions and committees of business news) is kept with no actor, like PETRARCH's "---", when the sentence
names no resolved actor on either side and the event classifier does not call the sentence
non-political (so that business news stays empty). A note says so and confidence is lower
(event_keeping.py ``FALLBACK_NOTE``)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.data_files import cues

MODIFIER_ENTITIES = frozenset({"NORP", "GPE"})  # "Syrian rebels", "Iraqi forces"


def institutional_subject(verb: Token, named_ok: bool = False) -> Token | None:
    """The subject of ``verb`` (the agent of a passive) when it names an institution; else None.
    A name the parser tags ORG (not a company name) counts only with ``named_ok`` (violence,
    coercion, protest: "the IDF attacked"): commodity bodies and firms ("the ICO met", "Transco
    refused") are named organisations too."""
    subjects = [ch for ch in verb.children if ch.dep_ == "nsubj"]
    if not subjects:
        subjects = [g for ch in verb.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
    for subj in subjects:
        words = [subj, *(ch for ch in subj.children if ch.dep_ in ("compound", "amod"))]
        if subj.lemma_.lower() in cues()["institution_nouns"]:
            return subj
        if named_ok and subj.ent_type_ == "ORG" and subj.pos_ == "PROPN" and not any(
                w.lower_.strip(".") in cues()["company_suffixes"] for w in subj.subtree):
            return subj
        if subj.pos_ == "NOUN" and any(w.ent_type_ in MODIFIER_ENTITIES for w in words[1:]) and \
                subj.lemma_.lower() in cues()["institution_heads"]:
            return subj
    return None
