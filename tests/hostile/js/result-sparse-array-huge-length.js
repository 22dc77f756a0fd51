// expect: {"success": true, "truncated": {"output": true}}
// options: {"timeoutMs": 1500, "memoryLimitMb": 32}
// A sparse array with length 2^32-1 as the completion value: conversion stops at the output cap (no 4-billion-element loop, no allocation blow-up).
const a = [];
a[2 ** 32 - 2] = 1;
a
