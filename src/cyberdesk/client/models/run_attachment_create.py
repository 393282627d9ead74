from __future__ import annotations

import datetime
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
from ..models.attachment_type import AttachmentType
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_enum,
    checked_uuid,
    model_json,
    parse_datetime,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="RunAttachmentCreate")


@_attrs_define(init=False)
class RunAttachmentCreate:
    run_id: UUID
    filename: str
    content: str
    content_type: str
    attachment_type: AttachmentType
    target_path: None | str | Unset = UNSET
    cleanup_imports_after_run: bool | Unset = False
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        run_id: UUID | str,
        filename: str,
        content: str,
        content_type: str,
        attachment_type: AttachmentType,
        target_path: str | None | Unset = UNSET,
        cleanup_imports_after_run: bool | Unset = False,
        expires_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        if not isinstance(run_id, UUID):
            run_id = checked_uuid(
                "RunAttachmentCreate", "run_id", run_id, "a UUID or a UUID string"
            )

        self.run_id = run_id
        if not isinstance(filename, str):
            raise wrong_type("RunAttachmentCreate", "filename", "a str", filename)

        self.filename = filename
        if not isinstance(content, str):
            raise wrong_type("RunAttachmentCreate", "content", "a str", content)

        self.content = content
        if not isinstance(content_type, str):
            raise wrong_type(
                "RunAttachmentCreate", "content_type", "a str", content_type
            )

        self.content_type = content_type
        if not isinstance(attachment_type, _models.AttachmentType):
            attachment_type = checked_enum(
                "RunAttachmentCreate",
                "attachment_type",
                attachment_type,
                _models.AttachmentType,
                "a AttachmentType or one of its values (input, output)",
            )

        self.attachment_type = attachment_type
        if not isinstance(target_path, (str, NoneType, Unset)):
            raise wrong_type(
                "RunAttachmentCreate", "target_path", "a str, or None", target_path
            )

        self.target_path = target_path
        if not isinstance(cleanup_imports_after_run, (bool, Unset)):
            raise wrong_type(
                "RunAttachmentCreate",
                "cleanup_imports_after_run",
                "True or False",
                cleanup_imports_after_run,
            )

        self.cleanup_imports_after_run = cleanup_imports_after_run
        if not isinstance(expires_at, (datetime.datetime, NoneType, Unset)):
            raise wrong_type(
                "RunAttachmentCreate", "expires_at", "a datetime, or None", expires_at
            )

        self.expires_at = expires_at
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
        run_id = str(self.run_id)

        filename = self.filename

        content = self.content

        content_type = self.content_type

        attachment_type = self.attachment_type.value

        target_path: None | str | Unset
        if isinstance(self.target_path, Unset):
            target_path = UNSET
        else:
            target_path = self.target_path

        cleanup_imports_after_run = self.cleanup_imports_after_run

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "filename": filename,
                "content": content,
                "content_type": content_type,
                "attachment_type": attachment_type,
            }
        )
        if target_path is not UNSET:
            field_dict["target_path"] = target_path
        if cleanup_imports_after_run is not UNSET:
            field_dict["cleanup_imports_after_run"] = cleanup_imports_after_run
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_id = parse_uuid(d.pop("run_id"))

        filename = d.pop("filename")

        content = d.pop("content")

        content_type = d.pop("content_type")

        attachment_type = AttachmentType(d.pop("attachment_type"))

        target_path = d.pop("target_path", UNSET)

        cleanup_imports_after_run = d.pop("cleanup_imports_after_run", UNSET)

        expires_at = d.pop("expires_at", UNSET)
        if isinstance(expires_at, str):
            try:
                expires_at_type_0 = parse_datetime(expires_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                expires_at = expires_at_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        run_attachment_create = cls.__new__(cls)
        run_attachment_create.run_id = run_id
        run_attachment_create.filename = filename
        run_attachment_create.content = content
        run_attachment_create.content_type = content_type
        run_attachment_create.attachment_type = attachment_type
        run_attachment_create.target_path = target_path
        run_attachment_create.cleanup_imports_after_run = cleanup_imports_after_run
        run_attachment_create.expires_at = expires_at

        run_attachment_create.additional_properties = d
        return run_attachment_create

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
