# BUG: the test runner rejects '# expect time:' ("cannot be checked yet: the interpreter does not report its
# clock to the test runner"). Spec section 7: '# expect time: 3.0' asserts the virtual clock's value when the
# script ends, so an exercise can demand that downloads run concurrently.
# '# expect time:' checks the virtual clock at the end: three concurrent 3-second jobs end at 3.0.
async fn download(i) { await sleep(3) }
await gather(download(1), download(2), download(3))
print("downloaded")  # expect: downloaded
# expect time: 3.0
