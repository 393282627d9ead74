from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_items,
    checked_list,
    model_json,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.workflow_internal_metadata_update import (
        WorkflowInternalMetadataUpdate,
    )
    from ..models.workflow_model_metadata import WorkflowModelMetadata
    from ..models.workflow_post_run_check_upsert import WorkflowPostRunCheckUpsert


T = TypeVar("T", bound="WorkflowUpdate")


@_attrs_define(init=False)
class WorkflowUpdate:
    name: None | str | Unset = UNSET
    main_prompt: None | str | Unset = UNSET
    input_schema: None | str | Unset = UNSET
    output_schema: None | str | Unset = UNSET
    includes_file_exports: bool | None | Unset = UNSET
    is_webhooks_enabled: bool | None | Unset = UNSET
    terminal_command_allowlist: list[str] | None | Unset = UNSET
    model_metadata: None | Unset | WorkflowModelMetadata = UNSET
    post_run_check_failure_cleanup_prompt: None | str | Unset = UNSET
    workflow_metadata: None | Unset | WorkflowInternalMetadataUpdate = UNSET
    post_run_checks: list[WorkflowPostRunCheckUpsert] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        main_prompt: str | None | Unset = UNSET,
        input_schema: str | None | Unset = UNSET,
        output_schema: str | None | Unset = UNSET,
        includes_file_exports: bool | None | Unset = UNSET,
        is_webhooks_enabled: bool | None | Unset = UNSET,
        terminal_command_allowlist: list[str] | None | Unset = UNSET,
        model_metadata: WorkflowModelMetadata | None | Unset = UNSET,
        post_run_check_failure_cleanup_prompt: str | None | Unset = UNSET,
        workflow_metadata: WorkflowInternalMetadataUpdate | None | Unset = UNSET,
        post_run_checks: list[WorkflowPostRunCheckUpsert] | None | Unset = UNSET,
        *,
        description: str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(name, (str, NoneType, Unset)):
            raise wrong_type("WorkflowUpdate", "name", "a str, or None", name)

        self.name = name
        if not isinstance(main_prompt, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowUpdate", "main_prompt", "a str, or None", main_prompt
            )

        self.main_prompt = main_prompt
        if not isinstance(input_schema, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowUpdate", "input_schema", "a str, or None", input_schema
            )

        self.input_schema = input_schema
        if not isinstance(output_schema, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowUpdate", "output_schema", "a str, or None", output_schema
            )

        self.output_schema = output_schema
        if not isinstance(includes_file_exports, (bool, NoneType, Unset)):
            raise wrong_type(
                "WorkflowUpdate",
                "includes_file_exports",
                "True or False, or None",
                includes_file_exports,
            )

        self.includes_file_exports = includes_file_exports
        if not isinstance(is_webhooks_enabled, (bool, NoneType, Unset)):
            raise wrong_type(
                "WorkflowUpdate",
                "is_webhooks_enabled",
                "True or False, or None",
                is_webhooks_enabled,
            )

        self.is_webhooks_enabled = is_webhooks_enabled
        if not isinstance(terminal_command_allowlist, (NoneType, Unset)):
            terminal_command_allowlist = checked_items(
                "WorkflowUpdate",
                "terminal_command_allowlist",
                checked_list(
                    "WorkflowUpdate",
                    "terminal_command_allowlist",
                    terminal_command_allowlist,
                    "a list of str, or None",
                ),
                str,
                "a str",
            )

        self.terminal_command_allowlist = terminal_command_allowlist
        if not isinstance(
            model_metadata, (_models.WorkflowModelMetadata, NoneType, Unset)
        ):
            raise wrong_type(
                "WorkflowUpdate",
                "model_metadata",
                "a WorkflowModelMetadata, or None",
                model_metadata,
            )

        self.model_metadata = model_metadata
        if not isinstance(
            post_run_check_failure_cleanup_prompt, (str, NoneType, Unset)
        ):
            raise wrong_type(
                "WorkflowUpdate",
                "post_run_check_failure_cleanup_prompt",
                "a str, or None",
                post_run_check_failure_cleanup_prompt,
            )

        self.post_run_check_failure_cleanup_prompt = (
            post_run_check_failure_cleanup_prompt
        )
        if not isinstance(
            workflow_metadata, (_models.WorkflowInternalMetadataUpdate, NoneType, Unset)
        ):
            raise wrong_type(
                "WorkflowUpdate",
                "workflow_metadata",
                "a WorkflowInternalMetadataUpdate, or None",
                workflow_metadata,
            )

        self.workflow_metadata = workflow_metadata
        if not isinstance(post_run_checks, (NoneType, Unset)):
            post_run_checks = checked_items(
                "WorkflowUpdate",
                "post_run_checks",
                checked_list(
                    "WorkflowUpdate",
                    "post_run_checks",
                    post_run_checks,
                    "a list of WorkflowPostRunCheckUpsert, or None",
                ),
                _models.WorkflowPostRunCheckUpsert,
                "a WorkflowPostRunCheckUpsert",
            )

        self.post_run_checks = post_run_checks
        self.additional_properties = {}
        if description is not None and not isinstance(description, Unset):
            if not isinstance(description, str):
                raise wrong_type(
                    "WorkflowUpdate", "description", "a str, or None", description
                )
            self.additional_properties["description"] = description

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

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        main_prompt: None | str | Unset
        if isinstance(self.main_prompt, Unset):
            main_prompt = UNSET
        else:
            main_prompt = self.main_prompt

        input_schema: None | str | Unset
        if isinstance(self.input_schema, Unset):
            input_schema = UNSET
        else:
            input_schema = self.input_schema

        output_schema: None | str | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        else:
            output_schema = self.output_schema

        includes_file_exports: bool | None | Unset
        if isinstance(self.includes_file_exports, Unset):
            includes_file_exports = UNSET
        else:
            includes_file_exports = self.includes_file_exports

        is_webhooks_enabled: bool | None | Unset
        if isinstance(self.is_webhooks_enabled, Unset):
            is_webhooks_enabled = UNSET
        else:
            is_webhooks_enabled = self.is_webhooks_enabled

        terminal_command_allowlist: list[str] | None | Unset
        if isinstance(self.terminal_command_allowlist, Unset):
            terminal_command_allowlist = UNSET
        elif isinstance(self.terminal_command_allowlist, list):
            terminal_command_allowlist = self.terminal_command_allowlist

        else:
            terminal_command_allowlist = self.terminal_command_allowlist

        model_metadata: dict[str, Any] | None | Unset
        if isinstance(self.model_metadata, Unset):
            model_metadata = UNSET
        elif isinstance(self.model_metadata, _models.WorkflowModelMetadata):
            model_metadata = self.model_metadata.to_dict()
        else:
            model_metadata = self.model_metadata

        post_run_check_failure_cleanup_prompt: None | str | Unset
        if isinstance(self.post_run_check_failure_cleanup_prompt, Unset):
            post_run_check_failure_cleanup_prompt = UNSET
        else:
            post_run_check_failure_cleanup_prompt = (
                self.post_run_check_failure_cleanup_prompt
            )

        workflow_metadata: dict[str, Any] | None | Unset
        if isinstance(self.workflow_metadata, Unset):
            workflow_metadata = UNSET
        elif isinstance(self.workflow_metadata, _models.WorkflowInternalMetadataUpdate):
            workflow_metadata = self.workflow_metadata.to_dict()
        else:
            workflow_metadata = self.workflow_metadata

        post_run_checks: list[dict[str, Any]] | None | Unset
        if isinstance(self.post_run_checks, Unset):
            post_run_checks = UNSET
        elif isinstance(self.post_run_checks, list):
            post_run_checks = []
            for post_run_checks_type_0_item_data in self.post_run_checks:
                post_run_checks_type_0_item = post_run_checks_type_0_item_data.to_dict()
                post_run_checks.append(post_run_checks_type_0_item)

        else:
            post_run_checks = self.post_run_checks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if main_prompt is not UNSET:
            field_dict["main_prompt"] = main_prompt
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
        if includes_file_exports is not UNSET:
            field_dict["includes_file_exports"] = includes_file_exports
        if is_webhooks_enabled is not UNSET:
            field_dict["is_webhooks_enabled"] = is_webhooks_enabled
        if terminal_command_allowlist is not UNSET:
            field_dict["terminal_command_allowlist"] = terminal_command_allowlist
        if model_metadata is not UNSET:
            field_dict["model_metadata"] = model_metadata
        if post_run_check_failure_cleanup_prompt is not UNSET:
            field_dict["post_run_check_failure_cleanup_prompt"] = (
                post_run_check_failure_cleanup_prompt
            )
        if workflow_metadata is not UNSET:
            field_dict["workflow_metadata"] = workflow_metadata
        if post_run_checks is not UNSET:
            field_dict["post_run_checks"] = post_run_checks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        main_prompt = d.pop("main_prompt", UNSET)

        input_schema = d.pop("input_schema", UNSET)

        output_schema = d.pop("output_schema", UNSET)

        includes_file_exports = d.pop("includes_file_exports", UNSET)

        is_webhooks_enabled = d.pop("is_webhooks_enabled", UNSET)

        terminal_command_allowlist = d.pop("terminal_command_allowlist", UNSET)
        if isinstance(terminal_command_allowlist, list):
            try:
                terminal_command_allowlist_type_0 = cast(
                    list[str], terminal_command_allowlist
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                terminal_command_allowlist = terminal_command_allowlist_type_0

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

        post_run_check_failure_cleanup_prompt = d.pop(
            "post_run_check_failure_cleanup_prompt", UNSET
        )

        workflow_metadata = d.pop("workflow_metadata", UNSET)
        if isinstance(workflow_metadata, dict):
            try:
                workflow_metadata_type_0 = (
                    _models.WorkflowInternalMetadataUpdate.from_dict(workflow_metadata)
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                workflow_metadata = workflow_metadata_type_0

        post_run_checks = d.pop("post_run_checks", UNSET)
        if isinstance(post_run_checks, list):
            try:
                post_run_checks_type_0 = []
                _post_run_checks_type_0 = post_run_checks
                _post_run_checks_type_0_item_from_dict = (
                    _models.WorkflowPostRunCheckUpsert.from_dict
                )
                for post_run_checks_type_0_item_data in _post_run_checks_type_0:
                    post_run_checks_type_0_item = (
                        _post_run_checks_type_0_item_from_dict(
                            post_run_checks_type_0_item_data
                        )
                    )
                    post_run_checks_type_0.append(post_run_checks_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                post_run_checks = post_run_checks_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        workflow_update = cls.__new__(cls)
        workflow_update.name = name
        workflow_update.main_prompt = main_prompt
        workflow_update.input_schema = input_schema
        workflow_update.output_schema = output_schema
        workflow_update.includes_file_exports = includes_file_exports
        workflow_update.is_webhooks_enabled = is_webhooks_enabled
        workflow_update.terminal_command_allowlist = terminal_command_allowlist
        workflow_update.model_metadata = model_metadata
        workflow_update.post_run_check_failure_cleanup_prompt = (
            post_run_check_failure_cleanup_prompt
        )
        workflow_update.workflow_metadata = workflow_metadata
        workflow_update.post_run_checks = post_run_checks

        workflow_update.additional_properties = d
        return workflow_update

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
