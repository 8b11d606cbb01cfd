"""Language analysis: the English spaCy pipeline, batched with ``nlp.pipe``."""

from dateline.nlp.analyse import analyse, load_language, model_name

__all__ = ["analyse", "load_language", "model_name"]
