-- The trace context (W3C traceparent[;tracestate]) of the transaction that wrote the event, so the relay publishes
-- it in the same trace as the upload that caused it (support/trace/EventTracing). Null when tracing is off.
alter table outbox_event add column trace_context text;
