from __future__ import annotations

from django.urls import path

from .views import PatientLookupView, cyberdesk_webhook

urlpatterns = [
    path("patients/lookup", PatientLookupView.as_view(), name="patient-lookup"),
    path("webhooks/cyberdesk", cyberdesk_webhook, name="cyberdesk-webhook"),
]
