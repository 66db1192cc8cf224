"""Which documents in a folder are superseded: an older version kept beside its newer one, or a page whose front
matter says it no longer applies. Offices keep "fees-v1.md" beside "fees-v2-final.md" and an archived page beside
the live one; answered from both, a bot quotes the old fee as readily as the new. The words that name versions are
reviewed data (vocab/versions.yaml); nothing here depends on one knowledge base's file names."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import frontmatter
import yaml

from knowledge.vocabulary import vocab_file

_VERSIONS = vocab_file("versions.yaml")
_NUMBERED = [re.compile(p, re.IGNORECASE) for p in _VERSIONS["numbered"]]
_CURRENT = frozenset(w.casefold() for w in _VERSIONS["current"])
_STALE = frozenset(w.casefold() for w in _VERSIONS["stale"])
_DRAFT = frozenset(w.casefold() for w in _VERSIONS["draft"])
_FILLER = frozenset(w.casefold() for w in _VERSIONS["filler"])
_STATUS_FIELDS = tuple(_VERSIONS["status_fields"])
_STALE_STATUS = frozenset(w.casefold() for w in _VERSIONS["stale_status"])
_NAME_PARTS = re.compile(r"[\s\-_.()\[\]（）【】]+")
_FRONT_MATTER_SUFFIXES = frozenset({".md", ".markdown", ".txt"})


def _version(stem: str) -> tuple[str, tuple[int, tuple[int, ...]]]:
    """The name without its version words, numbers and fillers ("(1)", "copy"), and the version's rank: stale <
    draft < plain < numbered < current (numbered ones by number). A name of nothing but such words is its own
    family, unranked."""
    parts = [w for w in _NAME_PARTS.split(stem.casefold()) if w]
    rest: list[str] = []
    tier, number = 2, ()
    for word in (w for w in parts if w not in _FILLER and not w.isdigit()):
        found = next((m for p in _NUMBERED if (m := p.match(word))), None)
        if found:
            number = tuple(int(n) for n in found.group(1).split("."))
        elif word in _CURRENT:
            tier = 4
        elif word in _STALE:
            tier = 0
        elif word in _DRAFT:
            tier = 1
        else:
            rest.append(word)
    if not rest:
        return " ".join(parts), (2, ())
    return " ".join(rest), (3 if number and tier == 2 else tier, number)


def superseded_by_name(paths: Iterable[Path]) -> dict[Path, Path]:
    """Each file whose name is another's but for version words that rank it lower ("fees-v1.md" below
    "fees-v2-final.md", "expo-archived.md" below "expo.md"), with the newest of its family. A family whose best
    two rank alike (nothing says which is newer) supersedes nothing."""
    families: dict[tuple[Path, str], list[tuple[tuple[int, tuple[int, ...]], Path]]] = defaultdict(list)
    for path in paths:
        name, rank = _version(path.stem)
        families[(path.parent, name)].append((rank, path))
    out: dict[Path, Path] = {}
    for members in families.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda m: m[0], reverse=True)
        if members[0][0] == members[1][0]:
            continue
        newest = members[0][1]
        out.update({path: newest for rank, path in members[1:] if rank != members[0][0]})
    return out


def stale_status(path: Path, text: str) -> str | None:
    """The status a document's front matter gives when it says the page no longer applies ("superseded")."""
    if path.suffix.lower() not in _FRONT_MATTER_SUFFIXES or not text.startswith("---"):
        return None
    try:
        metadata = frontmatter.loads(text).metadata
    except (yaml.YAMLError, ValueError):
        return None
    for name in _STATUS_FIELDS:
        value = metadata.get(name)
        if isinstance(value, str) and value.strip().casefold() in _STALE_STATUS:
            return value.strip()
    return None
