let kinds = [Error, ValueError, TypeError, KeyError, IndexError, ZeroDivisionError,
    OverflowError, NameError, TimeoutError, CancelledError, HttpError, DbError,
    ErrorGroup, RecursionError, LimitError, DeadlockError]
for make in kinds {
    let e = make("m")
    print(e.kind, e.message == "m", type(e))
}
# expect: Error true error
# expect: ValueError true error
# expect: TypeError true error
# expect: KeyError true error
# expect: IndexError true error
# expect: ZeroDivisionError true error
# expect: OverflowError true error
# expect: NameError true error
# expect: TimeoutError true error
# expect: CancelledError true error
# expect: HttpError true error
# expect: DbError true error
# expect: ErrorGroup true error
# expect: RecursionError true error
# expect: LimitError true error
# expect: DeadlockError true error
