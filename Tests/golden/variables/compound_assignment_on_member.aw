let point = {x: 1, y: 2}
point.x += 10
point.y /= 2
print(point)  # expect: {"x": 11, "y": 1.0}
