from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.chain_step_inputs_type_0 import ChainStepInputsType0
from ..models.chain_step_sensitive_inputs_type_0 import ChainStepSensitiveInputsType0
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_map,
    checked_uuid,
    model_json,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.chain_step_inputs_type_0 import ChainStepInputsType0
    from ..models.chain_step_sensitive_inputs_type_0 import (
        ChainStepSensitiveInputsType0,
    )


T = TypeVar("T", bound="ChainStep")


@_attrs_define(init=False)
class ChainStep:
    workflow_id: UUID
    session_alias: None | str | Unset = UNSET
    inputs: ChainStepInputsType0 | None | Unset = UNSET
    sensitive_inputs: ChainStepSensitiveInputsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        workflow_id: UUID | str,
        session_alias: str | None | Unset = UNSET,
        inputs: Mapping[str, Any] | None | Unset = UNSET,
        sensitive_inputs: Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        if not isinstance(workflow_id, UUID):
            workflow_id = checked_uuid(
                "ChainStep", "workflow_id", workflow_id, "a UUID or a UUID string"
            )

        self.workflow_id = workflow_id
        if not isinstance(session_alias, (str, NoneType, Unset)):
            raise wrong_type(
                "ChainStep", "session_alias", "a str, or None", session_alias
            )

        self.session_alias = session_alias
        if not isinstance(inputs, (ChainStepInputsType0, NoneType, Unset)):
            inputs = checked_map(
                "ChainStep",
                "inputs",
                inputs,
                ChainStepInputsType0,
                "a mapping, or None",
            )

        self.inputs = inputs
        if not isinstance(
            sensitive_inputs, (ChainStepSensitiveInputsType0, NoneType, Unset)
        ):
            sensitive_inputs = checked_map(
                "ChainStep",
                "sensitive_inputs",
                sensitive_inputs,
                ChainStepSensitiveInputsType0,
                "a mapping, or None",
            )

        self.sensitive_inputs = sensitive_inputs
        self.additional_properties = {}

    def to_json(self) -> str:
        """This model as JSON text, as the API reads it."""
        return model_json(self)

    if not TYPE_CHECKING:
        # dict(model) gives the wire form: what fastapi.encoders.jsonable_encoder falls back to.
        # Hidden from type checkers, which would otherwise take every model for a sequence.
        def __iter__(self) -> Iterator[tuple[str, Any]]:
            return iter(self.to_dict().items())

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        return pydantic_core_schema(cls)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        return pydantic_json_schema(cls)

    def __repr__(self) -> str:
        hidden = ["sensitive_inputs"]
        shown = []
        for name in self.__attrs_attrs__:
            value = getattr(self, name.name)
            text = (
                "<redacted>"
                if name.name in hidden
                and value is not None
                and not isinstance(value, Unset)
                else repr(value)
            )
            shown.append(f"{name.name}={text}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        workflow_id = str(self.workflow_id)

        session_alias: None | str | Unset
        if isinstance(self.session_alias, Unset):
            session_alias = UNSET
        else:
            session_alias = self.session_alias

        inputs: dict[str, Any] | None | Unset
        if isinstance(self.inputs, Unset):
            inputs = UNSET
        elif isinstance(self.inputs, _models.ChainStepInputsType0):
            inputs = self.inputs.to_dict()
        else:
            inputs = self.inputs

        sensitive_inputs: dict[str, Any] | None | Unset
        if isinstance(self.sensitive_inputs, Unset):
            sensitive_inputs = UNSET
        elif isinstance(self.sensitive_inputs, _models.ChainStepSensitiveInputsType0):
            sensitive_inputs = self.sensitive_inputs.to_dict()
        else:
            sensitive_inputs = self.sensitive_inputs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
            }
        )
        if session_alias is not UNSET:
            field_dict["session_alias"] = session_alias
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if sensitive_inputs is not UNSET:
            field_dict["sensitive_inputs"] = sensitive_inputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflow_id = parse_uuid(d.pop("workflow_id"))

        session_alias = d.pop("session_alias", UNSET)

        inputs = d.pop("inputs", UNSET)
        if isinstance(inputs, dict):
            try:
                inputs_type_0 = _models.ChainStepInputsType0.from_dict(inputs)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                inputs = inputs_type_0

        sensitive_inputs = d.pop("sensitive_inputs", UNSET)
        if isinstance(sensitive_inputs, dict):
            try:
                sensitive_inputs_type_0 = (
                    _models.ChainStepSensitiveInputsType0.from_dict(sensitive_inputs)
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                sensitive_inputs = sensitive_inputs_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        chain_step = cls.__new__(cls)
        chain_step.workflow_id = workflow_id
        chain_step.session_alias = session_alias
        chain_step.inputs = inputs
        chain_step.sensitive_inputs = sensitive_inputs

        chain_step.additional_properties = d
        return chain_step

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
