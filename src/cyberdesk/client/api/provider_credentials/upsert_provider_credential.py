from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.provider_credential_response import ProviderCredentialResponse
from ...models.provider_credential_slot import ProviderCredentialSlot
from ...models.provider_credential_upsert import ProviderCredentialUpsert
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    slot: ProviderCredentialSlot,
    *,
    body: ProviderCredentialUpsert,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/provider-credentials/{slot}".format(
            slot=quote(str(slot), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProviderCredentialResponse | None:
    if response.status_code == 200:
        response_200 = ProviderCredentialResponse.from_dict(response.json())

        return response_200

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
) -> Response[HTTPValidationError | ProviderCredentialResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slot: ProviderCredentialSlot,
    *,
    client: AuthenticatedClient | Client,
    body: ProviderCredentialUpsert,
    idempotency_key: str | Unset = UNSET,
) -> Response[HTTPValidationError | ProviderCredentialResponse]:
    """Upsert Provider Credential

    Args:
        slot (ProviderCredentialSlot):
        idempotency_key (str | Unset):
        body (ProviderCredentialUpsert):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ProviderCredentialResponse]
    """

    kwargs = _get_kwargs(
        slot=slot,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slot: ProviderCredentialSlot,
    *,
    client: AuthenticatedClient | Client,
    body: ProviderCredentialUpsert,
    idempotency_key: str | Unset = UNSET,
) -> HTTPValidationError | ProviderCredentialResponse | None:
    """Upsert Provider Credential

    Args:
        slot (ProviderCredentialSlot):
        idempotency_key (str | Unset):
        body (ProviderCredentialUpsert):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ProviderCredentialResponse
    """

    return sync_detailed(
        slot=slot,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    slot: ProviderCredentialSlot,
    *,
    client: AuthenticatedClient | Client,
    body: ProviderCredentialUpsert,
    idempotency_key: str | Unset = UNSET,
) -> Response[HTTPValidationError | ProviderCredentialResponse]:
    """Upsert Provider Credential

    Args:
        slot (ProviderCredentialSlot):
        idempotency_key (str | Unset):
        body (ProviderCredentialUpsert):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ProviderCredentialResponse]
    """

    kwargs = _get_kwargs(
        slot=slot,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slot: ProviderCredentialSlot,
    *,
    client: AuthenticatedClient | Client,
    body: ProviderCredentialUpsert,
    idempotency_key: str | Unset = UNSET,
) -> HTTPValidationError | ProviderCredentialResponse | None:
    """Upsert Provider Credential

    Args:
        slot (ProviderCredentialSlot):
        idempotency_key (str | Unset):
        body (ProviderCredentialUpsert):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ProviderCredentialResponse
    """

    return (
        await asyncio_detailed(
            slot=slot,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
