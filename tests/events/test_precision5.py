"""Precision on business and commodity news, second seed (issue #4, events-precision5). Our own
sentences with hand-made actors; each rule is paired with the political reading that must stay."""

from __future__ import annotations

import pytest

from dateline.model import Actor

pytestmark = pytest.mark.model

NAMES = {
    "Turkey": Actor("Turkey", "Q43", "TUR", "TUR", None, "country"),
    "Russia": Actor("Russia", "Q159", "RUS", "RUS", None, "country"),
    "Ukraine": Actor("Ukraine", "Q212", "UKR", "UKR", None, "country"),
    "Iran": Actor("Iran", "Q794", "IRN", "IRN", None, "country"),
    "Israel": Actor("Israel", "Q801", "ISR", "ISR", None, "country"),
    "Erdogan": Actor("Recep Tayyip Erdogan", "Q39723", "TURGOV", "TUR", "GOV", "person"),
    "Putin": Actor("Vladimir Putin", "Q7747", "RUSGOV", "RUS", "GOV", "person"),
    "members of the Dockers Union": Actor("Dockers Union", None, "---LAB", None, "LAB", "group"),
    "the Paris Club": Actor("Paris Club", None, "IGO", None, "IGO", "organization"),
}


def of_type(events, plover):
    return [e for e in events if e.plover.type == plover]


def test_virtually_no_calls_is_negated(run):
    events, _ = run("An aide said Erdogan had received virtually no phone calls from Putin on the subject.", NAMES)
    assert [e.factuality for e in of_type(events, "CONSULT")] == ["negated"]
    events, _ = run("An aide said Erdogan had received phone calls from Putin on the subject.", NAMES)
    assert [e.factuality for e in of_type(events, "CONSULT")] != ["negated"]


def test_discussed_nothing_is_negated(run):
    events, _ = run("Erdogan said that he and Putin discussed nothing involving the gas market.", NAMES)
    assert all(e.factuality == "negated" for e in of_type(events, "CONSULT"))
    events, _ = run("Erdogan said that he and Putin discussed the gas market.", NAMES)
    assert of_type(events, "CONSULT") and all(e.factuality != "negated" for e in of_type(events, "CONSULT"))


def test_firms_ordered_to_end_operations_are_no_retreat(run):
    events, _ = run("The Turkey government last June directed oil companies to end Iran operations.", NAMES)
    assert not of_type(events, "RETREAT")


def test_duty_cut_for_no_one_is_no_concession(run):
    events, _ = run("Turkey cut the export duty on hazelnuts to 30 lira per tonne, an official said.", NAMES)
    assert not of_type(events, "CONCEDE")
    events, _ = run("Turkey cut the import duty on Russia grain to 30 lira per tonne, an official said.", NAMES)
    assert of_type(events, "CONCEDE")


def test_a_trend_threatening_security_is_no_threat(run):
    events, _ = run("A study found Turkey would import half of its oil by 2030, threatening national security.", NAMES)
    assert not of_type(events, "THREATEN")
    events, _ = run("Iran threatened Israel on Monday.", NAMES)
    assert of_type(events, "THREATEN")


def test_accident_deaths_are_no_assault(run):
    text = ("The fire weakened part of the mine's support structure, the company said. "
            "One miner was killed and 56 others were trapped underground in Turkey.")
    events, _ = run(text, NAMES)
    assert not of_type(events, "ASSAULT")
    text = "Gunmen opened fire on a bus in Turkey. One miner was killed and two were wounded."
    events, _ = run(text, NAMES)
    assert of_type(events, "ASSAULT")


def test_union_members_striking_a_plant_is_a_strike(run):
    events, _ = run("About 800 members of the Dockers Union struck the Turkey port operator's terminal on Sunday.", NAMES)
    assert [e.plover.type for e in events if e.trigger.text.startswith("struck")] == ["PROTEST"]
    assert all(e.cameo.code == "143" for e in of_type(events, "PROTEST"))
    events, _ = run("Russia struck a power plant in Ukraine on Sunday.", NAMES)
    assert not of_type(events, "PROTEST")


def test_creditors_after_with_are_not_paired(run):
    text = "The accord opened the door to rescheduling negotiations with the Paris Club and Turkey and Russia."
    events, _ = run(text, NAMES)
    for e in of_type(events, "CONSULT"):
        assert not ({a.name for a in e.source} & {a.name for a in e.target})
    events, _ = run("Turkey held negotiations with Russia on Monday.", NAMES)
    assert any(e.source and e.target for e in of_type(events, "CONSULT"))


def test_country_possessive_on_a_private_body(run):
    text = "He said Turkey's commercial bank steering committee agreed at a meeting in New York to consider the proposal."
    events, _ = run(text, NAMES)
    assert not any(a.name == "Turkey" for e in events for a in e.source)
    text = "He said Turkey's central bank agreed at a meeting in New York to consider the proposal."
    events, _ = run(text, NAMES)
    assert any(a.name == "Turkey" for e in events for a in e.source)


class _Stub:
    """A classifier that reads every sentence as `root` with P 0.95 (and 0.0 for the lexicon's root)."""

    def __init__(self, root: str, plover: str) -> None:
        self.pred = _prediction(root, plover)

    def predict(self, sent, trigger=None):
        return self.pred


def _prediction(root: str, plover: str):
    from dateline.events.classifier import Prediction
    return Prediction(root, 0.95, plover, 0.95, {root: 0.95}, {plover: 0.95, "NONE": 0.05})


@pytest.mark.parametrize("root, plover, kept", [("06", "COOPERATE", "120"), ("02", "REQUEST", "020")])
def test_classifier_recode_keeps_the_verbs_polarity(nlp, monkeypatch, root, plover, kept):
    """ "X opposed a proposed tax": a weak REJECT hit is not re-coded as cooperation (06) however sure
    the classifier is; a re-code to a request (02: "asked NATO to help patrol") may still cross."""
    from dateline.events import classifier
    from dateline.events.lexicon import load_lexicon
    from dateline.events.sentences import SentenceIndex

    monkeypatch.setattr(classifier, "load_classifier", lambda: _Stub(root, plover))
    doc = nlp("Turkey opposed a proposed tax on edible oils, diplomats said.")
    found = load_lexicon().match(next(t for t in doc if t.text == "opposed"))
    assert found and found[0].pattern.weak and found[0].pattern.cameo == "120"
    revised, _ = classifier.revise(SentenceIndex(doc), [found])
    assert revised[0][0].pattern.cameo == kept


def test_complicity_in_a_crime_is_no_cooperation(run):
    events, _ = run("Police said they were suspected of having collaborated with Erdogan in swindling investors.", NAMES)
    assert not of_type(events, "COOPERATE")
    events, _ = run("Turkey collaborated with Russia in building the pipeline.", NAMES)
    assert of_type(events, "COOPERATE")


def test_a_diplomatic_offensive_is_no_assault(run):
    events, _ = run("Officials are bracing for a diplomatic and coffee market offensive from Russia.", NAMES)
    assert not of_type(events, "ASSAULT")
    events, _ = run("Russia launched a military offensive against Ukraine on Monday.", NAMES)
    assert of_type(events, "ASSAULT")


def test_resigning_for_personal_reasons_is_no_retreat(run):
    events, _ = run("Erdogan resigned last week for personal and family reasons, a spokesman said.", NAMES)
    assert not of_type(events, "RETREAT")
    events, _ = run("Erdogan resigned last week after weeks of protests, a spokesman said.", NAMES)
    assert of_type(events, "RETREAT")


def test_a_statement_recode_keeps_the_entrys_plover_type(nlp, monkeypatch):
    """A weak hit re-coded to a statement (01) keeps its entry's PLOVER type: 01 has none of its own."""
    from dateline.events import classifier
    from dateline.events.lexicon import load_lexicon
    from dateline.events.sentences import SentenceIndex

    monkeypatch.setattr(classifier, "load_classifier", lambda: _Stub("01", "AGREE"))
    doc = nlp("Turkey had not asked for any Russia maize, they said.")
    found = load_lexicon().match(next(t for t in doc if t.text == "asked"))
    assert found and found[0].pattern.weak and found[0].pattern.plover == "REQUEST"
    revised, _ = classifier.revise(SentenceIndex(doc), [found])
    assert (revised[0][0].pattern.cameo, revised[0][0].pattern.plover) == ("010", "REQUEST")


def test_apposed_country_before_the_possessive(run):
    names = dict(NAMES, Britain=Actor("United Kingdom", "Q145", "GBR", "GBR", None, "country"))
    events, _ = run("Russia's neighbour Britain has refused to cooperate with Iran on output cuts.", names)
    assert events and all("Russia" not in {a.name for a in e.source} for e in events)
    assert any("United Kingdom" in {a.name for a in e.source} for e in events)


def test_classifier_adds_no_event_for_a_company_alone(nlp, monkeypatch):
    """ "Arkla filed a proposal with the Public Service Commission": an event the classifier adds
    whose every source is a business is dropped; a government's act stays."""
    from dateline.events import classifier, extract_events
    from dateline.model import ActorMention, Article

    monkeypatch.setattr(classifier, "load_classifier", lambda: _Stub("05", "SUPPORT"))
    ministry = Actor("Energy Ministry", None, "TURGOV", "TUR", "GOV", "organization")

    def added(text, first):
        m = [ActorMention(0, len(first.name), first.name, first)]
        k = text.index("Energy Ministry")
        m.append(ActorMention(k, k + 15, "Energy Ministry", ministry))
        events, _ = extract_events(nlp(text), Article(doc_id="t", date="2017-02-08", text=text), m, None)
        return [e for e in events if any(n.startswith("coded by the event classifier") for n in e.notes)]

    acme = Actor("Acme Corp", None, "BUS", None, "BUS", "organization")
    assert not added("Acme Corp filed a proposal with the Energy Ministry on Monday.", acme)
    assert added("Turkey filed a proposal with the Energy Ministry on Monday.", NAMES["Turkey"])


def test_the_news_agency_told_is_no_antecedent(run):
    names = dict(NAMES, Reuters=Actor("Reuters", None, "---MED", None, "MED", "organization"))
    text = ("Erdogan told Reuters Turkey would not change its policy. "
            "Commenting on a producers' meeting last weekend, Erdogan said that they discussed the market.")
    events, _ = run(text, names)
    assert not any(a.name == "Reuters" for e in events for a in (*e.source, *e.target))
