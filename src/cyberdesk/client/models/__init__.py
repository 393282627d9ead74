"""Contains all the data models used in inputs/outputs.

Models are imported on first use, so importing this package stays cheap.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_tags_request import AddTagsRequest
    from .attachment_type import AttachmentType
    from .bedrock_auth_mode import BedrockAuthMode
    from .body_upload_workflow_prompt_image_v1_workflows_prompt_image_post import (
        BodyUploadWorkflowPromptImageV1WorkflowsPromptImagePost,
    )
    from .bulk_add_tags_request import BulkAddTagsRequest
    from .chain_step import ChainStep
    from .chain_step_inputs_type_0 import ChainStepInputsType0
    from .chain_step_sensitive_inputs_type_0 import ChainStepSensitiveInputsType0
    from .connection_create import ConnectionCreate
    from .connection_response import ConnectionResponse
    from .connection_status import ConnectionStatus
    from .connection_update import ConnectionUpdate
    from .copy_to_clipboard_request import CopyToClipboardRequest
    from .copy_to_clipboard_response_200 import CopyToClipboardResponse200
    from .cyberdriver_diagnostics_response_200 import CyberdriverDiagnosticsResponse200
    from .cyberdriver_shutdown_request import CyberdriverShutdownRequest
    from .cyberdriver_shutdown_response_200 import CyberdriverShutdownResponse200
    from .cyberdriver_update_request import CyberdriverUpdateRequest
    from .cyberdriver_update_response_200 import CyberdriverUpdateResponse200
    from .cyberdriver_web_session_endpoints import CyberdriverWebSessionEndpoints
    from .cyberdriver_web_session_response import CyberdriverWebSessionResponse
    from .cyberdriver_web_session_response_features import (
        CyberdriverWebSessionResponseFeatures,
    )
    from .display_dimensions import DisplayDimensions
    from .downed_machine import DownedMachine
    from .downed_machines_event import DownedMachinesEvent
    from .file_input import FileInput
    from .file_write_request import FileWriteRequest
    from .fs_list_response_200 import FsListResponse200
    from .fs_read_response_200 import FsReadResponse200
    from .fs_write_response_200 import FsWriteResponse200
    from .get_workflow_versions_response_200_item import (
        GetWorkflowVersionsResponse200Item,
    )
    from .health_check_response_200 import HealthCheckResponse200
    from .http_validation_error import HTTPValidationError
    from .included_resource import IncludedResource
    from .keyboard_key_request import KeyboardKeyRequest
    from .keyboard_type_request import KeyboardTypeRequest
    from .machine_create import MachineCreate
    from .machine_create_machine_parameters_type_0 import (
        MachineCreateMachineParametersType0,
    )
    from .machine_create_machine_sensitive_parameters_type_0 import (
        MachineCreateMachineSensitiveParametersType0,
    )
    from .machine_health_check_error import MachineHealthCheckError
    from .machine_pool_assignment import MachinePoolAssignment
    from .machine_pool_update import MachinePoolUpdate
    from .machine_response import MachineResponse
    from .machine_response_machine_parameters_type_0 import (
        MachineResponseMachineParametersType0,
    )
    from .machine_response_machine_sensitive_parameters_type_0 import (
        MachineResponseMachineSensitiveParametersType0,
    )
    from .machine_response_with_includes import MachineResponseWithIncludes
    from .machine_response_with_includes_machine_parameters_type_0 import (
        MachineResponseWithIncludesMachineParametersType0,
    )
    from .machine_response_with_includes_machine_sensitive_parameters_type_0 import (
        MachineResponseWithIncludesMachineSensitiveParametersType0,
    )
    from .machine_status import MachineStatus
    from .machine_update import MachineUpdate
    from .machine_update_machine_parameters_type_0 import (
        MachineUpdateMachineParametersType0,
    )
    from .machine_update_machine_sensitive_parameters_type_0 import (
        MachineUpdateMachineSensitiveParametersType0,
    )
    from .machines_health_check_response import MachinesHealthCheckResponse
    from .machines_health_check_response_scope import MachinesHealthCheckResponseScope
    from .machines_health_check_response_status import MachinesHealthCheckResponseStatus
    from .model_configuration_create import ModelConfigurationCreate
    from .model_configuration_create_additional_params_type_0 import (
        ModelConfigurationCreateAdditionalParamsType0,
    )
    from .model_configuration_response import ModelConfigurationResponse
    from .model_configuration_response_additional_params_type_0 import (
        ModelConfigurationResponseAdditionalParamsType0,
    )
    from .model_configuration_update import ModelConfigurationUpdate
    from .model_configuration_update_additional_params_type_0 import (
        ModelConfigurationUpdateAdditionalParamsType0,
    )
    from .mouse_click_request import MouseClickRequest
    from .mouse_drag_request import MouseDragRequest
    from .mouse_move_request import MouseMoveRequest
    from .mouse_position import MousePosition
    from .mouse_scroll_request import MouseScrollRequest
    from .paginated_response import PaginatedResponse
    from .paginated_response_connection_response import (
        PaginatedResponseConnectionResponse,
    )
    from .paginated_response_run_attachment_response import (
        PaginatedResponseRunAttachmentResponse,
    )
    from .paginated_response_run_llm_cost_total_response import (
        PaginatedResponseRunLlmCostTotalResponse,
    )
    from .paginated_response_with_includes_machine_response import (
        PaginatedResponseWithIncludesMachineResponse,
    )
    from .paginated_response_with_includes_pool_response import (
        PaginatedResponseWithIncludesPoolResponse,
    )
    from .paginated_response_with_includes_run_response import (
        PaginatedResponseWithIncludesRunResponse,
    )
    from .paginated_response_with_includes_trajectory_response import (
        PaginatedResponseWithIncludesTrajectoryResponse,
    )
    from .paginated_response_with_includes_workflow_response import (
        PaginatedResponseWithIncludesWorkflowResponse,
    )
    from .pool_create import PoolCreate
    from .pool_create_pool_parameters_type_0 import PoolCreatePoolParametersType0
    from .pool_create_pool_sensitive_parameters_type_0 import (
        PoolCreatePoolSensitiveParametersType0,
    )
    from .pool_response import PoolResponse
    from .pool_response_pool_parameters_type_0 import PoolResponsePoolParametersType0
    from .pool_response_pool_sensitive_parameters_type_0 import (
        PoolResponsePoolSensitiveParametersType0,
    )
    from .pool_response_with_includes import PoolResponseWithIncludes
    from .pool_response_with_includes_pool_parameters_type_0 import (
        PoolResponseWithIncludesPoolParametersType0,
    )
    from .pool_response_with_includes_pool_sensitive_parameters_type_0 import (
        PoolResponseWithIncludesPoolSensitiveParametersType0,
    )
    from .pool_update import PoolUpdate
    from .pool_update_pool_parameters_type_0 import PoolUpdatePoolParametersType0
    from .pool_update_pool_sensitive_parameters_type_0 import (
        PoolUpdatePoolSensitiveParametersType0,
    )
    from .pool_with_machines import PoolWithMachines
    from .pool_with_machines_pool_parameters_type_0 import (
        PoolWithMachinesPoolParametersType0,
    )
    from .pool_with_machines_pool_sensitive_parameters_type_0 import (
        PoolWithMachinesPoolSensitiveParametersType0,
    )
    from .post_run_check_file_target_mode import PostRunCheckFileTargetMode
    from .post_run_check_status import PostRunCheckStatus
    from .post_run_check_type import PostRunCheckType
    from .power_shell_exec_request import PowerShellExecRequest
    from .power_shell_session_request import PowerShellSessionRequest
    from .powershell_exec_response_200 import PowershellExecResponse200
    from .powershell_session_response_200 import PowershellSessionResponse200
    from .powershell_simple_response_200 import PowershellSimpleResponse200
    from .powershell_test_response_200 import PowershellTestResponse200
    from .provider_credential_auth_type import ProviderCredentialAuthType
    from .provider_credential_display_metadata import ProviderCredentialDisplayMetadata
    from .provider_credential_response import ProviderCredentialResponse
    from .provider_credential_slot import ProviderCredentialSlot
    from .provider_credential_source import ProviderCredentialSource
    from .provider_credential_status import ProviderCredentialStatus
    from .provider_credential_upsert import ProviderCredentialUpsert
    from .provider_credential_validation_check import ProviderCredentialValidationCheck
    from .provider_credential_validation_response import (
        ProviderCredentialValidationResponse,
    )
    from .reorder_request import ReorderRequest
    from .request_log_create import RequestLogCreate
    from .request_log_response import RequestLogResponse
    from .request_log_update import RequestLogUpdate
    from .run_attachment_create import RunAttachmentCreate
    from .run_attachment_download_url_response import RunAttachmentDownloadUrlResponse
    from .run_attachment_response import RunAttachmentResponse
    from .run_attachment_update import RunAttachmentUpdate
    from .run_bulk_create import RunBulkCreate
    from .run_bulk_create_input_values_type_0 import RunBulkCreateInputValuesType0
    from .run_bulk_create_response import RunBulkCreateResponse
    from .run_bulk_create_sensitive_input_values_type_0 import (
        RunBulkCreateSensitiveInputValuesType0,
    )
    from .run_completed_event import RunCompletedEvent
    from .run_completed_webhook_run_payload import RunCompletedWebhookRunPayload
    from .run_completed_webhook_run_payload_input_values_type_0 import (
        RunCompletedWebhookRunPayloadInputValuesType0,
    )
    from .run_completed_webhook_run_payload_output_data_type_0 import (
        RunCompletedWebhookRunPayloadOutputDataType0,
    )
    from .run_completed_webhook_run_payload_run_message_history_type_0_item import (
        RunCompletedWebhookRunPayloadRunMessageHistoryType0Item,
    )
    from .run_completed_webhook_run_payload_sensitive_input_aliases_type_0 import (
        RunCompletedWebhookRunPayloadSensitiveInputAliasesType0,
    )
    from .run_completed_webhook_run_payload_usage_metadata_type_0 import (
        RunCompletedWebhookRunPayloadUsageMetadataType0,
    )
    from .run_create import RunCreate
    from .run_create_input_values_type_0 import RunCreateInputValuesType0
    from .run_create_sensitive_input_values_type_0 import (
        RunCreateSensitiveInputValuesType0,
    )
    from .run_field import RunField
    from .run_image_signed_url_response import RunImageSignedUrlResponse
    from .run_list_sort_mode import RunListSortMode
    from .run_llm_cost_row import RunLlmCostRow
    from .run_llm_cost_total_response import RunLlmCostTotalResponse
    from .run_llm_costs_response import RunLlmCostsResponse
    from .run_post_run_check_snapshot import RunPostRunCheckSnapshot
    from .run_response import RunResponse
    from .run_response_input_values_type_0 import RunResponseInputValuesType0
    from .run_response_output_data_type_0 import RunResponseOutputDataType0
    from .run_response_run_message_history_type_0_item import (
        RunResponseRunMessageHistoryType0Item,
    )
    from .run_response_sensitive_input_aliases_type_0 import (
        RunResponseSensitiveInputAliasesType0,
    )
    from .run_response_usage_metadata_type_0 import RunResponseUsageMetadataType0
    from .run_response_with_includes import RunResponseWithIncludes
    from .run_response_with_includes_input_values_type_0 import (
        RunResponseWithIncludesInputValuesType0,
    )
    from .run_response_with_includes_output_data_type_0 import (
        RunResponseWithIncludesOutputDataType0,
    )
    from .run_response_with_includes_run_message_history_type_0_item import (
        RunResponseWithIncludesRunMessageHistoryType0Item,
    )
    from .run_response_with_includes_sensitive_input_aliases_type_0 import (
        RunResponseWithIncludesSensitiveInputAliasesType0,
    )
    from .run_response_with_includes_usage_metadata_type_0 import (
        RunResponseWithIncludesUsageMetadataType0,
    )
    from .run_retry import RunRetry
    from .run_retry_input_values_type_0 import RunRetryInputValuesType0
    from .run_retry_sensitive_input_values_type_0 import (
        RunRetrySensitiveInputValuesType0,
    )
    from .run_status import RunStatus
    from .run_update import RunUpdate
    from .run_update_input_values_type_0 import RunUpdateInputValuesType0
    from .run_update_output_data_type_0 import RunUpdateOutputDataType0
    from .run_update_run_message_history_type_0_item import (
        RunUpdateRunMessageHistoryType0Item,
    )
    from .run_update_usage_metadata_type_0 import RunUpdateUsageMetadataType0
    from .trajectory_create import TrajectoryCreate
    from .trajectory_create_dimensions import TrajectoryCreateDimensions
    from .trajectory_create_original_input_values_type_0 import (
        TrajectoryCreateOriginalInputValuesType0,
    )
    from .trajectory_create_trajectory_data_item import (
        TrajectoryCreateTrajectoryDataItem,
    )
    from .trajectory_response import TrajectoryResponse
    from .trajectory_response_dimensions import TrajectoryResponseDimensions
    from .trajectory_response_original_input_values_type_0 import (
        TrajectoryResponseOriginalInputValuesType0,
    )
    from .trajectory_response_trajectory_data_item import (
        TrajectoryResponseTrajectoryDataItem,
    )
    from .trajectory_response_with_includes import TrajectoryResponseWithIncludes
    from .trajectory_response_with_includes_dimensions import (
        TrajectoryResponseWithIncludesDimensions,
    )
    from .trajectory_response_with_includes_original_input_values_type_0 import (
        TrajectoryResponseWithIncludesOriginalInputValuesType0,
    )
    from .trajectory_response_with_includes_trajectory_data_type_0_item import (
        TrajectoryResponseWithIncludesTrajectoryDataType0Item,
    )
    from .trajectory_update import TrajectoryUpdate
    from .trajectory_update_trajectory_data_type_0_item import (
        TrajectoryUpdateTrajectoryDataType0Item,
    )
    from .usage_aggregate_response import UsageAggregateResponse
    from .usage_mode import UsageMode
    from .validation_error import ValidationError
    from .validation_error_ctx import ValidationErrorCtx
    from .workflow_chain_create import WorkflowChainCreate
    from .workflow_chain_create_shared_inputs_type_0 import (
        WorkflowChainCreateSharedInputsType0,
    )
    from .workflow_chain_create_shared_sensitive_inputs_type_0 import (
        WorkflowChainCreateSharedSensitiveInputsType0,
    )
    from .workflow_chain_response import WorkflowChainResponse
    from .workflow_create import WorkflowCreate
    from .workflow_duplicate_request import WorkflowDuplicateRequest
    from .workflow_internal_metadata import WorkflowInternalMetadata
    from .workflow_internal_metadata_update import WorkflowInternalMetadataUpdate
    from .workflow_merge_request import WorkflowMergeRequest
    from .workflow_model_metadata import WorkflowModelMetadata
    from .workflow_post_run_check_response import WorkflowPostRunCheckResponse
    from .workflow_post_run_check_upsert import WorkflowPostRunCheckUpsert
    from .workflow_prompt_image_list_item import WorkflowPromptImageListItem
    from .workflow_prompt_image_response import WorkflowPromptImageResponse
    from .workflow_prompt_image_signed_url_response import (
        WorkflowPromptImageSignedUrlResponse,
    )
    from .workflow_response import WorkflowResponse
    from .workflow_response_old_versions_type_0_item import (
        WorkflowResponseOldVersionsType0Item,
    )
    from .workflow_response_with_includes import WorkflowResponseWithIncludes
    from .workflow_response_with_includes_old_versions_type_0_item import (
        WorkflowResponseWithIncludesOldVersionsType0Item,
    )
    from .workflow_tag_create import WorkflowTagCreate
    from .workflow_tag_group_create import WorkflowTagGroupCreate
    from .workflow_tag_group_response import WorkflowTagGroupResponse
    from .workflow_tag_group_update import WorkflowTagGroupUpdate
    from .workflow_tag_response import WorkflowTagResponse
    from .workflow_tag_update import WorkflowTagUpdate
    from .workflow_update import WorkflowUpdate

_MODULES = {
    "AddTagsRequest": ".add_tags_request",
    "AttachmentType": ".attachment_type",
    "BedrockAuthMode": ".bedrock_auth_mode",
    "BodyUploadWorkflowPromptImageV1WorkflowsPromptImagePost": ".body_upload_workflow_prompt_image_v1_workflows_prompt_image_post",
    "BulkAddTagsRequest": ".bulk_add_tags_request",
    "ChainStep": ".chain_step",
    "ChainStepInputsType0": ".chain_step_inputs_type_0",
    "ChainStepSensitiveInputsType0": ".chain_step_sensitive_inputs_type_0",
    "ConnectionCreate": ".connection_create",
    "ConnectionResponse": ".connection_response",
    "ConnectionStatus": ".connection_status",
    "ConnectionUpdate": ".connection_update",
    "CopyToClipboardRequest": ".copy_to_clipboard_request",
    "CopyToClipboardResponse200": ".copy_to_clipboard_response_200",
    "CyberdriverDiagnosticsResponse200": ".cyberdriver_diagnostics_response_200",
    "CyberdriverShutdownRequest": ".cyberdriver_shutdown_request",
    "CyberdriverShutdownResponse200": ".cyberdriver_shutdown_response_200",
    "CyberdriverUpdateRequest": ".cyberdriver_update_request",
    "CyberdriverUpdateResponse200": ".cyberdriver_update_response_200",
    "CyberdriverWebSessionEndpoints": ".cyberdriver_web_session_endpoints",
    "CyberdriverWebSessionResponse": ".cyberdriver_web_session_response",
    "CyberdriverWebSessionResponseFeatures": ".cyberdriver_web_session_response_features",
    "DisplayDimensions": ".display_dimensions",
    "DownedMachine": ".downed_machine",
    "DownedMachinesEvent": ".downed_machines_event",
    "FileInput": ".file_input",
    "FileWriteRequest": ".file_write_request",
    "FsListResponse200": ".fs_list_response_200",
    "FsReadResponse200": ".fs_read_response_200",
    "FsWriteResponse200": ".fs_write_response_200",
    "GetWorkflowVersionsResponse200Item": ".get_workflow_versions_response_200_item",
    "HealthCheckResponse200": ".health_check_response_200",
    "HTTPValidationError": ".http_validation_error",
    "IncludedResource": ".included_resource",
    "KeyboardKeyRequest": ".keyboard_key_request",
    "KeyboardTypeRequest": ".keyboard_type_request",
    "MachineCreate": ".machine_create",
    "MachineCreateMachineParametersType0": ".machine_create_machine_parameters_type_0",
    "MachineCreateMachineSensitiveParametersType0": ".machine_create_machine_sensitive_parameters_type_0",
    "MachineHealthCheckError": ".machine_health_check_error",
    "MachinePoolAssignment": ".machine_pool_assignment",
    "MachinePoolUpdate": ".machine_pool_update",
    "MachineResponse": ".machine_response",
    "MachineResponseMachineParametersType0": ".machine_response_machine_parameters_type_0",
    "MachineResponseMachineSensitiveParametersType0": ".machine_response_machine_sensitive_parameters_type_0",
    "MachineResponseWithIncludes": ".machine_response_with_includes",
    "MachineResponseWithIncludesMachineParametersType0": ".machine_response_with_includes_machine_parameters_type_0",
    "MachineResponseWithIncludesMachineSensitiveParametersType0": ".machine_response_with_includes_machine_sensitive_parameters_type_0",
    "MachineStatus": ".machine_status",
    "MachineUpdate": ".machine_update",
    "MachineUpdateMachineParametersType0": ".machine_update_machine_parameters_type_0",
    "MachineUpdateMachineSensitiveParametersType0": ".machine_update_machine_sensitive_parameters_type_0",
    "MachinesHealthCheckResponse": ".machines_health_check_response",
    "MachinesHealthCheckResponseScope": ".machines_health_check_response_scope",
    "MachinesHealthCheckResponseStatus": ".machines_health_check_response_status",
    "ModelConfigurationCreate": ".model_configuration_create",
    "ModelConfigurationCreateAdditionalParamsType0": ".model_configuration_create_additional_params_type_0",
    "ModelConfigurationResponse": ".model_configuration_response",
    "ModelConfigurationResponseAdditionalParamsType0": ".model_configuration_response_additional_params_type_0",
    "ModelConfigurationUpdate": ".model_configuration_update",
    "ModelConfigurationUpdateAdditionalParamsType0": ".model_configuration_update_additional_params_type_0",
    "MouseClickRequest": ".mouse_click_request",
    "MouseDragRequest": ".mouse_drag_request",
    "MouseMoveRequest": ".mouse_move_request",
    "MousePosition": ".mouse_position",
    "MouseScrollRequest": ".mouse_scroll_request",
    "PaginatedResponse": ".paginated_response",
    "PaginatedResponseConnectionResponse": ".paginated_response_connection_response",
    "PaginatedResponseRunAttachmentResponse": ".paginated_response_run_attachment_response",
    "PaginatedResponseRunLlmCostTotalResponse": ".paginated_response_run_llm_cost_total_response",
    "PaginatedResponseWithIncludesMachineResponse": ".paginated_response_with_includes_machine_response",
    "PaginatedResponseWithIncludesPoolResponse": ".paginated_response_with_includes_pool_response",
    "PaginatedResponseWithIncludesRunResponse": ".paginated_response_with_includes_run_response",
    "PaginatedResponseWithIncludesTrajectoryResponse": ".paginated_response_with_includes_trajectory_response",
    "PaginatedResponseWithIncludesWorkflowResponse": ".paginated_response_with_includes_workflow_response",
    "PoolCreate": ".pool_create",
    "PoolCreatePoolParametersType0": ".pool_create_pool_parameters_type_0",
    "PoolCreatePoolSensitiveParametersType0": ".pool_create_pool_sensitive_parameters_type_0",
    "PoolResponse": ".pool_response",
    "PoolResponsePoolParametersType0": ".pool_response_pool_parameters_type_0",
    "PoolResponsePoolSensitiveParametersType0": ".pool_response_pool_sensitive_parameters_type_0",
    "PoolResponseWithIncludes": ".pool_response_with_includes",
    "PoolResponseWithIncludesPoolParametersType0": ".pool_response_with_includes_pool_parameters_type_0",
    "PoolResponseWithIncludesPoolSensitiveParametersType0": ".pool_response_with_includes_pool_sensitive_parameters_type_0",
    "PoolUpdate": ".pool_update",
    "PoolUpdatePoolParametersType0": ".pool_update_pool_parameters_type_0",
    "PoolUpdatePoolSensitiveParametersType0": ".pool_update_pool_sensitive_parameters_type_0",
    "PoolWithMachines": ".pool_with_machines",
    "PoolWithMachinesPoolParametersType0": ".pool_with_machines_pool_parameters_type_0",
    "PoolWithMachinesPoolSensitiveParametersType0": ".pool_with_machines_pool_sensitive_parameters_type_0",
    "PostRunCheckFileTargetMode": ".post_run_check_file_target_mode",
    "PostRunCheckStatus": ".post_run_check_status",
    "PostRunCheckType": ".post_run_check_type",
    "PowerShellExecRequest": ".power_shell_exec_request",
    "PowerShellSessionRequest": ".power_shell_session_request",
    "PowershellExecResponse200": ".powershell_exec_response_200",
    "PowershellSessionResponse200": ".powershell_session_response_200",
    "PowershellSimpleResponse200": ".powershell_simple_response_200",
    "PowershellTestResponse200": ".powershell_test_response_200",
    "ProviderCredentialAuthType": ".provider_credential_auth_type",
    "ProviderCredentialDisplayMetadata": ".provider_credential_display_metadata",
    "ProviderCredentialResponse": ".provider_credential_response",
    "ProviderCredentialSlot": ".provider_credential_slot",
    "ProviderCredentialSource": ".provider_credential_source",
    "ProviderCredentialStatus": ".provider_credential_status",
    "ProviderCredentialUpsert": ".provider_credential_upsert",
    "ProviderCredentialValidationCheck": ".provider_credential_validation_check",
    "ProviderCredentialValidationResponse": ".provider_credential_validation_response",
    "ReorderRequest": ".reorder_request",
    "RequestLogCreate": ".request_log_create",
    "RequestLogResponse": ".request_log_response",
    "RequestLogUpdate": ".request_log_update",
    "RunAttachmentCreate": ".run_attachment_create",
    "RunAttachmentDownloadUrlResponse": ".run_attachment_download_url_response",
    "RunAttachmentResponse": ".run_attachment_response",
    "RunAttachmentUpdate": ".run_attachment_update",
    "RunBulkCreate": ".run_bulk_create",
    "RunBulkCreateInputValuesType0": ".run_bulk_create_input_values_type_0",
    "RunBulkCreateResponse": ".run_bulk_create_response",
    "RunBulkCreateSensitiveInputValuesType0": ".run_bulk_create_sensitive_input_values_type_0",
    "RunCompletedEvent": ".run_completed_event",
    "RunCompletedWebhookRunPayload": ".run_completed_webhook_run_payload",
    "RunCompletedWebhookRunPayloadInputValuesType0": ".run_completed_webhook_run_payload_input_values_type_0",
    "RunCompletedWebhookRunPayloadOutputDataType0": ".run_completed_webhook_run_payload_output_data_type_0",
    "RunCompletedWebhookRunPayloadRunMessageHistoryType0Item": ".run_completed_webhook_run_payload_run_message_history_type_0_item",
    "RunCompletedWebhookRunPayloadSensitiveInputAliasesType0": ".run_completed_webhook_run_payload_sensitive_input_aliases_type_0",
    "RunCompletedWebhookRunPayloadUsageMetadataType0": ".run_completed_webhook_run_payload_usage_metadata_type_0",
    "RunCreate": ".run_create",
    "RunCreateInputValuesType0": ".run_create_input_values_type_0",
    "RunCreateSensitiveInputValuesType0": ".run_create_sensitive_input_values_type_0",
    "RunField": ".run_field",
    "RunImageSignedUrlResponse": ".run_image_signed_url_response",
    "RunListSortMode": ".run_list_sort_mode",
    "RunLlmCostRow": ".run_llm_cost_row",
    "RunLlmCostTotalResponse": ".run_llm_cost_total_response",
    "RunLlmCostsResponse": ".run_llm_costs_response",
    "RunPostRunCheckSnapshot": ".run_post_run_check_snapshot",
    "RunResponse": ".run_response",
    "RunResponseInputValuesType0": ".run_response_input_values_type_0",
    "RunResponseOutputDataType0": ".run_response_output_data_type_0",
    "RunResponseRunMessageHistoryType0Item": ".run_response_run_message_history_type_0_item",
    "RunResponseSensitiveInputAliasesType0": ".run_response_sensitive_input_aliases_type_0",
    "RunResponseUsageMetadataType0": ".run_response_usage_metadata_type_0",
    "RunResponseWithIncludes": ".run_response_with_includes",
    "RunResponseWithIncludesInputValuesType0": ".run_response_with_includes_input_values_type_0",
    "RunResponseWithIncludesOutputDataType0": ".run_response_with_includes_output_data_type_0",
    "RunResponseWithIncludesRunMessageHistoryType0Item": ".run_response_with_includes_run_message_history_type_0_item",
    "RunResponseWithIncludesSensitiveInputAliasesType0": ".run_response_with_includes_sensitive_input_aliases_type_0",
    "RunResponseWithIncludesUsageMetadataType0": ".run_response_with_includes_usage_metadata_type_0",
    "RunRetry": ".run_retry",
    "RunRetryInputValuesType0": ".run_retry_input_values_type_0",
    "RunRetrySensitiveInputValuesType0": ".run_retry_sensitive_input_values_type_0",
    "RunStatus": ".run_status",
    "RunUpdate": ".run_update",
    "RunUpdateInputValuesType0": ".run_update_input_values_type_0",
    "RunUpdateOutputDataType0": ".run_update_output_data_type_0",
    "RunUpdateRunMessageHistoryType0Item": ".run_update_run_message_history_type_0_item",
    "RunUpdateUsageMetadataType0": ".run_update_usage_metadata_type_0",
    "TrajectoryCreate": ".trajectory_create",
    "TrajectoryCreateDimensions": ".trajectory_create_dimensions",
    "TrajectoryCreateOriginalInputValuesType0": ".trajectory_create_original_input_values_type_0",
    "TrajectoryCreateTrajectoryDataItem": ".trajectory_create_trajectory_data_item",
    "TrajectoryResponse": ".trajectory_response",
    "TrajectoryResponseDimensions": ".trajectory_response_dimensions",
    "TrajectoryResponseOriginalInputValuesType0": ".trajectory_response_original_input_values_type_0",
    "TrajectoryResponseTrajectoryDataItem": ".trajectory_response_trajectory_data_item",
    "TrajectoryResponseWithIncludes": ".trajectory_response_with_includes",
    "TrajectoryResponseWithIncludesDimensions": ".trajectory_response_with_includes_dimensions",
    "TrajectoryResponseWithIncludesOriginalInputValuesType0": ".trajectory_response_with_includes_original_input_values_type_0",
    "TrajectoryResponseWithIncludesTrajectoryDataType0Item": ".trajectory_response_with_includes_trajectory_data_type_0_item",
    "TrajectoryUpdate": ".trajectory_update",
    "TrajectoryUpdateTrajectoryDataType0Item": ".trajectory_update_trajectory_data_type_0_item",
    "UsageAggregateResponse": ".usage_aggregate_response",
    "UsageMode": ".usage_mode",
    "ValidationError": ".validation_error",
    "ValidationErrorCtx": ".validation_error_ctx",
    "WorkflowChainCreate": ".workflow_chain_create",
    "WorkflowChainCreateSharedInputsType0": ".workflow_chain_create_shared_inputs_type_0",
    "WorkflowChainCreateSharedSensitiveInputsType0": ".workflow_chain_create_shared_sensitive_inputs_type_0",
    "WorkflowChainResponse": ".workflow_chain_response",
    "WorkflowCreate": ".workflow_create",
    "WorkflowDuplicateRequest": ".workflow_duplicate_request",
    "WorkflowInternalMetadata": ".workflow_internal_metadata",
    "WorkflowInternalMetadataUpdate": ".workflow_internal_metadata_update",
    "WorkflowMergeRequest": ".workflow_merge_request",
    "WorkflowModelMetadata": ".workflow_model_metadata",
    "WorkflowPostRunCheckResponse": ".workflow_post_run_check_response",
    "WorkflowPostRunCheckUpsert": ".workflow_post_run_check_upsert",
    "WorkflowPromptImageListItem": ".workflow_prompt_image_list_item",
    "WorkflowPromptImageResponse": ".workflow_prompt_image_response",
    "WorkflowPromptImageSignedUrlResponse": ".workflow_prompt_image_signed_url_response",
    "WorkflowResponse": ".workflow_response",
    "WorkflowResponseOldVersionsType0Item": ".workflow_response_old_versions_type_0_item",
    "WorkflowResponseWithIncludes": ".workflow_response_with_includes",
    "WorkflowResponseWithIncludesOldVersionsType0Item": ".workflow_response_with_includes_old_versions_type_0_item",
    "WorkflowTagCreate": ".workflow_tag_create",
    "WorkflowTagGroupCreate": ".workflow_tag_group_create",
    "WorkflowTagGroupResponse": ".workflow_tag_group_response",
    "WorkflowTagGroupUpdate": ".workflow_tag_group_update",
    "WorkflowTagResponse": ".workflow_tag_response",
    "WorkflowTagUpdate": ".workflow_tag_update",
    "WorkflowUpdate": ".workflow_update",
}

__all__ = (
    "AddTagsRequest",
    "AttachmentType",
    "BedrockAuthMode",
    "BodyUploadWorkflowPromptImageV1WorkflowsPromptImagePost",
    "BulkAddTagsRequest",
    "ChainStep",
    "ChainStepInputsType0",
    "ChainStepSensitiveInputsType0",
    "ConnectionCreate",
    "ConnectionResponse",
    "ConnectionStatus",
    "ConnectionUpdate",
    "CopyToClipboardRequest",
    "CopyToClipboardResponse200",
    "CyberdriverDiagnosticsResponse200",
    "CyberdriverShutdownRequest",
    "CyberdriverShutdownResponse200",
    "CyberdriverUpdateRequest",
    "CyberdriverUpdateResponse200",
    "CyberdriverWebSessionEndpoints",
    "CyberdriverWebSessionResponse",
    "CyberdriverWebSessionResponseFeatures",
    "DisplayDimensions",
    "DownedMachine",
    "DownedMachinesEvent",
    "FileInput",
    "FileWriteRequest",
    "FsListResponse200",
    "FsReadResponse200",
    "FsWriteResponse200",
    "GetWorkflowVersionsResponse200Item",
    "HealthCheckResponse200",
    "HTTPValidationError",
    "IncludedResource",
    "KeyboardKeyRequest",
    "KeyboardTypeRequest",
    "MachineCreate",
    "MachineCreateMachineParametersType0",
    "MachineCreateMachineSensitiveParametersType0",
    "MachineHealthCheckError",
    "MachinePoolAssignment",
    "MachinePoolUpdate",
    "MachineResponse",
    "MachineResponseMachineParametersType0",
    "MachineResponseMachineSensitiveParametersType0",
    "MachineResponseWithIncludes",
    "MachineResponseWithIncludesMachineParametersType0",
    "MachineResponseWithIncludesMachineSensitiveParametersType0",
    "MachinesHealthCheckResponse",
    "MachinesHealthCheckResponseScope",
    "MachinesHealthCheckResponseStatus",
    "MachineStatus",
    "MachineUpdate",
    "MachineUpdateMachineParametersType0",
    "MachineUpdateMachineSensitiveParametersType0",
    "ModelConfigurationCreate",
    "ModelConfigurationCreateAdditionalParamsType0",
    "ModelConfigurationResponse",
    "ModelConfigurationResponseAdditionalParamsType0",
    "ModelConfigurationUpdate",
    "ModelConfigurationUpdateAdditionalParamsType0",
    "MouseClickRequest",
    "MouseDragRequest",
    "MouseMoveRequest",
    "MousePosition",
    "MouseScrollRequest",
    "PaginatedResponse",
    "PaginatedResponseConnectionResponse",
    "PaginatedResponseRunAttachmentResponse",
    "PaginatedResponseRunLlmCostTotalResponse",
    "PaginatedResponseWithIncludesMachineResponse",
    "PaginatedResponseWithIncludesPoolResponse",
    "PaginatedResponseWithIncludesRunResponse",
    "PaginatedResponseWithIncludesTrajectoryResponse",
    "PaginatedResponseWithIncludesWorkflowResponse",
    "PoolCreate",
    "PoolCreatePoolParametersType0",
    "PoolCreatePoolSensitiveParametersType0",
    "PoolResponse",
    "PoolResponsePoolParametersType0",
    "PoolResponsePoolSensitiveParametersType0",
    "PoolResponseWithIncludes",
    "PoolResponseWithIncludesPoolParametersType0",
    "PoolResponseWithIncludesPoolSensitiveParametersType0",
    "PoolUpdate",
    "PoolUpdatePoolParametersType0",
    "PoolUpdatePoolSensitiveParametersType0",
    "PoolWithMachines",
    "PoolWithMachinesPoolParametersType0",
    "PoolWithMachinesPoolSensitiveParametersType0",
    "PostRunCheckFileTargetMode",
    "PostRunCheckStatus",
    "PostRunCheckType",
    "PowerShellExecRequest",
    "PowershellExecResponse200",
    "PowerShellSessionRequest",
    "PowershellSessionResponse200",
    "PowershellSimpleResponse200",
    "PowershellTestResponse200",
    "ProviderCredentialAuthType",
    "ProviderCredentialDisplayMetadata",
    "ProviderCredentialResponse",
    "ProviderCredentialSlot",
    "ProviderCredentialSource",
    "ProviderCredentialStatus",
    "ProviderCredentialUpsert",
    "ProviderCredentialValidationCheck",
    "ProviderCredentialValidationResponse",
    "ReorderRequest",
    "RequestLogCreate",
    "RequestLogResponse",
    "RequestLogUpdate",
    "RunAttachmentCreate",
    "RunAttachmentDownloadUrlResponse",
    "RunAttachmentResponse",
    "RunAttachmentUpdate",
    "RunBulkCreate",
    "RunBulkCreateInputValuesType0",
    "RunBulkCreateResponse",
    "RunBulkCreateSensitiveInputValuesType0",
    "RunCompletedEvent",
    "RunCompletedWebhookRunPayload",
    "RunCompletedWebhookRunPayloadInputValuesType0",
    "RunCompletedWebhookRunPayloadOutputDataType0",
    "RunCompletedWebhookRunPayloadRunMessageHistoryType0Item",
    "RunCompletedWebhookRunPayloadSensitiveInputAliasesType0",
    "RunCompletedWebhookRunPayloadUsageMetadataType0",
    "RunCreate",
    "RunCreateInputValuesType0",
    "RunCreateSensitiveInputValuesType0",
    "RunField",
    "RunImageSignedUrlResponse",
    "RunListSortMode",
    "RunLlmCostRow",
    "RunLlmCostsResponse",
    "RunLlmCostTotalResponse",
    "RunPostRunCheckSnapshot",
    "RunResponse",
    "RunResponseInputValuesType0",
    "RunResponseOutputDataType0",
    "RunResponseRunMessageHistoryType0Item",
    "RunResponseSensitiveInputAliasesType0",
    "RunResponseUsageMetadataType0",
    "RunResponseWithIncludes",
    "RunResponseWithIncludesInputValuesType0",
    "RunResponseWithIncludesOutputDataType0",
    "RunResponseWithIncludesRunMessageHistoryType0Item",
    "RunResponseWithIncludesSensitiveInputAliasesType0",
    "RunResponseWithIncludesUsageMetadataType0",
    "RunRetry",
    "RunRetryInputValuesType0",
    "RunRetrySensitiveInputValuesType0",
    "RunStatus",
    "RunUpdate",
    "RunUpdateInputValuesType0",
    "RunUpdateOutputDataType0",
    "RunUpdateRunMessageHistoryType0Item",
    "RunUpdateUsageMetadataType0",
    "TrajectoryCreate",
    "TrajectoryCreateDimensions",
    "TrajectoryCreateOriginalInputValuesType0",
    "TrajectoryCreateTrajectoryDataItem",
    "TrajectoryResponse",
    "TrajectoryResponseDimensions",
    "TrajectoryResponseOriginalInputValuesType0",
    "TrajectoryResponseTrajectoryDataItem",
    "TrajectoryResponseWithIncludes",
    "TrajectoryResponseWithIncludesDimensions",
    "TrajectoryResponseWithIncludesOriginalInputValuesType0",
    "TrajectoryResponseWithIncludesTrajectoryDataType0Item",
    "TrajectoryUpdate",
    "TrajectoryUpdateTrajectoryDataType0Item",
    "UsageAggregateResponse",
    "UsageMode",
    "ValidationError",
    "ValidationErrorCtx",
    "WorkflowChainCreate",
    "WorkflowChainCreateSharedInputsType0",
    "WorkflowChainCreateSharedSensitiveInputsType0",
    "WorkflowChainResponse",
    "WorkflowCreate",
    "WorkflowDuplicateRequest",
    "WorkflowInternalMetadata",
    "WorkflowInternalMetadataUpdate",
    "WorkflowMergeRequest",
    "WorkflowModelMetadata",
    "WorkflowPostRunCheckResponse",
    "WorkflowPostRunCheckUpsert",
    "WorkflowPromptImageListItem",
    "WorkflowPromptImageResponse",
    "WorkflowPromptImageSignedUrlResponse",
    "WorkflowResponse",
    "WorkflowResponseOldVersionsType0Item",
    "WorkflowResponseWithIncludes",
    "WorkflowResponseWithIncludesOldVersionsType0Item",
    "WorkflowTagCreate",
    "WorkflowTagGroupCreate",
    "WorkflowTagGroupResponse",
    "WorkflowTagGroupUpdate",
    "WorkflowTagResponse",
    "WorkflowTagUpdate",
    "WorkflowUpdate",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
