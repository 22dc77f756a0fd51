// The first artifact: console output, the LLMOS API, and a completion value.
const greeting = `Hello from llmos ${LLMOS.version}`;
console.log(greeting);

const squares = [1, 2, 3, 4].map((n) => n * n);
console.log('squares:', squares);

await LLMOS.utils.sleep(5);
const clamped = LLMOS.utils.clamp(150, 0, 100);

{ greeting, squares, clamped };
