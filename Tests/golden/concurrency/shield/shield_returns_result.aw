# Without cancellation, awaiting shield(aw) gives aw's result.
async fn value() { await sleep(1); return "v" }
print(await shield(value()))  # expect: v
