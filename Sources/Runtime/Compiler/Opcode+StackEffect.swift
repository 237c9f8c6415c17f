extension Opcode {
    /// How many values the instruction leaves on the stack minus how many it takes,
    /// on the path that falls through; the compiler sizes each frame from it.
    func stackEffect(operand a: Int, function: FunctionState) -> Int {
        switch self {
        case .pushNil, .pushTrue, .pushFalse, .constant, .smallInt, .loadLocal, .memberLocal, .indexLocal, .loadBoxed, .loadCapture, .loadGlobal,
            .dup, .matchError, .forIter, .addLocalSmall, .asyncNext, .closure, .withEnter, .withExit, .withExitError:
            return 1
        case .storeLocal, .storeBoxed, .defineBoxed, .storeCapture, .storeGlobal, .defineGlobal, .pop, .popStatement, .jumpIfFalse,
            .jumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .returnValue, .listAppend, .listExtend, .index,
            .throwError, .rethrow, .yield, .cancel, .storeMember, .compoundLocal, .compoundGlobal, .storeMemberLocal:
            return -1
        case .add, .subtract, .multiply, .divide, .floorDivide, .modulo, .power, .equal, .notEqual, .less, .lessEqual,
            .greater, .greaterEqual, .contains, .notContains:
            return -1
        case .jumpIfNotLess, .jumpIfNotLessEqual, .jumpIfNotGreater, .jumpIfNotGreaterEqual, .jumpIfNotEqual,
            .jumpIfEqual:
            return -2
        case .jumpUnlessSmall: return -1
        case .forIterLocal, .incrementLocal, .incrementGlobal, .addSmall, .subtractSmall, .multiplySmall, .moduloSmall,
            .makeBox, .negate, .not, .jump, .returnLocal, .loop, .skipIfArgumentGiven, .returnNil, .member, .getIterator,
            .setupTry, .popTry, .await, .spawn, .jumpIfUndefined:
            return 0
        case .dup2: return 2
        case .call, .callAwait: return -a
        case .callShaped: return -function.callShapes[a].stackCount
        case .invoke: return 0  // adjusted by the compiler, which knows the argument count
        case .invokeShaped: return -function.callShapes[a].stackCount
        case .buildList, .buildString: return 1 - a
        case .buildMap: return 1 - 2 * a
        case .storeIndex: return -3
        case .slice: return -(a & 1) - (a >> 1 & 1)
        case .unpack: return a - 1
        }
    }
}
