async fn triple(x) => x * 3
print(await triple(4))  # expect: 12
