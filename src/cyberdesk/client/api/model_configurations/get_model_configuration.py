from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...models.model_configuration_response import ModelConfigurationResponse
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    model_configuration_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/model-configurations/{model_configuration_id}".format(
            model_configuration_id=quote(str(model_configuration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ModelConfigurationResponse | None:
    if response.status_code == 200:
        response_200 = ModelConfigurationResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ModelConfigurationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_configuration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | ModelConfigurationResponse]:
    """Get Model Configuration

    Args:
        model_configuration_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ModelConfigurationResponse]
    """

    kwargs = _get_kwargs(
        model_configuration_id=model_configuration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_configuration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | ModelConfigurationResponse | None:
    """Get Model Configuration

    Args:
        model_configuration_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ModelConfigurationResponse
    """

    return sync_detailed(
        model_configuration_id=model_configuration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    model_configuration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | ModelConfigurationResponse]:
    """Get Model Configuration

    Args:
        model_configuration_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ModelConfigurationResponse]
    """

    kwargs = _get_kwargs(
        model_configuration_id=model_configuration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_configuration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | ModelConfigurationResponse | None:
    """Get Model Configuration

    Args:
        model_configuration_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ModelConfigurationResponse
    """

    return (
        await asyncio_detailed(
            model_configuration_id=model_configuration_id,
            client=client,
        )
    ).parsed
