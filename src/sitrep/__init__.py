"""sitrep: sourced, uncertainty-aware crisis event extraction."""

from .pipeline import Pipeline, extract, extract_doc
from .schema.models import SCHEMA_VERSION, Report

__all__ = ["extract", "extract_doc", "Pipeline", "Report", "SCHEMA_VERSION"]
__version__ = "0.1.0"
