"""Language analysis: the English spaCy pipeline, batched with ``nlp.pipe``."""

from dateline.nlp.analyse import analyse, analyse_with_titles, load_language, model_name

__all__ = ["analyse", "analyse_with_titles", "load_language", "model_name"]
