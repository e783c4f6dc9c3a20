"""Read ``arbejdsplads.yml`` (the one place a workplace adapts the site)."""
from __future__ import annotations

from pathlib import Path

import yaml

from chikane.errors import InputError
from chikane.workplace import Workplace, parse_workplace

from .paths import WORKPLACE_FILE


class WorkplaceConfigError(Exception):
    pass


def load_workplace(path: Path = WORKPLACE_FILE) -> Workplace:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
        return parse_workplace(raw)
    except InputError as exc:
        raise WorkplaceConfigError(f"{path.name}: {exc.message}") from exc
    except yaml.YAMLError as exc:
        raise WorkplaceConfigError(f"{path.name} er ikke gyldig YAML: {exc}") from exc
