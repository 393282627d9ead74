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

T = TypeVar("T", bound="RunAttachmentResponse")


@_attrs_define(init=False)
class RunAttachmentResponse:
    filename: str
    content_type: str
    attachment_type: AttachmentType
    id: UUID
    run_id: UUID
    size_bytes: int
    storage_path: str
    created_at: datetime.datetime
    target_path: None | str | Unset = UNSET
    cleanup_imports_after_run: bool | Unset = False
    user_id: None | Unset | UUID = UNSET
    organization_id: None | str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        filename: str,
        content_type: str,
        attachment_type: AttachmentType,
        id: UUID | str,
        run_id: UUID | str,
        size_bytes: int,
        storage_path: str,
        created_at: datetime.datetime,
        target_path: str | None | Unset = UNSET,
        cleanup_imports_after_run: bool | Unset = False,
        user_id: UUID | str | None | Unset = UNSET,
        organization_id: str | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        if not isinstance(filename, str):
            raise wrong_type("RunAttachmentResponse", "filename", "a str", filename)

        self.filename = filename
        if not isinstance(content_type, str):
            raise wrong_type(
                "RunAttachmentResponse", "content_type", "a str", content_type
            )

        self.content_type = content_type
        if not isinstance(attachment_type, _models.AttachmentType):
            attachment_type = checked_enum(
                "RunAttachmentResponse",
                "attachment_type",
                attachment_type,
                _models.AttachmentType,
                "a AttachmentType or one of its values (input, output)",
            )

        self.attachment_type = attachment_type
        if not isinstance(id, UUID):
            id = checked_uuid(
                "RunAttachmentResponse", "id", id, "a UUID or a UUID string"
            )

        self.id = id
        if not isinstance(run_id, UUID):
            run_id = checked_uuid(
                "RunAttachmentResponse", "run_id", run_id, "a UUID or a UUID string"
            )

        self.run_id = run_id
        if type(size_bytes) is bool or not isinstance(size_bytes, int):
            raise wrong_type(
                "RunAttachmentResponse", "size_bytes", "an int", size_bytes
            )

        self.size_bytes = size_bytes
        if not isinstance(storage_path, str):
            raise wrong_type(
                "RunAttachmentResponse", "storage_path", "a str", storage_path
            )

        self.storage_path = storage_path
        if not isinstance(created_at, datetime.datetime):
            raise wrong_type(
                "RunAttachmentResponse", "created_at", "a datetime", created_at
            )

        self.created_at = created_at
        if not isinstance(target_path, (str, NoneType, Unset)):
            raise wrong_type(
                "RunAttachmentResponse", "target_path", "a str, or None", target_path
            )

        self.target_path = target_path
        if not isinstance(cleanup_imports_after_run, (bool, Unset)):
            raise wrong_type(
                "RunAttachmentResponse",
                "cleanup_imports_after_run",
                "True or False",
                cleanup_imports_after_run,
            )

        self.cleanup_imports_after_run = cleanup_imports_after_run
        if not isinstance(user_id, (UUID, NoneType, Unset)):
            user_id = checked_uuid(
                "RunAttachmentResponse",
                "user_id",
                user_id,
                "a UUID or a UUID string, or None",
            )

        self.user_id = user_id
        if not isinstance(organization_id, (str, NoneType, Unset)):
            raise wrong_type(
                "RunAttachmentResponse",
                "organization_id",
                "a str, or None",
                organization_id,
            )

        self.organization_id = organization_id
        if not isinstance(expires_at, (datetime.datetime, NoneType, Unset)):
            raise wrong_type(
                "RunAttachmentResponse", "expires_at", "a datetime, or None", expires_at
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
        filename = self.filename

        content_type = self.content_type

        attachment_type = self.attachment_type.value

        id = str(self.id)

        run_id = str(self.run_id)

        size_bytes = self.size_bytes

        storage_path = self.storage_path

        created_at = self.created_at.isoformat()

        target_path: None | str | Unset
        if isinstance(self.target_path, Unset):
            target_path = UNSET
        else:
            target_path = self.target_path

        cleanup_imports_after_run = self.cleanup_imports_after_run

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
                "filename": filename,
                "content_type": content_type,
                "attachment_type": attachment_type,
                "id": id,
                "run_id": run_id,
                "size_bytes": size_bytes,
                "storage_path": storage_path,
                "created_at": created_at,
            }
        )
        if target_path is not UNSET:
            field_dict["target_path"] = target_path
        if cleanup_imports_after_run is not UNSET:
            field_dict["cleanup_imports_after_run"] = cleanup_imports_after_run
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename")

        content_type = d.pop("content_type")

        attachment_type = AttachmentType(d.pop("attachment_type"))

        id = parse_uuid(d.pop("id"))

        run_id = parse_uuid(d.pop("run_id"))

        size_bytes = d.pop("size_bytes")

        storage_path = d.pop("storage_path")

        created_at = parse_datetime(d.pop("created_at"))

        target_path = d.pop("target_path", UNSET)

        cleanup_imports_after_run = d.pop("cleanup_imports_after_run", UNSET)

        user_id = d.pop("user_id", UNSET)
        if isinstance(user_id, str):
            try:
                user_id_type_0 = parse_uuid(user_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                user_id = user_id_type_0

        organization_id = d.pop("organization_id", UNSET)

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
        run_attachment_response = cls.__new__(cls)
        run_attachment_response.filename = filename
        run_attachment_response.content_type = content_type
        run_attachment_response.attachment_type = attachment_type
        run_attachment_response.id = id
        run_attachment_response.run_id = run_id
        run_attachment_response.size_bytes = size_bytes
        run_attachment_response.storage_path = storage_path
        run_attachment_response.created_at = created_at
        run_attachment_response.target_path = target_path
        run_attachment_response.cleanup_imports_after_run = cleanup_imports_after_run
        run_attachment_response.user_id = user_id
        run_attachment_response.organization_id = organization_id
        run_attachment_response.expires_at = expires_at

        run_attachment_response.additional_properties = d
        return run_attachment_response

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
