"""Words a collector must never use (playbook §7), found in free text.

The words are the language engine's (domain/language; rules in
resources/language/*.toml); this module is the name the desk has always
called. A finding carries the rule id, the words and why it matters.
"""

from __future__ import annotations

from collector_desk.domain.language import Addressee, Finding, findings

__all__ = ["Addressee", "Finding", "findings"]
