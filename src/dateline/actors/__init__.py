"""Actors: who is named, resolved to codes that hold on the article's date.

Entry points: ``load_knowledge_base`` (shipped data + user files), ``add_entity_fixer`` (a spaCy
component that corrects entity labels from the knowledge base), ``resolve_actors`` (the stage);
``lookup_actor`` / ``list_actors`` (ask the KB, with reasons) and ``import_petrarch`` (PETRARCH/TABARI
dictionaries to a user dictionary).
"""

from dateline.actors.kb import KnowledgeBase, load_knowledge_base
from dateline.actors.resolve import add_entity_fixer, resolve_actors
from dateline.actors.explain import list_actors, lookup_actor
from dateline.actors.petrarch import import_petrarch, write_user_dictionary

__all__ = ["KnowledgeBase", "load_knowledge_base", "add_entity_fixer", "resolve_actors"]
__all__ += ["lookup_actor", "list_actors", "import_petrarch", "write_user_dictionary"]
