"""Make a corpus of N synthetic reports from the seed and dev reports, deterministically.

Each report recombines sentences of the real reports: a headline, a lead, 8 to 24 body
sentences and a byline, with the people's names, the provinces, the dates and the
document numbers replaced by others drawn from the lexicons with a seeded generator.
The shapes of the text (titles, participation, citations, page clutter) stay real;
the facts vary, so the store grows the way a real one does.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from kg import lexicon
from kg.extract import extract
from kg.extract.text import sentences
from kg.read import read_report

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "eval" / "dev"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Hương", "Khánh", "Lan",
         "Linh", "Long", "Mai", "Minh", "Nam", "Ngọc", "Phong", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Thủy",
         "Tuấn", "Vân", "Việt", "Yến"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hồng", "Ngọc", "Xuân", "Hữu", "Công", "Đình"]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
          "Dương", "Lý", "Đinh", "Đào", "Lâm", "Trịnh", "Mai", "Lương", "Hà", "Tạ", "Lò", "Nông", "Bế", "Triệu"]


def _sources() -> list[tuple[str, list[str], list[str], list[str]]]:
    """(text, sentences, names, provinces) of every source report."""
    out = []
    for folder in SOURCES:
        for f in sorted(folder.glob("*.txt")):
            r = read_report(f)
            ex = extract(r)
            names = sorted({p.name for p in ex.people}, key=len, reverse=True)
            provs = sorted({pm.span.text for pm in ex.province.mentions}, key=len, reverse=True)
            sents = [r.text[s:e] for s, e in sentences(r.text) if len(r.text[s:e]) > 30]
            out.append((r.text, sents, names, provs))
    return out


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def make_report(rng: random.Random, sources: list[tuple[str, list[str], list[str], list[str]]]) -> str:
    base = rng.choice(sources)
    province = rng.choice([p for p in lexicon.provinces().values() if p.since is None]).name
    people = {n: _person(rng) for n in base[2]}
    body = list(base[1][:3])  # the lead of one report
    for _ in range(rng.randint(8, 24)):
        other = rng.choice(sources)
        if other[1]:
            body.append(rng.choice(other[1]))
    year = rng.randint(2015, 2026)
    text = "\n\n".join(body)
    for old, new in people.items():
        text = text.replace(old, new)
    for src in sources:
        for name in src[2]:
            if name in text:
                text = text.replace(name, _person(rng))
    for p in base[3]:
        text = text.replace(p, province)
    text = re.sub(r"\b(\d{1,2})/(\d{1,2})/(?:19|20)\d{2}\b",
                  lambda m: f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{year}", text)
    text = re.sub(r"\b\d{1,4}(?=/(?:(?:19|20)\d{2}/)?(?:QĐ|KH|NQ|UBND)-)", lambda m: str(rng.randint(1, 3000)), text)
    headline = f"Hội nghị tổng kết công tác khoa học và công nghệ năm {year - 1} tỉnh {province}"
    return f"{headline}\n\n{text}\n\n{rng.choice(GIVEN)} {rng.choice(GIVEN)}\n"


def make_corpus(folder: Path, n: int, seed: int = 2026) -> int:
    """Write ``n`` reports into ``folder`` (in sub-folders of 1,000); return the bytes written."""
    rng = random.Random(seed)
    sources = _sources()
    size = 0
    for i in range(n):
        sub = folder / f"{i // 1000:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = make_report(rng, sources).encode("utf-8")
        (sub / f"r{i:07d}.txt").write_bytes(data)
        size += len(data)
    return size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folder", type=Path)
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args()
    size = make_corpus(a.folder, a.n, a.seed)
    print(f"{a.n} reports, {size / 2**20:.1f} MB in {a.folder}")


if __name__ == "__main__":
    main()
