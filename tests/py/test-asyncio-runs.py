# expect: {"success": true, "output": {"gathered": [0, 1, 2], "order": ["fast", "slow"]}, "language": "python"}
# options: {}
# asyncio works in the sandbox (its event loop wakes itself through a connected socketpair and
# waits with epoll): asyncio.run, sleep, gather and tasks, as code interpreters run them.
import asyncio

order = []


async def job(name, delay):
    await asyncio.sleep(delay)
    order.append(name)


async def main():
    gathered = await asyncio.gather(*(asyncio.sleep(0.005, result=i) for i in range(3)))
    await asyncio.wait([asyncio.create_task(job("slow", 0.03)), asyncio.create_task(job("fast", 0.005))])
    return {"gathered": gathered, "order": order}


asyncio.run(main())
