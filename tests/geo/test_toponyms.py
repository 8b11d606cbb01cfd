from dateline.geo.metonymy import metonymic_offsets


def by_text(places, text):
    return [m for m in places if m.text == text]


def test_paris_alone_is_france_and_paris_texas_is_texas(geoparse):
    _, _, places = geoparse("Thousands marched in Paris on Saturday against the pension reform.")
    assert by_text(places, "Paris")[0].place.country == "FRA"
    _, _, places = geoparse("A tornado damaged homes in Paris, Texas, late on Tuesday.")
    paris = by_text(places, "Paris")[0].place
    assert paris.country == "USA" and paris.admin1 == "TX"


def test_tripoli_follows_the_documents_country(geoparse):
    _, _, places = geoparse("Fighting broke out in Tripoli on Monday, Libyan officials said. The UN envoy to Libya urged calm.")
    assert by_text(places, "Tripoli")[0].place.country == "LBY"
    text = ("Clashes erupted in Tripoli on Monday between rival gunmen. Lebanon's army deployed in the northern "
            "city, and Lebanon's prime minister called for calm in Beirut.")
    _, _, places = geoparse(text)
    assert by_text(places, "Tripoli")[0].place.country == "LBN"


def test_dateline_sets_the_focus(geoparse):
    _, place, places = geoparse("Gunmen attacked a checkpoint in Tripoli on Monday.", dateline="BEIRUT")
    assert place is not None and place.country == "LBN"
    assert by_text(places, "Tripoli")[0].place.country == "LBN"


def test_dateline_with_country_qualifier(geoparse):
    _, place, _ = geoparse("Officials met on Monday.", dateline="PARIS, Texas (Reuters)")
    assert place is not None and place.country == "USA"


def test_demonyms_are_not_places(geoparse):
    _, _, places = geoparse("Syrian and Turkish officials met with Iraqi delegates.")
    assert not places


def test_metonymic_capital_is_a_place_but_flagged(geoparse):
    doc, _, places = geoparse("Ankara believes the attacks were planned abroad, and relations with Washington are strained.")
    ankara, washington = by_text(places, "Ankara"), by_text(places, "Washington")
    assert ankara and washington
    flagged = metonymic_offsets(doc)
    assert (ankara[0].start, ankara[0].end) in flagged
    assert (washington[0].start, washington[0].end) in flagged


def test_locative_place_is_not_metonymic(geoparse):
    doc, _, places = geoparse("A bomb exploded in Ankara on Monday.")
    ankara = by_text(places, "Ankara")[0]
    assert (ankara.start, ankara.end) not in metonymic_offsets(doc)


def test_direction_word_is_dropped(geoparse):
    _, _, places = geoparse("Air strikes hit targets in northern Syria overnight.")
    syria = [m for m in places if m.place.country == "SYR"]
    assert syria and syria[0].text == "Syria"
