"""The embedding event classifier on its own (no lexicon, no parse), on event gold files (issue #4).

    python benchmarks/embed_classifier_dev.py GOLD... [--limit N]

Each gold text is embedded whole (cameo_class and PETR-2 texts are single sentences) and gets the
classifier's most probable CAMEO root other than NONE (the classifier always answers, like the
"classifier alone" figures of the parse-feature classifier in docs/benchmarks.md). Scored as
``dateline eval events`` scores them: five-class accuracy on cameo_class; root accuracy on PETR-2
sentences with gold events (right when the root is one of the sentence's gold roots); PLOVER type
accuracy on NGEC. Needs ``pip install dateline[embeddings]``. Only measures: nothing is trained here.
"""

from __future__ import annotations

import argparse
import json

from dateline.evaluate.events_gold import detect_format, five_class, read_gold
from dateline.events.embed_classifier import load_embed_classifier


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    model = load_embed_classifier()
    out = {}
    for path in args.gold:
        fmt = detect_format(path)
        items = [it for it in read_gold(path, fmt)][: args.limit]
        if fmt == "petr":
            items = [it for it in items if it.labels]
        preds = model.predict_texts([it.text for it in items])
        right = 0
        for it, p in zip(items, preds):
            if fmt == "ngec":
                label = max((t for t in p.plover_probs if t != "NONE"), key=p.plover_probs.__getitem__)
            else:
                root = max((r for r in p.root_probs if r != "NONE"), key=p.root_probs.__getitem__)
                label = five_class(root) if fmt == "cameo_class" else root
            right += label in it.labels
        out[path.rsplit("/", 1)[-1]] = {"format": fmt, "items": len(items), "accuracy": round(right / len(items), 4)}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
