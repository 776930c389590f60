"""``khabar kb``: search the knowledge base and add to it.

    khabar kb search पुतिन                      # exact alias, then cross-script name key
    khabar kb search "Vladimir Putin" --json
    khabar kb add --name "Ramesh Kumar" --type PER --alias "रमेश कुमार" --country IND \\
        --wikidata Q123 --role "INDGOV 2024-06-09.."
    khabar kb import people.csv                 # CSV/TSV with a header, or JSON Lines
    khabar kb export [--all] [--format jsonl|csv] [-o FILE]

Additions are kept in $KHABAR_HOME/kb-user.jsonl (default ~/.local/share/khabar) and override a
shipped entity with the same id. Exit codes: 0 done, 1 nothing imported or nothing found,
2 bad arguments or data.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from khabar.kb import Entity, KBError, KnowledgeBase, role_code
from khabar.kb.userdata import FIELDS, entity_from_mapping, entity_to_json


def register(commands: Any) -> None:
    p = commands.add_parser(
        "kb",
        help="search the knowledge base, add entities, import and export them",
        description="Search the knowledge base and add to it (additions go to $KHABAR_HOME/kb-user.jsonl).",
    )
    sub = p.add_subparsers(dest="kb_command", metavar="KB_COMMAND")
    sub.required = True

    s = sub.add_parser("search", help="find entities by name in Devanagari or Latin script")
    s.add_argument("query", metavar="NAME")
    s.add_argument("--limit", type=int, default=10, help="at most this many results (default 10)")
    s.add_argument("--date", help="show each entity's role code on this date (YYYY-MM-DD)")
    s.add_argument("--json", action="store_true", help="one JSON object a line instead of a table")
    s.set_defaults(run=_search)

    a = sub.add_parser("add", help="add an entity, or override one by --id")
    a.add_argument("--name", required=True, help="canonical English name (a Wikipedia title)")
    a.add_argument("--type", required=True, type=str.upper, choices=("PER", "ORG", "LOC"))
    a.add_argument("--alias", "--aliases", dest="aliases", action="append", default=[],
                   help="another name (repeat, or separate with |)")
    a.add_argument("--country", default="", help="ISO 3166 alpha-3 code such as IND")
    a.add_argument("--wikidata", default="", help="Wikidata id such as Q7747")
    a.add_argument("--role", "--roles", dest="roles", action="append", default=[],
                   help="CAMEO-style code with optional dates: 'INDGOV 2024-06-09..' (repeat)")
    a.add_argument("--id", default="", help="entity id (default user:<name>); an existing id overrides it")
    a.set_defaults(run=_add)

    i = sub.add_parser("import", help="import entities from CSV/TSV (header row) or JSON Lines")
    i.add_argument("path", metavar="FILE",
                   help=f"columns or keys: {', '.join(FIELDS)}; aliases separated by |, roles by ;")
    i.set_defaults(run=_import)

    e = sub.add_parser("export", help="write your added entities (or all with --all)")
    e.add_argument("--all", action="store_true", help="also the shipped entities")
    e.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    e.add_argument("-o", "--output", help="file to write (default standard output)")
    e.set_defaults(run=_export)


def _open() -> KnowledgeBase:
    return KnowledgeBase.open()


def _fail(message: str, code: int = 2) -> int:
    print(f"khabar kb: {message}", file=sys.stderr)
    return code


def _search(args: argparse.Namespace) -> int:
    try:
        kb = _open()
        hits = kb.search_scored(args.query, max(1, args.limit))
        for entity, score in hits:
            role = role_code(entity, args.date) if args.date else None
            if args.json:
                row: dict[str, Any] = {"score": score, **entity_to_json(entity)}
                if args.date:
                    row["code"] = role
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                extra = f"  [{role}]" if args.date else ""
                aliases = ", ".join(entity.aliases[:6]) + (" …" if len(entity.aliases) > 6 else "")
                print(f"{score:.1f}  {entity.id}  {entity.type}  {entity.name}{extra}  ({aliases})")
    except KBError as exc:
        return _fail(str(exc))
    if not hits:
        print(f"khabar kb: nothing found for {args.query!r}", file=sys.stderr)
        return 1
    return 0


def _split(values: list[str], sep: str) -> list[str]:
    return [part.strip() for v in values for part in v.split(sep) if part.strip()]


def _add(args: argparse.Namespace) -> int:
    row = {
        "id": args.id, "name": args.name, "type": args.type, "country": args.country,
        "wikidata": args.wikidata, "aliases": _split(args.aliases, "|"), "roles": _split(args.roles, ";"),
    }
    try:
        entity = _open().add(entity_from_mapping(row))
    except KBError as exc:
        return _fail(str(exc))
    sys.stdout.write(json.dumps(entity_to_json(entity), ensure_ascii=False) + "\n")
    return 0


def _import(args: argparse.Namespace) -> int:
    try:
        kb = _open()
        n = kb.import_file(args.path)
    except KBError as exc:
        return _fail(f"{exc} (nothing imported)", 1)
    print(json.dumps({"imported": n, "user_file": str(kb.home / "kb-user.jsonl")}, ensure_ascii=False))
    return 0


def _write_csv(entities: list[Entity], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for e in entities:
        row = entity_to_json(e)
        writer.writerow([
            row["id"], row["name"], row["type"], row["country"] or "", row["wikidata"] or "",
            "|".join(row["aliases"]), ";".join(row["roles"]),
        ])


def _export(args: argparse.Namespace) -> int:
    try:
        kb = _open()
        if args.output:
            with Path(args.output).open("w", encoding="utf-8", newline="") as fh:
                _export_to(kb, args, fh)
        else:
            _export_to(kb, args, sys.stdout)
    except (KBError, OSError) as exc:
        return _fail(str(exc))
    return 0


def _export_to(kb: KnowledgeBase, args: argparse.Namespace, out: TextIO) -> None:
    if args.format == "csv":
        ents = list(kb.entities()) if args.all else [e for e in kb.entities() if e.source == "user"]
        _write_csv(ents, out)
    else:
        kb.export(out, include_shipped=args.all)
