"""Reading the ECB+ corpus (CAT/CROMER XML) as articles plus gold event-mention clusters.

Text: each document's tokens joined by one space, sentences by a newline; ``sentence 0`` of the
``*ecbplus.xml`` documents is the source URL and is kept (it is text like any other, and is not an
annotated sentence). Gold event mentions: ``ACTION_*`` and ``NEG_*`` markables whose tokens lie in a
sentence listed in ``ECBplus_coreference_sentences.csv`` (the sentences the annotators covered fully).
Gold cluster: the ``CROSS_DOC_COREF`` instance id (``note``) of the mention; a mention only in an
``INTRA_DOC_COREF`` chain gets a per-document chain id; any other mention is a singleton.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

EVENT_TAGS = ("ACTION_", "NEG_")
# Topics of the public development folder; 36-45 are held back upstream.
DEV_TOPICS = tuple(range(1, 36))
_URL_DATE = re.compile(r"(?<!\d)(20\d\d|19\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass(frozen=True)
class GoldMention:
    doc_id: str
    start: int  # character offsets into the document text built here
    end: int
    sentence: int
    cluster: str
    text: str


@dataclass(frozen=True)
class GoldDocument:
    doc_id: str  # file stem, e.g. "1_10ecbplus"
    topic: int
    text: str
    mentions: tuple[GoldMention, ...]
    url_date: str | None  # YYYY-MM-DD found in an ecbplus document's source URL, if any


def annotated_sentences(folder: Path) -> dict[str, set[int]]:
    """``{doc stem: {sentence numbers}}`` from ECBplus_coreference_sentences.csv."""
    wanted: dict[str, set[int]] = {}
    with (folder / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            stem = f"{row['Topic'].strip()}_{row['File'].strip()}"
            wanted.setdefault(stem, set()).add(int(row["Sentence Number"]))
    return wanted


def read_document(path: Path, sentences: set[int]) -> GoldDocument:
    root = ET.parse(path).getroot()
    stem = path.stem
    offsets: dict[str, tuple[int, int, int]] = {}  # t_id -> (start, end, sentence)
    parts: list[str] = []
    position = 0
    current: int | None = None
    for token in root.iter("token"):
        sentence = int(token.get("sentence", "0"))
        word = token.text or ""
        if current is not None:
            sep = "\n" if sentence != current else " "
            parts.append(sep)
            position += 1
        current = sentence
        offsets[token.get("t_id", "")] = (position, position + len(word), sentence)
        parts.append(word)
        position += len(word)
    text = "".join(parts)
    markables = root.find("Markables")
    spans: dict[str, tuple[int, int, int]] = {}
    if markables is not None:
        for markable in markables:
            if not markable.tag.startswith(EVENT_TAGS):
                continue
            anchors = [offsets[a.get("t_id", "")] for a in markable.findall("token_anchor") if a.get("t_id") in offsets]
            if anchors:
                spans[markable.get("m_id", "")] = (min(a[0] for a in anchors), max(a[1] for a in anchors),
                                                    anchors[0][2])
    clusters: dict[str, str] = {}
    relations = root.find("Relations")
    if relations is not None:
        for relation in relations:
            if relation.tag == "CROSS_DOC_COREF":
                name = relation.get("note") or f"{stem}:cross:{relation.get('r_id')}"
            elif relation.tag == "INTRA_DOC_COREF":
                name = f"{stem}:intra:{relation.get('r_id')}"
            else:
                continue
            for source in relation.findall("source"):
                m_id = source.get("m_id", "")
                if relation.tag == "CROSS_DOC_COREF" or m_id not in clusters:
                    clusters[m_id] = name
    mentions = tuple(
        GoldMention(stem, start, end, sentence, clusters.get(m_id, f"{stem}:single:{m_id}"), text[start:end])
        for m_id, (start, end, sentence) in sorted(spans.items(), key=lambda item: item[1])
        if sentence in sentences
    )
    url_date = None
    if stem.endswith("ecbplus"):
        first_line = text.split("\n", 1)[0].replace(" ", "")
        match = _URL_DATE.search(first_line)
        if match:
            url_date = f"{match.group(1)}-{match.group(2)}-{match.group(3)}"
    return GoldDocument(stem, int(stem.split("_", 1)[0]), text, mentions, url_date)


def read_corpus(folder: str | Path, topics: tuple[int, ...] = DEV_TOPICS) -> list[GoldDocument]:
    """Every document of ``topics`` under ``folder/ECB+``, in (topic, file name) order."""
    folder = Path(folder)
    wanted = annotated_sentences(folder)
    documents = []
    for topic in topics:
        topic_dir = folder / "ECB+" / str(topic)
        if not topic_dir.is_dir():
            continue  # topics 15 and 17 do not exist
        for path in sorted(topic_dir.glob("*.xml"), key=_file_order):
            documents.append(read_document(path, wanted.get(path.stem, set())))
    return documents


def _file_order(path: Path) -> tuple[int, str]:
    number = re.match(r"\d+_(\d+)", path.stem)
    return (int(number.group(1)) if number else 0, path.stem)
