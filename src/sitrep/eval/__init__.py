"""`sitrep eval`: score the pipeline against gold JSON Lines files (see docs/eval.md)."""

from .gold import GoldDoc, GoldFileError, GoldSet, load_gold
from .metrics import finalize, merge_counts, score_document
from .predict import report_to_prediction
from .run import EVAL_SCHEMA, evaluate, load_all, pipeline_predictor

__all__ = [
    "EVAL_SCHEMA",
    "GoldDoc",
    "GoldFileError",
    "GoldSet",
    "evaluate",
    "finalize",
    "load_all",
    "load_gold",
    "merge_counts",
    "pipeline_predictor",
    "report_to_prediction",
    "score_document",
]
