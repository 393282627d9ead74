from enum import Enum
from typing import Any


class PostRunCheckType(str, Enum):
    OUTPUT_DATA_AGENTIC_CHECK = "output_data_agentic_check"
    OUTPUT_DATA_PASSES_SCHEMA_VALIDATION = "output_data_passes_schema_validation"
    RUN_ATTACHMENT_EXISTS = "run_attachment_exists"
    RUN_ATTACHMENT_IMAGE_CHECK = "run_attachment_image_check"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PostRunCheckType | None":
        # A value the API added after this client was generated still parses: it becomes a
        # member that is not among the declared ones, so older clients keep working.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
