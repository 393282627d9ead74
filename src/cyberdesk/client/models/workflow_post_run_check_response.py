from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
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
from ..models.post_run_check_file_target_mode import PostRunCheckFileTargetMode
from ..models.post_run_check_type import PostRunCheckType
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_enum,
    checked_items,
    checked_list,
    checked_uuid,
    model_json,
    parse_datetime,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="WorkflowPostRunCheckResponse")


@_attrs_define(init=False)
class WorkflowPostRunCheckResponse:
    name: str
    type_: PostRunCheckType
    id: UUID
    organization_id: str
    order: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    file_target_mode: None | PostRunCheckFileTargetMode | Unset = UNSET
    file_names: list[str] | None | Unset = UNSET
    file_name_regex: None | str | Unset = UNSET
    expected_match_count: int | None | Unset = UNSET
    expected_match_count_ref: None | str | Unset = UNSET
    loop_input: None | str | Unset = UNSET
    loop_item_filename_template: None | str | Unset = UNSET
    allow_missing_attachments: bool | Unset = False
    check_prompt: None | str | Unset = UNSET
    model: None | Unset | UUID = UNSET
    user_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: str,
        type_: PostRunCheckType,
        id: UUID | str,
        organization_id: str,
        order: int,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        description: str | None | Unset = UNSET,
        file_target_mode: PostRunCheckFileTargetMode | None | Unset = UNSET,
        file_names: list[str] | None | Unset = UNSET,
        file_name_regex: str | None | Unset = UNSET,
        expected_match_count: int | None | Unset = UNSET,
        expected_match_count_ref: str | None | Unset = UNSET,
        loop_input: str | None | Unset = UNSET,
        loop_item_filename_template: str | None | Unset = UNSET,
        allow_missing_attachments: bool | Unset = False,
        check_prompt: str | None | Unset = UNSET,
        model: UUID | str | None | Unset = UNSET,
        user_id: UUID | str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(name, str):
            raise wrong_type("WorkflowPostRunCheckResponse", "name", "a str", name)

        self.name = name
        if not isinstance(type_, _models.PostRunCheckType):
            type_ = checked_enum(
                "WorkflowPostRunCheckResponse",
                "type_",
                type_,
                _models.PostRunCheckType,
                "a PostRunCheckType or one of its values (output_data_agentic_check, output_data_passes_schema_validation, run_attachment_exists, run_attachment_image_check)",
            )

        self.type_ = type_
        if not isinstance(id, UUID):
            id = checked_uuid(
                "WorkflowPostRunCheckResponse", "id", id, "a UUID or a UUID string"
            )

        self.id = id
        if not isinstance(organization_id, str):
            raise wrong_type(
                "WorkflowPostRunCheckResponse",
                "organization_id",
                "a str",
                organization_id,
            )

        self.organization_id = organization_id
        if type(order) is bool or not isinstance(order, int):
            raise wrong_type("WorkflowPostRunCheckResponse", "order", "an int", order)

        self.order = order
        if not isinstance(created_at, datetime.datetime):
            raise wrong_type(
                "WorkflowPostRunCheckResponse", "created_at", "a datetime", created_at
            )

        self.created_at = created_at
        if not isinstance(updated_at, datetime.datetime):
            raise wrong_type(
                "WorkflowPostRunCheckResponse", "updated_at", "a datetime", updated_at
            )

        self.updated_at = updated_at
        if not isinstance(description, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowPostRunCheckResponse",
                "description",
                "a str, or None",
                description,
            )

        self.description = description
        if not isinstance(
            file_target_mode, (_models.PostRunCheckFileTargetMode, NoneType, Unset)
        ):
            file_target_mode = checked_enum(
                "WorkflowPostRunCheckResponse",
                "file_target_mode",
                file_target_mode,
                _models.PostRunCheckFileTargetMode,
                "a PostRunCheckFileTargetMode or one of its values (exact, loop_items, regex), or None",
            )

        self.file_target_mode = file_target_mode
        if not isinstance(file_names, (NoneType, Unset)):
            file_names = checked_items(
                "WorkflowPostRunCheckResponse",
                "file_names",
                checked_list(
                    "WorkflowPostRunCheckResponse",
                    "file_names",
                    file_names,
                    "a list of str, or None",
                ),
                str,
                "a str",
            )

        self.file_names = file_names
        if not isinstance(file_name_regex, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowPostRunCheckResponse",
                "file_name_regex",
                "a str, or None",
                file_name_regex,
            )

        self.file_name_regex = file_name_regex
        if type(expected_match_count) is bool or not isinstance(
            expected_match_count, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "WorkflowPostRunCheckResponse",
                "expected_match_count",
                "an int, or None",
                expected_match_count,
            )

        self.expected_match_count = expected_match_count
        if not isinstance(expected_match_count_ref, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowPostRunCheckResponse",
                "expected_match_count_ref",
                "a str, or None",
                expected_match_count_ref,
            )

        self.expected_match_count_ref = expected_match_count_ref
        if not isinstance(loop_input, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowPostRunCheckResponse",
                "loop_input",
                "a str, or None",
                loop_input,
            )

        self.loop_input = loop_input
        if not isinstance(loop_item_filename_template, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowPostRunCheckResponse",
                "loop_item_filename_template",
                "a str, or None",
                loop_item_filename_template,
            )

        self.loop_item_filename_template = loop_item_filename_template
        if not isinstance(allow_missing_attachments, (bool, Unset)):
            raise wrong_type(
                "WorkflowPostRunCheckResponse",
                "allow_missing_attachments",
                "True or False",
                allow_missing_attachments,
            )

        self.allow_missing_attachments = allow_missing_attachments
        if not isinstance(check_prompt, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowPostRunCheckResponse",
                "check_prompt",
                "a str, or None",
                check_prompt,
            )

        self.check_prompt = check_prompt
        if not isinstance(model, (UUID, NoneType, Unset)):
            model = checked_uuid(
                "WorkflowPostRunCheckResponse",
                "model",
                model,
                "a UUID or a UUID string, or None",
            )

        self.model = model
        if not isinstance(user_id, (UUID, NoneType, Unset)):
            user_id = checked_uuid(
                "WorkflowPostRunCheckResponse",
                "user_id",
                user_id,
                "a UUID or a UUID string, or None",
            )

        self.user_id = user_id
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
        name = self.name

        type_ = self.type_.value

        id = str(self.id)

        organization_id = self.organization_id

        order = self.order

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        file_target_mode: None | str | Unset
        if isinstance(self.file_target_mode, Unset):
            file_target_mode = UNSET
        elif isinstance(self.file_target_mode, PostRunCheckFileTargetMode):
            file_target_mode = self.file_target_mode.value
        else:
            file_target_mode = self.file_target_mode

        file_names: list[str] | None | Unset
        if isinstance(self.file_names, Unset):
            file_names = UNSET
        elif isinstance(self.file_names, list):
            file_names = self.file_names

        else:
            file_names = self.file_names

        file_name_regex: None | str | Unset
        if isinstance(self.file_name_regex, Unset):
            file_name_regex = UNSET
        else:
            file_name_regex = self.file_name_regex

        expected_match_count: int | None | Unset
        if isinstance(self.expected_match_count, Unset):
            expected_match_count = UNSET
        else:
            expected_match_count = self.expected_match_count

        expected_match_count_ref: None | str | Unset
        if isinstance(self.expected_match_count_ref, Unset):
            expected_match_count_ref = UNSET
        else:
            expected_match_count_ref = self.expected_match_count_ref

        loop_input: None | str | Unset
        if isinstance(self.loop_input, Unset):
            loop_input = UNSET
        else:
            loop_input = self.loop_input

        loop_item_filename_template: None | str | Unset
        if isinstance(self.loop_item_filename_template, Unset):
            loop_item_filename_template = UNSET
        else:
            loop_item_filename_template = self.loop_item_filename_template

        allow_missing_attachments = self.allow_missing_attachments

        check_prompt: None | str | Unset
        if isinstance(self.check_prompt, Unset):
            check_prompt = UNSET
        else:
            check_prompt = self.check_prompt

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, UUID):
            model = str(self.model)
        else:
            model = self.model

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "id": id,
                "organization_id": organization_id,
                "order": order,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if file_target_mode is not UNSET:
            field_dict["file_target_mode"] = file_target_mode
        if file_names is not UNSET:
            field_dict["file_names"] = file_names
        if file_name_regex is not UNSET:
            field_dict["file_name_regex"] = file_name_regex
        if expected_match_count is not UNSET:
            field_dict["expected_match_count"] = expected_match_count
        if expected_match_count_ref is not UNSET:
            field_dict["expected_match_count_ref"] = expected_match_count_ref
        if loop_input is not UNSET:
            field_dict["loop_input"] = loop_input
        if loop_item_filename_template is not UNSET:
            field_dict["loop_item_filename_template"] = loop_item_filename_template
        if allow_missing_attachments is not UNSET:
            field_dict["allow_missing_attachments"] = allow_missing_attachments
        if check_prompt is not UNSET:
            field_dict["check_prompt"] = check_prompt
        if model is not UNSET:
            field_dict["model"] = model
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = PostRunCheckType(d.pop("type"))

        id = parse_uuid(d.pop("id"))

        organization_id = d.pop("organization_id")

        order = d.pop("order")

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        description = d.pop("description", UNSET)

        file_target_mode = d.pop("file_target_mode", UNSET)
        if isinstance(file_target_mode, str):
            try:
                file_target_mode_type_0 = PostRunCheckFileTargetMode(file_target_mode)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                file_target_mode = file_target_mode_type_0

        file_names = d.pop("file_names", UNSET)
        if isinstance(file_names, list):
            try:
                file_names_type_0 = cast(list[str], file_names)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                file_names = file_names_type_0

        file_name_regex = d.pop("file_name_regex", UNSET)

        expected_match_count = d.pop("expected_match_count", UNSET)

        expected_match_count_ref = d.pop("expected_match_count_ref", UNSET)

        loop_input = d.pop("loop_input", UNSET)

        loop_item_filename_template = d.pop("loop_item_filename_template", UNSET)

        allow_missing_attachments = d.pop("allow_missing_attachments", UNSET)

        check_prompt = d.pop("check_prompt", UNSET)

        model = d.pop("model", UNSET)
        if isinstance(model, str):
            try:
                model_type_0 = parse_uuid(model)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                model = model_type_0

        user_id = d.pop("user_id", UNSET)
        if isinstance(user_id, str):
            try:
                user_id_type_0 = parse_uuid(user_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                user_id = user_id_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        workflow_post_run_check_response = cls.__new__(cls)
        workflow_post_run_check_response.name = name
        workflow_post_run_check_response.type_ = type_
        workflow_post_run_check_response.id = id
        workflow_post_run_check_response.organization_id = organization_id
        workflow_post_run_check_response.order = order
        workflow_post_run_check_response.created_at = created_at
        workflow_post_run_check_response.updated_at = updated_at
        workflow_post_run_check_response.description = description
        workflow_post_run_check_response.file_target_mode = file_target_mode
        workflow_post_run_check_response.file_names = file_names
        workflow_post_run_check_response.file_name_regex = file_name_regex
        workflow_post_run_check_response.expected_match_count = expected_match_count
        workflow_post_run_check_response.expected_match_count_ref = (
            expected_match_count_ref
        )
        workflow_post_run_check_response.loop_input = loop_input
        workflow_post_run_check_response.loop_item_filename_template = (
            loop_item_filename_template
        )
        workflow_post_run_check_response.allow_missing_attachments = (
            allow_missing_attachments
        )
        workflow_post_run_check_response.check_prompt = check_prompt
        workflow_post_run_check_response.model = model
        workflow_post_run_check_response.user_id = user_id

        workflow_post_run_check_response.additional_properties = d
        return workflow_post_run_check_response

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
