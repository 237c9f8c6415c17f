# '# expect time:' checks the virtual clock at the end: three concurrent 3-second jobs end at 3.0.
async fn download(i) { await sleep(3) }
await gather(download(1), download(2), download(3))
print("downloaded")  # expect: downloaded
# expect time: 3.0
