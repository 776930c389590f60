"""Knowledge base for entity linking: entities with Hindi and Latin aliases and dated CAMEO roles.

>>> from khabar.kb import load_kb
>>> kb = load_kb()
>>> [e.name for e in kb.lookup("पुतिन")]
['Vladimir Putin']
"""

from .model import ENTITY_TYPES, Entity, KBError, KBImportError, Role
from .namekey import name_key
from .normalize import norm_alias
from .store import DEFAULT_KB_PATH, KnowledgeBase, khabar_home, load_kb, role_code

__all__ = [
    "DEFAULT_KB_PATH",
    "ENTITY_TYPES",
    "Entity",
    "KBError",
    "KBImportError",
    "KnowledgeBase",
    "Role",
    "khabar_home",
    "load_kb",
    "name_key",
    "norm_alias",
    "role_code",
]
