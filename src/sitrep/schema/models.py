"""Output data model `sitrep/1`: the one source of truth for the JSON Schema.

Every span is a half-open [start, end) range of character offsets into the
*normalized* document text (`document.text`); `orig` is the same range mapped
back to the original input (before markup stripping and repairs).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "sitrep/1"

MentionKind = Literal["place", "person", "org", "actor", "date", "quantity"]
ClaimKind = Literal[
    "killed",
    "injured",
    "casualties",
    "arrested",
    "detained",
    "missing",
    "displaced",
    "participants",
]
Qualifier = Literal[
    "exact", "at_least", "more_than", "at_most", "less_than", "about", "range", "vague"
]
Certainty = Literal["confirmed", "reported", "unconfirmed", "denied"]
Scope = Literal["event", "background"]
Precision = Literal[
    "exact", "day", "week", "month", "year", "district", "region", "country", "unknown"
]


_FAST: dict[type, list] = {}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @classmethod
    def fast(cls, **values):
        """Build without validation (like model_construct, several times cheaper).

        For the pipeline's hot paths, whose values are typed already; a Report is
        validated as a whole when it is read back.
        """
        spec = _FAST.get(cls)
        if spec is None:
            spec = _FAST[cls] = [
                (name, f.default_factory, None if f.is_required() else f.default)
                for name, f in cls.model_fields.items()
            ]
        data = {}
        for name, factory, default in spec:  # field order, as validation would give
            if name in values:
                data[name] = values[name]
            elif factory is not None:
                data[name] = factory()
            else:
                data[name] = default
        obj = cls.__new__(cls)
        object.__setattr__(obj, "__dict__", data)
        object.__setattr__(obj, "__pydantic_fields_set__", set(values))
        object.__setattr__(obj, "__pydantic_extra__", None)
        object.__setattr__(obj, "__pydantic_private__", None)
        return obj


class Span(_Model):
    """Evidence: where in the text a thing was said."""

    start: int
    end: int
    text: str
    orig: list[int] | None = Field(
        default=None, description="[start, end) of the same words in the original input"
    )


class QualityFlag(_Model):
    flag: str = Field(
        description="e.g. encoding_repaired, lost_characters, markup_stripped, truncated"
    )
    span: list[int] | None = None
    detail: str | None = None


class PlaceValue(_Model):
    name: str = Field(description="canonical (English/GeoNames) name")
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2")
    admin1: str | None = None
    feature: Literal["city", "country", "region", "user", "facility"] = Field(
        default="city",
        description="city; country; region (admin1); user (user gazetteer); facility (a named "
        "square, hotel, field ... found by its noun, without coordinates)",
    )
    precision: Precision = "exact"
    population: int | None = None


class DateValue(_Model):
    iso: str = Field(description="YYYY-MM-DD (or YYYY-MM / YYYY for coarser precision)")
    precision: Precision = "day"
    time: str | None = Field(default=None, description="HH:MM when stated")
    relative: bool = Field(default=False, description="resolved against the publication date")


class QuantityValue(_Model):
    value: int | list[int] | None = Field(description="as stated: a number or [low, high]")
    qualifier: Qualifier = "exact"
    low: int | None = None
    high: int | None = None
    words: str | None = Field(
        default=None, description="the vague word or number words it came from"
    )
    unit: str | None = Field(
        default=None, description="the counted noun, if any (people, вбитих ...)"
    )


class Mention(_Model):
    id: str
    kind: MentionKind
    start: int
    end: int
    text: str
    orig: list[int] | None = None
    norm: str | None = Field(default=None, description="canonical name / lemma")
    entity: str | None = Field(default=None, description="id of the entity this mention refers to")
    role: str | None = Field(
        default=None, description="actors: state forces, protesters, civilians ..."
    )
    place: PlaceValue | None = None
    date: DateValue | None = None
    quantity: QuantityValue | None = None
    confidence: float = 1.0


class Source(_Model):
    name: str = Field(
        description="'author' when the report states it itself, else the speaker/body"
    )
    kind: Literal["author", "person", "org", "actor", "media", "official", "other"] = "author"
    span: Span | None = None


class Claim(_Model):
    id: str
    kind: ClaimKind
    value: int | list[int] | None
    qualifier: Qualifier
    low: int | None
    high: int | None
    certainty: Certainty = "reported"
    scope: Scope = Field(
        default="event",
        description="event: about the reported event; background: totals, earlier or elsewhere",
    )
    source: Source
    perpetrator: str | None = None
    perpetrator_span: Span | None = None
    evidence: Span
    quantity: str | None = Field(default=None, description="id of the quantity mention")
    place: str | None = Field(default=None, description="id of the place mention it refers to")
    date: str | None = Field(default=None, description="id of the date mention it refers to")
    words: str | None = Field(default=None, description="vague word the figure came from")
    relation: Literal["subset", "part", "sum", "update"] | None = Field(
        default=None,
        description=(
            "subset: part of a figure before it (never a headline); part: one of figures that "
            "add up to a sum claim; sum: the total of parts; update: supersedes an earlier figure"
        ),
    )
    confidence: float = 1.0


class Actor(_Model):
    name: str
    role: str | None = None
    mentions: list[str] = Field(default_factory=list, description="mention ids")


class EventLocation(_Model):
    name: str
    mention: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    precision: Precision = "exact"


class EventDate(_Model):
    iso: str | None
    precision: Precision = "day"
    mention: str | None = None


class Event(_Model):
    id: str
    event_type: str
    sub_event_type: str
    tags: list[str] = Field(default_factory=list)
    date: EventDate | None = None
    location: EventLocation | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    claims: list[str] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)
    confidence: float = 0.5


class Entity(_Model):
    """A person or organization with all the mentions (spellings, cases) that refer to it."""

    id: str
    kind: Literal["person", "org", "place"]
    name: str
    mentions: list[str]
    variants: list[str] = Field(default_factory=list)


class Figure(_Model):
    low: int | None
    high: int | None
    qualifier: Qualifier
    value: int | list[int] | None = None
    claims: list[str] = Field(default_factory=list)


class Summary(_Model):
    """Document-level view: the figures and coding a researcher would enter for this report."""

    event_date: str | None = None
    date_precision: Precision | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    event_types: list[str] = Field(default_factory=list)
    sub_event_types: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    killed: Figure | None = None
    injured: Figure | None = None
    participants: Figure | None = None
    arrested: Figure | None = None


class Paragraph(_Model):
    start: int
    end: int
    lang: str | None = None


class DocumentOut(_Model):
    id: str = Field(description="sha256 of the normalized text (first 16 hex digits)")
    source: str | None = None
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: str | None = None
    retrieved: str | None = None
    lang: str | None = None
    text: str
    paragraphs: list[Paragraph] = Field(default_factory=list)
    quality: list[QualityFlag] = Field(default_factory=list)


class Report(_Model):
    """What `sitrep.extract` returns and `sitrep extract` prints."""

    schema_: str = Field(default=SCHEMA_VERSION, alias="schema")
    document: DocumentOut
    mentions: list[Mention] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
    warnings: list[str] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_dict(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)
