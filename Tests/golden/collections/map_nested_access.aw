let config = {server: {port: 8080, hosts: ["a", "b"]}}
print(config.server.port)  # expect: 8080
print(config["server"]["hosts"][-1])  # expect: b
config.server.port = 9090
print(config.server.port)  # expect: 9090
