try {
    throw Error("disk full", kind: "StorageError")
} catch StorageError as e {
    print("storage:", e.message, e.kind)
}
# expect: storage: disk full StorageError
