print(type(1), type(1.5), type("s"), type([]), type({}), type(nil), type(true))  # expect: int float string list map nil bool
