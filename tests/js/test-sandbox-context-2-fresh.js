// expect: {"success": true, "output": {"leaked": "undefined", "protoLeak": "undefined"}}
// options: {"artifactId": "default"}
// Every run gets a fresh context: globals and prototype changes from other runs (test-sandbox-context-1-pollute.js, which runs just before, sets them) are not visible.
({ leaked: typeof globalThis.__llmosLeakCanary, protoLeak: typeof Object.prototype.__llmosLeakCanary })
