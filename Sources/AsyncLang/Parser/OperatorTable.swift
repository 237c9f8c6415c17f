/// Binding strength of the operator levels of LANGUAGE.md section 3, lowest
/// first. The prefix operators (`not`, unary `-`, `await`/`spawn`) have levels
/// of their own between the binary ones.
enum Precedence {
    static let or = 1
    static let and = 2
    static let not = 3
    static let comparison = 4
    static let additive = 5
    static let multiplicative = 6
    static let unary = 7
    static let power = 8
}

/// What a binary operator token means and how tightly it binds.
struct BinaryOperatorInfo {
    enum Operation {
        case binary(BinaryOperator)
        case logical(LogicalOperator)
    }

    var operation: Operation
    var precedence: Int
    /// The level its right operand is parsed at: one higher for left-associative
    /// operators; for `**`, the unary level, so `2 ** -1` and `2 ** 3 ** 2` work.
    var rightPrecedence: Int
    /// 2 for `not in`.
    var tokenCount = 1

    var isComparison: Bool { precedence == Precedence.comparison }

    /// The operator `kind` starts, if any; `next` decides `not in`.
    static func lookup(_ kind: TokenKind, next: TokenKind) -> BinaryOperatorInfo? {
        switch kind {
        case .kwOr: return BinaryOperatorInfo(logical: .or, Precedence.or)
        case .kwAnd: return BinaryOperatorInfo(logical: .and, Precedence.and)
        case .kwNot: return next == .kwIn ? BinaryOperatorInfo(.notIn, Precedence.comparison, tokens: 2) : nil
        case .kwIn: return BinaryOperatorInfo(.isIn, Precedence.comparison)
        case .equalEqual: return BinaryOperatorInfo(.equal, Precedence.comparison)
        case .bangEqual: return BinaryOperatorInfo(.notEqual, Precedence.comparison)
        case .less: return BinaryOperatorInfo(.less, Precedence.comparison)
        case .lessEqual: return BinaryOperatorInfo(.lessEqual, Precedence.comparison)
        case .greater: return BinaryOperatorInfo(.greater, Precedence.comparison)
        case .greaterEqual: return BinaryOperatorInfo(.greaterEqual, Precedence.comparison)
        default: return arithmetic(kind)
        }
    }

    private static func arithmetic(_ kind: TokenKind) -> BinaryOperatorInfo? {
        switch kind {
        case .plus: return BinaryOperatorInfo(.add, Precedence.additive)
        case .minus: return BinaryOperatorInfo(.subtract, Precedence.additive)
        case .star: return BinaryOperatorInfo(.multiply, Precedence.multiplicative)
        case .slash: return BinaryOperatorInfo(.divide, Precedence.multiplicative)
        case .slashSlash: return BinaryOperatorInfo(.floorDivide, Precedence.multiplicative)
        case .percent: return BinaryOperatorInfo(.modulo, Precedence.multiplicative)
        case .starStar:
            return BinaryOperatorInfo(
                operation: .binary(.power), precedence: Precedence.power, rightPrecedence: Precedence.unary)
        default: return nil
        }
    }

    /// The operator of a compound assignment token (`+=` → `+`).
    static func compoundAssignment(_ kind: TokenKind) -> BinaryOperator? {
        switch kind {
        case .plusEqual: return .add
        case .minusEqual: return .subtract
        case .starEqual: return .multiply
        case .slashEqual: return .divide
        case .slashSlashEqual: return .floorDivide
        case .percentEqual: return .modulo
        default: return nil
        }
    }

    private init(operation: Operation, precedence: Int, rightPrecedence: Int, tokenCount: Int = 1) {
        self.operation = operation
        self.precedence = precedence
        self.rightPrecedence = rightPrecedence
        self.tokenCount = tokenCount
    }

    private init(_ op: BinaryOperator, _ precedence: Int, tokens: Int = 1) {
        self.init(operation: .binary(op), precedence: precedence, rightPrecedence: precedence + 1, tokenCount: tokens)
    }

    private init(logical op: LogicalOperator, _ precedence: Int) {
        self.init(operation: .logical(op), precedence: precedence, rightPrecedence: precedence + 1)
    }
}
