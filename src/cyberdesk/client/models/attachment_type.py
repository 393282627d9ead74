from enum import Enum
from typing import Any


class AttachmentType(str, Enum):
    INPUT = "input"
    OUTPUT = "output"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AttachmentType | None":
        # A value the API added after this client was generated still parses: it becomes a
        # member that is not among the declared ones, so older clients keep working.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
