"""The ontology file is the source of truth: the code's terms must be declared there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.vocab import VGK, VGK_TERMS, ontology_path

ONT = rdflib.Graph().parse(str(ontology_path()), format="turtle")
DECLARED = {str(s) for s in ONT.subjects(RDF.type, None) if str(s).startswith(VGK)}


@pytest.mark.parametrize("term", VGK_TERMS)
def test_code_terms_are_declared(term: str) -> None:
    assert VGK + term in DECLARED


def test_every_vgk_term_in_the_code_is_declared() -> None:
    used: set[str] = set()
    for py in (Path(__file__).parent.parent / "kg").rglob("*.py"):
        used |= set(re.findall(r'vgk\("(\w+)"\)', py.read_text(encoding="utf-8")))
    assert used
    assert {VGK + t for t in used} <= DECLARED


def test_every_term_in_a_seed_graph_is_declared(seed_store: Path) -> None:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(seed_store))
    terms = set()
    for q in store:
        for t in (q.predicate, q.object):
            if isinstance(t, ox.NamedNode) and t.value.startswith(VGK):
                terms.add(t.value)
    assert terms <= DECLARED


def test_contract_terms() -> None:
    contract = (Path(__file__).parent.parent.parent / "shared" / "CONTRACT.md")
    if not contract.exists():
        pytest.skip("shared/CONTRACT.md is not beside the project")
    names = set(re.findall(r"vgk:(\w+)", contract.read_text(encoding="utf-8")))
    assert {VGK + n for n in names} <= DECLARED


@pytest.mark.parametrize("sub", ["chaired", "spokeAt"])
def test_chaired_and_spoke_are_attended(sub: str) -> None:
    assert (rdflib.URIRef(VGK + sub), RDFS.subPropertyOf, rdflib.URIRef(VGK + "attended")) in ONT


def test_labels_in_two_languages_and_comments_on_classes() -> None:
    for s in DECLARED:
        langs = {o.language for o in ONT.objects(rdflib.URIRef(s), RDFS.label)}
        assert {"en", "vi"} <= langs, s
    for c in ONT.subjects(RDF.type, OWL.Class):
        if str(c).startswith(VGK):
            assert ONT.value(c, RDFS.comment) is not None, c


@pytest.mark.parametrize(
    ("term", "parent"),
    [("Report", "https://schema.org/NewsArticle"), ("Meeting", "https://schema.org/Event"),
     ("Official", "https://schema.org/Person"), ("RoleAssignment", "http://www.w3.org/ns/org#Membership"),
     ("LegalDocument", "http://data.europa.eu/eli/ontology#LegalResource"),
     ("Province", "https://schema.org/AdministrativeArea"), ("Organization", "http://www.w3.org/ns/org#Organization"),
     ("Mention", "http://www.w3.org/ns/prov#Entity")],
)
def test_alignments(term: str, parent: str) -> None:
    assert (rdflib.URIRef(VGK + term), RDFS.subClassOf, rdflib.URIRef(parent)) in ONT
