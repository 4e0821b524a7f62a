"""kg: news articles in, a knowledge graph out.

The data walks read → detect → segment → extract → resolve → ontology → export / store / load;
each stage is one module of this package, and :mod:`kg.pipeline` wires them together.
"""

from kg.errors import KGError
from kg.records import Article, Entity, Node, Sentence, Triple

__version__ = "0.1.0"
__all__ = ["Article", "Entity", "KGError", "Node", "Sentence", "Triple", "__version__"]
