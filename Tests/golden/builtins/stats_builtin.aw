let s = stats()
print(sorted(s.keys()))  # expect: ["cpu_seconds", "elapsed", "rss_bytes", "tasks_live", "tasks_total"]
print(s.tasks_live >= 1)  # expect: true
