/// The builtin error kinds of LANGUAGE.md section 5. Scripts may make their own
/// with `Error("msg", kind: "MyError")`; kinds are plain strings.
public enum ErrorKind {
    public static let error = "Error"
    public static let valueError = "ValueError"
    public static let typeError = "TypeError"
    public static let keyError = "KeyError"
    public static let indexError = "IndexError"
    public static let zeroDivisionError = "ZeroDivisionError"
    public static let overflowError = "OverflowError"
    public static let nameError = "NameError"
    public static let timeoutError = "TimeoutError"
    public static let cancelledError = "CancelledError"
    public static let httpError = "HttpError"
    public static let dbError = "DbError"
    public static let errorGroup = "ErrorGroup"
    public static let recursionError = "RecursionError"
    public static let limitError = "LimitError"
    public static let deadlockError = "DeadlockError"

    public static let all = [
        error, valueError, typeError, keyError, indexError, zeroDivisionError, overflowError, nameError,
        timeoutError, cancelledError, httpError, dbError, errorGroup, recursionError, limitError, deadlockError,
    ]
}
