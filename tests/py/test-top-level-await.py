# expect: {"success": true, "output": {"doubled": 8, "direct": "ran"}, "language": "python"}
# options: {}
# As in Jupyter, `await` works at the top level, also in the final expression; a final call of
# an async function (a coroutine) gives its result, as a final promise does in JavaScript.
import asyncio


async def double(x):
    await asyncio.sleep(0.001)
    return x * 2


v = await double(2)
doubled = await double(v)


async def main():
    await asyncio.sleep(0)
    return {"doubled": doubled, "direct": "ran"}


main()
