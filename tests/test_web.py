"""kg serve's pages: every resource as a page and as RDF, the search box, VoID, the proxy.

The store is the seeds and two made-up reports about one made-up official of Sơn La
(tests/data/web: Lò Văn Thạch, Phó Chủ tịch UBND tỉnh in 2023, Chủ tịch in 2024), served
by the real ``kg serve`` (Oxigraph behind the web app); pages are fetched over HTTP, by
rdflib, and by headless Chromium, which clicks from a person to the report.
"""

from __future__ import annotations

import asyncio
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import rdflib

from kg import serve
from kg.store import Store
from kg.vocab import PREFIXES, RES, VGK
from kg.web import negotiate, pages, proxy
from kg.web import sparql as sp
from kg.web.search import Candidate, Forgiving
from tests import cdp
from tests.browser import ARTIFACTS
from tests.conftest import ROOT, SEEDS, build_store, run_kg

WEB = ROOT / "tests" / "data" / "web"
THACH = RES + "person/son-la/lo-van-thach"
REPORT_2023 = RES + "report/son-la-2023-txt"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "store", SEEDS, WEB)


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[serve.Server]:
    with serve.start(store, bind=f"127.0.0.1:{serve.free_port()}") as s:
        yield s


def get(url: str, accept: str = "text/html", data: bytes | None = None,
        headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    req = urllib.request.Request(url, data=data, headers={"Accept": accept, **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read().decode("utf-8")


def page(server: serve.Server, iri: str, query: str = "") -> str:
    status, _, body = get(server.url + pages.page_url(iri) + query)
    assert status == 200, body[:500]
    return body


def first(store: Path, sparql: str) -> str:
    rows = list(Store(str(store), read_only=True).query(sparql))
    assert rows, sparql
    return str(rows[0][0].value)


# -- values bound into SPARQL ------------------------------------------------------------------


@pytest.mark.parametrize("iri", [THACH, RES + "doc/57-nq-tw-2024", RES + "mention/son-la-2023-txt/10-22",
                                 RES + "org/national/bo-khoa-hoc-va-cong-nghe", RES + "x/a%2Fb"])
def test_a_resource_iri_is_bound_as_it_is(iri: str) -> None:
    assert sp.resource(iri).sparql == f"<{iri}>"


@pytest.mark.parametrize("iri", [
    "https://example.org/person/x",  # not ours
    RES + "person/x> } ; DROP ALL ; <a",  # breaks out of the IRI
    RES + "person/a b", RES + 'person/a"b', RES + "person/{x}", RES + "person/a\nb", RES + "person/a\\b",
    RES + "person/lò-văn-thạch",  # ours are slugs: no letter outside ASCII
    RES + "x/%zz",
])
def test_anything_else_is_refused(iri: str) -> None:
    with pytest.raises(ValueError):
        sp.resource(iri)


def test_a_placeholder_takes_only_a_term() -> None:
    assert sp.bind("ASK { $this ?p $n }", {"this": sp.resource(THACH), "n": sp.integer(3)}) == f"ASK {{ <{THACH}> ?p 3 }}"
    with pytest.raises(KeyError):
        sp.bind("ASK { ?s ?p $v }", {"v": "<x> } ; DROP ALL"})  # type: ignore[dict-item]
    with pytest.raises(KeyError):
        sp.bind("ASK { ?s ?p $v }", {})


@pytest.mark.parametrize("text", [
    'Hà Thị "Mơ"', "a\\", "\\u0022 } ; DROP ALL ; #", "two\nlines\r\tand a tab", "x' . } INSERT DATA { <a> <b> <c> }",
    "Lò Văn Thạch", "\x00\x1b control", "# not a comment", "ü\u0301 NFD",
])
def test_a_literal_reaches_the_endpoint_as_written(server: serve.Server, text: str) -> None:
    async def echo() -> str:
        async with httpx.AsyncClient() as client:
            rows = await sp.Sparql(server.upstream + "/query", client).select(
                "SELECT ?x WHERE { BIND($v AS ?x) }", v=sp.literal(text))
        return str(rows[0]["x"])

    expected = "".join(c for c in text if c in "\n\r\t" or (ord(c) >= 32 and c != "\x7f"))
    assert asyncio.run(echo()) == expected


# -- content negotiation, the proxy's prefixes, highlighting, search: alone ----------------------


@pytest.mark.parametrize(("accept", "form"), [
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "html"),  # a browser
    ("*/*", "html"),  # curl
    (None, "html"),
    ("text/turtle", "ttl"),
    ("text/turtle;q=0.5, */*;q=0.1", "ttl"),
    ("application/ld+json", "jsonld"),
    ("application/n-triples", "nt"),
    ("text/plain, */*;q=0.1", "nt"),  # rdflib's format="nt"
    ("application/rdf+xml, text/turtle;q=0.9", "rdf"),
    ("text/html;q=0.2, text/turtle", "ttl"),
    ("image/png", None),
    ("text/turtle;q=0", None),
])
def test_choose_the_form_asked_for(accept: str | None, form: str | None) -> None:
    got = negotiate.choose(accept)
    assert (got.name if got else None) == form


def test_void_answers_turtle_unless_html_is_asked() -> None:
    forms = (negotiate.TURTLE, negotiate.HTML, negotiate.JSONLD)
    assert negotiate.choose("*/*", forms) is negotiate.TURTLE
    assert negotiate.choose("text/html,*/*;q=0.8", forms) is negotiate.HTML


@pytest.mark.parametrize(("query", "added"), [
    ("SELECT * WHERE { ?p a vgk:Official }", set(PREFIXES)),
    ("PREFIX vgk: <https://w3id.org/vngovkg/ontology#>\nSELECT * WHERE { ?p a vgk:Official }", set(PREFIXES) - {"vgk"}),
    ("prefix schema: <http://schema.org/>\nSELECT * WHERE { ?p schema:name ?n }", set(PREFIXES) - {"schema"}),
    ("PREFIX : <urn:x#> PREFIX res:<urn:y/> ASK { :a res:b ?c }", set(PREFIXES) - {"res"}),
])
def test_a_query_gets_the_prefixes_it_lacks(query: str, added: set[str]) -> None:
    out = proxy.with_prefixes(query)
    assert out.endswith(query)
    declared = re.findall(r"PREFIX (\w+): ", out[: len(out) - len(query)])
    assert set(declared) == added


def test_spans_nest_and_cross() -> None:
    text = "Phó Chủ tịch UBND tỉnh Sơn La Lò Văn Thạch"
    role = (0, 29, "role", RES + "role/r/1")
    province = (23, 29, "province", RES + "province/son-la")
    person = (30, 42, "person", THACH)
    crossing = (26, 34, "other", RES + "x/y")  # " La Lò V": over the end of two spans and into another
    segs = pages.segments(text, [role, province, person, crossing], target=(30, 42))
    assert "".join(s.text for s in segs) == text
    by_text = {s.text: s for s in segs}
    assert by_text["Phó Chủ tịch UBND tỉnh "].kind == "role"
    assert by_text["Sơn"].kind == "province" and by_text["Sơn"].anchors == ["m23-29"]  # the innermost span links
    assert by_text[" La"].kind == "province" and by_text[" La"].anchors == ["m26-34"]
    assert by_text[" "].kind == "other"
    assert by_text["Lò V"].kind == "other" and by_text["Lò V"].target  # inside the target, under the crossing span
    assert by_text["ăn Thạch"].kind == "person" and by_text["ăn Thạch"].target
    assert not by_text["Sơn"].target and segs[0].anchors == ["m0-29"]


CANDIDATES = [
    Candidate(THACH, "Lò Văn Thạch", "person"),
    Candidate(RES + "person/son-la/ha-thi-mo", "Hà Thị Mơ", "person"),
    Candidate(RES + "person/son-la/ha-thi-mo-2", "Hà Thị Mờ", "person"),
    Candidate(RES + "province/son-la", "Sơn La", "province"),
    Candidate(RES + "province/ho-chi-minh", "Hồ Chí Minh", "province"),
    Candidate(RES + "province/thua-thien-hue", "Thừa Thiên Huế", "province"),
    Candidate(RES + "doc/19-2014-qd-ttg-2014", "19/2014/QĐ-TTg", "document"),
    Candidate(RES + "post/son-la/uy-ban-nhan-dan/chu-tich", "Chủ tịch Ủy ban nhân dân tỉnh Sơn La", "post"),
]


@pytest.mark.parametrize(("typed", "first_iri"), [
    ("lo van thach", THACH),  # no tone marks
    ("LÒ VĂN THẠCH", THACH),  # upper case
    ("Lò  Văn Thạch ", THACH),  # spacing
    ("Lo\u0300 Va\u0306n Tha\u0323ch", THACH),  # NFD
    ("van thach", THACH),  # whole words inside the name
    ("Hà Thị Mờ", RES + "person/son-la/ha-thi-mo-2"),  # the typed tone marks first
    ("ha thi mo", RES + "person/son-la/ha-thi-mo"),
    ("tp hcm", RES + "province/ho-chi-minh"),  # a province by another of its names
    ("Huế", RES + "province/thua-thien-hue"),
    ("19/2014/qd-ttg", RES + "doc/19-2014-qd-ttg-2014"),
    ("sơn la", RES + "province/son-la"),  # the province before the post that names it
])
def test_search_forgives(typed: str, first_iri: str) -> None:
    found = Forgiving(CANDIDATES)(typed)
    assert found.hits and found.hits[0].iri == first_iri


def test_search_says_what_you_might_mean() -> None:
    found = Forgiving(CANDIDATES)("Lò Văn Thach Z")
    assert not found.hits and found.suggestions[0].iri == THACH
    assert Forgiving(CANDIDATES)("   ") .hits == []


# -- the pages, served ---------------------------------------------------------------------------


def test_person_page_shows_posts_over_time_with_evidence(server: serve.Server) -> None:
    html = page(server, THACH)
    assert "<h1><span lang=\"vi\">Lò Văn Thạch</span></h1>" in html
    posts = html.split('id="posts"')[1].split('id="meetings"')[0]
    deputy = posts.index("Phó Chủ tịch Ủy ban nhân dân tỉnh Sơn La")
    chair = posts.index(">Chủ tịch Ủy ban nhân dân tỉnh Sơn La")
    assert posts.index("2023-03-15") < deputy < posts.index("2024-05-20") < chair  # in date order
    # each post with the report that states it and the quoted title, linked to its place in the report
    assert re.search(r'href="/id/report/son-la-2023-txt\?mark=\d+-\d+#m\d+-\d+"', posts)
    assert "<mark>Phó Chủ tịch UBND tỉnh Sơn La</mark>" in posts
    meetings = html.split('id="meetings"')[1].split('id="coattendees"')[0]
    assert "Meetings (2)" in meetings and "chaired" in meetings
    co = html.split('id="coattendees"')[1].split('id="reports"')[0]
    assert re.search(r'href="/id/person/son-la/ha-thi-mo">Hà Thị Mơ</a> <small>×2</small>', co)


def test_report_page_highlights_every_span_and_the_one_asked_for(server: serve.Server, store: Path) -> None:
    text = first(store, f"SELECT ?t WHERE {{ <{REPORT_2023}> schema:text ?t }}")
    s = text.index("Lò Văn Thạch")
    html = page(server, REPORT_2023, f"?mark={s}-{s + len('Lò Văn Thạch')}")
    body = re.search(r'<div class="report-text"[^>]*>(.*?)</div>', html, re.S).group(1)  # type: ignore[union-attr]
    marks = re.findall(r'<mark class="k-(\w+)( target)?">([^<]*)</mark>', body)
    assert ("person", " target", "Lò Văn Thạch") in marks
    assert sum(1 for m in marks if m[1]) == 1  # the first mention only
    assert ("document", "", "1234/QĐ-UBND") in marks and ("date", "", "15/3/2023") in marks
    assert f'id="m{s}-{s + 12}"' in body
    plain = re.sub(r"<[^>]+>", "", body)
    assert plain.replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&") == text  # every character, once
    assert "not evidence of anything" in page(server, REPORT_2023, "?mark=1-2")


def kind_iris(store: Path) -> dict[str, str]:
    return {
        "report": REPORT_2023,
        "person": THACH,
        "meeting": RES + "meeting/son-la-2023-txt",
        "document": first(store, "SELECT ?d WHERE { ?d vgk:documentNumber \"57-NQ/TW\" }"),
        "province": RES + "province/son-la",
        "post": RES + "post/son-la/uy-ban-nhan-dan/chu-tich",
        "organization": RES + "org/son-la/uy-ban-nhan-dan",
        "role": first(store, f"SELECT ?ra WHERE {{ <{THACH}> vgk:holds ?ra }} ORDER BY ?ra"),
        "occupancy": first(store, f"SELECT ?o WHERE {{ ?o vgk:holder <{THACH}> }} ORDER BY ?o"),
        "author": first(store, "SELECT ?a WHERE { ?r schema:author ?a } ORDER BY ?a"),
    }


@pytest.mark.parametrize(("kind", "says"), [
    ("report", "Sơn La tổng kết công tác khoa học và công nghệ năm 2022"),
    ("person", "Posts over time"),
    ("meeting", "Participants (3)"),
    ("document", "Cited by"),
    ("province", "Officials its reports name"),
    ("post", "Lò Văn Thạch"),
    ("organization", "Ủy ban nhân dân tỉnh Sơn La"),
    ("role", "Stated in"),
    ("occupancy", "Lò Văn Thạch"),
    ("author", "A byline"),
])
def test_every_kind_has_its_page(server: serve.Server, store: Path, kind: str, says: str) -> None:
    html = page(server, kind_iris(store)[kind])
    assert says in html
    assert "All statements" in html and 'type="text/turtle"' in html


def test_post_page_lists_who_held_it(server: serve.Server) -> None:
    html = page(server, RES + "post/son-la/so-khoa-hoc-va-cong-nghe/giam-doc")
    held = html.split('id="occupancies"')[1].split('id="statements"')[0]
    assert "2023-03-15 – 2024-05-20" in held and "Hà Thị Mơ" in held


def test_a_mention_leads_to_its_place_in_the_report(server: serve.Server, store: Path) -> None:
    m = first(store, f"SELECT ?m WHERE {{ <{THACH}> vgk:evidence ?m }} ORDER BY ?m")
    req = urllib.request.Request(server.url + pages.page_url(m), headers={"Accept": "text/html"})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.build_opener(NoRedirect).open(req, timeout=30)
    start, end = m.rsplit("/", 1)[1].split("-")
    assert e.value.code == 303
    assert e.value.headers["Location"].endswith(f"?mark={start}-{end}#m{start}-{end}")


@pytest.mark.parametrize("path", ["/id/person/nobody/here", "/id/person/a%20b", "/id/person/l%C3%B2"])
def test_unknown_or_malformed_resources_are_404(server: serve.Server, path: str) -> None:
    assert get(server.url + path)[0] == 404
    assert get(server.url + path, "text/turtle")[0] == 404


def test_everything_is_escaped(server: serve.Server) -> None:
    status, _, html = get(server.url + "/search?q=" + urllib.parse.quote('<script>alert("x")</script>'))
    assert status == 200
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_search_finds_a_name_typed_without_tone_marks(server: serve.Server) -> None:
    status, _, html = get(server.url + "/search?q=lo+van+thach")
    assert status == 200 and 'href="/id/person/son-la/lo-van-thach"' in html
    status, _, html = get(server.url + "/search?q=lo+van+thack")
    assert "Did you mean" in html and "Lò Văn Thạch" in html
    status, _, html = get(server.url + "/search")
    assert status == 200 and "For example" in html


# -- RDF ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [None, "turtle", "json-ld", "nt", "xml"])
def test_rdflib_gets_a_resource_by_content_negotiation(server: serve.Server, fmt: str | None) -> None:
    g = rdflib.Graph()
    g.parse(server.url + pages.page_url(THACH), format=fmt)
    me = rdflib.URIRef(THACH)
    assert (me, rdflib.RDF.type, rdflib.URIRef(VGK + "Official")) in g
    assert (me, rdflib.URIRef("https://schema.org/name"), rdflib.Literal("Lò Văn Thạch")) in g
    assert len(list(g.objects(me, rdflib.URIRef(VGK + "holds")))) == 2
    assert any(g.subjects(rdflib.URIRef(VGK + "holder"), me))  # what points at it too


def test_rdf_by_format_parameter_and_refusal(server: serve.Server) -> None:
    status, headers, body = get(server.url + pages.page_url(THACH) + "?format=ttl", "text/html")
    assert status == 200 and headers["content-type"].startswith("text/turtle") and "vgk:Official" in body
    assert get(server.url + pages.page_url(THACH), "image/png")[0] == 406
    status, headers, _ = get(server.url + pages.page_url(THACH), "text/html")
    assert headers["vary"] == "Accept" and 'rel="alternate"; type="text/turtle"' in headers["link"]


def stats(store: Path) -> dict[str, int]:
    r = run_kg("stats", "--store", str(store))
    assert r.returncode == 0, r.stderr
    out = {}
    for line in r.stdout.splitlines():
        cells = [c.strip() for c in re.split(r"[│┃|]", line) if c.strip()]
        if len(cells) >= 2 and cells[1].isdigit():
            out[cells[0]] = int(cells[1])
    return out


def test_void_parses_and_counts_what_kg_stats_counts(server: serve.Server, store: Path) -> None:
    g = rdflib.Graph()
    g.parse(server.url + "/.well-known/void")
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    ds = rdflib.URIRef(server.url + "/.well-known/void#dataset")
    assert (ds, rdflib.RDF.type, void.Dataset) in g
    assert (ds, void.sparqlEndpoint, rdflib.URIRef(server.url + "/query")) in g
    assert (ds, void.uriSpace, rdflib.Literal(RES)) in g
    entities = {str(c): int(n) for c, n in g.query(
        "SELECT ?c ?n WHERE { ?ds void:classPartition [ void:class ?c ; void:entities ?n ] }",
        initNs={"void": void})}
    distinct = {str(p): int(n) for p, n in g.query(
        "SELECT ?p ?n WHERE { ?ds void:classPartition [ void:class vgk:Report ; void:propertyPartition"
        " [ void:property ?p ; void:distinctObjects ?n ] ] }", initNs={"void": void, "vgk": VGK})}
    counted = stats(store)
    assert counted["reports"] == entities[VGK + "Report"] == 7
    assert counted["officials"] == entities[VGK + "Official"]
    assert counted["meetings"] == entities[VGK + "Meeting"]
    assert counted["roles"] == entities[VGK + "RoleAssignment"]
    assert counted["documents"] == distinct[VGK + "cites"]
    assert counted["provinces"] == distinct[VGK + "province"]
    assert counted["quads"] == int(g.value(ds, void.triples))
    examples = {str(x) for x in g.objects(ds, void.exampleResource)}
    assert any("/person/" in x for x in examples) and any("/report/" in x for x in examples)
    assert all(get(server.url + pages.page_url(x))[0] == 200 for x in examples)
    status, _, html = get(server.url + "/.well-known/void", "text/html")
    assert status == 200 and "statements (quads)" in html


# -- the SPARQL server behind -------------------------------------------------------------------

NO_PREFIXES = f"SELECT DISTINCT ?n WHERE {{ <{THACH}> schema:name ?n }}"


@pytest.mark.parametrize("how", ["get", "form", "body"])
def test_a_query_without_prefixes_works_through_the_pages_server(server: serve.Server, how: str) -> None:
    accept = "application/sparql-results+json"
    if how == "get":
        status, _, body = get(server.endpoint + "?query=" + urllib.parse.quote(NO_PREFIXES), accept)
    elif how == "form":
        status, _, body = get(server.endpoint, accept, urllib.parse.urlencode({"query": NO_PREFIXES}).encode(),
                              {"Content-Type": "application/x-www-form-urlencoded"})
    else:
        status, _, body = get(server.endpoint, accept, NO_PREFIXES.encode(),
                              {"Content-Type": "application/sparql-query"})
    assert status == 200, body
    assert [b["n"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["Lò Văn Thạch"]
    # the Oxigraph server itself does not know them
    assert get(server.upstream + "/query?query=" + urllib.parse.quote(NO_PREFIXES), accept)[0] == 400


def test_pages_over_another_endpoint(server: serve.Server) -> None:
    """kg serve --endpoint URL: the pages of a store served elsewhere (here: the Oxigraph server itself)."""
    with serve.start_pages(server.upstream, bind=f"127.0.0.1:{serve.free_port()}") as other:
        status, _, html = get(other.url + pages.page_url(THACH))
        assert status == 200 and "Posts over time" in html
        assert get(other.url + "/.well-known/void", "text/turtle")[0] == 200


def test_kg_serve_endpoint_refuses_a_dead_url(tmp_path: Path) -> None:
    r = run_kg("serve", "--endpoint", f"http://127.0.0.1:{serve.free_port()}", "--bind",
               f"127.0.0.1:{serve.free_port()}")
    assert r.returncode == 1 and r.stderr.startswith("Error: nothing answers SPARQL queries at")


# -- in a browser -------------------------------------------------------------------------------


def test_chromium_clicks_from_a_person_to_the_evidence_in_the_report(server: serve.Server) -> None:
    with cdp.Browser(size=(1300, 1150)) as b:
        b.open(server.url + "/search?q=" + urllib.parse.quote("lo van thach"))
        assert b.eval("document.querySelectorAll('ul.hits li').length") == 1
        b.click("ul.hits a")
        assert b.eval("location.pathname") == "/id/person/son-la/lo-van-thach"
        assert b.eval("document.querySelector('h1').textContent") == "Lò Văn Thạch"
        ARTIFACTS.mkdir(exist_ok=True)
        b.screenshot(str(ARTIFACTS / "web-person.png"))
        quoted = b.eval("document.querySelector('#posts blockquote.evidence mark').textContent")
        b.click("#posts blockquote.evidence a.quote")
        assert b.eval("location.pathname") == "/id/report/son-la-2023-txt"
        # the span asked for, whole, however many pieces the spans inside it cut it into
        target = b.eval("Array.from(document.querySelectorAll('mark.target')).map(m => m.textContent).join('')")
        assert target == quoted == "Phó Chủ tịch UBND tỉnh Sơn La"
        # the page scrolled to it: the span's anchor is the :target, and on screen
        assert b.eval("document.querySelector(':target').id") == b.eval("location.hash.slice(1)")
        top = b.eval("document.querySelector('mark.target').getBoundingClientRect().top")
        assert 0 <= top <= b.eval("window.innerHeight")
        b.screenshot(str(ARTIFACTS / "web-report.png"))
