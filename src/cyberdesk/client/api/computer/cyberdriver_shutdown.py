from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.cyberdriver_shutdown_request import CyberdriverShutdownRequest
from ...models.cyberdriver_shutdown_response_200 import CyberdriverShutdownResponse200
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    machine_id: str,
    *,
    body: CyberdriverShutdownRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/machines/{machine_id}/cyberdriver/shutdown".format(
            machine_id=quote(str(machine_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CyberdriverShutdownResponse200 | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CyberdriverShutdownResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 422:
        from ...models.http_validation_error import HTTPValidationError

        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CyberdriverShutdownResponse200 | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    machine_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CyberdriverShutdownRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | CyberdriverShutdownResponse200 | HTTPValidationError]:
    """Cyberdriver Shutdown

    Args:
        machine_id (str):
        idempotency_key (str | Unset):
        body (CyberdriverShutdownRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CyberdriverShutdownResponse200 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        machine_id=machine_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    machine_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CyberdriverShutdownRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Any | CyberdriverShutdownResponse200 | HTTPValidationError | None:
    """Cyberdriver Shutdown

    Args:
        machine_id (str):
        idempotency_key (str | Unset):
        body (CyberdriverShutdownRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CyberdriverShutdownResponse200 | HTTPValidationError
    """

    return sync_detailed(
        machine_id=machine_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    machine_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CyberdriverShutdownRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | CyberdriverShutdownResponse200 | HTTPValidationError]:
    """Cyberdriver Shutdown

    Args:
        machine_id (str):
        idempotency_key (str | Unset):
        body (CyberdriverShutdownRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CyberdriverShutdownResponse200 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        machine_id=machine_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    machine_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CyberdriverShutdownRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Any | CyberdriverShutdownResponse200 | HTTPValidationError | None:
    """Cyberdriver Shutdown

    Args:
        machine_id (str):
        idempotency_key (str | Unset):
        body (CyberdriverShutdownRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CyberdriverShutdownResponse200 | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            machine_id=machine_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
