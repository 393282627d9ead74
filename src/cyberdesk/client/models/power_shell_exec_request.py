from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    NoneType,
    Unset,
    model_json,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="PowerShellExecRequest")


@_attrs_define(init=False)
class PowerShellExecRequest:
    command: str
    same_session: bool | Unset = True
    working_directory: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    timeout: float | None | Unset = 30.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        command: str,
        same_session: bool | Unset = True,
        working_directory: str | None | Unset = UNSET,
        session_id: str | None | Unset = UNSET,
        timeout: float | None | Unset = 30.0,
    ) -> None:
        if not isinstance(command, str):
            raise wrong_type("PowerShellExecRequest", "command", "a str", command)

        self.command = command
        if not isinstance(same_session, (bool, Unset)):
            raise wrong_type(
                "PowerShellExecRequest", "same_session", "True or False", same_session
            )

        self.same_session = same_session
        if not isinstance(working_directory, (str, NoneType, Unset)):
            raise wrong_type(
                "PowerShellExecRequest",
                "working_directory",
                "a str, or None",
                working_directory,
            )

        self.working_directory = working_directory
        if not isinstance(session_id, (str, NoneType, Unset)):
            raise wrong_type(
                "PowerShellExecRequest", "session_id", "a str, or None", session_id
            )

        self.session_id = session_id
        if type(timeout) is bool or not isinstance(
            timeout, (float, int, NoneType, Unset)
        ):
            raise wrong_type(
                "PowerShellExecRequest", "timeout", "a number, or None", timeout
            )

        self.timeout = timeout
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
        command = self.command

        same_session = self.same_session

        working_directory: None | str | Unset
        if isinstance(self.working_directory, Unset):
            working_directory = UNSET
        else:
            working_directory = self.working_directory

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        timeout: float | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
            }
        )
        if same_session is not UNSET:
            field_dict["same_session"] = same_session
        if working_directory is not UNSET:
            field_dict["working_directory"] = working_directory
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command")

        same_session = d.pop("same_session", UNSET)

        working_directory = d.pop("working_directory", UNSET)

        session_id = d.pop("session_id", UNSET)

        timeout = d.pop("timeout", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        power_shell_exec_request = cls.__new__(cls)
        power_shell_exec_request.command = command
        power_shell_exec_request.same_session = same_session
        power_shell_exec_request.working_directory = working_directory
        power_shell_exec_request.session_id = session_id
        power_shell_exec_request.timeout = timeout

        power_shell_exec_request.additional_properties = d
        return power_shell_exec_request

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
