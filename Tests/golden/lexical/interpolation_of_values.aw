print("\([1, "a"]) \(nil) \(true) \(2.0)")  # expect: [1, "a"] nil true 2.0
