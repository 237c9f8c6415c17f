"""The aiohttp peer of bench/server_health.aw: GET /health answers {"status": "ok"}."""
import os

from aiohttp import web


async def health(request):
    return web.json_response({"status": "ok"})


app = web.Application()
app.router.add_get("/health", health)
port = int(os.environ.get("PORT", "18082"))
print(f"listening at http://127.0.0.1:{port}", flush=True)
web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)
