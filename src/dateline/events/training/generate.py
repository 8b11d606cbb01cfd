"""Seeded, deterministic template sentences for the event classifier (issue #4).

Every template, actor and place below was written by the dateline developers for this file. The
generator fills templates with actors, places, days and numbers so the classifier sees each event
phrasing with many actors, tenses and voices; ``generate(seed, per_template)`` returns the same list
for the same arguments. Rows are ``(root, plover, sentence)`` like sentences.tsv.
"""

from __future__ import annotations

import random

STATES = [
    "France", "Germany", "Russia", "China", "the United States", "Iran", "Israel", "Turkey", "India",
    "Pakistan", "Brazil", "Nigeria", "Kenya", "Egypt", "Japan", "South Korea", "North Korea",
    "Ukraine", "Poland", "Mexico", "Colombia", "Venezuela", "Ethiopia", "Sudan", "Somalia",
    "Saudi Arabia", "Qatar", "Syria", "Iraq", "Afghanistan", "Indonesia", "the Philippines",
    "Vietnam", "Australia", "Canada", "Britain", "Italy", "Spain", "Greece", "Serbia", "Armenia",
    "Azerbaijan", "Georgia", "Belarus", "Algeria", "Morocco", "Mali", "Niger", "Chad", "Uganda",
    "Rwanda", "Congo", "South Africa", "Argentina", "Chile", "Peru", "Bolivia", "Cuba", "Haiti",
    "Lebanon", "Jordan", "Yemen", "Libya", "Tunisia", "Thailand", "Myanmar", "Bangladesh", "Sri Lanka",
]
CAPITALS = [
    "Paris", "Berlin", "Moscow", "Beijing", "Washington", "Tehran", "Ankara", "New Delhi", "Islamabad",
    "Nairobi", "Cairo", "Tokyo", "Seoul", "Kyiv", "Warsaw", "Bogota", "Caracas", "Addis Ababa",
    "Khartoum", "Riyadh", "Doha", "Damascus", "Baghdad", "Kabul", "Jakarta", "Manila", "Hanoi",
    "Canberra", "Ottawa", "London", "Rome", "Madrid", "Athens", "Belgrade", "Yerevan", "Baku",
    "Algiers", "Rabat", "Bamako", "Kampala", "Kinshasa", "Pretoria", "Buenos Aires", "Lima", "Havana",
    "Beirut", "Amman", "Tripoli", "Tunis", "Bangkok", "Dhaka", "Abuja",
]
ADJ = [
    "French", "German", "Russian", "Chinese", "American", "Iranian", "Israeli", "Turkish", "Indian",
    "Pakistani", "Brazilian", "Nigerian", "Kenyan", "Egyptian", "Japanese", "Ukrainian", "Polish",
    "Mexican", "Colombian", "Ethiopian", "Sudanese", "Somali", "Saudi", "Syrian", "Iraqi", "Afghan",
    "Indonesian", "Philippine", "Australian", "Canadian", "British", "Italian", "Greek", "Serbian",
    "Armenian", "Malian", "Ugandan", "Congolese", "Lebanese", "Yemeni", "Libyan", "Thai", "Burmese",
]
LEADER_TITLES = ["president", "prime minister", "foreign minister", "defence minister", "interior minister",
                 "king", "chancellor", "opposition leader", "army chief", "envoy", "ambassador"]
NAMES = ["Ahmed", "Okafor", "Petrov", "Silva", "Nguyen", "Haddad", "Kowalski", "Mwangi", "Tanaka",
         "Moreno", "Schmidt", "Rahman", "Lindqvist", "Osei", "Karimi", "Dubois", "Costa", "Yilmaz"]
GROUPS = [
    "rebels", "insurgents", "militants", "separatists", "Islamist fighters", "armed men", "gunmen",
    "the militia", "guerrillas", "jihadists", "tribal fighters", "the armed group",
]
NAMED_GROUPS = ["Hamas", "Hezbollah", "the Taliban", "al-Shabaab", "Boko Haram", "the Houthis",
                "the Islamic State group", "the M23 rebels", "the ELN", "the PKK"]
FORCES = ["troops", "soldiers", "the army", "the military", "security forces", "police", "the navy",
          "the air force", "paramilitary forces", "special forces", "border guards", "riot police"]
CIVIL = ["protesters", "students", "workers", "farmers", "activists", "opposition supporters",
         "teachers", "doctors", "residents", "lawyers", "trade unionists", "women's groups"]
IGOS = ["the United Nations", "the European Union", "NATO", "the African Union", "the Arab League",
        "the UN Security Council", "ASEAN", "the IMF", "the World Bank", "ECOWAS", "the OSCE"]
NGOS = ["Amnesty International", "Human Rights Watch", "the Red Cross", "Doctors Without Borders",
        "Oxfam", "Save the Children", "the Norwegian Refugee Council", "Reporters Without Borders"]
PLACES = ["the capital", "the northern province", "the border town", "the port city", "the eastern region",
          "the refugee camp", "the disputed district", "the southern city", "the mountain villages", "the market town"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
        "last week", "overnight", "this week", "earlier this month", "late on Sunday", ""]
COMPANIES = ["the company", "the group", "the carmaker", "the bank", "the miner", "the retailer",
             "the airline", "the chipmaker", "the brewer", "the insurer", "the utility", "the oil major"]


def _state(r: random.Random) -> str:
    return r.choice(STATES)


def _gov(r: random.Random) -> str:
    return r.choice([
        _state(r), f"the {r.choice(ADJ)} government", r.choice(CAPITALS),
        f"the {r.choice(ADJ)} {r.choice(LEADER_TITLES)}", f"{r.choice(ADJ)} {r.choice(LEADER_TITLES)} {r.choice(NAMES)}",
        f"{_state(r)}'s {r.choice(LEADER_TITLES)}",
    ])


def _any_actor(r: random.Random) -> str:
    return r.choice([_gov(r), _gov(r), r.choice(IGOS), r.choice(NGOS), r.choice(NAMED_GROUPS),
                     f"{r.choice(ADJ)} {r.choice(GROUPS)}", f"{r.choice(ADJ)} {r.choice(FORCES)}"])


def _armed(r: random.Random) -> str:
    return r.choice([f"{r.choice(ADJ)} {r.choice(FORCES)}", r.choice(NAMED_GROUPS), r.choice(GROUPS).capitalize(),
                     f"{r.choice(ADJ)} {r.choice(GROUPS)}", f"the {r.choice(ADJ)} army"])


def _civil(r: random.Random) -> str:
    return r.choice([f"{r.choice(ADJ)} {r.choice(CIVIL)}", r.choice(CIVIL).capitalize(),
                     f"Thousands of {r.choice(CIVIL)}", f"Hundreds of {r.choice(CIVIL)}"])


SLOTS = {
    "A": _any_actor, "G": _gov, "S": _state, "M": _armed, "C": _civil,
    "I": lambda r: r.choice(IGOS), "O": lambda r: r.choice(NGOS), "P": lambda r: r.choice(PLACES),
    "T": lambda r: r.choice(CAPITALS), "D": lambda r: r.choice(DAYS), "X": lambda r: r.choice(COMPANIES),
    "N": lambda r: str(r.choice([2, 3, 4, 5, 7, 9, 12, 15, 20, 27, 35, 40, 60, 100])),
    "B": _gov,
}

# (root, plover, template). {A} any actor, {G}/{B} governments or leaders, {S} a state, {M} armed
# actors, {C} civilians, {I} an IGO, {O} an NGO, {P} a place, {T} a capital, {D} a time phrase,
# {N} a number, {X} a company.
TEMPLATES: list[tuple[str, str, str]] = [
    ("01", "-", "{G} said {D} that the situation in {P} was under control."),
    ("01", "-", "{G} told reporters {D} that talks would continue."),
    ("01", "-", "Speaking {D}, {G} said the country would not change course."),
    ("01", "-", "{G} said in a statement that {B} remained an important partner."),
    ("01", "-", "A spokesman for {A} declined to comment {D}."),
    ("01", "-", "{G} said the decision would be announced after consultations."),
    ("01", "-", "{G} said {D} it was studying the report."),
    ("01", "SUPPORT", "{G} expressed condolences to {B} after the deadly floods."),
    ("01", "CONCEDE", "{M} claimed responsibility for the attack in {P}."),
    ("01", "REJECT", "{G} denied that its forces had entered {P}."),
    ("02", "REQUEST", "{I} called on {G} to end the violence in {P}."),
    ("02", "REQUEST", "{G} urged {B} to show restraint."),
    ("02", "REQUEST", "{G} appealed for international aid {D} after the earthquake."),
    ("02", "REQUEST", "{O} urged {G} to free the detained activists."),
    ("02", "REQUEST", "{G} asked {B} to extradite the suspects."),
    ("02", "REQUEST", "{A} called for talks to end the conflict."),
    ("02", "REQUEST", "{G} has asked {I} for help in rebuilding {P}."),
    ("02", "REQUEST", "{C} called on the government to act."),
    ("03", "AGREE", "{G} pledged to support {B} in its reconstruction."),
    ("03", "AGREE", "{G} promised to hold free elections next year."),
    ("03", "AGREE", "{G} offered to mediate between {B} and {A}."),
    ("03", "AGREE", "{G} said it was ready to negotiate with {M}."),
    ("03", "AGREE", "{G} vowed to cooperate with {B} on security."),
    ("03", "AGREE", "{G} will provide funds for the project, {B} said {D}."),
    ("04", "CONSULT", "{G} met {B} in {T} {D}."),
    ("04", "CONSULT", "{G} held talks with {B} on trade and security."),
    ("04", "CONSULT", "{G} arrived in {T} {D} for an official visit."),
    ("04", "CONSULT", "{G} spoke by telephone with {B} {D}."),
    ("04", "CONSULT", "{G} will visit {T} next month."),
    ("04", "CONSULT", "Delegations from {S} and {S} met in {T} to discuss the dispute."),
    ("04", "CONSULT", "{G} hosted {B} for talks {D}."),
    ("04", "CONSULT", "{G} and {B} discussed the crisis during a meeting in {T}."),
    ("05", "AGREE", "{G} and {B} signed an agreement on defence cooperation {D}."),
    ("05", "SUPPORT", "{G} praised {B} for its role in the peace process."),
    ("05", "SUPPORT", "{G} welcomed the decision by {B} to release the prisoners."),
    ("05", "AGREE", "{G} and {B} agreed to restore diplomatic relations."),
    ("05", "SUPPORT", "{G} expressed support for {B}'s bid to join the bloc."),
    ("05", "AGREE", "{M} and the government reached a ceasefire agreement {D}."),
    ("06", "COOPERATE", "{S} and {S} held joint military exercises {D}."),
    ("06", "COOPERATE", "{G} handed the suspect over to {B}."),
    ("06", "COOPERATE", "{S} and {S} exchanged prisoners {D}."),
    ("06", "COOPERATE", "{ADJ} and {ADJ} forces carried out a joint operation in {P}."),
    ("07", "AID", "{G} sent humanitarian aid to {B} {D}."),
    ("07", "AID", "{O} delivered food and medicine to families in {P}."),
    ("07", "AID", "{I} approved a loan of {N} million dollars for {S}."),
    ("07", "AID", "{G} provided weapons and ammunition to {B}."),
    ("07", "AID", "{G} granted asylum to {N} refugees from {S}."),
    ("07", "AID", "Aid from {I} reached {P} {D}."),
    ("08", "CONCEDE", "{G} released {N} prisoners {D}."),
    ("08", "RETREAT", "{M} withdrew from {P} {D}."),
    ("08", "CONCEDE", "{G} lifted the state of emergency in {P}."),
    ("08", "CONCEDE", "{G} resigned {D} amid mounting pressure."),
    ("08", "CONCEDE", "{M} freed {N} hostages {D}."),
    ("08", "RETREAT", "{M} pulled back from the front line near {P}."),
    ("08", "CONCEDE", "{G} eased restrictions on travel to {P}."),
    ("09", "ACCUSE", "{G} opened an investigation into the killings in {P}."),
    ("09", "ACCUSE", "{I} launched an inquiry into abuses by {M}."),
    ("09", "ACCUSE", "Prosecutors in {T} are investigating {G}."),
    ("10", "REQUEST", "{G} demanded that {B} withdraw its troops from {P}."),
    ("10", "REQUEST", "{C} demanded the resignation of the government."),
    ("10", "REQUEST", "{G} demanded the release of its citizens held in {T}."),
    ("10", "REQUEST", "{M} demanded a ransom for the kidnapped workers."),
    ("11", "ACCUSE", "{G} accused {B} of backing {M}."),
    ("11", "ACCUSE", "{O} condemned the killing of civilians in {P}."),
    ("11", "ACCUSE", "{G} criticised {B} over its treatment of minorities."),
    ("11", "ACCUSE", "{G} blamed {M} for the attack in {P}."),
    ("11", "ACCUSE", "{G} denounced the sanctions imposed by {B}."),
    ("11", "ACCUSE", "{I} condemned the coup in {T}."),
    ("12", "REJECT", "{G} rejected the peace plan proposed by {B}."),
    ("12", "REJECT", "{G} refused to meet {B}."),
    ("12", "REJECT", "{M} rejected the government's offer of talks {D}."),
    ("12", "REJECT", "{G} dismissed the accusations by {B} as baseless."),
    ("12", "REJECT", "{G} refused to hand over the suspects to {B}."),
    ("13", "THREATEN", "{G} threatened to impose sanctions on {B}."),
    ("13", "THREATEN", "{G} warned {B} against any military action in {P}."),
    ("13", "THREATEN", "{M} threatened to attack {P} unless the army withdrew."),
    ("13", "THREATEN", "{C} threatened to strike if their demands were not met."),
    ("13", "THREATEN", "{G} threatened to expel the {ADJ} ambassador."),
    ("14", "PROTEST", "{C} protested in {T} {D} against the new law."),
    ("14", "PROTEST", "{C} marched through {T} demanding reforms."),
    ("14", "PROTEST", "{C} went on strike {D} over pay."),
    ("14", "PROTEST", "{C} staged a sit-in outside parliament in {T}."),
    ("14", "PROTEST", "{C} rallied in {T} to denounce the election results."),
    ("14", "PROTEST", "{C} blocked roads in {P} in protest at fuel prices."),
    ("15", "MOBILIZE", "{G} deployed troops to {P} {D}."),
    ("15", "MOBILIZE", "{S} massed tanks near the border with {S}."),
    ("15", "MOBILIZE", "The {ADJ} army was placed on high alert {D}."),
    ("15", "MOBILIZE", "{S} sent warships to waters near {P}."),
    ("15", "MOBILIZE", "{S} held military drills near {P}."),
    ("16", "SANCTION", "{G} imposed sanctions on {B} {D}."),
    ("16", "SANCTION", "{G} expelled {N} {ADJ} diplomats."),
    ("16", "SANCTION", "{G} recalled its ambassador from {T}."),
    ("16", "SANCTION", "{G} cut diplomatic ties with {B}."),
    ("16", "SANCTION", "{I} suspended {S} from the organisation."),
    ("16", "SANCTION", "{G} froze aid to {B} over the crackdown."),
    ("17", "COERCE", "{ADJ} police arrested {N} protesters in {T} {D}."),
    ("17", "COERCE", "Security forces detained the opposition leader in {T}."),
    ("17", "COERCE", "{G} imposed a curfew in {P}."),
    ("17", "COERCE", "Police fired tear gas to disperse {C} in {T}."),
    ("17", "COERCE", "Authorities in {T} shut down {N} newspapers."),
    ("17", "COERCE", "{G} banned the opposition party {D}."),
    ("17", "COERCE", "{N} activists were arrested by police in {T}."),
    ("18", "ASSAULT", "{M} kidnapped {N} people in {P} {D}."),
    ("18", "ASSAULT", "A suicide bomber killed {N} people in {P}."),
    ("18", "ASSAULT", "Gunmen attacked a police post in {P}, killing {N} officers."),
    ("18", "ASSAULT", "A bomb exploded near a market in {P}, killing {N}."),
    ("18", "ASSAULT", "{M} ambushed a military convoy near {P}."),
    ("18", "ASSAULT", "Unidentified gunmen shot dead a local official in {P}."),
    ("19", "ASSAULT", "{M} shelled {P} {D}, killing {N} civilians."),
    ("19", "ASSAULT", "{ADJ} warplanes bombed targets in {P}."),
    ("19", "ASSAULT", "{M} clashed with {M} near {P}."),
    ("19", "ASSAULT", "{M} launched an offensive to retake {P}."),
    ("19", "ASSAULT", "{N} soldiers were killed in fighting with {M} in {P}."),
    ("19", "ASSAULT", "Air strikes by {ADJ} jets killed {N} fighters in {P}."),
    ("19", "ASSAULT", "{M} captured {P} after days of heavy fighting."),
    ("20", "ASSAULT", "{M} massacred {N} villagers in {P}, witnesses said."),
    ("20", "ASSAULT", "{M} used chemical weapons against civilians in {P}."),
    ("20", "ASSAULT", "{M} carried out mass killings of civilians in {P}."),
    ("NONE", "NONE", "Shares of {X} rose {N} percent {D} after strong results."),
    ("NONE", "NONE", "{X} said net profit rose {N} percent in the quarter."),
    ("NONE", "NONE", "{X} agreed to buy a rival firm for {N} billion dollars."),
    ("NONE", "NONE", "{X} reported a loss of {N} million dollars for the year."),
    ("NONE", "NONE", "{X} will cut {N} hundred jobs as demand weakens."),
    ("NONE", "NONE", "Oil prices fell {N} percent {D} on rising supplies."),
    ("NONE", "NONE", "Wheat prices rose {D} on worries about the harvest in {S}."),
    ("NONE", "NONE", "Heavy rain and strong winds are forecast for {T} {D}."),
    ("NONE", "NONE", "{S} beat {S} {N}-1 in the qualifying match {D}."),
    ("NONE", "NONE", "Exports of coffee from {S} rose {N} percent last year."),
    ("NONE", "NONE", "{X} signed a supply deal with a {ADJ} firm."),
    ("NONE", "NONE", "The central bank of {S} kept interest rates on hold {D}."),
    ("NONE", "NONE", "{X} raised its full-year forecast {D}."),
    ("NONE", "NONE", "Inflation in {S} eased to {N} percent in May."),
]


def _fill(template: str, r: random.Random) -> str:
    out, i = [], 0
    while i < len(template):
        j = template.find("{", i)
        if j < 0:
            out.append(template[i:])
            break
        k = template.index("}", j)
        out.append(template[i:j])
        key = template[j + 1:k]
        out.append(r.choice(ADJ) if key == "ADJ" else SLOTS[key](r))
        i = k + 1
    text = " ".join("".join(out).split()).replace(" ,", ",").replace(" .", ".")
    return text[0].upper() + text[1:]


def generate(seed: int = 4, per_template: int = 20) -> list[tuple[str, str, str]]:
    """``per_template`` filled sentences for every template, the same for the same seed."""
    r = random.Random(seed)
    rows = []
    for root, plover, template in TEMPLATES:
        for _ in range(per_template):
            rows.append((root, plover, _fill(template, r)))
    return rows
