"""The directory columns, question fields and document text the sample validators share (stdlib + python-docx + pypdf only)."""

import collections
import html.parser
import re

COLUMNS = (
    "id,name,name_zh,country,city,founded,employees,services,industries,technologies,"
    "certifications,languages,description,description_zh,website,contact_email,"
    "pitched_at_webinar"
).split(",")
FIELDS = ["id", "lang", "kind", "question", "expected_sources", "expected_companies", "answer_must_contain_any", "note"]
HAN = r"[\u4e00-\u9fff]"
ARABIC = r"[\u0600-\u06ff]"


class HtmlText(html.parser.HTMLParser):
    """An HTML file's text, and how many of each tag it has."""

    def __init__(self):
        super().__init__()
        self.parts = []
        self.tags = collections.Counter()

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1

    def handle_data(self, data):
        self.parts.append(data)


def extract(path):
    suf = path.suffix.lower()
    if suf in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if suf in (".html", ".htm"):
        p = HtmlText()
        p.feed(path.read_text(encoding="utf-8"))
        return " ".join(p.parts)
    if suf == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if suf == ".pdf":
        import pypdf

        r = pypdf.PdfReader(str(path))
        return "\n".join(pg.extract_text() or "" for pg in r.pages)
    raise ValueError(f"unsupported file type: {path.name}")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def script_lang(t):
    han = len(re.findall(HAN, t))
    arab = len(re.findall(ARABIC, t))
    latin = len(re.findall(r"[A-Za-z]", t))
    return max((han * 2, "zh"), (arab, "ur"), (latin, "en"))[1]
