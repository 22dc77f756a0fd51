// expect: {"success": true, "output": {"id": "abc", "value": 100, "config": {"theme": "dark"}}}
// options: {}
// After top-level await, a final `{ id, value, config };` is taken as an object literal (the seed's storage example shape).
const id = 'abc';
const value = await new Promise((resolve) => setTimeout(() => resolve(100), 5));
const config = await Promise.resolve({ theme: 'dark' });
{ id, value, config };
