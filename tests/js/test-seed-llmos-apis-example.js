// expect: {"success": true, "output": {"id": {"$regex": "^\\d{13}-[a-z0-9]+$"}, "value": 100, "config": {"id": {"$regex": "^\\d{13}-[a-z0-9]+$"}, "value": 100}}, "logs": [{"$regex": "^Generated ID: \\d{13}-[a-z0-9]+$"}, "Clamped value: 100"], "stderr": []}
// options: {"artifactId": "my-artifact"}
// The seed's "Using LLMOS APIs" example with storage replaced by an awaited promise: after a top-level await the final `{ id, value, config };` block is still the completion value, as an object.
  // Generate unique ID
  const id = LLMOS.utils.uid();

  // Clamp value
  const value = LLMOS.utils.clamp(150, 0, 100); // Returns 100

  // Log to console (captured)
  LLMOS.log.info('Generated ID: ' + id);
  LLMOS.log.info('Clamped value: ' + value);

  // Store data (here: an awaited promise instead of LLMOS.storage)
  await LLMOS.utils.sleep(1);
  const config = await Promise.resolve({ id, value });

  // Return result
  { id, value, config };
