print({1: "one", 2.5: "f", true: "t", nil: 0})  # expect: {1: "one", 2.5: "f", true: "t", nil: 0}
