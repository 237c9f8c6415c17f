/// How the arguments of a call that uses labels or spreads sit on the stack:
/// the positional ones first (some of them lists to spread), then one value per label.
struct CallShape {
    /// For each positional argument, whether it is `...spread`.
    var spreads: [Bool]
    var labels: [String]
    /// For `invokeShaped`, the method's name.
    var methodName: String?

    var stackCount: Int { spreads.count + labels.count }
}
