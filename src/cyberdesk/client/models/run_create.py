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
from ..models.run_create_input_values_type_0 import RunCreateInputValuesType0
from ..models.run_create_sensitive_input_values_type_0 import (
    RunCreateSensitiveInputValuesType0,
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
    from ..models.file_input import FileInput
    from ..models.run_create_input_values_type_0 import RunCreateInputValuesType0
    from ..models.run_create_sensitive_input_values_type_0 import (
        RunCreateSensitiveInputValuesType0,
    )
    from ..models.workflow_model_metadata import WorkflowModelMetadata


T = TypeVar("T", bound="RunCreate")


@_attrs_define(init=False)
class RunCreate:
    workflow_id: UUID
    is_priority: bool | Unset = False
    main_prompt: None | str | Unset = UNSET
    main_agent_model_id: None | Unset | UUID = UNSET
    model_metadata: None | Unset | WorkflowModelMetadata = UNSET
    machine_id: None | Unset | UUID = UNSET
    pool_ids: list[UUID] | None | Unset = UNSET
    input_values: None | RunCreateInputValuesType0 | Unset = UNSET
    file_inputs: list[FileInput] | None | Unset = UNSET
    sensitive_input_values: None | RunCreateSensitiveInputValuesType0 | Unset = UNSET
    session_id: None | Unset | UUID = UNSET
    start_session: bool | None | Unset = False
    session_alias: None | str | Unset = UNSET
    release_session_after: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        workflow_id: UUID | str,
        is_priority: bool | Unset = False,
        main_prompt: str | None | Unset = UNSET,
        main_agent_model_id: UUID | str | None | Unset = UNSET,
        model_metadata: WorkflowModelMetadata | None | Unset = UNSET,
        machine_id: UUID | str | None | Unset = UNSET,
        pool_ids: Sequence[UUID | str] | None | Unset = UNSET,
        input_values: Mapping[str, Any] | None | Unset = UNSET,
        file_inputs: list[FileInput] | None | Unset = UNSET,
        sensitive_input_values: Mapping[str, Any] | None | Unset = UNSET,
        session_id: UUID | str | None | Unset = UNSET,
        start_session: bool | None | Unset = False,
        session_alias: str | None | Unset = UNSET,
        release_session_after: bool | None | Unset = UNSET,
    ) -> None:
        if not isinstance(workflow_id, UUID):
            workflow_id = checked_uuid(
                "RunCreate", "workflow_id", workflow_id, "a UUID or a UUID string"
            )

        self.workflow_id = workflow_id
        if not isinstance(is_priority, (bool, Unset)):
            raise wrong_type("RunCreate", "is_priority", "True or False", is_priority)

        self.is_priority = is_priority
        if not isinstance(main_prompt, (str, NoneType, Unset)):
            raise wrong_type("RunCreate", "main_prompt", "a str, or None", main_prompt)

        self.main_prompt = main_prompt
        if not isinstance(main_agent_model_id, (UUID, NoneType, Unset)):
            main_agent_model_id = checked_uuid(
                "RunCreate",
                "main_agent_model_id",
                main_agent_model_id,
                "a UUID or a UUID string, or None",
            )

        self.main_agent_model_id = main_agent_model_id
        if not isinstance(
            model_metadata, (_models.WorkflowModelMetadata, NoneType, Unset)
        ):
            raise wrong_type(
                "RunCreate",
                "model_metadata",
                "a WorkflowModelMetadata, or None",
                model_metadata,
            )

        self.model_metadata = model_metadata
        if not isinstance(machine_id, (UUID, NoneType, Unset)):
            machine_id = checked_uuid(
                "RunCreate",
                "machine_id",
                machine_id,
                "a UUID or a UUID string, or None",
            )

        self.machine_id = machine_id
        if not isinstance(pool_ids, (NoneType, Unset)):
            pool_ids = checked_uuid_list(
                "RunCreate",
                "pool_ids",
                pool_ids,
                "a list of UUIDs or UUID strings, or None",
            )

        self.pool_ids = pool_ids
        if not isinstance(input_values, (RunCreateInputValuesType0, NoneType, Unset)):
            input_values = checked_map(
                "RunCreate",
                "input_values",
                input_values,
                RunCreateInputValuesType0,
                "a mapping, or None",
            )

        self.input_values = input_values
        if not isinstance(file_inputs, (NoneType, Unset)):
            file_inputs = checked_items(
                "RunCreate",
                "file_inputs",
                checked_list(
                    "RunCreate",
                    "file_inputs",
                    file_inputs,
                    "a list of FileInput, or None",
                ),
                _models.FileInput,
                "a FileInput",
            )

        self.file_inputs = file_inputs
        if not isinstance(
            sensitive_input_values,
            (RunCreateSensitiveInputValuesType0, NoneType, Unset),
        ):
            sensitive_input_values = checked_map(
                "RunCreate",
                "sensitive_input_values",
                sensitive_input_values,
                RunCreateSensitiveInputValuesType0,
                "a mapping, or None",
            )

        self.sensitive_input_values = sensitive_input_values
        if not isinstance(session_id, (UUID, NoneType, Unset)):
            session_id = checked_uuid(
                "RunCreate",
                "session_id",
                session_id,
                "a UUID or a UUID string, or None",
            )

        self.session_id = session_id
        if not isinstance(start_session, (bool, NoneType, Unset)):
            raise wrong_type(
                "RunCreate", "start_session", "True or False, or None", start_session
            )

        self.start_session = start_session
        if not isinstance(session_alias, (str, NoneType, Unset)):
            raise wrong_type(
                "RunCreate", "session_alias", "a str, or None", session_alias
            )

        self.session_alias = session_alias
        if not isinstance(release_session_after, (bool, NoneType, Unset)):
            raise wrong_type(
                "RunCreate",
                "release_session_after",
                "True or False, or None",
                release_session_after,
            )

        self.release_session_after = release_session_after
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
        hidden = ["sensitive_input_values"]
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

        is_priority = self.is_priority

        main_prompt: None | str | Unset
        if isinstance(self.main_prompt, Unset):
            main_prompt = UNSET
        else:
            main_prompt = self.main_prompt

        main_agent_model_id: None | str | Unset
        if isinstance(self.main_agent_model_id, Unset):
            main_agent_model_id = UNSET
        elif isinstance(self.main_agent_model_id, UUID):
            main_agent_model_id = str(self.main_agent_model_id)
        else:
            main_agent_model_id = self.main_agent_model_id

        model_metadata: dict[str, Any] | None | Unset
        if isinstance(self.model_metadata, Unset):
            model_metadata = UNSET
        elif isinstance(self.model_metadata, _models.WorkflowModelMetadata):
            model_metadata = self.model_metadata.to_dict()
        else:
            model_metadata = self.model_metadata

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

        input_values: dict[str, Any] | None | Unset
        if isinstance(self.input_values, Unset):
            input_values = UNSET
        elif isinstance(self.input_values, _models.RunCreateInputValuesType0):
            input_values = self.input_values.to_dict()
        else:
            input_values = self.input_values

        file_inputs: list[dict[str, Any]] | None | Unset
        if isinstance(self.file_inputs, Unset):
            file_inputs = UNSET
        elif isinstance(self.file_inputs, list):
            file_inputs = []
            for file_inputs_type_0_item_data in self.file_inputs:
                file_inputs_type_0_item = file_inputs_type_0_item_data.to_dict()
                file_inputs.append(file_inputs_type_0_item)

        else:
            file_inputs = self.file_inputs

        sensitive_input_values: dict[str, Any] | None | Unset
        if isinstance(self.sensitive_input_values, Unset):
            sensitive_input_values = UNSET
        elif isinstance(
            self.sensitive_input_values, _models.RunCreateSensitiveInputValuesType0
        ):
            sensitive_input_values = self.sensitive_input_values.to_dict()
        else:
            sensitive_input_values = self.sensitive_input_values

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        elif isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        start_session: bool | None | Unset
        if isinstance(self.start_session, Unset):
            start_session = UNSET
        else:
            start_session = self.start_session

        session_alias: None | str | Unset
        if isinstance(self.session_alias, Unset):
            session_alias = UNSET
        else:
            session_alias = self.session_alias

        release_session_after: bool | None | Unset
        if isinstance(self.release_session_after, Unset):
            release_session_after = UNSET
        else:
            release_session_after = self.release_session_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
            }
        )
        if is_priority is not UNSET:
            field_dict["is_priority"] = is_priority
        if main_prompt is not UNSET:
            field_dict["main_prompt"] = main_prompt
        if main_agent_model_id is not UNSET:
            field_dict["main_agent_model_id"] = main_agent_model_id
        if model_metadata is not UNSET:
            field_dict["model_metadata"] = model_metadata
        if machine_id is not UNSET:
            field_dict["machine_id"] = machine_id
        if pool_ids is not UNSET:
            field_dict["pool_ids"] = pool_ids
        if input_values is not UNSET:
            field_dict["input_values"] = input_values
        if file_inputs is not UNSET:
            field_dict["file_inputs"] = file_inputs
        if sensitive_input_values is not UNSET:
            field_dict["sensitive_input_values"] = sensitive_input_values
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if start_session is not UNSET:
            field_dict["start_session"] = start_session
        if session_alias is not UNSET:
            field_dict["session_alias"] = session_alias
        if release_session_after is not UNSET:
            field_dict["release_session_after"] = release_session_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflow_id = parse_uuid(d.pop("workflow_id"))

        is_priority = d.pop("is_priority", UNSET)

        main_prompt = d.pop("main_prompt", UNSET)

        main_agent_model_id = d.pop("main_agent_model_id", UNSET)
        if isinstance(main_agent_model_id, str):
            try:
                main_agent_model_id_type_0 = parse_uuid(main_agent_model_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                main_agent_model_id = main_agent_model_id_type_0

        model_metadata = d.pop("model_metadata", UNSET)
        if isinstance(model_metadata, dict):
            try:
                model_metadata_type_0 = _models.WorkflowModelMetadata.from_dict(
                    model_metadata
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                model_metadata = model_metadata_type_0

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

        input_values = d.pop("input_values", UNSET)
        if isinstance(input_values, dict):
            try:
                input_values_type_0 = _models.RunCreateInputValuesType0.from_dict(
                    input_values
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                input_values = input_values_type_0

        file_inputs = d.pop("file_inputs", UNSET)
        if isinstance(file_inputs, list):
            try:
                file_inputs_type_0 = []
                _file_inputs_type_0 = file_inputs
                _file_inputs_type_0_item_from_dict = _models.FileInput.from_dict
                for file_inputs_type_0_item_data in _file_inputs_type_0:
                    file_inputs_type_0_item = _file_inputs_type_0_item_from_dict(
                        file_inputs_type_0_item_data
                    )
                    file_inputs_type_0.append(file_inputs_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                file_inputs = file_inputs_type_0

        sensitive_input_values = d.pop("sensitive_input_values", UNSET)
        if isinstance(sensitive_input_values, dict):
            try:
                sensitive_input_values_type_0 = (
                    _models.RunCreateSensitiveInputValuesType0.from_dict(
                        sensitive_input_values
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                sensitive_input_values = sensitive_input_values_type_0

        session_id = d.pop("session_id", UNSET)
        if isinstance(session_id, str):
            try:
                session_id_type_0 = parse_uuid(session_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                session_id = session_id_type_0

        start_session = d.pop("start_session", UNSET)

        session_alias = d.pop("session_alias", UNSET)

        release_session_after = d.pop("release_session_after", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        run_create = cls.__new__(cls)
        run_create.workflow_id = workflow_id
        run_create.is_priority = is_priority
        run_create.main_prompt = main_prompt
        run_create.main_agent_model_id = main_agent_model_id
        run_create.model_metadata = model_metadata
        run_create.machine_id = machine_id
        run_create.pool_ids = pool_ids
        run_create.input_values = input_values
        run_create.file_inputs = file_inputs
        run_create.sensitive_input_values = sensitive_input_values
        run_create.session_id = session_id
        run_create.start_session = start_session
        run_create.session_alias = session_alias
        run_create.release_session_after = release_session_after

        run_create.additional_properties = d
        return run_create

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
