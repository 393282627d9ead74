from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.workflow_response_old_versions_type_0_item import (
    WorkflowResponseOldVersionsType0Item,
)
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_items,
    checked_list,
    checked_map_list,
    checked_uuid,
    model_json,
    parse_datetime,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.workflow_internal_metadata import WorkflowInternalMetadata
    from ..models.workflow_model_metadata import WorkflowModelMetadata
    from ..models.workflow_post_run_check_response import WorkflowPostRunCheckResponse
    from ..models.workflow_response_old_versions_type_0_item import (
        WorkflowResponseOldVersionsType0Item,
    )
    from ..models.workflow_tag_response import WorkflowTagResponse


T = TypeVar("T", bound="WorkflowResponse")


@_attrs_define(init=False)
class WorkflowResponse:
    main_prompt: str
    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    name: None | str | Unset = UNSET
    input_schema: None | str | Unset = UNSET
    output_schema: None | str | Unset = UNSET
    includes_file_exports: bool | Unset = False
    is_webhooks_enabled: bool | Unset = False
    terminal_command_allowlist: list[str] | None | Unset = UNSET
    model_metadata: None | Unset | WorkflowModelMetadata = UNSET
    post_run_check_failure_cleanup_prompt: None | str | Unset = UNSET
    user_id: None | Unset | UUID = UNSET
    organization_id: None | str | Unset = UNSET
    includes_input_variables: bool | Unset = False
    workflow_metadata: None | Unset | WorkflowInternalMetadata = UNSET
    old_versions: list[WorkflowResponseOldVersionsType0Item] | None | Unset = UNSET
    tags: list[WorkflowTagResponse] | None | Unset = UNSET
    post_run_checks: list[WorkflowPostRunCheckResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        main_prompt: str,
        id: UUID | str,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        name: str | None | Unset = UNSET,
        input_schema: str | None | Unset = UNSET,
        output_schema: str | None | Unset = UNSET,
        includes_file_exports: bool | Unset = False,
        is_webhooks_enabled: bool | Unset = False,
        terminal_command_allowlist: list[str] | None | Unset = UNSET,
        model_metadata: WorkflowModelMetadata | None | Unset = UNSET,
        post_run_check_failure_cleanup_prompt: str | None | Unset = UNSET,
        user_id: UUID | str | None | Unset = UNSET,
        organization_id: str | None | Unset = UNSET,
        includes_input_variables: bool | Unset = False,
        workflow_metadata: WorkflowInternalMetadata | None | Unset = UNSET,
        old_versions: Sequence[Mapping[str, Any]] | None | Unset = UNSET,
        tags: list[WorkflowTagResponse] | None | Unset = UNSET,
        post_run_checks: list[WorkflowPostRunCheckResponse] | None | Unset = UNSET,
    ) -> None:
        if not isinstance(main_prompt, str):
            raise wrong_type("WorkflowResponse", "main_prompt", "a str", main_prompt)

        self.main_prompt = main_prompt
        if not isinstance(id, UUID):
            id = checked_uuid("WorkflowResponse", "id", id, "a UUID or a UUID string")

        self.id = id
        if not isinstance(created_at, datetime.datetime):
            raise wrong_type("WorkflowResponse", "created_at", "a datetime", created_at)

        self.created_at = created_at
        if not isinstance(updated_at, datetime.datetime):
            raise wrong_type("WorkflowResponse", "updated_at", "a datetime", updated_at)

        self.updated_at = updated_at
        if not isinstance(name, (str, NoneType, Unset)):
            raise wrong_type("WorkflowResponse", "name", "a str, or None", name)

        self.name = name
        if not isinstance(input_schema, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowResponse", "input_schema", "a str, or None", input_schema
            )

        self.input_schema = input_schema
        if not isinstance(output_schema, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowResponse", "output_schema", "a str, or None", output_schema
            )

        self.output_schema = output_schema
        if not isinstance(includes_file_exports, (bool, Unset)):
            raise wrong_type(
                "WorkflowResponse",
                "includes_file_exports",
                "True or False",
                includes_file_exports,
            )

        self.includes_file_exports = includes_file_exports
        if not isinstance(is_webhooks_enabled, (bool, Unset)):
            raise wrong_type(
                "WorkflowResponse",
                "is_webhooks_enabled",
                "True or False",
                is_webhooks_enabled,
            )

        self.is_webhooks_enabled = is_webhooks_enabled
        if not isinstance(terminal_command_allowlist, (NoneType, Unset)):
            terminal_command_allowlist = checked_items(
                "WorkflowResponse",
                "terminal_command_allowlist",
                checked_list(
                    "WorkflowResponse",
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
                "WorkflowResponse",
                "model_metadata",
                "a WorkflowModelMetadata, or None",
                model_metadata,
            )

        self.model_metadata = model_metadata
        if not isinstance(
            post_run_check_failure_cleanup_prompt, (str, NoneType, Unset)
        ):
            raise wrong_type(
                "WorkflowResponse",
                "post_run_check_failure_cleanup_prompt",
                "a str, or None",
                post_run_check_failure_cleanup_prompt,
            )

        self.post_run_check_failure_cleanup_prompt = (
            post_run_check_failure_cleanup_prompt
        )
        if not isinstance(user_id, (UUID, NoneType, Unset)):
            user_id = checked_uuid(
                "WorkflowResponse",
                "user_id",
                user_id,
                "a UUID or a UUID string, or None",
            )

        self.user_id = user_id
        if not isinstance(organization_id, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowResponse", "organization_id", "a str, or None", organization_id
            )

        self.organization_id = organization_id
        if not isinstance(includes_input_variables, (bool, Unset)):
            raise wrong_type(
                "WorkflowResponse",
                "includes_input_variables",
                "True or False",
                includes_input_variables,
            )

        self.includes_input_variables = includes_input_variables
        if not isinstance(
            workflow_metadata, (_models.WorkflowInternalMetadata, NoneType, Unset)
        ):
            raise wrong_type(
                "WorkflowResponse",
                "workflow_metadata",
                "a WorkflowInternalMetadata, or None",
                workflow_metadata,
            )

        self.workflow_metadata = workflow_metadata
        if not isinstance(old_versions, (NoneType, Unset)):
            old_versions = checked_map_list(
                "WorkflowResponse",
                "old_versions",
                old_versions,
                WorkflowResponseOldVersionsType0Item,
                "a list of mappings, or None",
            )

        self.old_versions = old_versions
        if not isinstance(tags, (NoneType, Unset)):
            tags = checked_items(
                "WorkflowResponse",
                "tags",
                checked_list(
                    "WorkflowResponse",
                    "tags",
                    tags,
                    "a list of WorkflowTagResponse, or None",
                ),
                _models.WorkflowTagResponse,
                "a WorkflowTagResponse",
            )

        self.tags = tags
        if not isinstance(post_run_checks, (NoneType, Unset)):
            post_run_checks = checked_items(
                "WorkflowResponse",
                "post_run_checks",
                checked_list(
                    "WorkflowResponse",
                    "post_run_checks",
                    post_run_checks,
                    "a list of WorkflowPostRunCheckResponse, or None",
                ),
                _models.WorkflowPostRunCheckResponse,
                "a WorkflowPostRunCheckResponse",
            )

        self.post_run_checks = post_run_checks
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

    def to_dict(self) -> dict[str, Any]:
        main_prompt = self.main_prompt

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        includes_file_exports = self.includes_file_exports

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

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        includes_input_variables = self.includes_input_variables

        workflow_metadata: dict[str, Any] | None | Unset
        if isinstance(self.workflow_metadata, Unset):
            workflow_metadata = UNSET
        elif isinstance(self.workflow_metadata, _models.WorkflowInternalMetadata):
            workflow_metadata = self.workflow_metadata.to_dict()
        else:
            workflow_metadata = self.workflow_metadata

        old_versions: list[dict[str, Any]] | None | Unset
        if isinstance(self.old_versions, Unset):
            old_versions = UNSET
        elif isinstance(self.old_versions, list):
            old_versions = []
            for old_versions_type_0_item_data in self.old_versions:
                old_versions_type_0_item = old_versions_type_0_item_data.to_dict()
                old_versions.append(old_versions_type_0_item)

        else:
            old_versions = self.old_versions

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

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
        field_dict.update(
            {
                "main_prompt": main_prompt,
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
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
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if includes_input_variables is not UNSET:
            field_dict["includes_input_variables"] = includes_input_variables
        if workflow_metadata is not UNSET:
            field_dict["workflow_metadata"] = workflow_metadata
        if old_versions is not UNSET:
            field_dict["old_versions"] = old_versions
        if tags is not UNSET:
            field_dict["tags"] = tags
        if post_run_checks is not UNSET:
            field_dict["post_run_checks"] = post_run_checks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        main_prompt = d.pop("main_prompt")

        id = parse_uuid(d.pop("id"))

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        name = d.pop("name", UNSET)

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

        user_id = d.pop("user_id", UNSET)
        if isinstance(user_id, str):
            try:
                user_id_type_0 = parse_uuid(user_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                user_id = user_id_type_0

        organization_id = d.pop("organization_id", UNSET)

        includes_input_variables = d.pop("includes_input_variables", UNSET)

        workflow_metadata = d.pop("workflow_metadata", UNSET)
        if isinstance(workflow_metadata, dict):
            try:
                workflow_metadata_type_0 = _models.WorkflowInternalMetadata.from_dict(
                    workflow_metadata
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                workflow_metadata = workflow_metadata_type_0

        old_versions = d.pop("old_versions", UNSET)
        if isinstance(old_versions, list):
            try:
                old_versions_type_0 = []
                _old_versions_type_0 = old_versions
                _old_versions_type_0_item_from_dict = (
                    _models.WorkflowResponseOldVersionsType0Item.from_dict
                )
                for old_versions_type_0_item_data in _old_versions_type_0:
                    old_versions_type_0_item = _old_versions_type_0_item_from_dict(
                        old_versions_type_0_item_data
                    )
                    old_versions_type_0.append(old_versions_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                old_versions = old_versions_type_0

        tags = d.pop("tags", UNSET)
        if isinstance(tags, list):
            try:
                tags_type_0 = []
                _tags_type_0 = tags
                _tags_type_0_item_from_dict = _models.WorkflowTagResponse.from_dict
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = _tags_type_0_item_from_dict(
                        tags_type_0_item_data
                    )
                    tags_type_0.append(tags_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                tags = tags_type_0

        post_run_checks = d.pop("post_run_checks", UNSET)
        if isinstance(post_run_checks, list):
            try:
                post_run_checks_type_0 = []
                _post_run_checks_type_0 = post_run_checks
                _post_run_checks_type_0_item_from_dict = (
                    _models.WorkflowPostRunCheckResponse.from_dict
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
        workflow_response = cls.__new__(cls)
        workflow_response.main_prompt = main_prompt
        workflow_response.id = id
        workflow_response.created_at = created_at
        workflow_response.updated_at = updated_at
        workflow_response.name = name
        workflow_response.input_schema = input_schema
        workflow_response.output_schema = output_schema
        workflow_response.includes_file_exports = includes_file_exports
        workflow_response.is_webhooks_enabled = is_webhooks_enabled
        workflow_response.terminal_command_allowlist = terminal_command_allowlist
        workflow_response.model_metadata = model_metadata
        workflow_response.post_run_check_failure_cleanup_prompt = (
            post_run_check_failure_cleanup_prompt
        )
        workflow_response.user_id = user_id
        workflow_response.organization_id = organization_id
        workflow_response.includes_input_variables = includes_input_variables
        workflow_response.workflow_metadata = workflow_metadata
        workflow_response.old_versions = old_versions
        workflow_response.tags = tags
        workflow_response.post_run_checks = post_run_checks

        workflow_response.additional_properties = d
        return workflow_response

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
