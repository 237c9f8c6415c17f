# `cancel` needs a task.
cancel 5
# expect error: error: TypeError: cancel needs a task, got int
