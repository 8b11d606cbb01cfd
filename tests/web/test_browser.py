"""The main flows, as an analyst would click them, in headless Chromium."""

from __future__ import annotations

import pytest
from web_helpers import shot, wait_hash, wait_view

pytestmark = pytest.mark.browser


def test_search_then_open_event_shows_highlighted_evidence(page):
    page.goto(page.base + "/#/")
    wait_view(page, "search")
    page.fill("#f-q", "nightclub")
    page.click("#search-button")
    wait_hash(page, "q=nightclub")
    wait_view(page, "search")
    rows = page.locator("#event-table tbody tr")
    assert rows.count() == 2
    page.click("tr[data-event='ev-attack'] a.event-link")
    wait_view(page, "event")
    evidence = page.locator("#evidence")
    assert evidence.inner_text().startswith("A gunman killed 39 people")
    marks = {m.get_attribute("data-role"): m.inner_text() for m in evidence.locator("mark").all()}
    assert marks == {"source": "Daesh", "target": "people", "trigger": "killed", "time": "New Year's Day",
                     "place": "Istanbul"}
    mentions = page.locator("#mentions a.mention-link")
    assert mentions.count() == 2
    assert page.locator("#mentions .mark.trigger").all_inner_texts() == ["killed", "attack"]
    shot(page, "event-evidence")
    mentions.first.click()
    wait_view(page, "article")
    assert page.locator("#article-title").inner_text() == "Turkey and US agree"


def test_filter_by_country_changes_map_and_timeline(page):
    page.goto(page.base + "/#/?stack=quad_class")
    wait_view(page, "search")
    assert page.locator("#map-chart circle.dot").count() == 3
    total_before = page.locator("#timeline-chart").get_attribute("data-total")
    viewbox_before = page.locator("#map-chart svg").get_attribute("viewBox")
    assert total_before == "4"
    shot(page, "search-all")
    page.fill("#f-country", "FRA")
    page.click("#search-button")
    wait_hash(page, "country=FRA")
    wait_view(page, "search")
    dots = page.locator("#map-chart circle.dot")
    assert dots.count() == 1 and dots.first.get_attribute("data-country") == "FRA"
    assert page.locator("#map-chart svg").get_attribute("viewBox") != viewbox_before  # zoomed to France
    assert page.locator("#timeline-chart").get_attribute("data-total") == "1"
    assert page.locator("#timeline-chart rect.bar").count() == 1
    assert page.locator("#timeline-chart rect.bar").first.get_attribute("data-group") == "3"  # verbal conflict
    assert page.locator("#summary").inner_text() == "1 dated event(s) match"
    shot(page, "search-country-FRA")


def test_open_actor_shows_its_network(page):
    page.goto(page.base + "/#/?actor=TURGOV")
    wait_view(page, "search")
    page.locator("a.actor", has_text="Recep Tayyip Erdogan").first.click()
    wait_view(page, "actor")
    assert page.locator("#actor-title").inner_text() == "TURGOV"
    network = page.locator("#network-chart")
    assert network.get_attribute("data-nodes") == "2"
    assert page.locator("#network-chart g.node.focus").get_attribute("data-code") == "TURGOV"
    edge = page.locator("#network-chart line.edge")
    assert edge.count() == 1 and edge.first.get_attribute("data-target") == "USAGOV"
    assert page.locator("#results tbody tr").count() == 2
    shot(page, "actor-network")
    page.locator("#network-chart g.node[data-code='USAGOV']").click()
    wait_view(page, "actor")
    page.wait_for_selector("#actor-title:text-is('USAGOV')", timeout=10_000)


def test_script_in_article_is_shown_as_text(page):
    page.goto(page.base + "/#/article/a3")
    wait_view(page, "article")
    text = page.locator("#article-text").inner_text()
    assert '<script>alert("x")</script>' in text
    assert page.locator("#view script").count() == 0
    page.goto(page.base + "/#/event/ev-protest")
    wait_view(page, "event")
    assert "<script>" in page.locator("#evidence").inner_text()
    shot(page, "script-as-text")


def test_errors_are_shown_with_their_code(page):
    page.goto(page.base + "/#/event/no-such-event")
    wait_view(page, "event")
    assert page.locator(".error").inner_text().startswith("E205")
    page.goto(page.base + "/#/?q=%22")
    wait_view(page, "search")
    assert "E207" in page.locator(".error").first.inner_text()
