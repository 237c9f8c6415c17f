fn gen() { yield 1 }
print(gen())  # expect: <generator gen>
