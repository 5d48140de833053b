"""Identity: one person, one node; one document, one node (CONTRACT)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.resolve import resolve
from tests.conftest import report

LEAD = "Sáng 12/3/2024, Sở Khoa học và Công nghệ tỉnh {p} tổ chức Hội nghị tổng kết công tác năm 2023. "


def resolved(text: str, name: str = "t.txt"):
    return resolve(extract(report(text, name)))


def person_iris(text: str, name: str = "t.txt") -> dict[str, str]:
    return {rp.person.name: rp.iri for rp in resolved(text, name).people}


def doc_iris(text: str, name: str = "t.txt") -> dict[str, str]:
    return {d.number: d.iri for d in resolved(text, name).documents}


def test_same_official_in_two_reports_of_a_province_is_one_node() -> None:
    a = person_iris(LEAD.format(p="Hà Giang") + "Dự có đồng chí Hoàng Gia Long, Phó Chủ tịch UBND tỉnh.", "a.txt")
    b = person_iris(LEAD.format(p="Hà Giang") + "Đồng chí Hoàng Gia Long, Tỉnh ủy viên phát biểu.", "b.txt")
    assert a["Hoàng Gia Long"] == b["Hoàng Gia Long"]


def test_same_name_in_two_provinces_is_two_people() -> None:
    a = person_iris(LEAD.format(p="Hà Giang") + "Dự có đồng chí Nguyễn Văn Khiêm, Phó Chủ tịch UBND tỉnh.")
    b = person_iris(LEAD.format(p="Cà Mau") + "Dự có đồng chí Nguyễn Văn Khiêm, Phó Chủ tịch UBND tỉnh.")
    assert a["Nguyễn Văn Khiêm"] != b["Nguyễn Văn Khiêm"]


def test_a_national_official_is_one_node_across_provinces() -> None:
    a = person_iris(LEAD.format(p="Hà Giang") + "Dự có đồng chí Huỳnh Thành Lợi, Bộ trưởng Bộ KH&CN.")
    b = person_iris(LEAD.format(p="Cà Mau") + "Dự có Bộ trưởng Bộ KH&CN Huỳnh Thành Lợi.")
    assert a["Huỳnh Thành Lợi"] == b["Huỳnh Thành Lợi"]
    assert "/person/national/" in a["Huỳnh Thành Lợi"]


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # A body named for the whole country: "... Việt Nam" with no place, or "Trung ương".
        ("Vũ Đình Khang", "Chủ tịch Liên hiệp các Hội Văn học Nghệ thuật Việt Nam"),
        ("Lò Văn Thạch", "Phó Chủ tịch Hội Nông dân Việt Nam"),
        ("Hà Thị Mơ", "Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống thiên tai"),
    ],
)
def test_a_national_bodys_officer_is_one_node_across_provinces(name: str, title: str) -> None:
    a = person_iris(LEAD.format(p="Hà Giang") + f"Dự có ông {name}, {title}.", "a.txt")
    b = person_iris(LEAD.format(p="Cà Mau") + f"Phát biểu tại hội nghị, ông {name}, {title} đề nghị.", "b.txt")
    assert a[name] == b[name]
    assert "/person/national/" in a[name]


@pytest.mark.parametrize(
    "title",
    ["Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên hiệp các Hội Văn học Nghệ thuật tỉnh",
     "Giám đốc Bảo hiểm xã hội tỉnh"],
)
def test_a_provincial_bodys_officer_is_one_node_a_province(title: str) -> None:
    a = person_iris(LEAD.format(p="Hà Giang") + f"Dự có ông Lò Văn Thạch, {title}.", "a.txt")
    b = person_iris(LEAD.format(p="Cà Mau") + f"Dự có ông Lò Văn Thạch, {title}.", "b.txt")
    assert a["Lò Văn Thạch"] != b["Lò Văn Thạch"]


def test_a_visitor_belongs_to_the_province_of_the_body_the_title_names() -> None:
    iris = person_iris(LEAD.format(p="Long An") + "Dự có ông Nguyễn Hồng Quân, Giám đốc Sở KH&CN Thành phố Đà Nẵng.")
    assert "/person/da-nang/" in iris["Nguyễn Hồng Quân"]


def test_a_local_document_is_one_node_per_province() -> None:
    a = doc_iris(LEAD.format(p="Hà Nam") + "Ban hành Quyết định số 14/2021/QĐ-UBND.")
    b = doc_iris(LEAD.format(p="Đồng Nai") + "Ban hành Quyết định số 14/2021/QĐ-UBND.")
    c = doc_iris(LEAD.format(p="Hà Nam") + "Theo Quyết định số 14/2021/QĐ-UBND của tỉnh.")
    assert a["14/2021/QĐ-UBND"] != b["14/2021/QĐ-UBND"]
    assert a["14/2021/QĐ-UBND"] == c["14/2021/QĐ-UBND"]


def test_a_yearless_number_gets_its_year_and_one_node() -> None:
    a = resolved(LEAD.format(p="Trà Vinh") + "Thực hiện Quyết định số 712/QĐ-TTg của Thủ tướng.")
    b = resolved(LEAD.format(p="Hà Nam") + "Quyết định 712/QĐ-TTg ngày 26/5/2017 về năng suất.")
    (da,), (db,) = a.documents, b.documents
    assert da.iri == db.iri
    assert da.year == db.year == 2017


def test_a_yearless_number_of_another_year_is_another_document() -> None:
    a = doc_iris(LEAD.format(p="Trà Vinh") + "Quyết định 712/QĐ-TTg ngày 03/6/2021 về dự án.")
    b = doc_iris(LEAD.format(p="Trà Vinh") + "Quyết định 712/QĐ-TTg ngày 26/5/2017 về năng suất.")
    assert a["712/QĐ-TTg"] != b["712/QĐ-TTg"]


def test_a_short_form_links_to_the_full_number() -> None:
    a = doc_iris(LEAD.format(p="Khánh Hòa") + "Thực hiện Nghị quyết 57 của Bộ Chính trị về khoa học.")
    b = doc_iris(LEAD.format(p="Quảng Ngãi") + "Thực hiện Nghị quyết số 57-NQ/TW về khoa học.")
    assert a["57-NQ/TW"] == b["57-NQ/TW"]


def test_iris_are_deterministic() -> None:
    text = LEAD.format(p="Hà Giang") + "Dự có đồng chí Hoàng Gia Long, Phó Chủ tịch UBND tỉnh. Quyết định 12/QĐ-UBND."
    a, b = resolved(text), resolved(text)
    assert [p.iri for p in a.people] == [p.iri for p in b.people]
    assert [r.iri for p in a.people for r in p.roles] == [r.iri for p in b.people for r in p.roles]
    assert [d.iri for d in a.documents] == [d.iri for d in b.documents]


def test_the_province_as_named_when_written() -> None:
    old = resolved(" date 2023-05-02 " + LEAD.format(p="Hà Giang")[:-2] + " với nhiều đại biểu dự hội nghị.")
    new = resolved(" date 2026-05-02 " + LEAD.format(p="Tuyên Quang")[:-2] + " với nhiều đại biểu dự hội nghị.")
    assert old.province is not None and old.province.key == "ha-giang"
    assert new.province is not None and new.province.key == "tuyen-quang-2025"


def test_a_visitor_and_every_body_of_theirs_belong_to_the_province_their_own_body_names() -> None:
    r = resolved(LEAD.format(p="Thái Nguyên") + "Dự hội nghị có đồng chí Lò Văn Thạch, Tỉnh ủy viên, Giám đốc Sở "
                 "KH&CN tỉnh Sơn La; đồng chí Hà Thị Mơ, Phó Giám đốc Sở KH&CN.")
    people = {rp.person.name: rp for rp in r.people}
    assert "/person/son-la/" in people["Lò Văn Thạch"].iri
    assert {ro.org_province for ro in people["Lò Văn Thạch"].roles} == {"son-la"}  # the Tỉnh ủy too
    assert "/person/thai-nguyen/" in people["Hà Thị Mơ"].iri
    assert {ro.org_province for ro in people["Hà Thị Mơ"].roles} == {"thai-nguyen"}


def test_a_present_post_names_the_province_before_a_former_one() -> None:
    iris = person_iris(LEAD.format(p="Bến Tre") + "Dự có ông Quàng Văn Dũng, nguyên Giám đốc Sở Y tế tỉnh Lai Châu, "
                       "Phó Chủ tịch UBND tỉnh Điện Biên.")
    assert "/person/dien-bien/" in iris["Quàng Văn Dũng"]


@pytest.mark.parametrize(
    ("written", "same_as"),
    [("Hội đồng nhân dân tỉnh,", "Hội đồng nhân dân tỉnh"), ("Sở Y tế tỉnh Sơn La ,", "Sở Y tế tỉnh")],
)
def test_a_comma_left_at_a_bodys_end_is_none_of_its_name(written: str, same_as: str) -> None:
    from kg.resolve import org_identity

    assert org_identity(written, "son-la", False) == org_identity(same_as, "son-la", False)
    assert org_identity("Sở Văn hóa, Thể thao và Du lịch", "son-la", False)[1].startswith("Sở Văn hóa, Thể thao")
