"""stub"""

from govdisclosure.checks.context import Evaluator

EVALUATORS: dict[str, Evaluator] = {}
