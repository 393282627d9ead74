from __future__ import annotations

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
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="WorkflowPostRunCheckUpsert")


@_attrs_define(init=False)
class WorkflowPostRunCheckUpsert:
    name: str
    type_: PostRunCheckType
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
    id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: str,
        type_: PostRunCheckType,
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
        id: UUID | str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(name, str):
            raise wrong_type("WorkflowPostRunCheckUpsert", "name", "a str", name)

        self.name = name
        if not isinstance(type_, _models.PostRunCheckType):
            type_ = checked_enum(
                "WorkflowPostRunCheckUpsert",
                "type_",
                type_,
                _models.PostRunCheckType,
                "a PostRunCheckType or one of its values (output_data_agentic_check, output_data_passes_schema_validation, run_attachment_exists, run_attachment_image_check)",
            )

        self.type_ = type_
        if not isinstance(description, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowPostRunCheckUpsert",
                "description",
                "a str, or None",
                description,
            )

        self.description = description
        if not isinstance(
            file_target_mode, (_models.PostRunCheckFileTargetMode, NoneType, Unset)
        ):
            file_target_mode = checked_enum(
                "WorkflowPostRunCheckUpsert",
                "file_target_mode",
                file_target_mode,
                _models.PostRunCheckFileTargetMode,
                "a PostRunCheckFileTargetMode or one of its values (exact, loop_items, regex), or None",
            )

        self.file_target_mode = file_target_mode
        if not isinstance(file_names, (NoneType, Unset)):
            file_names = checked_items(
                "WorkflowPostRunCheckUpsert",
                "file_names",
                checked_list(
                    "WorkflowPostRunCheckUpsert",
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
                "WorkflowPostRunCheckUpsert",
                "file_name_regex",
                "a str, or None",
                file_name_regex,
            )

        self.file_name_regex = file_name_regex
        if type(expected_match_count) is bool or not isinstance(
            expected_match_count, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "WorkflowPostRunCheckUpsert",
                "expected_match_count",
                "an int, or None",
                expected_match_count,
            )

        self.expected_match_count = expected_match_count
        if not isinstance(expected_match_count_ref, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowPostRunCheckUpsert",
                "expected_match_count_ref",
                "a str, or None",
                expected_match_count_ref,
            )

        self.expected_match_count_ref = expected_match_count_ref
        if not isinstance(loop_input, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowPostRunCheckUpsert", "loop_input", "a str, or None", loop_input
            )

        self.loop_input = loop_input
        if not isinstance(loop_item_filename_template, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowPostRunCheckUpsert",
                "loop_item_filename_template",
                "a str, or None",
                loop_item_filename_template,
            )

        self.loop_item_filename_template = loop_item_filename_template
        if not isinstance(allow_missing_attachments, (bool, Unset)):
            raise wrong_type(
                "WorkflowPostRunCheckUpsert",
                "allow_missing_attachments",
                "True or False",
                allow_missing_attachments,
            )

        self.allow_missing_attachments = allow_missing_attachments
        if not isinstance(check_prompt, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowPostRunCheckUpsert",
                "check_prompt",
                "a str, or None",
                check_prompt,
            )

        self.check_prompt = check_prompt
        if not isinstance(model, (UUID, NoneType, Unset)):
            model = checked_uuid(
                "WorkflowPostRunCheckUpsert",
                "model",
                model,
                "a UUID or a UUID string, or None",
            )

        self.model = model
        if not isinstance(id, (UUID, NoneType, Unset)):
            id = checked_uuid(
                "WorkflowPostRunCheckUpsert",
                "id",
                id,
                "a UUID or a UUID string, or None",
            )

        self.id = id
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

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
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
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = PostRunCheckType(d.pop("type"))

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

        id = d.pop("id", UNSET)
        if isinstance(id, str):
            try:
                id_type_0 = parse_uuid(id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                id = id_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        workflow_post_run_check_upsert = cls.__new__(cls)
        workflow_post_run_check_upsert.name = name
        workflow_post_run_check_upsert.type_ = type_
        workflow_post_run_check_upsert.description = description
        workflow_post_run_check_upsert.file_target_mode = file_target_mode
        workflow_post_run_check_upsert.file_names = file_names
        workflow_post_run_check_upsert.file_name_regex = file_name_regex
        workflow_post_run_check_upsert.expected_match_count = expected_match_count
        workflow_post_run_check_upsert.expected_match_count_ref = (
            expected_match_count_ref
        )
        workflow_post_run_check_upsert.loop_input = loop_input
        workflow_post_run_check_upsert.loop_item_filename_template = (
            loop_item_filename_template
        )
        workflow_post_run_check_upsert.allow_missing_attachments = (
            allow_missing_attachments
        )
        workflow_post_run_check_upsert.check_prompt = check_prompt
        workflow_post_run_check_upsert.model = model
        workflow_post_run_check_upsert.id = id

        workflow_post_run_check_upsert.additional_properties = d
        return workflow_post_run_check_upsert

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
