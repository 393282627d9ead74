from enum import Enum
from typing import Any


class RunField(str, Enum):
    ENDED_AT = "ended_at"
    ERROR = "error"
    INPUT_ATTACHMENT_IDS = "input_attachment_ids"
    INPUT_VALUES = "input_values"
    IS_PRIORITY = "is_priority"
    MACHINE_ID = "machine_id"
    MAIN_PROMPT = "main_prompt"
    MODEL_METADATA = "model_metadata"
    ORGANIZATION_ID = "organization_id"
    OUTPUT_ATTACHMENT_IDS = "output_attachment_ids"
    OUTPUT_DATA = "output_data"
    POOL_IDS = "pool_ids"
    POST_RUN_CHECKS = "post_run_checks"
    RELEASE_SESSION_AFTER = "release_session_after"
    RUN_MESSAGE_HISTORY = "run_message_history"
    SENSITIVE_INPUT_ALIASES = "sensitive_input_aliases"
    SESSION_ALIAS = "session_alias"
    SESSION_ID = "session_id"
    STARTED_AT = "started_at"
    USAGE_METADATA = "usage_metadata"
    USER_ID = "user_id"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "RunField | None":
        # A value the API added after this client was generated still parses: it becomes a
        # member that is not among the declared ones, so older clients keep working.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
