"""Actors: who is named, resolved to codes that hold on the article's date.

Entry points: ``load_knowledge_base`` (shipped data + user files), ``add_entity_fixer`` (a spaCy
component that corrects entity labels from the knowledge base), ``resolve_actors`` (the stage).
"""

from dateline.actors.kb import KnowledgeBase, load_knowledge_base
from dateline.actors.resolve import add_entity_fixer, resolve_actors

__all__ = ["KnowledgeBase", "load_knowledge_base", "add_entity_fixer", "resolve_actors"]
