# current_task() at top level is the main task.
print(current_task())  # expect: <task main#1 running>
