"""Command line for the knowledge base.

    python -m khabar.kb lookup पुतिन
    python -m khabar.kb search "Vladimir Putin" --limit 5
    python -m khabar.kb role पुतिन --date 2023-09-14
    python -m khabar.kb add --name "Ramesh Kumar" --type PER --country IND --alias "रमेश कुमार" \
        --role "INDGOV 2024-06-09.."
    python -m khabar.kb import my-entities.csv
    python -m khabar.kb export [--all] > mine.jsonl
    python -m khabar.kb stats

User additions go to $KHABAR_HOME/kb-user.jsonl (default ~/.local/share/khabar).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .model import KBError
from .store import load_kb, role_code
from .userdata import entity_from_mapping, entity_to_json


def _out(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m khabar.kb", description="Look up and extend the knowledge base.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("lookup", help="entities with this exact name or alias")
    p.add_argument("surface")
    p = sub.add_parser("search", help="fuzzy search across Devanagari and Latin spellings")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=10)
    p = sub.add_parser("role", help="CAMEO-style code of the entities named so, on a date")
    p.add_argument("surface")
    p.add_argument("--date", default=None, help="YYYY-MM-DD (default today)")
    p = sub.add_parser("add", help="add or override an entity (kept in the user file)")
    p.add_argument("--id", default="")
    p.add_argument("--name", required=True)
    p.add_argument("--type", required=True, choices=["PER", "ORG", "LOC"])
    p.add_argument("--country", default="")
    p.add_argument("--wikidata", default="")
    p.add_argument("--alias", action="append", default=[])
    p.add_argument("--role", action="append", default=[])
    p = sub.add_parser("import", help="import a CSV/TSV/JSONL file of entities")
    p.add_argument("path")
    p = sub.add_parser("export", help="write user entities (or all with --all) as JSON Lines")
    p.add_argument("--all", action="store_true")
    sub.add_parser("stats", help="counts by source")
    args = ap.parse_args(argv)
    try:
        kb = load_kb()
        if args.cmd == "lookup":
            for e in kb.lookup(args.surface):
                _out(entity_to_json(e))
        elif args.cmd == "search":
            for e, score in kb.search_scored(args.query, args.limit):
                _out({"score": score, **entity_to_json(e)})
        elif args.cmd == "role":
            for e in kb.lookup(args.surface):
                _out({"id": e.id, "name": e.name, "code": role_code(e, args.date)})
        elif args.cmd == "add":
            row = {
                "id": args.id, "name": args.name, "type": args.type, "country": args.country,
                "wikidata": args.wikidata, "aliases": args.alias, "roles": args.role,
            }
            _out(entity_to_json(kb.add(entity_from_mapping(row))))
        elif args.cmd == "import":
            _out({"imported": kb.import_file(args.path), "user_file": str(kb.home / "kb-user.jsonl")})
        elif args.cmd == "export":
            kb.export(sys.stdout, include_shipped=args.all)
        else:
            _out({"total": len(kb), **kb.sources})
    except KBError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
