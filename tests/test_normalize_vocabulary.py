"""The vocabulary's compound test answers as a scan of every known word would."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalize.vocabulary import Vocabulary

PIECES = ["іс", "шара", "шаралар", "әлеуметтік", "саяси", "ақпарат", "тық", "а", "ша", "ра"]
word = st.lists(st.sampled_from(PIECES), min_size=1, max_size=3).map("-".join)


def scanned(vocab: Vocabulary, left: str, right: str) -> bool:
    """The definition: some known `left-tail` whose tail shares a stem with `right`."""
    left, right = left.casefold(), right.casefold()
    if f"{left}-{right}" in vocab:
        return True
    prefix = left + "-"
    for known in (*vocab.counts, *vocab.lexicon):
        if known.startswith(prefix):
            tail = known[len(prefix):]
            stem = min(len(tail), len(right), 4)
            if stem >= 2 and tail[:stem] == right[:stem]:
                return True
    return False


@given(st.lists(word, max_size=12), st.lists(word, max_size=6),
       st.sampled_from(PIECES + ["іс-шара", "Іс"]), st.sampled_from(PIECES + ["шаралары"]))
def test_is_compound_answers_as_the_scan(counted, lexicon, left, right):
    vocab = Vocabulary(Counter(counted), lexicon=frozenset(lexicon), use_hunspell=False)
    assert vocab.is_compound(left, right) == scanned(vocab, left, right)


def test_is_compound_sees_words_added_later():
    vocab = Vocabulary(use_hunspell=False)
    assert not vocab.is_compound("іс", "шаралары")
    vocab.add(["іс-шаралар"])
    assert vocab.is_compound("іс", "шаралары")
    assert vocab.is_compound("ІС", "шаралармен")
    assert not vocab.is_compound("іс", "жоспар")
