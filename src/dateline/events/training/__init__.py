"""Training data of the event classifier: hand-written sentences (sentences.tsv) and a seeded
template generator (generate.py). Read by ``python -m dateline.events.train_classifier``."""
