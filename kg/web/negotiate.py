"""Content negotiation: which of the forms of a resource a client asked for (RFC 9110 Accept)."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class Form:
    name: str  # the value of ?format=
    media_type: str
    rdf: ox.RdfFormat | None  # None: the HTML page
    label: str


HTML = Form("html", "text/html; charset=utf-8", None, "HTML")
TURTLE = Form("ttl", "text/turtle; charset=utf-8", ox.RdfFormat.TURTLE, "Turtle")
JSONLD = Form("jsonld", "application/ld+json", ox.RdfFormat.JSON_LD, "JSON-LD")
NTRIPLES = Form("nt", "application/n-triples", ox.RdfFormat.N_TRIPLES, "N-Triples")
RDFXML = Form("rdf", "application/rdf+xml", ox.RdfFormat.RDF_XML, "RDF/XML")
FORMS = (HTML, TURTLE, JSONLD, NTRIPLES, RDFXML)
RDF_FORMS = FORMS[1:]

# Media types each form answers.
_TYPES: list[tuple[str, Form]] = [
    ("text/html", HTML), ("application/xhtml+xml", HTML),
    ("text/turtle", TURTLE), ("application/x-turtle", TURTLE),
    ("application/ld+json", JSONLD), ("application/json", JSONLD),
    ("application/n-triples", NTRIPLES), ("text/plain", NTRIPLES),  # text/plain: N-Triples' old type
    ("application/rdf+xml", RDFXML), ("application/xml", RDFXML), ("text/xml", RDFXML),
]


def by_name(name: str) -> Form | None:
    return next((f for f in FORMS if f.name == name), None)


def _ranges(accept: str) -> list[tuple[str, float]]:
    out = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for f in fields[1:]:
            key, _, value = f.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        out.append((fields[0].lower(), q))
    return out


def choose(accept: str | None, forms: tuple[Form, ...] = FORMS) -> Form | None:
    """The form the Accept header prefers most, or None if it accepts none of ``forms``.

    A media range's weight goes to the types it matches, the most specific range
    deciding (text/turtle;q=0.5 beats */*;q=1 for Turtle); ties go to the form earlier
    in ``forms`` (the HTML page first by default: a browser, or curl's */*, gets the page).
    """
    ranges = _ranges(accept or "*/*") or [("*/*", 1.0)]
    best: tuple[float, int, Form] | None = None
    for mtype, form in _TYPES:
        if form not in forms:
            continue
        top = mtype.split("/")[0]
        weight, specificity = 0.0, -1
        for r, q in ranges:
            rtop, _, rsub = r.partition("/")
            s = 2 if r == mtype else 1 if (rtop == top and rsub == "*") else 0 if r == "*/*" else -1
            if s > specificity:
                weight, specificity = q, s
        rank = (weight, -forms.index(form))
        if weight > 0 and (best is None or rank > best[:2]):
            best = (*rank, form)
    return best[2] if best else None
