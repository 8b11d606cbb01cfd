"""ner-extent14 (#3): the cameo_ner scorer's noun-phrase extents (quantity heads, hyphenated participle
compounds, closing brackets) and the words it re-joins before parsing gold tokens (thousands groups,
possessive "’ s", abbreviations' full stops). Sentences written here; every assertion failed on main."""

from __future__ import annotations

from bisect import bisect_right

import pytest


def extent(nlp, text: str, mention: str) -> str:
    """The noun phrase the scorer grows the first occurrence of ``mention`` (whole tokens) to."""
    from spacy.tokens import Doc

    from dateline.evaluate.actors import phrase_extent, rejoin_tokens

    tokens, want = text.split(), mention.split()
    first = next(i for i in range(len(tokens)) if tokens[i:i + len(want)] == want)
    words, firsts = rejoin_tokens(tokens)
    doc = nlp(Doc(nlp.vocab, words=words))
    a, b = phrase_extent(doc, bisect_right(firsts, first) - 1, bisect_right(firsts, first + len(want) - 1))
    return " ".join(tokens[firsts[a]:firsts[b]])


@pytest.mark.parametrize("text, mention, phrase", [
    # quantity heads through "of"
    ("Police detained hundreds of striking miners on Monday .", "miners", "hundreds of striking miners"),
    ("Gunmen freed two of the dozens of foreign hostages on Friday .", "foreign hostages",
     "two of the dozens of foreign hostages"),
    ("The army withdrew some of its soldiers from the border .", "soldiers", "some of its soldiers"),
    # hyphenated participle compounds: the first part grows to the noun they modify
    ("Jets bombed the militia - held town of Karta on Sunday .", "militia", "the militia - held town of Karta"),
    # a phrase that opens a bracket closes it
    ("The government warned the Northern Defence Force ( NDF ) that it would act .", "Northern Defence Force",
     "the Northern Defence Force ( NDF )"),
    # thousands groups the gold tokenizer split
    ("Officials said 1 , 200 migrants reached the island on Sunday .", "migrants", "1 , 200 migrants"),
    ("Around 4 , 000 Islamic State fighters attacked the town .", "Islamic State fighters",
     "Around 4 , 000 Islamic State fighters"),
    # possessives written with a separate curly apostrophe
    ("Kenya ’ s Prime Minister John Otieno met the envoy .", "Prime Minister John Otieno",
     "Kenya ’ s Prime Minister John Otieno"),
    ("Protesters attacked Peru ’ s Supreme Court on Monday .", "Supreme Court", "Peru ’ s Supreme Court"),
    ("The envoy met Kenya ’ s foreign minister on Monday .", "Kenya", "Kenya ’ s foreign minister"),
    # an abbreviation's or initial's full stop is no sentence end
    ("Police arrested Mr . Karimov on Tuesday .", "Karimov", "Mr . Karimov"),
    ("The rebels released British Consul Peter J . Walsh on Sunday .", "Walsh", "British Consul Peter J . Walsh"),
])
def test_phrase_extents(nlp, text, mention, phrase):
    assert extent(nlp, text, mention) == phrase


@pytest.mark.parametrize("text, mention, phrase", [
    ("Police detained the leaders of striking miners .", "miners", "striking miners"),  # "leaders": no quantity
    ("On May 5 , 300 villagers fled the town .", "villagers", "300 villagers"),  # a date, not "5,300"
    ("Washington cut tariffs on $ 120 billion of Chinese exports .", "Chinese", "Chinese exports"),  # money
])
def test_extents_that_do_not_grow(nlp, text, mention, phrase):
    assert extent(nlp, text, mention) == phrase


def test_rejoined_words():
    from dateline.evaluate.actors import rejoin_tokens

    words, firsts = rejoin_tokens("Mr . Ali met 1 , 250 , 000 voters in Japan ’ s north .".split())
    assert words == ["Mr.", "Ali", "met", "1,250,000", "voters", "in", "Japan", "’s", "north", "."]
    assert firsts == [0, 2, 3, 4, 9, 10, 11, 12, 14, 15, 16]
    # a sentence's own full stop and an apostrophe that is no possessive stay apart
    assert rejoin_tokens("the rebels ' leader met Ali .".split())[0] == "the rebels ' leader met Ali .".split()


def test_possessive_s_is_no_part_of_a_nominal_mention(pipeline):
    """Product side: with the apostrophe and "s" spaced apart the parser reads "s" as a compound of
    "government"; the nominal mention no longer starts at "s"."""
    from dateline.model import Article

    text = "Japan ’ s government criticized China on Monday ."
    [annotated] = pipeline.annotate([Article(doc_id="t", date="2019-01-01", text=text)])
    assert "government" in [text[m.start:m.end] for m in annotated.actors]
    assert not any(text[m.start:m.end].startswith("s ") for m in annotated.actors)


def _mentions(pipeline, text: str) -> list[str]:
    from dateline.model import Article

    [annotated] = pipeline.annotate([Article(doc_id="t", date="2019-01-01", text=text)])
    return [text[m.start:m.end] for m in annotated.actors]


def test_an_acronym_after_the_of_part_of_a_longer_name_is_not_the_country_s(pipeline):
    """Product side: "(CBN)" names "the Central Bank of Nigeria", not the country mention "Nigeria"."""
    found = _mentions(pipeline, "The Central Bank of Nigeria (CBN) fined five banks on Monday.")
    assert "Nigeria" in found and "Nigeria (CBN)" not in found
    found = _mentions(pipeline, "The court lifted the ban on the Students Islamic Movement of India (SIMI).")
    assert "India" in found and "India (SIMI)" not in found


def test_an_acronym_right_after_its_own_name_still_joins_it(pipeline):
    found = _mentions(pipeline, "Police raided the African National Congress (ANC).")
    assert "African National Congress (ANC)" in found
    found = _mentions(pipeline, "Police arrested members of the Oromo Liberation Front (OLF).")
    assert "Oromo Liberation Front (OLF)" in found


def test_a_letter_split_out_of_a_word_is_joined_and_the_pipeline_reads_the_joined_text():
    # session 14: "Pe ñ a Nieto" is one name in the news text; gold token starts map into the joined text
    from dateline.evaluate.actors import _rejoined_offsets, rejoin_tokens

    tokens = "President Enrique Pe ñ a Nieto met P é rez in Japan ’ s capital .".split()
    words, firsts = rejoin_tokens(tokens)
    assert words[2] == "Peña" and words[5] == "Pérez" and words[8] == "’s"
    text, starts = _rejoined_offsets(tokens, firsts)
    assert text == "President Enrique Peña Nieto met Pérez in Japan ’s capital ."
    assert [text[starts[i]:starts[i] + len(t)] for i, t in enumerate(tokens)] == tokens
