"""Facts from the seed documents carry over; their sentences never do.

Every sentence of eight or more words in a seed must be absent from the built
site's text (whitespace and case normalised). A second, stricter check catches
light rewording: no run of twelve consecutive seed words appears either.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from contenttext import SITE, article, html_files, normalise, units

# The seed documents sit in shared/ beside the repository (CI lays a copy there too).
_ROOT = Path(__file__).resolve().parents[2]
SEEDS = next((p for p in (_ROOT.parent / "shared" / "seeds", Path("/work/shared/seeds")) if p.is_dir()),
             _ROOT.parent / "shared" / "seeds")
MIN_WORDS = 8
RUN = 12
TOKEN = re.compile(r"\w+", re.UNICODE)


def _seed_texts() -> dict[str, str]:
    if not SEEDS.is_dir():
        return {}
    return {p.name: p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))}


def seed_sentences(text: str) -> list[str]:
    out = []
    for line in re.split(r"\n\s*\n|\n(?=\s*[-•–*])", text):
        for s in re.split(r"(?<=[.!?])\s+", normalise(line)):
            s = s.strip(" -•–*\"'“”„").lower()
            if len(TOKEN.findall(s)) >= MIN_WORDS:
                out.append(s.rstrip(".!?:"))
    return out


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def site_text(site: Path = SITE) -> str:
    parts = []
    for f in html_files(site):
        art = article(f)
        if art is not None:
            parts.append(" \n ".join(units(art)))
    return normalise(" \n ".join(parts)).lower()


def shared_runs(seed: str, text: str, n: int = RUN) -> list[str]:
    seed_toks = tokens(seed)
    site_runs = {tuple(t) for t in _ngrams(tokens(text), n)}
    return [" ".join(g) for g in _ngrams(seed_toks, n) if tuple(g) in site_runs]


def _ngrams(toks: list[str], n: int):
    return (toks[i : i + n] for i in range(len(toks) - n + 1))


SEED_TEXTS = _seed_texts()
TEXT = site_text() if SITE.exists() else ""


def test_seeds_are_there():
    assert len(SEED_TEXTS) >= 5
    assert sum(len(seed_sentences(t)) for t in SEED_TEXTS.values()) > 100


def test_the_check_would_catch_a_copied_sentence():
    seed = "Tag et skærmdump eller billede med det samme – det er vigtigt at dokumentere chikanen."
    copied = "bla bla. tag et skærmdump eller billede med det samme – det er vigtigt at dokumentere chikanen. bla"
    assert any(s in normalise(copied).lower() for s in seed_sentences(seed))
    assert shared_runs(seed, copied)
    assert not shared_runs(seed, "Tag et skærmbillede nu. Det er vigtigt.")


@pytest.mark.parametrize("seed", sorted(SEED_TEXTS))
def test_no_seed_sentence_in_the_site(seed):
    assert TEXT, "site/ is not built"
    found = [s for s in seed_sentences(SEED_TEXTS[seed]) if s in TEXT]
    assert found == []


@pytest.mark.parametrize("seed", sorted(SEED_TEXTS))
def test_no_long_run_of_seed_words_in_the_site(seed):
    assert TEXT, "site/ is not built"
    assert shared_runs(SEED_TEXTS[seed], TEXT) == []
