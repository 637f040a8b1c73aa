"""A syndication corpus: real article texts and the copies other outlets make of them."""

from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("AGGREGATOR_SHARED_DATA", REPO.parent / "shared" / "data"))

BOILERPLATE = (
    "Sign up for our daily newsletter to get the latest news delivered to your inbox.",
    "Share this article: Facebook Twitter WhatsApp Email",
    "Advertisement",
    "Follow us on social media for breaking news updates and more stories like this one.",
    "Post a Comment",
    "0 Comments",
    "Related: more stories from our newsroom, updated every hour.",
)
COMMENTARY = (
    "Our take: this is a development worth watching closely as the situation unfolds, and "
    "readers have asked us to explain what it means for them. We will keep this page updated.",
    "Why it matters: the decision could shape what happens over the coming months, according "
    "to people following the matter, though much remains uncertain for now.",
    "Editor's note: we are republishing this report because many of you asked about it in "
    "the comments last week. Let us know what you think below.",
)
CREDITS = (
    "This article originally appeared on {outlet}.",
    "(Courtesy: {outlet})",
    "Image Credit: Google, {outlet}",
    "Source: {outlet}",
)
#: Copy kinds: what each does to the original text.
#: "identical": the same text, nothing added (a mirror): the exact-text-hash baseline's case.
KINDS = ("identical", "trunc60", "headline", "added", "trunc60+added+headline")


@dataclass(frozen=True)
class Doc:
    """One article of the corpus; ``story`` is the original's number."""

    url: str
    source: str
    text: str
    story: int
    kind: str
    published: str
    title: str


def originals(min_words: int = 120) -> list[str]:
    texts = []
    for name in ("aeb", "fundus"):
        truth = json.loads((SHARED / "extraction" / name / "ground-truth.json").read_text("utf-8"))
        texts += [v["articleBody"] for v in truth.values()]
    return [t for t in texts if len(t.split()) >= min_words]


def corpus(seed: int = 5) -> list[Doc]:
    """Each original, and one copy of every kind of it on another outlet, shuffled."""
    rng = random.Random(seed)
    docs = []
    for story, text in enumerate(originals()):
        outlet = f"origin{story}.example"
        title = " ".join(text.split()[:8])
        docs.append(
            Doc(
                f"https://{outlet}/news/{story}",
                outlet,
                text,
                story,
                "original",
                f"2024-05-01T{story % 10:02d}:00:00+00:00",
                title,
            )
        )
        for n, kind in enumerate(KINDS, 1):
            copy, copy_title = make_copy(text, title, kind, outlet, rng)
            docs.append(
                Doc(
                    f"https://copy{n}.example/{story}-{kind}",
                    f"copy{n}.example",
                    copy,
                    story,
                    kind,
                    f"2024-05-01T{story % 10 + n:02d}:30:00+00:00",
                    copy_title,
                )
            )
    rng.shuffle(docs)
    return docs


def make_copy(text: str, title: str, kind: str, outlet: str, rng: random.Random) -> tuple[str, str]:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if kind == "identical":
        return text, title
    if "trunc60" in kind:
        words = text.split()
        paragraphs = [" ".join(words[: int(len(words) * 0.6)])]
    if "added" in kind:
        paragraphs.insert(0, rng.choice(COMMENTARY))
        paragraphs.insert(len(paragraphs) // 2 + 1, rng.choice(COMMENTARY))
    if "headline" in kind:
        title = "WATCH: " + " ".join(reversed(title.split()))
        paragraphs.insert(0, title)
    head = rng.sample(BOILERPLATE, 2)
    tail = rng.sample(BOILERPLATE, 3)
    credit = rng.choice(CREDITS).format(outlet=outlet)
    return "\n".join([*head, *paragraphs, credit, *tail]), title


def true_pairs(docs: list[Doc]) -> set[tuple[str, str]]:
    return {pair(a.url, b.url) for a in docs for b in docs if a.story == b.story and a != b}


def pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def hard_negatives(texts: list[str]) -> list[tuple[int, int]]:
    """Each original with its most similar other original (shared vocabulary): distinct
    stories on the nearest topic the corpus holds."""
    vocab = [{w.lower() for w in t.split() if len(w) > 3} for t in texts]
    result = []
    for i, words in enumerate(vocab):
        scores = [
            (len(words & v) / max(1, len(words | v)), j) for j, v in enumerate(vocab) if j != i
        ]
        result.append((i, max(scores)[1]))
    return result
