/// What each instruction reads and writes of shared state, told to the
/// `AccessTracker` of an exploration run before the instruction runs.
extension VM {
    @inline(never)
    func track(_ instruction: Instruction, _ r: Registers, _ tracker: AccessTracker) {
        let sp = r.sp
        switch instruction.opcode {
        case .storeLocal, .defineBoxed, .listAppend, .spawn, .returnValue:
            tracker.see(sp[-1])
        case .buildList:
            for i in stride(from: 1, through: instruction.a, by: 1) { tracker.see(sp[-i]) }
        case .buildMap:
            for i in stride(from: 1, through: 2 * instruction.a, by: 1) { tracker.see(sp[-i]) }
        case .loadGlobal:
            tracker.read(.global(instruction.a))
        case .storeGlobal, .defineGlobal:
            tracker.see(sp[-1])
            tracker.write(.global(instruction.a))
            if tracker.labels != nil { tracker.holds(sp[-1], global: instruction.a) }
        case .incrementGlobal, .compoundGlobal:
            tracker.read(.global(instruction.c))
            tracker.write(.global(instruction.c))
        case .loadBoxed:
            tracker.readValue(r.slots[instruction.a])
        case .storeBoxed:
            tracker.see(sp[-1])
            tracker.writeValue(r.slots[instruction.a])
        case .loadCapture:
            tracker.readValue(.object(capturedBox(r.frame, instruction.a)))
        case .storeCapture:
            tracker.see(sp[-1])
            tracker.writeValue(.object(capturedBox(r.frame, instruction.a)))
        case .member:
            tracker.readElement(sp[-1], key: tracker.field(named: names.name(instruction.a)))
        case .memberLocal:
            tracker.readElement(r.slots[instruction.b], key: tracker.field(named: names.name(instruction.c)))
        case .storeMemberLocal:
            tracker.see(sp[-1])
            tracker.writeElement(r.slots[instruction.b], key: tracker.field(named: names.name(instruction.c)))
        case .indexLocal:
            tracker.readElement(r.slots[instruction.b], key: tracker.field(for: .int(instruction.c)))
        case .storeMember:
            tracker.see(sp[-1])
            tracker.writeElement(sp[-2], key: tracker.field(named: names.name(instruction.a)))
        case .index:
            tracker.readElement(sp[-2], key: tracker.field(for: sp[-1]))
            tracker.readValue(sp[-1])
        case .contains, .notContains:
            tracker.readValue(sp[-2])
            tracker.readValue(sp[-1])
        case .add, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual,
            .jumpIfNotLess, .jumpIfNotLessEqual, .jumpIfNotGreater, .jumpIfNotGreaterEqual, .jumpIfNotEqual, .jumpIfEqual:
            tracker.readValue(sp[-2])
            tracker.readValue(sp[-1])
        case .storeIndex:
            tracker.writeElement(sp[-3], key: tracker.field(for: sp[-2]))
            tracker.see(sp[-1])
        case .slice:
            let operands = 1 + (instruction.a & 1) + (instruction.a >> 1 & 1)
            tracker.readValue(sp[-operands])
        case .unpack, .listExtend, .getIterator:
            tracker.readValue(sp[-1])
        case .buildString:
            for i in stride(from: 1, through: instruction.a, by: 1) { tracker.readValue(sp[-i]) }
        case .forIter, .forIterLocal:
            trackIteration(sp[-1], tracker)
        case .await, .cancel, .asyncNext, .withEnter:
            tracker.writeValue(sp[-1])
        case .withExit:
            tracker.writeValue(sp[-1 - instruction.a])
        case .withExitError:
            tracker.writeValue(sp[-2])
        case .invoke:
            trackArguments(sp, count: instruction.b + 1, tracker)
        case .call, .callAwait:
            trackCall(callee: sp[-instruction.a - 1], sp, argc: instruction.a, tracker)
        case .callShaped, .invokeShaped:
            let shape = r.frame.pointee.proto._withUnsafeGuaranteedRef { $0.callShapes[instruction.a] }
            if shape.methodName != nil {
                trackArguments(sp, count: shape.stackCount + 1, tracker)
            } else {
                trackCall(callee: sp[-shape.stackCount - 1], sp, argc: shape.stackCount, tracker)
            }
        default:
            break
        }
    }

    /// A call of a builtin writes every object passed to it (it may change
    /// them), and the builtins with state of their own write that state. A
    /// call of a script function touches nothing by itself, but names what it passes.
    private func trackCall(callee: Value, _ sp: UnsafeMutablePointer<Value>, argc: Int, _ tracker: AccessTracker) {
        switch callee {
        case .native(let native):
            switch native._withUnsafeGuaranteedRef({ $0.name }) {
            case "print": tracker.write(.output)
            case "random", "random_int", "shuffle": tracker.write(.random)
            case "all_tasks", "stats": tracker.touchEverything()
            default: break
            }
            trackArguments(sp, count: argc, tracker)
        case .object(let object) where object.kind == .boundMethod:
            tracker.writeValue(unsafeDowncast(object, to: BoundMethod.self).receiver)
            trackArguments(sp, count: argc, tracker)
        default:
            // A script function: what it is passed becomes shareable.
            for i in stride(from: 1, through: argc, by: 1) { tracker.see(sp[-i]) }
        }
    }

    private func trackArguments(_ sp: UnsafeMutablePointer<Value>, count: Int, _ tracker: AccessTracker) {
        var i = 1
        while i <= count {
            tracker.writeValue(sp[-i])
            i += 1
        }
    }

    /// The next item of a list is a read of the list; of a generator, a step of it.
    private func trackIteration(_ iterator: Value, _ tracker: AccessTracker) {
        guard case .object(let object) = iterator else { return }
        if object.kind == .iterator, let list = unsafeDowncast(object, to: IteratorObject.self).walkedList {
            tracker.readValue(.object(list))
        } else {
            tracker.writeValue(iterator)
        }
    }

    private func capturedBox(_ frame: UnsafeMutablePointer<CallFrame>, _ index: Int) -> Box {
        frame.pointee.closure!._withUnsafeGuaranteedRef { $0.captures[index] }
    }
}
