from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.workflow_chain_create_shared_inputs_type_0 import (
    WorkflowChainCreateSharedInputsType0,
)
from ..models.workflow_chain_create_shared_sensitive_inputs_type_0 import (
    WorkflowChainCreateSharedSensitiveInputsType0,
)
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_items,
    checked_list,
    checked_map,
    checked_uuid,
    checked_uuid_list,
    model_json,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.chain_step import ChainStep
    from ..models.file_input import FileInput
    from ..models.workflow_chain_create_shared_inputs_type_0 import (
        WorkflowChainCreateSharedInputsType0,
    )
    from ..models.workflow_chain_create_shared_sensitive_inputs_type_0 import (
        WorkflowChainCreateSharedSensitiveInputsType0,
    )


T = TypeVar("T", bound="WorkflowChainCreate")


@_attrs_define(init=False)
class WorkflowChainCreate:
    steps: list[ChainStep]
    is_priority: bool | Unset = False
    shared_inputs: None | Unset | WorkflowChainCreateSharedInputsType0 = UNSET
    shared_sensitive_inputs: (
        None | Unset | WorkflowChainCreateSharedSensitiveInputsType0
    ) = UNSET
    shared_file_inputs: list[FileInput] | None | Unset = UNSET
    keep_session_after_completion: bool | None | Unset = False
    machine_id: None | Unset | UUID = UNSET
    pool_ids: list[UUID] | None | Unset = UNSET
    session_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        steps: list[ChainStep],
        is_priority: bool | Unset = False,
        shared_inputs: Mapping[str, Any] | None | Unset = UNSET,
        shared_sensitive_inputs: Mapping[str, Any] | None | Unset = UNSET,
        shared_file_inputs: list[FileInput] | None | Unset = UNSET,
        keep_session_after_completion: bool | None | Unset = False,
        machine_id: UUID | str | None | Unset = UNSET,
        pool_ids: Sequence[UUID | str] | None | Unset = UNSET,
        session_id: UUID | str | None | Unset = UNSET,
    ) -> None:
        steps = checked_items(
            "WorkflowChainCreate",
            "steps",
            checked_list("WorkflowChainCreate", "steps", steps, "a list of ChainStep"),
            _models.ChainStep,
            "a ChainStep",
        )

        self.steps = steps
        if not isinstance(is_priority, (bool, Unset)):
            raise wrong_type(
                "WorkflowChainCreate", "is_priority", "True or False", is_priority
            )

        self.is_priority = is_priority
        if not isinstance(
            shared_inputs, (WorkflowChainCreateSharedInputsType0, NoneType, Unset)
        ):
            shared_inputs = checked_map(
                "WorkflowChainCreate",
                "shared_inputs",
                shared_inputs,
                WorkflowChainCreateSharedInputsType0,
                "a mapping, or None",
            )

        self.shared_inputs = shared_inputs
        if not isinstance(
            shared_sensitive_inputs,
            (WorkflowChainCreateSharedSensitiveInputsType0, NoneType, Unset),
        ):
            shared_sensitive_inputs = checked_map(
                "WorkflowChainCreate",
                "shared_sensitive_inputs",
                shared_sensitive_inputs,
                WorkflowChainCreateSharedSensitiveInputsType0,
                "a mapping, or None",
            )

        self.shared_sensitive_inputs = shared_sensitive_inputs
        if not isinstance(shared_file_inputs, (NoneType, Unset)):
            shared_file_inputs = checked_items(
                "WorkflowChainCreate",
                "shared_file_inputs",
                checked_list(
                    "WorkflowChainCreate",
                    "shared_file_inputs",
                    shared_file_inputs,
                    "a list of FileInput, or None",
                ),
                _models.FileInput,
                "a FileInput",
            )

        self.shared_file_inputs = shared_file_inputs
        if not isinstance(keep_session_after_completion, (bool, NoneType, Unset)):
            raise wrong_type(
                "WorkflowChainCreate",
                "keep_session_after_completion",
                "True or False, or None",
                keep_session_after_completion,
            )

        self.keep_session_after_completion = keep_session_after_completion
        if not isinstance(machine_id, (UUID, NoneType, Unset)):
            machine_id = checked_uuid(
                "WorkflowChainCreate",
                "machine_id",
                machine_id,
                "a UUID or a UUID string, or None",
            )

        self.machine_id = machine_id
        if not isinstance(pool_ids, (NoneType, Unset)):
            pool_ids = checked_uuid_list(
                "WorkflowChainCreate",
                "pool_ids",
                pool_ids,
                "a list of UUIDs or UUID strings, or None",
            )

        self.pool_ids = pool_ids
        if not isinstance(session_id, (UUID, NoneType, Unset)):
            session_id = checked_uuid(
                "WorkflowChainCreate",
                "session_id",
                session_id,
                "a UUID or a UUID string, or None",
            )

        self.session_id = session_id
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
        hidden = ["shared_sensitive_inputs"]
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
        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        is_priority = self.is_priority

        shared_inputs: dict[str, Any] | None | Unset
        if isinstance(self.shared_inputs, Unset):
            shared_inputs = UNSET
        elif isinstance(
            self.shared_inputs, _models.WorkflowChainCreateSharedInputsType0
        ):
            shared_inputs = self.shared_inputs.to_dict()
        else:
            shared_inputs = self.shared_inputs

        shared_sensitive_inputs: dict[str, Any] | None | Unset
        if isinstance(self.shared_sensitive_inputs, Unset):
            shared_sensitive_inputs = UNSET
        elif isinstance(
            self.shared_sensitive_inputs,
            _models.WorkflowChainCreateSharedSensitiveInputsType0,
        ):
            shared_sensitive_inputs = self.shared_sensitive_inputs.to_dict()
        else:
            shared_sensitive_inputs = self.shared_sensitive_inputs

        shared_file_inputs: list[dict[str, Any]] | None | Unset
        if isinstance(self.shared_file_inputs, Unset):
            shared_file_inputs = UNSET
        elif isinstance(self.shared_file_inputs, list):
            shared_file_inputs = []
            for shared_file_inputs_type_0_item_data in self.shared_file_inputs:
                shared_file_inputs_type_0_item = (
                    shared_file_inputs_type_0_item_data.to_dict()
                )
                shared_file_inputs.append(shared_file_inputs_type_0_item)

        else:
            shared_file_inputs = self.shared_file_inputs

        keep_session_after_completion: bool | None | Unset
        if isinstance(self.keep_session_after_completion, Unset):
            keep_session_after_completion = UNSET
        else:
            keep_session_after_completion = self.keep_session_after_completion

        machine_id: None | str | Unset
        if isinstance(self.machine_id, Unset):
            machine_id = UNSET
        elif isinstance(self.machine_id, UUID):
            machine_id = str(self.machine_id)
        else:
            machine_id = self.machine_id

        pool_ids: list[str] | None | Unset
        if isinstance(self.pool_ids, Unset):
            pool_ids = UNSET
        elif isinstance(self.pool_ids, list):
            pool_ids = []
            for pool_ids_type_0_item_data in self.pool_ids:
                pool_ids_type_0_item = str(pool_ids_type_0_item_data)
                pool_ids.append(pool_ids_type_0_item)

        else:
            pool_ids = self.pool_ids

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        elif isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "steps": steps,
            }
        )
        if is_priority is not UNSET:
            field_dict["is_priority"] = is_priority
        if shared_inputs is not UNSET:
            field_dict["shared_inputs"] = shared_inputs
        if shared_sensitive_inputs is not UNSET:
            field_dict["shared_sensitive_inputs"] = shared_sensitive_inputs
        if shared_file_inputs is not UNSET:
            field_dict["shared_file_inputs"] = shared_file_inputs
        if keep_session_after_completion is not UNSET:
            field_dict["keep_session_after_completion"] = keep_session_after_completion
        if machine_id is not UNSET:
            field_dict["machine_id"] = machine_id
        if pool_ids is not UNSET:
            field_dict["pool_ids"] = pool_ids
        if session_id is not UNSET:
            field_dict["session_id"] = session_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        steps = []
        _steps = d.pop("steps")
        _steps_item_from_dict = _models.ChainStep.from_dict
        for steps_item_data in _steps:
            steps_item = _steps_item_from_dict(steps_item_data)
            steps.append(steps_item)

        is_priority = d.pop("is_priority", UNSET)

        shared_inputs = d.pop("shared_inputs", UNSET)
        if isinstance(shared_inputs, dict):
            try:
                shared_inputs_type_0 = (
                    _models.WorkflowChainCreateSharedInputsType0.from_dict(
                        shared_inputs
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                shared_inputs = shared_inputs_type_0

        shared_sensitive_inputs = d.pop("shared_sensitive_inputs", UNSET)
        if isinstance(shared_sensitive_inputs, dict):
            try:
                shared_sensitive_inputs_type_0 = (
                    _models.WorkflowChainCreateSharedSensitiveInputsType0.from_dict(
                        shared_sensitive_inputs
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                shared_sensitive_inputs = shared_sensitive_inputs_type_0

        shared_file_inputs = d.pop("shared_file_inputs", UNSET)
        if isinstance(shared_file_inputs, list):
            try:
                shared_file_inputs_type_0 = []
                _shared_file_inputs_type_0 = shared_file_inputs
                _shared_file_inputs_type_0_item_from_dict = _models.FileInput.from_dict
                for shared_file_inputs_type_0_item_data in _shared_file_inputs_type_0:
                    shared_file_inputs_type_0_item = (
                        _shared_file_inputs_type_0_item_from_dict(
                            shared_file_inputs_type_0_item_data
                        )
                    )
                    shared_file_inputs_type_0.append(shared_file_inputs_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                shared_file_inputs = shared_file_inputs_type_0

        keep_session_after_completion = d.pop("keep_session_after_completion", UNSET)

        machine_id = d.pop("machine_id", UNSET)
        if isinstance(machine_id, str):
            try:
                machine_id_type_0 = parse_uuid(machine_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                machine_id = machine_id_type_0

        pool_ids = d.pop("pool_ids", UNSET)
        if isinstance(pool_ids, list):
            try:
                pool_ids_type_0 = []
                _pool_ids_type_0 = pool_ids
                for pool_ids_type_0_item_data in _pool_ids_type_0:
                    pool_ids_type_0_item = parse_uuid(pool_ids_type_0_item_data)

                    pool_ids_type_0.append(pool_ids_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                pool_ids = pool_ids_type_0

        session_id = d.pop("session_id", UNSET)
        if isinstance(session_id, str):
            try:
                session_id_type_0 = parse_uuid(session_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                session_id = session_id_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        workflow_chain_create = cls.__new__(cls)
        workflow_chain_create.steps = steps
        workflow_chain_create.is_priority = is_priority
        workflow_chain_create.shared_inputs = shared_inputs
        workflow_chain_create.shared_sensitive_inputs = shared_sensitive_inputs
        workflow_chain_create.shared_file_inputs = shared_file_inputs
        workflow_chain_create.keep_session_after_completion = (
            keep_session_after_completion
        )
        workflow_chain_create.machine_id = machine_id
        workflow_chain_create.pool_ids = pool_ids
        workflow_chain_create.session_id = session_id

        workflow_chain_create.additional_properties = d
        return workflow_chain_create

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
