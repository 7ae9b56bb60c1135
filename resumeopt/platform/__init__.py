"""The platform under every app: rate limits, request limits, middleware, health checks,
JSON logging, background jobs and the audit log. Plain modules, no models of their own
(their rows, BackgroundJob, LLMCall and AuditEntry, live in resumeopt.models)."""
