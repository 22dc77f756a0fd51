// expect: {"success": true, "output": {"id": {"$regex": "^\\d{13}-[a-z0-9]+$"}, "value": 100, "config": {"id": {"$regex": "^\\d{13}-[a-z0-9]+$"}, "value": 100}}, "logs": [{"$regex": "^Generated ID: \\d{13}-[a-z0-9]+$"}, "Clamped value: 100"], "stderr": [], "dom": null}
// options: {"artifactId": "my-artifact", "dataDir": true}
// The seed's "Using LLMOS APIs" example as written: storage set then get, and the final block is the completion value.
  // Generate unique ID
  const id = LLMOS.utils.uid();

  // Clamp value
  const value = LLMOS.utils.clamp(150, 0, 100); // Returns 100

  // Log to console (captured)
  LLMOS.log.info('Generated ID: ' + id);
  LLMOS.log.info('Clamped value: ' + value);

  // Store data (scoped to this artifact)
  await LLMOS.storage.set('config', { id, value });

  // Retrieve data
  const config = await LLMOS.storage.get('config');

  // Return result
  { id, value, config };
