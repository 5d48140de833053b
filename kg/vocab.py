"""IRIs of the graph's terms.  The ontology file (ontology/vngovkg.ttl) is the source
of truth: tests/test_ontology.py checks that every term used here is declared there."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pyoxigraph import NamedNode

from .errors import OntologyError

VGK = "https://w3id.org/vngovkg/ontology#"
RES = "https://w3id.org/vngovkg/id/"
SCHEMA = "https://schema.org/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"

PREFIXES = {"vgk": VGK, "res": RES, "schema": SCHEMA, "rdf": RDF, "rdfs": RDFS, "xsd": XSD,
            "owl": "http://www.w3.org/2002/07/owl#", "prov": "http://www.w3.org/ns/prov#"}

# Named graphs of reference data.
GRAPH_ONTOLOGY = NamedNode(RES + "graph/ontology")
GRAPH_PROVINCES = NamedNode(RES + "graph/provinces")
GRAPH_CATALOGUE = NamedNode(RES + "graph/catalogue")
# While a build bulk-loads new reports, their graphs are listed here (rdfs:member); a
# build stopped in the middle leaves the list, and the next read-write open drops them.
GRAPH_UNFINISHED = NamedNode(RES + "graph/unfinished")
# Derived from all report graphs together, kept consistent with them by every build
# (kg/occupancies.py): who held which post when.
GRAPH_OCCUPANCIES = NamedNode(RES + "graph/occupancies")


@cache  # terms are immutable; a build asks for the same few hundred thousands of times
def vgk(local: str) -> NamedNode:
    return NamedNode(VGK + local)


@cache
def schema(local: str) -> NamedNode:
    return NamedNode(SCHEMA + local)


A = NamedNode(RDF + "type")
LABEL = NamedNode(RDFS + "label")

# Every vgk: term the code emits (checked against the ontology by the tests).
VGK_TERMS = (
    "Report", "Meeting", "Official", "RoleAssignment", "LegalDocument", "Province", "Organization", "Mention",
    "MeetingKind", "DocumentType",
    "sourceFile", "province", "reports", "cites", "textOf", "contentHash", "extractorVersion",
    "heldIn", "organizer", "meetingKind", "reviewYear", "reviewFrom", "online", "bridgePoint",
    "attended", "chaired", "spokeAt", "holds", "honorific", "roleTitle", "organization", "statedIn", "former",
    "documentNumber", "documentType", "issuer", "issuedYear", "issuedDate", "issuerProvince",
    "gsoCode", "mergedInto", "evidence", "start", "end", "exact",
    "ReviewConference", "WorkingSession", "Seminar", "Workshop", "Ceremony", "CouncilMeeting", "OtherMeeting",
    "Post", "SingleHolderPost", "Occupancy", "post", "position", "holder", "firstSeen", "lastSeen", "endedBy",
    "succeeds", "derivedHash", "derivedPost", "sourceDigest",
)


def ontology_path() -> Path:
    """ontology/vngovkg.ttl of the project this package runs from."""
    path = Path(__file__).resolve().parent.parent / "ontology" / "vngovkg.ttl"
    if not path.is_file():
        raise OntologyError(f"ontology file not found at {path}")
    return path


def query_path(name: str) -> Path:
    """A query of the project's queries/ folder (the CLI's own commands reuse them)."""
    path = Path(__file__).resolve().parent.parent / "queries" / name
    if not path.is_file():
        raise OntologyError(f"query file not found at {path}")
    return path


def shapes_path() -> Path:
    path = ontology_path().parent / "shapes.ttl"
    if not path.is_file():
        raise OntologyError(f"SHACL shapes not found at {path}")
    return path
