"""vngovkg: a knowledge graph of Vietnamese provincial government meeting reports.

Data flows one way, one module per stage:

    read -> extract (mentions with offsets) -> resolve (identity, linking)
         -> rdf (quads) -> store -> query / cli

``models`` and ``errors`` are shared by every stage; ``lexicon`` holds the data
(titles, surnames, provinces, document types) the extractors read.
"""

__version__ = "0.1.0"
