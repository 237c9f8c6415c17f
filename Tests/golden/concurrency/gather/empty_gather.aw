# gather() with no awaitables gives an empty list.
print(await gather())  # expect: []
print(await gather(...[]))  # expect: []
