/**
 * Imported first by every bench entry point (run.ts, close/child.ts). Imports are evaluated before the body of
 * the module that imports them, and shared/logger.ts reads POWERTOOLS_LOG_LEVEL when it is first imported, so
 * setting these in the entry point's body would come too late. Logging is a real cost in Lambda, but printing
 * every invocation would drown the table and time the terminal rather than the code.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
process.env.AWS_REGION ??= 'ap-southeast-3';

export {};
