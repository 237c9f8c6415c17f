/// `help(x)` and `dir(x)`: what the registration tables say of a value, so
/// nothing is written twice.
enum HelpBuiltins {
    static var all: [NativeFunction] {
        [
            NativeFunction(
                "help", arity: 0...1,
                doc: "help(x) — what x is and does: a builtin, a method, a module, a type, a function or a value"
            ) { args in
                args.vm.output.write(Help.text(for: args.optional(0), in: args.vm) + "\n")
                return .nil
            },
            NativeFunction("dir", arity: 1, doc: "dir(x) — the names that can follow a dot on x: its fields and methods") {
                args in .list(args.vm.memberNames(of: args[0]).map { .string($0) })
            },
        ]
    }
}

/// The text `help()` prints.
enum Help {
    static func text(for value: Value?, in vm: VM) -> String {
        guard let value else { return overview(vm) }
        switch value {
        case .native(let function): return describe(function.takeUnretainedValue(), vm)
        case .function(let proto): return describe(script: proto.takeUnretainedValue())
        case .object(let object): return describe(object, value, vm)
        default: return "\(Printer.repr(value)) — \(article(value.typeName)) \(value.typeName), with no members"
        }
    }

    private static func describe(_ object: Obj, _ value: Value, _ vm: VM) -> String {
        switch object.kind {
        case .closure: return describe(script: unsafeDowncast(object, to: Closure.self).proto.takeUnretainedValue())
        case .boundMethod: return describe(unsafeDowncast(object, to: BoundMethod.self).method.takeUnretainedValue(), vm)
        case .string: return methods(of: "a string", vm.methods.string)
        case .list: return methods(of: "a list", vm.methods.list)
        case .map: return methods(of: "a map (its keys are members too: m.key)", vm.methods.map)
        case .native where object is ModuleObject: return describe(module: unsafeDowncast(object, to: ModuleObject.self).module)
        default:
            if let type = vm.methods.nativeType(of: object) { return describe(type) }
            return "\(Printer.repr(value)) — \(article(value.typeName)) \(value.typeName)"
        }
    }

    /// A builtin's doc; a type's constructor describes its type.
    private static func describe(_ function: NativeFunction, _ vm: VM) -> String {
        if let type = vm.registry.type(constructedBy: function) { return describe(type) }
        return function.doc.isEmpty ? "\(function.name)(…) — a builtin function" : function.doc
    }

    private static func describe(_ type: NativeType) -> String {
        var lines = [type.doc.isEmpty ? "\(type.name) — a type of the runtime" : type.doc]
        let members = type.memberDocs
        let fields = members.filter { !$0.isMethod }
        let methods = members.filter(\.isMethod)
        if !fields.isEmpty { lines += ["  fields:"] + fields.map { "    " + ($0.doc.isEmpty ? $0.name : $0.doc) } }
        if !methods.isEmpty { lines += ["  methods:"] + methods.map { "    " + ($0.doc.isEmpty ? "\($0.name)(…)" : $0.doc) } }
        return lines.joined(separator: "\n")
    }

    private static func describe(module: Module) -> String {
        let head = "module \(module.name)" + (module.doc.isEmpty ? "" : " — \(module.doc)")
        return ([head] + module.exports.map { "  " + ($0.doc.isEmpty ? "\($0.name)(…)" : $0.doc) }).joined(separator: "\n")
    }

    private static func methods(of what: String, _ table: MethodTable) -> String {
        (["\(what); its methods:"] + table.functions.map { "  " + $0.doc }).joined(separator: "\n")
    }

    /// `async fn fetch(url, retries = …) — defined at crawler.aw:12:1`.
    private static func describe(script proto: FunctionProto) -> String {
        let parameters = zip(proto.parameterNames, proto.parameterHasDefault).map { $1 ? "\($0) = …" : $0 }
        let kind = proto.isAsync ? (proto.isGenerator ? "async generator fn" : "async fn") : (proto.isGenerator ? "generator fn" : "fn")
        let position = proto.file.position(of: proto.declarationOffset)
        return "\(kind) \(proto.name)(\(parameters.joined(separator: ", "))) — defined at \(proto.file.path):\(position)"
    }

    /// Every module and what it defines.
    private static func overview(_ vm: VM) -> String {
        var lines = ["help(x) says what x is and does; dir(x) lists the names that can follow a dot on it. The modules:"]
        for module in vm.registry.modules {
            lines.append("  \(module.name)" + (module.doc.isEmpty ? "" : " — \(module.doc)") + ":")
            lines.append("    " + module.globalNames.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    private static func article(_ word: String) -> String {
        "aeiou".contains(word.first ?? "x") ? "an" : "a"
    }
}
