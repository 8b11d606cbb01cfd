"""The shipped data files load, are consistent and cover the coding schemes (no model needed)."""

from __future__ import annotations

import pytest

from dateline.events.codes import cameo_code, goldstein_table, quad_class
from dateline.events.lexicon import _pattern, load_lexicon
from dateline.model import PLOVER_TYPES


def test_every_plover_type_has_patterns():
    types = {p.plover for p in load_lexicon().patterns}
    assert types == set(PLOVER_TYPES)


def test_every_cameo_root_is_in_the_table():
    roots = {code[:2] for code in goldstein_table()}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


@pytest.mark.parametrize("root,quad", [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4), ("20", 4)])
def test_quad_class_follows_gdelt(root, quad):
    assert quad_class(root) == quad


def test_cameo_code_keeps_leading_zeros_and_weights():
    c = cameo_code("057")
    assert (c.code, c.root, c.quad_class, c.goldstein) == ("057", "05", 1, 8.0)
    assert cameo_code("195").goldstein == -10.0


def test_unknown_code_is_an_error():
    with pytest.raises(KeyError):
        cameo_code("999")


def test_boolean_preposition_from_yaml_is_rejected():
    with pytest.raises(ValueError, match="quote the preposition"):
        _pattern({"lemma": "call", "prep": True, "cameo": "020", "plover": "REQUEST"}, "verb")


def test_unknown_plover_type_is_rejected():
    with pytest.raises(ValueError, match="unknown PLOVER"):
        _pattern({"lemma": "x", "cameo": "020", "plover": "PRAISE"}, "verb")


def test_specific_patterns_come_first():
    lexicon = load_lexicon()
    sign = lexicon.index[("verb", "sign")]
    assert sign[0].objects or sign[0].prep
