"""names: what persons, orgs, merge and the gazetteer share about names.

One transliteration table (translit), one spelling-insensitive fold (fold),
the name word lists and titles (lists), the per-word name evidence (features)
and the tokens names are read from (tokens). Nothing here knows about
mentions or components.
"""

from .features import WordFeatures, features
from .fold import fold, is_latin
from .lists import is_title, name_lists
from .tokens import name_tokens
from .translit import transliterate

__all__ = [
    "WordFeatures",
    "features",
    "fold",
    "is_latin",
    "is_title",
    "name_lists",
    "name_tokens",
    "transliterate",
]
